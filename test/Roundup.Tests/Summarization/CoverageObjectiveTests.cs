using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>The objective of <see cref="CoverageSummarizer"/>: concepts, quotation bonus, readability units, speakers.</summary>
public sealed class CoverageObjectiveTests
{
    // The greedy objective on its own: short summaries are otherwise anchored (see StoryAnchorTests).
    private static readonly CoverageOptions Unanchored = new() { AnchorWeight = 0 };

    [Fact]
    public void Name_like_words_are_capitalised_inside_sentences_or_numbers()
    {
        var cluster = Fixtures.Story(new Article("a", string.Join("\n",
            "Officials in Weston said 12 homes flooded near the river.",
            "The river rose after heavy rain, officials in Weston said.",
            "It was Weston.", "It was 12.", "It was officials.", "It was river.")));
        var f = ClusterFeatures.Build(cluster);
        foreach (var (word, expected) in new[] { ("Weston", true), ("12", true), ("officials", false), ("river", false) })
        {
            // "It was X." holds one content word: X.
            int i = Array.FindIndex(f.Texts, t => t == $"It was {word}.");
            Assert.True(i >= 0, word);
            Assert.Single(f.Unigrams[i]);
            Assert.Equal(expected, f.Named[f.Unigrams[i][0]]);
        }
    }

    [Fact]
    public void A_sentence_copied_word_for_word_from_an_earlier_report_does_not_make_its_concepts_shared()
    {
        // Two updates from one wire carry the same standing paragraph; a third outlet tells the news its own way.
        const string standing = "The Gull Island ferry was built in Elland in 1995 and carries ninety cars.";
        var cluster = Fixtures.Story(
            new Article("wire1", string.Join("\n", "Divers reached the sunken Gull Island ferry on Monday.", standing)),
            new Article("wire2", string.Join("\n", "Divers brought up the ferry's bell on Tuesday.", standing)),
            new Article("other", "Navy divers reached the sunken Gull Island ferry on Monday and found the hull broken."));
        var f = ClusterFeatures.Build(cluster);
        var (bigrams, words) = CoverageSummarizer.IndependentFrequencies(f);
        int copy = Array.FindLastIndex(f.Texts, t => t == standing);
        int first = Array.FindIndex(f.Texts, t => t == standing);
        Assert.True(copy > first);
        // "ninety cars" is only in the standing paragraph: two articles by count, one report.
        foreach (int b in f.Bigrams[copy].Where(b => f.BigramDf[b] == 2)) Assert.Equal(1, bigrams[b]);
        // "sunken Gull Island ferry" is told by two reports in their own words, and stays shared.
        int news = Array.FindIndex(f.Texts, t => t.StartsWith("Divers reached", StringComparison.Ordinal));
        Assert.Contains(f.Bigrams[news], b => bigrams[b] == 2);
        Assert.All(Enumerable.Range(0, words.Length), w => Assert.True(words[w] <= f.WordDf[w]));
        // The weights read the independent counts by default, the plain ones when it is off.
        var on = CoverageSummarizer.ConceptWeights(f, Unanchored).Bigrams;
        var off = CoverageSummarizer.ConceptWeights(f, Unanchored with { CopiesCountOnce = false }).Bigrams;
        Assert.Contains(f.Bigrams[copy], b => on[b] < off[b]);
    }

    [Fact]
    public void Defaults_are_the_tuned_objective()
    {
        var o = new CoverageOptions { AnchorWeight = 0 };
        Assert.Equal(0.8, o.QuoteWeight);
        Assert.Equal(0.65, o.DocumentFrequencyExponent);
        Assert.Equal(12, o.LargeClusterArticles);
    }

    [Fact]
    public void A_topic_followed_over_many_reports_weighs_each_lead_alike_but_still_follows_the_opening_lead_paragraph()
    {
        var o = new CoverageOptions();
        var small = o.ForCluster(11);
        var large = o.ForCluster(12);
        Assert.Same(o, small);
        Assert.Equal(2, large.AnchorFollow);
        Assert.Equal(0, large.QuoteWeight);
        Assert.Equal(1, large.PositionWeight);
        Assert.Equal(1, large.DocumentFrequencyExponent);
        Assert.Equal(0, large.LargeClusterArticles);
        // A short line must share two content words with the story of many reports, one with a small cluster's.
        Assert.Equal(1, small.StoryCohesion);
        Assert.Equal(2, large.StoryCohesion);
        Assert.Equal(3, (o with { StoryCohesion = 3 }).ForCluster(12).StoryCohesion); // never lowered
        Assert.Throws<ArgumentException>(() => (o with { LargeStoryCohesion = -1 }).Validate());
    }

