using Roundup.Cleaning;
using Roundup.Facts;
using Roundup.Segmentation;
using Roundup.Summarization;
using Roundup.Text;

namespace Roundup.Pipeline;

/// <summary>
/// Configures a <see cref="RoundupPipeline"/>. <see cref="UseDefaults"/> gives read-ready text processing
/// (clean → segment → terms); add a summarizer with <see cref="UseSummarizer(SummaryOptions)"/>.
/// </summary>
public sealed class RoundupPipelineBuilder
{
    private readonly List<IClusterStage> _stages = [];

    /// <summary>Adds any stage at the end.</summary>
    public RoundupPipelineBuilder Use(IClusterStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (_stages.Any(s => s.Name == stage.Name))
            throw new InvalidOperationException($"The pipeline already has a stage named '{stage.Name}'.");
        _stages.Add(stage);
        return this;
    }

    /// <summary>Adds the boilerplate cleaner.</summary>
    public RoundupPipelineBuilder UseCleaning() => Use(new BoilerplateCleaner());

    /// <summary>Adds sentence segmentation.</summary>
    public RoundupPipelineBuilder UseSegmentation() => Use(new SentenceSegmenter());

    /// <summary>Adds term analysis (Lucene English analysis by default).</summary>
    public RoundupPipelineBuilder UseTerms(TermAnalyzer? analyzer = null) => Use(new TermStage(analyzer ?? TermAnalyzer.English));

    /// <summary>Clean, segment and analyze terms: everything a summarizer or clusterer reads.</summary>
    public RoundupPipelineBuilder UseDefaults() => UseCleaning().UseSegmentation().UseTerms();

    /// <summary>Adds the summarizer chosen by <paramref name="options"/>.</summary>
    public RoundupPipelineBuilder UseSummarizer(SummaryOptions options) => Use(new SummarizeStage(SummarizerRegistry.Create(options.Algorithm), options));

    /// <summary>
    /// Adds the facts stage: entities, dates and timeline, quotes with speakers, numbers, their supporting outlets
    /// and conflicts between outlets, stored on <see cref="Model.Cluster.Facts"/>. Needs segmentation before it.
    /// </summary>
    public RoundupPipelineBuilder UseFacts(FactsOptions? options = null) => Use(new FactsStage(options));

    /// <summary>Freezes the configuration. Checks that stages come in an order that works.</summary>
    public RoundupPipeline Build()
    {
        var names = _stages.Select(s => s.Name).ToList();
        Require(names, "segment", "clean");
        Require(names, "terms", "segment");
        Require(names, "summarize", "terms");
        Require(names, "facts", "segment");
        return new RoundupPipeline([.. _stages]);
    }

    private static void Require(List<string> names, string stage, string before)
    {
        int i = names.IndexOf(stage);
        if (i < 0) return;
        int j = names.IndexOf(before);
        if (j < 0 || j > i)
            throw new InvalidOperationException($"Stage '{stage}' needs stage '{before}' to run before it; add it earlier in the builder.");
    }
}
