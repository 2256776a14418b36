using Roundup.Cleaning;
using Roundup.Lexicon;

namespace Roundup.Tests.Cleaning;

/// <summary>The boilerplate rules kept as data (Lexicon/en/boilerplate-rules.txt) and the engine that runs them.</summary>
public sealed class BoilerplateRulesTests
{
    public static TheoryData<string> RuleNames() => [.. BoilerplateRules.English.Rules.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Every_rule_fires_on_its_own_example_through_the_whole_classifier(string name)
    {
        var rule = BoilerplateRules.English.Rules.Single(r => r.Name == name);
        var verdict = LineClassifier.Classify(rule.Example.AsSpan().Trim());
        Assert.Equal(name, verdict.Rule);
        Assert.Equal(rule.Verdict.Reason, verdict.Reason);
    }

    // Story lines written for this test that begin with the words and carry the keywords the rules trigger on.
    [Theory]
    [InlineData("Published figures show the harbor handled more cargo in June than in any month since 2009.")]
    [InlineData("Sign language interpreters will stand beside the mayor at every briefing, the city announced.")]
    [InlineData("Watch parties drew hundreds of fans to the square on Saturday night.")]
    [InlineData("Related research by the university found the same pattern in three other ports.")]
    [InlineData("Contact tracing began within hours of the first case, health officials said.")]
    [InlineData("Photo identification will be required at the polls for the first time.")]
    [InlineData("The cookie company said it would hire 40 workers at its new bakery.")]
    [InlineData("Breaking with tradition, the council met on a Sunday.")]
    [InlineData("Jane Roe, who has led the union since 2015, will step down in May.")]
    [InlineData("Share prices fell 6 percent on Monday after the report.")]
    [InlineData("Image is everything in politics, the senator wrote in her memoir.")]
    [InlineData("More than 300 people attended the hearing, which ran past midnight.")]
    [InlineData("Updated forecasts call for heavier rain on Thursday than first thought.")]
    [InlineData("Getty Street was closed for most of the afternoon.")]
    public void Story_lines_that_open_or_trigger_a_rule_stay_story(string line) =>
        Assert.Null(LineClassifier.Classify(line).Reason);

    [Fact]
    public void Loading_fails_when_a_rule_cannot_fire_on_its_example()
    {
        // Take the byline rule's trigger away: the gate built from the triggers no longer opens for "By …".
        var lines = LanguageLexicon.English.Lines("boilerplate-rules")
            .Select(l => l == "trigger: first-word by" ? "trigger: first-word bye" : l).ToList();
        Assert.Contains("trigger: first-word bye", lines);
        var e = Assert.Throws<FormatException>(() => BoilerplateRules.Load("en", kind => kind == "boilerplate-rules" ? lines : LanguageLexicon.English.Lines(kind)));
        Assert.Contains("'byline'", e.Message, StringComparison.Ordinal);
        Assert.Contains("triggers", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_fails_on_an_unknown_reason_or_key()
    {
        var english = LanguageLexicon.English.Lines("boilerplate-rules");
        var badReason = english.Select(l => l == "reason: byline" ? "reason: bylines" : l).ToList();
        var e = Assert.Throws<FormatException>(() => BoilerplateRules.Load("en", kind => kind == "boilerplate-rules" ? badReason : LanguageLexicon.English.Lines(kind)));
        Assert.Contains("unknown reason 'bylines'", e.Message, StringComparison.Ordinal);

        var badKey = english.Select(l => l == "reason: byline" ? "reasons: byline" : l).ToList();
        e = Assert.Throws<FormatException>(() => BoilerplateRules.Load("en", kind => kind == "boilerplate-rules" ? badKey : LanguageLexicon.English.Lines(kind)));
        Assert.Contains("unknown key 'reasons'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_opened_by_a_first_word_needs_no_hand_kept_gate()
    {
        // "More >>" lines open with any word; the rule triggers on its ending, so "Local News More>>" is caught
        // (the old hand-kept first-word gate lacked "local" and let it through).
        Assert.Equal(BoilerplateReason.Related, LineClassifier.Classify("Local News More>>").Reason);
        Assert.Equal("more-arrows", LineClassifier.Classify("Local News More>>").Rule);
    }

    [Fact]
    public void Each_keyword_set_is_one_search_shared_by_the_rules_that_name_it()
    {
        Assert.All(BoilerplateRules.English.Rules, r => Assert.True(r.HasTrigger || r.Contains.Length == 0));
        var notice = BoilerplateRules.English.Rules.Single(r => r.Name == "notice");
        Assert.Equal(3, notice.Contains.Length); // @notice-keywords, @promotion-keywords, @short-line-keywords
        var promotion = BoilerplateRules.English.Rules.Single(r => r.Name == "promotion-anywhere");
        Assert.Contains(promotion.Contains[0], notice.Contains);
        Assert.Equal(BoilerplateRules.English.Searches.Length, BoilerplateRules.English.Searches.Select(s => s.Id).Distinct().Count());
        Assert.All(BoilerplateRules.English.Searches, s => Assert.Same(s, BoilerplateRules.English.Searches[s.Id]));
        Assert.Equal(BoilerplateReason.Notice, LineClassifier.Classify("Our site works best when you confirm your browser settings are current: this feature is not available right now.").Reason);
    }

    [Fact]
    public void Every_keyword_of_every_search_is_found_in_any_case_anywhere_in_a_line()
    {
        foreach (var search in BoilerplateRules.English.Searches)
        {
            foreach (var keyword in search.Keywords)
            {
                Assert.True(search.FoundIn($"Some words before {keyword.ToUpperInvariant()} and after"), keyword);
                Assert.True(search.FoundIn(keyword), keyword);
            }
        }
    }

    [Fact]
    public void A_keyword_search_matches_the_keyword_as_written_spaces_included()
    {
        var search = new KeywordSearch(0, ["app ", "sign up", "://"]);
        Assert.True(search.FoundIn("Get the APP for free"));
        Assert.False(search.FoundIn("An apple a day"));
        Assert.True(search.FoundIn("Sign Up now"));
        Assert.False(search.FoundIn("signed up"));
        Assert.True(search.FoundIn("see https://example.org"));
        Assert.False(search.FoundIn(""));
        Assert.Throws<FormatException>(() => new KeywordSearch(0, ["a", ""]));
    }

    // Lines written for this test: each alternative of the site-note pattern, the video-caption-date pattern in its
    // forms, and story lines that hold the trigger words or end in ")" without being furniture.
    public static TheoryData<string, string?> TriggeredLines() => new()
    {
        { "Several images on this page may not have been crawled.", "site-note" },
        { "Embedded objects on this page were missing when the crawler visited it in May.", "site-note" },
        { "Linked objects may load slowly because our CRAWLER skips them.", "site-note" },
        { "Archives of our stories since 1990 are maintained on our website for readers.", "site-note" },
        { "You can download a free copy of it here.", "site-note" },
        { "Download a copy here.", "site-note" },
        { "Transcripts are created on a rush deadline and may be updated.", "site-note" },
        { "THIS TEXT MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.", "site-note" },
        { "Crews reopen the harbor bridge (Updated: Tuesday, June 6, 2017)", "video-caption-date" },
        { "Storm floods the pier (posted May 3, 2018)", "video-caption-date" },
        { "Ferry service resumes (PUBLISHED Monday, Jan. 9, 2023)", "video-caption-date" },
        { "The archive of the harbour board was moved to the library in 1998.", null },
        { "Crews worked through the night to download a backup of the records.", null },
        { "The final form of the bill was approved on Tuesday (by a vote of 7 to 2)", null },
        { "Traffic crawled along the coast road for most of the afternoon.", null },
    };

    [Theory]
    [MemberData(nameof(TriggeredLines))]
    public void A_rule_with_triggers_classifies_a_line_as_its_pattern_alone_does(string line, string? rule)
    {
        Assert.Equal(rule, LineClassifier.Classify(line).Rule);
        // The same rules without the triggers that only spare the pattern its work: the same verdict on every line.
        var lines = LanguageLexicon.English.Lines("boilerplate-rules")
            .Where(l => l is not ("trigger: contains @notice-keywords, download a, final form" or "trigger: ends-with )")).ToList();
        Assert.Equal(LanguageLexicon.English.Lines("boilerplate-rules").Count - 2, lines.Count);
        var untriggered = BoilerplateRules.Load("en", kind => kind == "boilerplate-rules" ? lines : LanguageLexicon.English.Lines(kind));
        Assert.Equal(LineClassifier.Classify(untriggered, line), LineClassifier.Classify(line));
        Assert.Equal(BoilerplateCleaner.Classify(line + "  "), BoilerplateCleaner.Classify(line));
    }
}
