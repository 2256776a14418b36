using System.CommandLine;
using System.Text.Json;
using Roundup.Cli;
using Roundup.Facts;
using Roundup.Facts.Evaluation;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Rendering;

namespace Roundup.Tests.Facts;

public sealed class FactsStageTests
{
    private static readonly DateTimeOffset Wed = new(2016, 12, 14, 9, 0, 0, TimeSpan.Zero);

    private static StoryFacts Run(params Article[] articles)
    {
        var cluster = new RoundupPipelineBuilder().UseCleaning().UseSegmentation().UseFacts().Build().Run(new Cluster("t", articles));
        return cluster.Facts!;
    }

    private static Article A(string id, string text, DateTimeOffset? published = null, string? source = null) =>
        new(id, text) { Published = published, Source = source ?? id.ToUpperInvariant() };

    private static string DateOf(StoryFacts f, string expression) =>
        f.Dates.Single(d => d.Mentions.Any(m => m.Text.Contains(expression, StringComparison.Ordinal))).Value;

    [Theory]
    [InlineData("ZORVEK (CBSKestland) – Police arrested a man on Monday after a robbery at a pharmacy.", "Zorvek", "CBSKestland")]
    [InlineData("ZORVEK, Kestland, March 5 (xinhua) -- Police arrested a man on Monday after a robbery.", "Zorvek", null)] // a lower-case agency is no name
    [InlineData("ZORVEK (Nordmark), March 5 (Xinhua) -- Police arrested a man on Monday after a robbery.", "Zorvek", "Xinhua")]
    [InlineData("ZORVEK (AP -- Police arrested a man on Monday after a robbery at a pharmacy.", "Zorvek", null)]
    [InlineData("PORT ZORVEK--(BUSINESS WIRE)--Police arrested a man on Monday after a robbery at a pharmacy.", "Port Zorvek", "BUSINESS WIRE")]
    public void A_wire_datelines_town_is_a_place_and_its_agency_an_organisation(string text, string place, string? agency)
    {
        var f = Run(A("a", text + " The man was held overnight, police said."));
        Assert.True(f.Entities.Any(e => e.Name == place && e.EntityKind == EntityKind.Place), string.Join("; ", f.Entities.Select(e => $"{e.Name}/{e.EntityKind}")));
        if (agency is not null) Assert.Contains(f.Entities, e => e.Name == agency && e.EntityKind == EntityKind.Organization);
    }

    [Fact]
    public void The_recogniser_reads_the_dateline_kept_on_the_article()
    {
        // The same text with its kept dateline taken away (as if the cleaner had read none): the opening capitals are
        // no longer a place, so the recogniser reads what the cleaner kept and does not parse the text again.
        static StoryFacts Facts(bool keep)
        {
            var article = A("a", "ZORVEK — Police arrested a man on Monday after a robbery at a pharmacy. The man was held overnight, police said.");
            new Roundup.Cleaning.BoilerplateCleaner().Clean(article);
            Assert.Equal("ZORVEK", article.WireDateline?.Place);
            if (!keep) article.WireDateline = null;
            return new RoundupPipelineBuilder().UseSegmentation().UseFacts().Build().Run(new Cluster("t", [article])).Facts!;
        }
        Assert.Contains(Facts(keep: true).Entities, e => e.Name == "Zorvek" && e.EntityKind == EntityKind.Place);
        Assert.DoesNotContain(Facts(keep: false).Entities, e => e.Name is "Zorvek" or "ZORVEK" && e.EntityKind == EntityKind.Place);
    }

    [Fact]
    public void An_address_heading_before_a_state_abbreviation_is_a_place()
    {
        var f = Run(A("a", "ZORVEK, D.C. 20003 Tel: 202-555-0100\n\nPolice arrested a man on Monday after a robbery at a pharmacy in Zorvek."));
        Assert.Contains(f.Entities, e => e.Name == "Zorvek" && e.EntityKind == EntityKind.Place);
    }

