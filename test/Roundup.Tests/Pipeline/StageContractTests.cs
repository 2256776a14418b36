using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Summarization;

namespace Roundup.Tests.Pipeline;

/// <summary>The builder checks the order from what stages declare they require and provide, not from their names.</summary>
public sealed class StageContractTests
{
    private sealed class Plain(string name) : IClusterStage
    {
        public string Name => name;

        public void Process(Cluster cluster, CancellationToken cancellationToken = default) { }
    }

    private sealed class Declared(string name, string[] requires, string[] provides) : IClusterStage
    {
        public string Name => name;

        public IReadOnlyCollection<string> Requires => requires;

        public IReadOnlyCollection<string> Provides => provides;

        public void Process(Cluster cluster, CancellationToken cancellationToken = default) { }
    }

    [Fact]
    public void A_stage_that_declares_nothing_fits_anywhere()
    {
        var pipeline = new RoundupPipelineBuilder().Use(new Plain("count")).UseDefaults().Use(new Plain("log")).Build();
        Assert.Equal(["count", "clean", "segment", "terms", "log"], pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public void Cleaning_after_segmentation_fails_at_build_saying_what_to_move()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new RoundupPipelineBuilder().UseSegmentation().UseCleaning().Build());
        Assert.Contains("add 'clean' before 'segment'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summarizer_before_its_terms_fails_at_build_naming_the_stage_that_provides_them()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            new RoundupPipelineBuilder().UseCleaning().UseSegmentation().UseSummarizer(new SummaryOptions()).UseTerms().Build());
        Assert.Contains("stage 'terms' provides", e.Message, StringComparison.Ordinal);
        Assert.Contains("add 'terms' before 'summarize'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_provider_is_named_with_the_builder_call_that_adds_it()
    {
        // UseFacts() adds the quotes stage first, so the first stage that finds no sentences is 'quotes'.
        var e = Assert.Throws<InvalidOperationException>(() => new RoundupPipelineBuilder().UseCleaning().UseFacts().Build());
        Assert.Contains("'quotes' needs sentences", e.Message, StringComparison.Ordinal);
        Assert.Contains("add the 'segment' stage (UseSegmentation()) before 'quotes'", e.Message, StringComparison.Ordinal);
        var f = Assert.Throws<InvalidOperationException>(() => new RoundupPipelineBuilder().UseDefaults().Use(new Roundup.Facts.FactsStage()).Build());
        Assert.Contains("'facts' needs quotes", f.Message, StringComparison.Ordinal);
        Assert.Contains("add the 'quotes' stage (UseQuotes()) before 'facts'", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_stage_declares_a_new_capability_and_the_builder_checks_it()
    {
        var quotes = new Declared("quotes", [Capability.Sentences], ["quotes"]);
        var reader = new Declared("attribution", ["quotes"], []);

        var ok = new RoundupPipelineBuilder().UseDefaults().Use(quotes).Use(reader).Build();
        Assert.Equal("attribution", ok.Stages[^1].Name);

        var e = Assert.Throws<InvalidOperationException>(() =>
            new RoundupPipelineBuilder().UseDefaults().Use(new Declared("attribution", ["quotes"], [])).Use(new Declared("quotes", [Capability.Sentences], ["quotes"])).Build());
        Assert.Contains("add 'quotes' before 'attribution'", e.Message, StringComparison.Ordinal);
    }
}
