using Roundup.Facts;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Quotes;
using Roundup.Summarization;

namespace Roundup.Tests.Quotes;

/// <summary>
/// The quotes stage without speakers (what a pipeline with a summarizer and no facts stage runs): the same quotations
/// as the full stage, no speakers, and a facts stage always gets the stage with speakers whichever builder call came first.
/// </summary>
public sealed class SpansOnlyQuotesTests
{
    /// <summary>Articles written for these tests: every way a quotation is marked, interrupted, continued or left open.</summary>
    private static readonly string[] Stories =
    [
        "“We will rebuild the bridge by spring,” Ana Ruiz said.",
        "\"We will rebuild the bridge by spring,\" Ana Ruiz said on Tuesday. \"The ferry stays until then.\"",
        "Ana Ruiz spoke after the vote. “We will rebuild,” she said. “And we will do it fast.”",
        "Ana Ruiz spoke after the vote. “We will rebuild,” she said. “And we will do it fast,” said Tom Hale, her deputy.",
        "The mayor said: “The bridge opens in May.” Then she left.",
        "“The first part runs on\n\n“and the second paragraph closes it,” the report said.",
        "According to the harbour office, “the ferry sails at noon on weekdays” and “at ten on Sundays.”",
        "Residents cheered.“Finally!”Ana Ruiz said the crews worked all night. “It was hard,” she added.",
        "“An open quotation that never closes, said a clerk at the desk.",
        "The screen measures 15\" across and the players' union met on Monday.",
        "«We will rebuild the bridge by spring», Ana Ruiz said. „Die Fähre bleibt“, sagte sie.",
        "Tom Hale, the deputy mayor, said the work was late. “Nobody planned for the flood,” Hale said. “Nobody.” He left the hall.",
        "Readers wrote in after the vote.\n“The bridge vote changed nothing for me at all.” — Rosa Diaz\n“I will take the ferry until spring.” Omar Haddad, a teacher, wrote.\n“It is fine.”   - Lena Ortiz.",
    ];

    /// <summary>The fixtures as theory data.</summary>
    public static TheoryData<string> Texts => new(Stories);