    [Fact]
    public void Relative_and_absolute_dates_resolve_against_the_publication_date()
    {
        var f = Run(A("a", "The council met on Tuesday. It had voted yesterday. Last month it lost money. The plan dates from Dec. 13, 2015. " +
                           "A notice dated 13/12/2016 was posted. Work began two days ago and ends next week. Talks will resume on Friday.", Wed));
        Assert.Equal("2016-12-13", DateOf(f, "Tuesday"));
        Assert.Equal("2016-12-13", DateOf(f, "yesterday"));
        Assert.Equal("2016-11", DateOf(f, "Last month"));
        Assert.Equal("2015-12-13", DateOf(f, "Dec. 13, 2015"));
        Assert.Equal("2016-12-13", DateOf(f, "13/12/2016"));
        Assert.Equal("2016-12-12", DateOf(f, "two days ago"));
        Assert.Equal("2016-W51", DateOf(f, "next week"));
        Assert.Equal("2016-12-16", DateOf(f, "Friday"));
    }

    [Fact]
    public void A_removed_dateline_gives_the_article_its_date()
    {
        var article = A("a", "13/12/2016 15:04 GMT | Updated 13/12/2016 16:34 GMT\n\nThe rapper arrived on Tuesday. He left yesterday.");
        var f = Run(article);
        var anchor = Assert.Single(f.Anchors);
        Assert.Equal("dateline", anchor.Origin);
        Assert.Equal(new DateOnly(2016, 12, 13), anchor.Date);
        Assert.Equal("2016-12-13", DateOf(f, "Tuesday"));
        Assert.Equal("2016-12-12", DateOf(f, "yesterday"));
        // The dateline itself is not a fact of the story.
        Assert.DoesNotContain(f.Dates, d => d.Mentions.Any(m => m.Text.Contains("13/12/2016", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_a_publication_date_relative_dates_stay_unresolved_even_when_the_text_gives_full_dates()
    {
        // Issue #12: the story date used to be taken from any date in the text (here a meeting three years earlier).
        var f = Run(A("a", "The council first met on Thursday, 4 January 2021, in Oakvale. The clinic opened on Thursday. Staff met again yesterday."),
                    A("b", "Oakvale's clinic opened on Thursday. Staff met again on Friday, officials said last week."));
        Assert.Equal("2021-01-04", Assert.Single(f.Dates).Value);
        Assert.All(f.Anchors, a => Assert.Equal("none", a.Origin));
        Assert.Equal(["Thursday", "yesterday", "Thursday", "Friday", "last week"], f.UnresolvedDates.Select(u => u.Mention.Text));
    }

    [Fact]
    public void A_weekday_that_contradicts_its_date_keeps_the_date_nearest_the_publication_and_lowers_confidence()
    {
        // 9 March 2024 is a Saturday: the old reading moved the date to a year where it is a Wednesday.
        var f = Run(A("a", "The vote was held on Wednesday, March 9, officials said. A second vote is planned for Tuesday, March 12.",
            new DateTimeOffset(2024, 3, 11, 9, 0, 0, TimeSpan.Zero)));
        var wrong = f.Dates.Single(d => d.Mentions.Any(m => m.Text.Contains("March 9", StringComparison.Ordinal)));
        Assert.Equal("2024-03-09", wrong.Value);
        Assert.True(wrong.Confidence < 1);
        Assert.Contains("Saturday", Assert.Single(wrong.Warnings), StringComparison.Ordinal);
        var right = f.Dates.Single(d => d.Mentions.Any(m => m.Text.Contains("March 12", StringComparison.Ordinal)));
        Assert.Equal("2024-03-12", right.Value);
        Assert.Equal(1, right.Confidence);
    }

    [Fact]
    public void With_no_date_anywhere_relative_dates_stay_unresolved()
    {
        var f = Run(A("a", "The mayor spoke on Tuesday and again yesterday."), A("b", "The mayor spoke last week."));
        Assert.Empty(f.Dates);
        Assert.All(f.Anchors, a => Assert.Equal("none", a.Origin));
    }

    [Fact]
    public void Entity_forms_merge_across_outlets_with_titles_and_misspellings()
    {
        var f = Run(
            A("a", "Rapper Kanye West visited President-elect Donald Trump in New York on Tuesday. “We are friends,” Trump said. West smiled.", Wed),
            A("b", "Kayne arrived at the tower. Mr. West and Trump spoke for 15 minutes. Kanye left later.", Wed));
        var west = f.Entities.Single(e => e.Name == "Kanye West");
        Assert.Equal(EntityKind.Person, west.EntityKind);
        Assert.Contains("Kayne", west.Aliases);
        Assert.Contains("West", west.Aliases);
        Assert.Contains("Kanye", west.Aliases);
        Assert.Equal(2, west.Sources.Count);
        var trump = f.Entities.Single(e => e.Name == "Donald Trump");
        Assert.Contains("president-elect", trump.Titles);
        Assert.Contains(f.Entities, e => e.Name == "New York" && e.EntityKind == EntityKind.Place);
    }

    [Fact]
    public void Quotes_get_their_speakers_and_the_same_quote_from_two_outlets_is_one_fact()
    {
        var f = Run(
            A("a", "Mayor Maria Lopez closed the bridge. “We will not take chances with lives,” Lopez told reporters. " +
                   "Tom Becker drives a van. \"It adds forty minutes,\" he said. \"I am not happy about it.\"", Wed),
            A("b", "Maria Lopez said: “We will not take chances with lives. The bridge stays shut.” According to Becker, the detour is “far too long for drivers.”", Wed));
        var lives = f.Quotes.Single(q => q.Text.Contains("chances", StringComparison.Ordinal));
        Assert.Equal("Maria Lopez", lives.Speaker?.Name);
        Assert.Equal(2, lives.Sources.Count);
        Assert.False(lives.SingleSource);
        Assert.Equal("Tom Becker", f.Quotes.Single(q => q.Text.StartsWith("It adds", StringComparison.Ordinal)).Speaker?.Name);
        Assert.Equal("Tom Becker", f.Quotes.Single(q => q.Text.StartsWith("I am not", StringComparison.Ordinal)).Speaker?.Name);
        var detour = f.Quotes.Single(q => q.Text.StartsWith("far too long", StringComparison.Ordinal));
        Assert.Equal("Tom Becker", detour.Speaker?.Name);
        Assert.True(detour.SingleSource);
    }

    [Fact]
    public void Numbers_carry_what_they_count_or_measure()
    {
        var f = Run(A("a", "President Donald Trump arrived. Trump, 70, met West for 15 minutes. The deal is worth $1.2 billion. Turnout was 61%. A fire injured 12 workers. " +
                           "Sixteen-year-old Arjun Mehta won.", Wed));
        Assert.Contains(f.Numbers, n => n.NumberKind == NumberKind.Age && n.Amount == 70 && n.Entity?.Name == "Donald Trump");
        Assert.Contains(f.Numbers, n => n.NumberKind == NumberKind.Age && n.Amount == 16 && n.Entity?.Name == "Arjun Mehta");
        Assert.Contains(f.Numbers, n => n.NumberKind == NumberKind.Duration && n.Amount == 15 && n.Unit == "minute");
        Assert.Contains(f.Numbers, n => n.NumberKind == NumberKind.Money && n.Amount == 1.2e9 && n.Unit == "USD");
        Assert.Contains(f.Numbers, n => n.NumberKind == NumberKind.Percent && n.Amount == 61 && n.Subject == "turnout");
        Assert.Contains(f.Numbers, n => n.NumberKind == NumberKind.Count && n.Amount == 12 && n.Subject == "workers");
    }

    [Fact]
    public void Conflicting_ages_and_counts_are_surfaced_but_agreeing_values_are_not()
    {
        var f = Run(
            A("a", "Mayor Maria Lopez, 52, said 14,000 vehicles use the bridge. Repairs will take 10 weeks.", Wed),
            A("b", "Maria Lopez, 53, said the bridge carries 12,000 vehicles. Repairs will take 10 weeks.", Wed));
        var age = Assert.Single(f.Conflicts, c => c.Slot.StartsWith("age:", StringComparison.Ordinal));
        Assert.Equal(["52", "53"], age.Values.Select(v => v.Value).Order());
        Assert.Contains("Maria Lopez", age.Description, StringComparison.Ordinal);
        var count = Assert.Single(f.Conflicts, c => c.Slot == "count:vehicles");
        Assert.Equal("A", Assert.Single(count.Values.Single(v => v.Value == "14000").Articles).DisplaySource);
        Assert.DoesNotContain(f.Conflicts, c => c.Slot.StartsWith("duration", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_or_far_apart_values_for_a_slot_are_not_read_as_a_conflict()
    {
        var f = Run(
            A("a", "The storm killed 7 people. Earlier, 300 people were rescued. The dam holds 2 million tonnes.", Wed),
            A("b", "The storm killed 9 people, officials said. The dam holds 40 million tonnes.", Wed));
        Assert.DoesNotContain(f.Conflicts, c => c.Slot == "count:people");
        Assert.DoesNotContain(f.Conflicts, c => c.Slot.StartsWith("measure", StringComparison.Ordinal));
    }

    [Fact]
    public void A_preposition_that_ends_a_phrase_before_a_comma_makes_no_place_of_the_name_after_it()
    {
        // "cool off, Kunin said": "off" ends the phrase; Kunin is Maria Kunin, not a place.
        var f = Run(A("a", "The ferry strike will end soon, predicted Maria Kunin, the former harbour master. The dispute will take time to cool off, Kunin said on Monday."));
        var kunin = Assert.Single(f.Entities, e => e.Name.Contains("Kunin", StringComparison.Ordinal));
        Assert.Equal(EntityKind.Person, kunin.EntityKind);
        Assert.Equal(2, kunin.Mentions.Count);
    }

    [Fact]
    public void The_word_completing_an_office_is_no_part_of_the_name_after_it()
    {
        var f = Run(A("a", "Riders met the harbour board in Marlow on Monday. Secretary of State Maria Lopez praised the ferry plan."));
        Assert.Contains(f.Entities, e => e.Name == "Maria Lopez" && e.EntityKind == EntityKind.Person);
        Assert.DoesNotContain(f.Entities, e => e.Name == "State Maria Lopez");
    }

    [Theory]
    [InlineData("The ferry plan was backed by the former Vermont Democratic governor, who spoke on Monday.", "Vermont")]
    [InlineData("The ferry plan won over Jane Holt, the Texas Republican who chairs the panel.", "Texas")]
    public void An_adjective_of_party_or_nation_ending_a_run_is_no_part_of_a_name(string text, string place)
    {
        var f = Run(A("a", "Riders met the harbour board in Marlow on Monday. " + text));
        Assert.Contains(f.Entities, e => e.Name == place && e.EntityKind == EntityKind.Place);
        Assert.DoesNotContain(f.Entities, e => e.Name.StartsWith(place + " ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Comets host Lakeport on Tuesday.", "2026-03-17")] // a schedule in the present tense
    [InlineData("The council vote is scheduled for Tuesday.", "2026-03-17")] // "scheduled" looks ahead, not back
    [InlineData("The Comets beat Lakeport on Tuesday.", "2026-03-10")]
    [InlineData("The council voted on Tuesday.", "2026-03-10")]
    [InlineData("The only district holding a semi-open primary Tuesday was Marlow.", "2026-03-10")] // "semi-open" schedules nothing
    [InlineData("The long-planned vote is on Tuesday.", "2026-03-17")] // a participle after a hyphen still looks ahead
    public void A_weekday_after_a_schedule_word_is_ahead_and_after_a_past_verb_behind(string text, string expected)
    {
        // Published on Monday, 16 March 2026.
        var f = Run(A("a", "The Riverton Hawks won their seventh straight game on Saturday night. " + text, new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero)));
        Assert.Equal(expected, DateOf(f, "Tuesday"));
    }

    [Fact]
    public void Dates_of_the_same_event_that_differ_between_outlets_are_a_conflict()
    {
        var f = Run(
            A("a", "A rare snow leopard cub was born at the Kestrel Valley Zoo on May 14, keepers said.", new DateTimeOffset(2025, 5, 20, 9, 0, 0, TimeSpan.Zero)),
            A("b", "Kestrel Valley Zoo welcomed a snow leopard cub last Thursday, May 15.", new DateTimeOffset(2025, 5, 20, 9, 0, 0, TimeSpan.Zero)));
        var c = Assert.Single(f.Conflicts);
        Assert.Equal("date", c.Slot);
        Assert.Equal(["2025-05-14", "2025-05-15"], c.Values.Select(v => v.Value).Order());
    }

    [Fact]
    public void A_sentence_that_lists_several_days_is_no_conflict_with_one_day()
    {
        // The first sentence dates two votes; the second another one: neither gives "the" date of the other's.
        var f = Run(
            A("a", "The ferry towns of Marlow and Ashby hold their harbour votes on March 3 and March 10, the council said.", new DateTimeOffset(2026, 2, 20, 9, 0, 0, TimeSpan.Zero)),
            A("b", "The ferry towns of Marlow and Ashby hold their harbour votes on March 17, the council said.", new DateTimeOffset(2026, 2, 20, 9, 0, 0, TimeSpan.Zero)));
        Assert.DoesNotContain(f.Conflicts, c => c.Slot == "date");
    }

    [Fact]
    public void Facts_need_sentences_first()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new RoundupPipelineBuilder().UseFacts().Build());
        Assert.Contains("segment", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mention_on_the_gold_set_is_a_span_of_its_article_text()
    {
        var pipeline = new RoundupPipelineBuilder().UseCleaning().UseSegmentation().UseFacts().Build();
        foreach (var g in FactsGold.LoadFolder(FactsEvaluationTests.GoldFolder))
        {
            var facts = pipeline.Run(g.ToCluster()).Facts!;
            foreach (var fact in facts.All)
                foreach (var m in fact.Mentions)
                    Assert.Equal(m.Text, m.Article.Text.Substring(m.Span.Start, m.Span.Length));
            Assert.All(facts.All, x => Assert.NotEmpty(x.Mentions));
        }
    }

    [Fact]
    public void Text_markdown_and_json_show_the_facts()
    {
        var cluster = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new Roundup.Summarization.SummaryOptions { Sentences = 2 }).UseFacts().Build().Run(new Cluster("c", [
            A("a", "Mayor Maria Lopez, 52, closed the Old Mill Bridge on Monday. “We will not take chances,” Lopez said.", Wed, "Harbor Gazette"),
            A("b", "Maria Lopez, 53, closed the Old Mill Bridge on Monday after cracks were found.", Wed, "Valley Post")]));
        var text = ClusterRenderer.PlainText(cluster);
        Assert.Contains("Facts", text, StringComparison.Ordinal);
        Assert.Contains("age of Maria Lopez: 52 [Harbor Gazette] vs 53 [Valley Post]", text, StringComparison.Ordinal);
        Assert.Contains("2016-12-12", text, StringComparison.Ordinal);
        Assert.Contains("(one outlet only)", text, StringComparison.Ordinal);
        var md = ClusterRenderer.Markdown(cluster);
        Assert.Contains("### Facts", md, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(JsonModel.Serialize(cluster));
        var facts = doc.RootElement.GetProperty("facts");
        var kinds = facts.GetProperty("facts").EnumerateArray().Select(x => x.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "entity", "date", "quote", "number" }, kinds);
        var quote = facts.GetProperty("facts").EnumerateArray().First(x => x.GetProperty("kind").GetString() == "quote");
        var mention = quote.GetProperty("mentions")[0];
        var article = cluster.Articles.Single(a => a.Id == mention.GetProperty("article").GetString());
        var span = mention.GetProperty("span");
        Assert.Equal("We will not take chances", article.Text.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32()));
        Assert.Equal(1, facts.GetProperty("conflicts").GetArrayLength());
        Assert.Equal(2, facts.GetProperty("summarySupport").GetArrayLength());
    }

    [Fact]
    public void The_eval_facts_command_prints_the_scores()
    {
        var root = new RootCommand { FactsEvalCommand.Create() };
        var writer = new StringWriter();
        Assert.Equal(0, CliRunner.Invoke(root, ["facts", FactsEvaluationTests.GoldFolder], new CliConsole(new StringReader(""), writer, new StringWriter())));
        Assert.Contains("quotes (with right speaker)", writer.ToString(), StringComparison.Ordinal);
    }
}
