using Roundup.Clustering;
using Roundup.Facts;
using Roundup.Pipeline;
using Roundup.Summarization;
using Roundup.Text;

namespace Roundup.Stories;

/// <summary>
/// Configures a <see cref="StoryFlow"/>: how articles are grouped into stories (clustering mode and options), which
/// stories are kept, how each is summarized and whether its facts are extracted. Configure once, then
/// <see cref="Build"/> a frozen flow that any number of callers reuse (the CLI's <c>digest</c>, the service).
/// </summary>
public sealed class StoryFlowBuilder
{
    private ClusteringMode _mode = ClusteringMode.Batch;
    private StoryClusteringOptions _clustering = StoryClusteringOptions.Default;
    private SummaryOptions _summary = new();
    private FactsOptions? _facts;
    private bool _withFacts;
    private int _minSources = 1;
    private int? _top;
    private int _maxParallelism;
    private string? _language;

    /// <summary>How articles are grouped: <paramref name="mode"/> (batch or incremental) with <paramref name="options"/> (default: <see cref="StoryClusteringOptions.Default"/>).</summary>
    public StoryFlowBuilder UseClustering(ClusteringMode mode, StoryClusteringOptions? options = null)
    {
        _mode = mode;
        _clustering = options ?? StoryClusteringOptions.Default;
        _clustering.Validate();
        return this;
    }

    /// <summary>How each story is summarized (default: <see cref="SummaryOptions"/>' defaults).</summary>
    public StoryFlowBuilder UseSummarizer(SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _summary = options;
        return this;
    }

    /// <summary>Also extracts each story's facts (entities, dates, quotes, numbers, conflicts); off by default.</summary>
    public StoryFlowBuilder UseFacts(FactsOptions? options = null)
    {
        _withFacts = true;
        _facts = options;
        return this;
    }

    /// <summary>Keeps only stories with at least <paramref name="minSources"/> independent sources (not near-copies) and at most the <paramref name="top"/> biggest.</summary>
    public StoryFlowBuilder Keep(int minSources = 1, int? top = null)
    {
        if (minSources < 1) throw new ArgumentOutOfRangeException(nameof(minSources), minSources, "At least one source is needed.");
        if (top is < 1) throw new ArgumentOutOfRangeException(nameof(top), top, "Keep at least one story.");
        _minSources = minSources;
        _top = top;
        return this;
    }

    /// <summary>
    /// Treats every article as written in <paramref name="language"/> (an ISO 639-1 code <see cref="TermAnalyzer"/>
    /// supports, such as "fr"): the flow sets <see cref="Model.Article.Language"/> on each article it cleans or adds, so
    /// clustering and summary terms use that language's analyzer (stopwords, stemming). Cleaning, sentence splitting and
    /// facts keep their English rules. Default: each article's own language, English when it has none.
    /// </summary>
    /// <exception cref="ArgumentException">The language is not supported.</exception>
    public StoryFlowBuilder UseLanguage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var code = language.Trim().ToLowerInvariant();
        if (!TermAnalyzer.Supports(code) || code.Contains('-', StringComparison.Ordinal) || code.Contains('_', StringComparison.Ordinal))
            throw new ArgumentException($"Language '{language}' is not supported; use an ISO 639-1 code: {string.Join(", ", TermAnalyzer.SupportedLanguages.Order(StringComparer.Ordinal))}.", nameof(language));
        _language = code;
        return this;
    }

    /// <summary>Threads used to clean and summarize (default 0: one per core).</summary>
    public StoryFlowBuilder WithParallelism(int maxParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxParallelism);
        _maxParallelism = maxParallelism;
        return this;
    }

    /// <summary>Freezes the configuration.</summary>
    public StoryFlow Build()
    {
        var clean = new RoundupPipelineBuilder().UseCleaning().Build();
        var terms = TermAnalyzer.ForLanguage(_language);
        var summarize = new RoundupPipelineBuilder().UseSegmentation().UseTerms(terms).UseSummarizer(_summary);
        if (_withFacts) summarize.UseFacts(_facts);
        return new StoryFlow(clean, summarize.Build(), _mode, _clustering, _summary, _withFacts, _minSources, _top, _maxParallelism, _language);
    }
}
