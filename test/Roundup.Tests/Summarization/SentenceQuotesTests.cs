using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Quotes;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>The summarizer reads which sentences continue a quotation from the quotes stage, not from counting marks.</summary>
public sealed class SentenceQuotesTests
{
    private static SentenceQuotes Read(string text) => ClusterFeatures.Build(Fixtures.Story(new Article("a", text))).Quotes;

    [Fact]
    public void A_summarizer_pipeline_runs_the_quotes_stage_before_summarizing()
    {
        var pipeline = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions { Sentences = 1 }).Build();
        var names = pipeline.Stages.Select(s => s.Name).ToList();
        Assert.True(names.IndexOf(QuotesStage.StageName) is >= 0 and var q && q < names.IndexOf("summarize"));
        var cluster = pipeline.Run(new Cluster("c", [new Article("a", "“We will open in May,” Ona Pike said on Monday at the harbour.")]));
        Assert.NotNull(cluster.Articles[0].Quotes);
        Assert.Contains(new SummarizeStage(new CoverageSummarizer(), new SummaryOptions()).Requires, c => c == Capability.Quotes);
        var e = Assert.Throws<InvalidOperationException>(() =>
            new RoundupPipelineBuilder().UseDefaults().Use(new SummarizeStage(new CoverageSummarizer(), new SummaryOptions())).Build());
        Assert.Contains("add the 'quotes' stage (UseQuotes()) before 'summarize'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sentence_of_a_long_quotation_continues_it()
    {
        // Six sentences inside one quotation: counting marks gave up after four and let the fifth stand alone.
        var q = Read("The harbour master spoke on Monday. “The ferry is old. The hull leaks. The engine fails. The crew is tired. "
            + "The terminal floods every winter. We need a new one,” she said. The council meets on Friday.");
        Assert.Equal([false, false, true, true, true, true, true, false], q.StartsInside);
        Assert.Equal([false, true, true, true, true, true, false, false], q.OpenAfter);
        Assert.Equal([false, true, true, true, true, true, true, false], q.Quoted);
    }

    [Fact]
    public void A_quotation_running_over_paragraphs_continues_into_the_next_one()
    {
        var q = Read("Ona Pike told the meeting: “The ferry is old.\n“The terminal floods every winter,” she said.\nThe council meets on Friday.");
        Assert.Equal([false, true, false], q.StartsInside);
        Assert.Equal([true, false, false], q.OpenAfter);
    }

    [Fact]
    public void An_interrupted_quotation_is_closed_between_its_parts()
    {
        var q = Read("“The ferry is old,” she said. “The terminal floods every winter.” The council meets on Friday.");
        Assert.Equal([false, false, false], q.StartsInside);
        Assert.Equal([false, false, false], q.OpenAfter);
        Assert.Equal([true, true, false], q.Quoted);
    }

    [Fact]
    public void A_sentence_that_ends_with_an_opening_mark_leaves_the_quotation_open()
    {
        // Text run together ("crews!\"Bethenny"): the mark that opens the friend's words ends the sentence before them.
        var f = ClusterFeatures.Build(Fixtures.Story(new Article("a",
            "Guess who waited in the delivery room? Reality camera crews!\"Bethenny does not want to live off camera. "
            + "She wants her whole life filmed,\" a friend said. The show returns in May.")));
        int crews = Array.FindIndex(f.Texts, t => t.StartsWith("Reality camera crews!", StringComparison.Ordinal));
        Assert.True(crews > 0);
        Assert.EndsWith("\"", f.Texts[crews], StringComparison.Ordinal);
        Assert.True(f.Quotes.OpenAfter[crews]);
        Assert.False(f.Quotes.Unpaired[crews]);
    }

    [Fact]
    public void An_inch_mark_opens_no_quotation()
    {
        // Each straight mark toggled a quotation: the sentences after the 12" pipe read as quoted words.
        var q = Read("Crews laid a 12\" pipe under the road on Monday. The council paid for it. The road reopens on Friday.");
        Assert.Equal([false, false, false], q.StartsInside);
        Assert.Equal([false, false, false], q.Quoted);
        Assert.Equal([false, false, false], q.Unpaired);
    }

    [Fact]
    public void A_quotation_mark_without_its_partner_keeps_the_sentence_out_of_a_summary()
    {
        var cluster = Fixtures.Story(new Article("a", "The ferry stopped running on Monday after the harbour flooded.\n"
            + "“The terminal floods every winter and nobody has fixed it for a decade...\n"
            + "The council will meet on Friday to discuss the repairs."));
        var f = ClusterFeatures.Build(cluster);
        Assert.Equal([false, true, false], f.Quotes.Unpaired);
        var (eligible, member, _) = CoverageSummarizer.Candidates(f, new CoverageOptions());
        Assert.False(member[1]);
        Assert.False(eligible[1]);
        Assert.True(eligible[0] && eligible[2]);
    }

    [Fact]
    public void Sentences_before_a_closing_mark_never_opened_are_a_speakers_words_and_stay_out()
    {
        // The writer left out the mark that reopens the chief's words after "the chief said.": her three sentences
        // read as the writer's "I" and "we", which would make the report look like a column.
        var cluster = Fixtures.Story(new Article("a", "The ferry stopped running on Monday after the harbour flooded.\n"
            + "“We will not say more today,” the chief said. I know we are not giving you much. We are at an early stage of this case. "
            + "As soon as I can, I will tell you more.”\n"
            + "The council will meet on Friday to discuss the repairs."));
        var f = ClusterFeatures.Build(cluster);
        Assert.Equal(6, f.Texts.Length);
        Assert.Equal([false, false, true, true, false, false], f.Quotes.Unmarked);
        var (eligible, member, _) = CoverageSummarizer.Candidates(f, new CoverageOptions());
        Assert.False(member[2] || member[3] || member[4]);
        Assert.True(eligible[0] && eligible[1] && eligible[5]);
    }

    [Fact]
    public void A_closing_mark_never_opened_reaches_back_only_within_its_paragraph_and_past_no_other_mark()
    {
        // The stray mark closes a paragraph of its own: the sentence of the paragraph before is the writer's.
        var apart = Read("The ferry ran late on Monday evening.\nThe council will meet on Friday to discuss the repairs.”");
        Assert.Equal([false, false], apart.Unmarked);
        // A sentence with marks of its own between: what comes before it is no part of the unmarked quotation.
        var between = Read("The crews left the pier at noon. “It is over,” the captain said. Nobody on the pier argued with him.”");
        Assert.Equal([false, false, false], between.Unmarked);
        // A quotation opened and closed in its marks leaves no sentence unmarked.
        var whole = Read("“The terminal floods every winter,” she said. The council will meet on Friday.");
        Assert.Equal([false, false], whole.Unmarked);
    }

    [Fact]
    public void The_quotations_are_those_the_stage_stored()
    {
        const string text = "The ferry is old. The hull leaks. The council meets on Friday.";
        var article = new Article("a", text);
        var cluster = Fixtures.Story(article);
        // A quotation the stage found (here: set by hand) over the first two sentences, though the text has no marks.
        article.Quotes = [new Quote([new TextSpan(0, 32)], new TextSpan(0, 33))];
        var q = ClusterFeatures.Build(cluster).Quotes;
        Assert.Equal([false, true, false], q.StartsInside);
        Assert.Equal([true, false, false], q.OpenAfter);
    }

    [Fact]
    public void A_pronoun_speaker_after_a_long_quotation_is_named_from_the_sentence_that_opened_it()
    {
        // Six sentences into the quotation, counting marks had forgotten where it opened.
        var f = ClusterFeatures.Build(Fixtures.Story(new Article("a",
            "Ona Pike spoke at the harbour meeting on Monday night.\n“The ferry is old. The hull leaks. The engine fails. The crew is tired. "
            + "The dock is rotten. We need the new terminal now,” she said.")));
        CoverageSummarizer.NameSpeakers(f);
        Assert.Equal("We need the new terminal now,” Pike said.", f.Texts[^1]);
    }
}
