using BenchmarkDotNet.Attributes;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Summarization;

namespace Roundup.Bench;

/// <summary>
/// Summarizing one generated 10-article, ~6,000-word cluster: each algorithm on a cluster already cleaned,
/// segmented and term-analyzed, and the default end to end (clean, segment, terms, summarize) from raw text.
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- --filter '*Summar*' --job short
/// </summary>
[MemoryDiagnoser]
public class SummarizerBenchmarks
{
    private readonly SummaryOptions _options = new();
    private readonly RoundupPipeline _prepare = new RoundupPipelineBuilder().UseDefaults().Build();
    private readonly RoundupPipeline _full = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions()).Build();
    private readonly ISummarizer _coverage = new CoverageSummarizer();
    private readonly ISummarizer _lexrank = new LexRankSummarizer();
    private readonly ISummarizer _lead = new LeadSummarizer();
    private string[] _texts = [];
    private Cluster _prepared = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = SyntheticCluster.Generate(articles: 10, wordsPerArticle: 600, seed: 7);
        _prepared = _prepare.Run(NewCluster());
    }

    private Cluster NewCluster() => new("bench", _texts.Select((t, i) => new Article($"a{i}", t)));

    [Benchmark(Baseline = true)]
    public Summary Coverage() => _coverage.Summarize(_prepared, _options);

    [Benchmark]
    public Summary LexRank() => _lexrank.Summarize(_prepared, _options);

    [Benchmark]
    public Summary Lead() => _lead.Summarize(_prepared, _options);

    /// <summary>The shared part: token, word and bigram ids and document frequencies.</summary>
    [Benchmark]
    public int Features() => ClusterFeatures.Build(_prepared).BigramDf.Length;

    /// <summary>Features of compressed sentences, as the default builds them.</summary>
    [Benchmark]
    public int FeaturesCompressed() => ClusterFeatures.Build(_prepared, s => SentenceRules.Compress(s.Text)).BigramDf.Length;

    [Benchmark]
    public Summary? CoverageFromRawText() => _full.Run(NewCluster()).Summary;
}

/// <summary>
/// Writes a synthetic news cluster: articles that retell a shared pool of made-up facts in roughly the same order,
/// with word-level variation and filler of their own, so that support and redundancy detection have work to do.
/// </summary>
public static class SyntheticCluster
{
    private static readonly string[] Function = ["the", "a", "of", "to", "in", "and", "on", "for", "with", "at", "by", "from", "that", "was", "is", "has", "had", "after", "its", "their"];
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ter", "son", "ral", "ven", "dor", "pa", "ne", "sti", "gur", "bel", "an", "tro", "qui", "mas", "ho", "ril", "en"];

    /// <summary>Texts of <paramref name="articles"/> articles of about <paramref name="wordsPerArticle"/> words.</summary>
    public static string[] Generate(int articles, int wordsPerArticle, int seed)
    {
        var random = new Random(seed);
        var vocabulary = new string[2000];
        for (int i = 0; i < vocabulary.Length; i++)
        {
            int parts = 2 + random.Next(3);
            var w = "";
            for (int p = 0; p < parts; p++) w += Syllables[random.Next(Syllables.Length)];
            vocabulary[i] = w;
        }
        string Word() => random.Next(3) == 0 ? Function[random.Next(Function.Length)] : vocabulary[(int)Math.Pow(random.Next(1, 45), 2) % vocabulary.Length];
        List<string> Sentence(int length)
        {
            var words = new List<string>(length);
            for (int i = 0; i < length; i++) words.Add(Word());
            return words;
        }
        var facts = new List<List<string>>();
        for (int i = 0; i < 40; i++) facts.Add(Sentence(14 + random.Next(16)));
        var result = new string[articles];
        for (int a = 0; a < articles; a++)
        {
            var text = new System.Text.StringBuilder();
            text.Append("Breaking ").Append(vocabulary[a]).Append(" update\n");
            int words = 0, fact = random.Next(3);
            while (words < wordsPerArticle)
            {
                List<string> sentence;
                if (random.Next(3) > 0 && fact < facts.Count)
                {
                    sentence = [.. facts[fact]];
                    fact += 1 + random.Next(2);
                    for (int k = 0; k < sentence.Count / 5; k++) sentence[random.Next(sentence.Count)] = Word();
                }
                else sentence = Sentence(12 + random.Next(18));
                sentence[0] = char.ToUpperInvariant(sentence[0][0]) + sentence[0][1..];
                text.Append(string.Join(' ', sentence)).Append(random.Next(4) == 0 ? ".\n" : ". ");
                words += sentence.Count;
            }
            result[a] = text.ToString().TrimEnd();
        }
        return result;
    }
}