    // Two outlets report one council vote; one quotes the mayor. Both leads carry the shared facts.
    private static Cluster Vote() => Fixtures.Story(
        new Article("plain", string.Join("\n",
            "The Weston council approved the new harbour budget on Monday after a long debate about jobs.",
            "The new harbour budget will pay for repairs to the old pier and the ferry terminal.")),
        new Article("quoting", string.Join("\n",
            "\"The new harbour budget will protect jobs in Weston,\" the mayor told the council on Monday.",
            "The Weston council approved the new harbour budget on Monday by seven votes to two.")));

    [Fact]
    public void Quoting_a_source_wins_a_place_that_plain_coverage_would_give_to_another_sentence()
    {
        var cluster = Vote();
        var one = new SummaryOptions { Sentences = 1 };
        var plain = new CoverageSummarizer(new CoverageOptions { AnchorWeight = 0, QuoteWeight = 0 }).Summarize(cluster, one);
        var quoting = new CoverageSummarizer(Unanchored).Summarize(cluster, one);
        Assert.DoesNotContain("\"", plain.Sentences.Single().Text, StringComparison.Ordinal);
        Assert.StartsWith("\"The new harbour budget", quoting.Sentences.Single().Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.5)]
    public void Quote_weight_must_not_be_negative(double weight) =>
        Assert.Throws<ArgumentException>(() => new CoverageSummarizer(new CoverageOptions { AnchorWeight = 0, QuoteWeight = weight }));

    [Theory]
    [InlineData("\"I can do this job,\" she said.", true)]
    [InlineData("“I can do this job,” he told reporters on Monday.", true)]
    [InlineData("\"I can do this job,\" said he.", true)]
    [InlineData("\"We will,\" they added, \"reopen the pier.\"", true)]
    [InlineData("\"I can do this job,\" Mayor Ann Lee said.", false)]
    [InlineData("She said she could do the job.", false)]
    [InlineData("The mayor said \"the job is done\" and left.", false)]
    public void A_quotation_attributed_to_a_bare_pronoun_is_recognised(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.QuotesPronoun(text));

    // The quoted speaker is named only in the sentence before the quotation.
    private static Cluster Speaker() => Fixtures.Story(
        new Article("a", string.Join("\n",
            "Mayor Ann Lee told the Weston council on Monday that the harbour needs money before winter.",
            "\"The new harbour budget will protect jobs in Weston for years,\" she said.")),
        new Article("b", "The Weston council approved the new harbour budget, which will protect jobs in Weston for years."));

    [Fact]
    public void A_quotation_attributed_to_a_pronoun_comes_only_with_the_sentence_naming_the_speaker()
    {
        var cluster = Speaker();
        foreach (var budget in new[] { new SummaryOptions { Sentences = 1 }, new SummaryOptions { Words = 20 }, new SummaryOptions { Words = 40 }, new SummaryOptions { Words = 400 } })
        {
            var summary = new CoverageSummarizer(Unanchored).Summarize(cluster, budget);
            int quote = summary.Sentences.ToList().FindIndex(s => s.Text.EndsWith("she said.", StringComparison.Ordinal));
            if (quote < 0) continue;
            Assert.True(quote > 0);
            Assert.StartsWith("Mayor Ann Lee", summary.Sentences[quote - 1].Text, StringComparison.Ordinal);
        }
        // Without the rule the quotation is taken on its own: the rule is what keeps it with its speaker.
        var careless = new CoverageSummarizer(new CoverageOptions { AnchorWeight = 0, GlueSpeakers = false }).Summarize(cluster, new SummaryOptions { Sentences = 1 });
        Assert.EndsWith("she said.", careless.Sentences.Single().Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"We will reopen the pier,\" she said.", "Harbour master Ann Lee said the pier was safe.", "\"We will reopen the pier,\" Ann Lee said.")]
    [InlineData("“We will reopen the pier,” he told reporters.", "“It is safe,” said Tom Ellis, the harbour master.", "“We will reopen the pier,” Tom Ellis told reporters.")]
    [InlineData("\"We will reopen the pier,\" said she.", "Ann Lee, 52, told the council the pier was safe.", "\"We will reopen the pier,\" said Ann Lee.")]
    [InlineData("“It should be decided in public,” he said.", "The mayor's lawyer, Tom Ellis, said that the order was not valid.", "“It should be decided in public,” Tom Ellis said.")] // a name set off by commas
    [InlineData("“It is bent pretty badly,” he said on Sunday.", "The pier is not broken, but it is not stable, former Harbour Board Chairman Tom Ellis says.", "“It is bent pretty badly,” Tom Ellis said on Sunday.")] // not "Board Chairman Tom Ellis": he no longer chairs it
    [InlineData("“It is bent pretty badly,” he said.", "The pier is not stable, former Chairman Tom Ellis says.", "“It is bent pretty badly,” Tom Ellis said.")] // "former" goes with the title, so the title stays out
    [InlineData("“We may not all support it,” she told reporters.", "Weston Harbour Board Deputy Chair Ann Lee said she would look at the deal.", "“We may not all support it,” Weston Harbour Board Deputy Chair Ann Lee told reporters.")] // the title whole, not "Board Deputy Chair Ann Lee"
    public void A_pronoun_speaker_named_in_the_sentence_before_gets_the_name(string text, string previous, string expected) =>
        Assert.Equal(expected, SentenceRules.NameSpeaker(text, previous));

