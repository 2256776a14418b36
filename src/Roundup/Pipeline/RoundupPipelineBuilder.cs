using Roundup.Cleaning;
using Roundup.Embeddings;
using Roundup.Facts;
using Roundup.Quotes;
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
    private ISentenceSimilarity? _similarity;

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

    /// <summary>
    /// Adds the optional sentence-embedding stage (all-MiniLM-L6-v2, loaded once per process on first use) after
    /// segmentation; it fills <see cref="Model.Sentence.Embedding"/> for the sentences <paramref name="selection"/>
    /// picks. A coverage summarizer added after this call then judges redundancy and supporting sources with
    /// <paramref name="similarity"/> (default: <see cref="EmbeddingSimilarity"/> at 0.75, the dev-set best) instead
    /// of lexical overlap. Without this call everything stays lexical and the model is never loaded.
    /// </summary>
    public RoundupPipelineBuilder UseEmbeddings(EmbeddingOptions? options = null, EmbeddingSelection? selection = null, ISentenceSimilarity? similarity = null)
    {
        Use(new EmbeddingStage(MiniLmEmbedder.Shared(options), selection));
        _similarity = similarity ?? new EmbeddingSimilarity(0.75);
        return this;
    }

    /// <summary>
    /// Adds the summarizer chosen by <paramref name="options"/> (semantic similarity when <see cref="UseEmbeddings"/>
    /// came first); adds the quotes stage first when the builder has none (summaries read where its quotations are),
    /// without speakers: <see cref="UseFacts"/> called later turns that stage into the one with speakers.
    /// </summary>
    public RoundupPipelineBuilder UseSummarizer(SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!_stages.Any(s => s.Name == QuotesStage.StageName)) Use(new QuotesStage(speakers: false));
        var summarizer = _similarity is not null && string.Equals(options.Algorithm, "coverage", StringComparison.OrdinalIgnoreCase)
            ? new CoverageSummarizer(new CoverageOptions { Similarity = _similarity })
            : SummarizerRegistry.Create(options.Algorithm);
        return Use(new SummarizeStage(summarizer, options));
    }

    /// <summary>
    /// Adds the quotes stage: every quotation of every article with its speaker, stored on
    /// <see cref="Model.Article.Quotes"/>. Needs segmentation before it.
    /// </summary>
    public RoundupPipelineBuilder UseQuotes() => Use(new QuotesStage());

    /// <summary>
    /// Adds the facts stage: entities, dates and timeline, quotes with speakers, numbers, their supporting outlets
    /// and conflicts between outlets, stored on <see cref="Model.Cluster.Facts"/>. Needs segmentation before it;
    /// adds the quotes stage first when the builder has none (facts read its quotations and speakers), and turns
    /// one that <see cref="UseSummarizer"/> added without speakers into the one with speakers, in its place.
    /// </summary>
    public RoundupPipelineBuilder UseFacts(FactsOptions? options = null)
    {
        int at = _stages.FindIndex(s => s.Name == QuotesStage.StageName);
        if (at < 0) UseQuotes();
        else if (_stages[at] is QuotesStage { Speakers: false }) _stages[at] = new QuotesStage();
        return Use(new FactsStage(options));
    }

    /// <summary>
    /// Freezes the configuration. Checks the order from what each stage declares (<see cref="IClusterStage.Requires"/>,
    /// <see cref="IClusterStage.UsesIfPresent"/>, <see cref="IClusterStage.Provides"/>): every stage finds what it needs
    /// added by a stage before it. Throws <see cref="InvalidOperationException"/> saying which stage to add or move.
    /// </summary>
    public RoundupPipeline Build()
    {
        CheckOrder(_stages);
        return new RoundupPipeline([.. _stages]);
    }

    private static void CheckOrder(List<IClusterStage> stages)
    {
        var provided = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < stages.Count; i++)
        {
            var stage = stages[i];
            foreach (var need in stage.Requires)
            {
                if (provided.Contains(need)) continue;
                var later = stages.Skip(i + 1).FirstOrDefault(s => s.Provides.Contains(need));
                throw new InvalidOperationException(later is not null
                    ? Misordered(stage, later, need)
                    : $"Stage '{stage.Name}' needs {need}, which no stage before it provides: add "
                      + (Capability.Provider(need) ?? $"a stage that provides {need}") + $" before '{stage.Name}'.");
            }
            foreach (var use in stage.UsesIfPresent)
            {
                if (provided.Contains(use)) continue;
                var later = stages.Skip(i + 1).FirstOrDefault(s => s.Provides.Contains(use));
                if (later is not null) throw new InvalidOperationException(Misordered(stage, later, use));
            }
            provided.UnionWith(stage.Provides);
        }
    }

    private static string Misordered(IClusterStage stage, IClusterStage provider, string capability) =>
        $"Stage '{stage.Name}' reads {capability}, which stage '{provider.Name}' provides, but '{provider.Name}' comes after it: "
        + $"add '{provider.Name}' before '{stage.Name}' in the builder.";
}
