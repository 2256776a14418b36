using BenchmarkDotNet.Attributes;
using Roundup.Cleaning;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Segmentation;
using Roundup.Summarization;
using Roundup.Text;

namespace Roundup.Bench;

/// <summary>
/// Text stages on a generated 10-article, ~6,000-word cluster: cleaning, segmentation, terms, the three together,
/// and the whole in-process pipeline with the summarizer.
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- --filter '*Text*' --job short
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TextBenchmarks
{
    private IReadOnlyList<string> _raw = [];
    private readonly BoilerplateCleaner _cleaner = new();
    private readonly SentenceSegmenter _segmenter = new();
    private readonly TermStage _terms = new(TermAnalyzer.English);
    private RoundupPipeline _pipeline = null!;
    private Cluster _cleaned = null!;
    private Cluster _segmented = null!;

    [GlobalSetup]
    public void Setup()
    {
        _raw = NewsTextGenerator.Generate(10, 600);
        _pipeline = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions()).Build();
        _cleaned = Fresh();
        _cleaner.Process(_cleaned);
        _segmented = Fresh();
        _cleaner.Process(_segmented);
        _segmenter.Process(_segmented);
        _terms.Process(_segmented); // warms the stem cache, as a long-running process would have it
        Console.WriteLine($"// words: {_raw.Sum(r => Sentence.CountWords(r))}, sentences: {_segmented.Sentences.Count()}, removed lines: {_segmented.Articles.Sum(a => a.Removed.Count)}");
    }

    private Cluster Fresh() => new("bench", _raw.Select((r, i) => new Article($"a{i}", r)));

    [Benchmark]
    public Cluster Clean()
    {
        var c = Fresh();
        _cleaner.Process(c);
        return c;
    }

    [Benchmark]
    public Cluster Segment()
    {
        _segmenter.Process(_cleaned);
        return _cleaned;
    }

    [Benchmark]
    public Cluster Terms()
    {
        _terms.Process(_segmented);
        return _segmented;
    }

    [Benchmark]
    public Cluster CleanSegmentTerms()
    {
        var c = Fresh();
        _cleaner.Process(c);
        _segmenter.Process(c);
        _terms.Process(c);
        return c;
    }

    [Benchmark]
    public Cluster WholePipelineWithSummary() => _pipeline.Run(Fresh());
}