    [Theory]
    [InlineData("Former Chairman Tom Ellis inspected the pier on Monday.", "“It is bent pretty badly,” Tom Ellis said.")] // "Chairman Tom Ellis" would make him the sitting one
    [InlineData("Harbour Chairman Tom Ellis inspected the pier on Monday.", "“It is bent pretty badly,” Chairman Tom Ellis said.")] // a title nothing changes stays as it was
    public void A_pronoun_speaker_named_as_the_subject_before_keeps_no_title_that_former_changes(string previous, string expected) =>
        Assert.Equal(expected, SentenceRules.NameSpeaker("“It is bent pretty badly,” he said.", previous, w => char.IsUpper(w[0]) && w is not ("Former" or "Harbour")));

    [Theory]
    [InlineData("\"We will reopen the pier,\" she said.", "The mayor told Tom Ellis the pier was safe.")] // "told X": X listens
    [InlineData("\"We will reopen the pier,\" she said.", "Ann Lee said Tom Ellis had checked it.\" Tom Ellis said so too.")] // two speakers
    [InlineData("\"We will reopen the pier,\" she said.", "The pier was closed on Monday.")] // nobody named
    [InlineData("\"We will reopen the pier,\" they said.", "Ann Lee said the pier was safe.")] // plural
    [InlineData("\"We will reopen the pier,\" she said.", "Weston Harbour Police said the pier was safe.")] // not a person
    [InlineData("She said the pier would reopen.", "Ann Lee said the pier was safe.")] // no quotation
    [InlineData("\"We will reopen the pier,\" she said.", "It was a win for Ann Lee, said the mayor.")] // Ann Lee is not the one speaking
    [InlineData("“Don’t lose your nerve now,” he told her.", "Ann Lee said that one councillor came up to her after the vote.")] // "he" is the councillor
    [InlineData("“We will reopen the pier,” she said.", "Tom Ellis said his deputy had checked it.")] // "his": Tom Ellis is a he
    public void A_pronoun_speaker_is_left_alone_when_not_certain(string text, string previous) =>
        Assert.Null(SentenceRules.NameSpeaker(text, previous));

    [Fact]
    public void A_quotation_whose_speaker_is_named_just_before_may_stand_alone_with_the_name()
    {
        var summary = new CoverageSummarizer(Unanchored).Summarize(Speaker(), new SummaryOptions { Sentences = 1 });
        Assert.Contains("Mayor Ann Lee said.", summary.Sentences.Single().Text, StringComparison.Ordinal);
        var unnamed = new CoverageSummarizer(new CoverageOptions { AnchorWeight = 0, NameSpeakers = false }).Summarize(Speaker(), new SummaryOptions { Sentences = 1 });
        Assert.DoesNotContain("she said", unnamed.Sentences.Single().Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Closing on Sundays would hurt families.\"", true)]
    [InlineData("“We were told our concerns would shape the plan.”", true)]
    [InlineData("\"Closing on Sundays would hurt families,\" Ann Lee said.", false)]
    [InlineData("The sign read \"Keep Sundays Open.\"", false)]
    [InlineData("\"Closing\" is the wrong word, the mayor said.", false)]
    public void A_quotation_without_any_speaker_is_recognised(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.IsBareQuotation(text));

    [Fact]
    public void A_quotation_without_a_speaker_comes_only_with_the_sentence_before_it()
    {
        var cluster = Fixtures.Story(
            new Article("a", string.Join("\n",
                "Librarian Marisol Vega asked the Weston council to keep the library open on Sundays.",
                "\"Sunday library hours in Weston matter to working families and their children.\"")),
            new Article("b", "Sunday library hours in Weston matter to working families and their children, residents told the council."));
        foreach (var options in new[] { new CoverageOptions { AnchorWeight = 0 }, new CoverageOptions { AnchorWeight = 0, GlueSpeakers = false } })
        {
            var summary = new CoverageSummarizer(options).Summarize(cluster, new SummaryOptions { Words = 25 });
            bool alone = summary.Sentences.Any(x => x.Text.StartsWith('"')) && !summary.Sentences.Any(x => x.Text.StartsWith("Librarian", StringComparison.Ordinal));
            Assert.Equal(!options.GlueSpeakers, alone);
        }
    }
}