    private static Article Segmented(string text)
    {
        var article = new Article("a", text);
        new RoundupPipelineBuilder().UseSegmentation().Build().Run(new Cluster("c", [article]));
        return article;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Without_speakers_the_stage_finds_the_same_quotations_with_no_speaker(string text)
    {
        var full = QuotesStage.Find(Segmented(text));
        var spans = QuotesStage.FindSpans(Segmented(text));
        Assert.Equal(full.Count, spans.Count);
        for (int i = 0; i < full.Count; i++)
        {
            Assert.Equal(full[i].Parts, spans[i].Parts);
            Assert.Equal(full[i].Marked, spans[i].Marked);
            Assert.Equal(full[i].Words, spans[i].Words);
            Assert.True(full[i].SpeakerSought);
            Assert.False(spans[i].SpeakerSought);
            Assert.Null(spans[i].Speaker);
        }
    }

    [Fact]
    public void The_fixtures_hold_joined_quotations_and_speakers_so_the_comparison_means_something()
    {
        var interrupted = QuotesStage.Find(Segmented(Stories[2]));
        Assert.Equal(2, Assert.Single(interrupted).Parts.Count);
        Assert.Equal("Ana Ruiz", interrupted[0].Speaker?.Name);
    }

    private static QuotesStage QuotesOf(RoundupPipeline pipeline) => Assert.Single(pipeline.Stages.OfType<QuotesStage>());

    [Fact]
    public void A_summarizer_alone_adds_the_stage_without_speakers()
    {
        var pipeline = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions()).Build();
        var quotes = QuotesOf(pipeline);
        Assert.False(quotes.Speakers);
        Assert.DoesNotContain(Capability.QuoteSpeakers, quotes.Provides);
        var article = new Article("a", "“We will rebuild the bridge by spring,” Ana Ruiz said at the harbour on Monday.");
        pipeline.Run(new Cluster("c", [article]));
        var q = Assert.Single(article.Quotes!);
        Assert.False(q.SpeakerSought);
        Assert.Null(q.Speaker);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Facts_get_the_stage_with_speakers_whichever_call_comes_first(bool summarizerFirst)
    {
        var builder = new RoundupPipelineBuilder().UseDefaults();
        if (summarizerFirst) builder.UseSummarizer(new SummaryOptions()).UseFacts();
        else builder.UseFacts().UseSummarizer(new SummaryOptions());
        var pipeline = builder.Build();
        var names = pipeline.Stages.Select(s => s.Name).ToList();
        Assert.Equal(summarizerFirst ? ["clean", "segment", "terms", "quotes", "summarize", "facts"] : ["clean", "segment", "terms", "quotes", "facts", "summarize"], names);
        Assert.True(QuotesOf(pipeline).Speakers);

        var article = new Article("a", "Ana Ruiz spoke to reporters at the harbour on Monday. “We will rebuild the bridge by spring,” she said.");
        var cluster = pipeline.Run(new Cluster("c", [article]));
        Assert.True(Assert.Single(article.Quotes!).SpeakerSought);
        Assert.Equal("Ana Ruiz", article.Quotes![0].Speaker?.Name);
        var fact = Assert.Single(cluster.Facts!.Quotes);
        Assert.Equal("Ana Ruiz", fact.Speaker?.Name);
    }

    [Fact]
    public void A_facts_stage_after_a_stage_without_speakers_fails_at_build()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            new RoundupPipelineBuilder().UseDefaults().Use(new QuotesStage(speakers: false)).Use(new FactsStage()).Build());
        Assert.Contains("'facts' needs quote-speakers", e.Message, StringComparison.Ordinal);
        Assert.Contains("the 'quotes' stage with speakers (UseQuotes())", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotations_stored_without_speakers_are_read_again_with_them_for_facts()
    {
        var article = Segmented("Ana Ruiz spoke to reporters. “We will rebuild the bridge by spring,” she said.");
        article.Quotes = QuotesStage.FindSpans(article);
        Assert.Same(article.Quotes, QuotesStage.SpansOf(article));
        var withSpeakers = QuotesStage.Of(article);
        Assert.NotSame(article.Quotes, withSpeakers);
        Assert.Equal("Ana Ruiz", Assert.Single(withSpeakers).Speaker?.Name);
        var facts = FactsStage.Extract(new Cluster("c", [article]));
        Assert.Equal("Ana Ruiz", Assert.Single(facts.Quotes).Speaker?.Name);
    }

    [Fact]
    public void Summaries_are_the_same_with_or_without_speakers()
    {
        string[] texts =
        [
            "The council voted on Monday to rebuild the harbour bridge before spring. Ana Ruiz, the mayor, spoke after the vote. “We will rebuild,” she said. “And we will do it fast, because the ferry cannot carry everyone.” The ferry carries 400 people a day across the river.",
            "Crews began clearing the collapsed bridge on Tuesday morning. “Nobody planned for a flood this large,” said Tom Hale, the deputy mayor. The river rose four metres in two days. “It was hard for every family on the east bank,” Hale said, adding that the council would pay for the repairs.",
        ];
        string Summary(bool full)
        {
            var builder = new RoundupPipelineBuilder().UseDefaults();
            if (full) builder.UseQuotes();
            var pipeline = builder.UseSummarizer(new SummaryOptions { Words = 80 }).Build();
            Assert.Equal(full, QuotesOf(pipeline).Speakers);
            var cluster = pipeline.Run(new Cluster("c", [.. texts.Select((t, i) => new Article($"a{i}", t))]));
            return string.Join("\n", cluster.Summary!.Sentences.Select(s => s.Text + " | " + string.Join(",", s.Supporting.Select(a => a.Id))));
        }
        var withSpeakers = Summary(full: true);
        Assert.NotEmpty(withSpeakers);
        Assert.Equal(withSpeakers, Summary(full: false));
    }
    [Fact]
    public void An_article_with_more_marks_than_the_scan_buffer_starts_with_finds_every_quotation()
    {
        // Twelve quotations (24 marks; the per-thread mark buffer starts at 16), then a short article on the same
        // thread: the reused buffer holds nothing of the first.
        var lines = Enumerable.Range(1, 12).Select(i => $"“Pier {i} opens at {i} o'clock,” the harbour office said.");
        var article = Segmented(string.Join(" ", lines));
        var quotes = QuotesStage.FindSpans(article);
        Assert.Equal(12, quotes.Count);
        for (int i = 0; i < 12; i++)
            Assert.Equal($"Pier {i + 1} opens at {i + 1} o'clock,", quotes[i].Text(article.Text));
        var shorter = Segmented("“The ferry is late,” Ana Ruiz said.");
        Assert.Equal("The ferry is late,", Assert.Single(QuotesStage.FindSpans(shorter)).Text(shorter.Text));
    }
}
