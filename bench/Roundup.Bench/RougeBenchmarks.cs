using BenchmarkDotNet.Attributes;
using Roundup.Evaluation.Rouge;

namespace Roundup.Bench;

/// <summary>
/// ROUGE scoring speed on synthetic news-like summaries (250 items: a 150–250-word peer against a 260-word
/// reference, 10–12 sentences each), under the project's standard protocol.
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- --filter '*Rouge*' --job short
/// </summary>
[MemoryDiagnoser]
public class RougeBenchmarks
{
    private List<(List<string> Peer, List<string> Reference)> _items = [];
    private RougeScorer _scorer = null!;
    private List<(RougeText Peer, RougeText Reference)> _prepared = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var vocabulary = Enumerable.Range(0, 3000).Select(i => Word(random, i)).ToArray();
        _items = [.. Enumerable.Range(0, 250).Select(_ => (Summary(random, vocabulary, 150 + random.Next(100)), Summary(random, vocabulary, 260)))];
        _scorer = new RougeScorer(RougeOptions.Standard with { FindStemExceptions = false });
        _prepared = [.. _items.Select(x => (_scorer.PreparePeer(x.Peer), _scorer.PrepareReference(x.Reference)))];
    }

    private static string Word(Random random, int i)
    {
        const string letters = "etaoinshrdlucmfwypvbgkqjxz";
        int len = 2 + random.Next(8);
        var chars = new char[len];
        for (int k = 0; k < len; k++) chars[k] = letters[Math.Min(letters.Length - 1, (int)(random.NextDouble() * random.NextDouble() * letters.Length))];
        return (i % 7 == 0 ? "Re" : "") + new string(chars) + (i % 5 == 0 ? "ing" : i % 3 == 0 ? "s" : "");
    }

    private static List<string> Summary(Random random, string[] vocabulary, int words)
    {
        var sentences = new List<string>();
        var current = new List<string>();
        for (int i = 0; i < words; i++)
        {
            // Zipf-like draw so that frequent words repeat, as in news text
            int idx = (int)(vocabulary.Length * Math.Pow(random.NextDouble(), 3));
            current.Add(vocabulary[idx]);
            if (current.Count >= 18 + random.Next(10) || i == words - 1)
            {
                sentences.Add(string.Join(' ', current) + ".");
                current.Clear();
            }
        }
        return sentences;
    }

    /// <summary>Prepares (tokenizes, stems) and scores all 250 items: the cost of one dev-set evaluation.</summary>
    [Benchmark]
    public double PrepareAndScore250()
    {
        double sum = 0;
        foreach (var (peer, reference) in _items) sum += _scorer.Score(peer, reference).Rouge1.F;
        return sum;
    }

    /// <summary>Scores 250 already prepared items (what a tuning loop pays per candidate when references are prepared once).</summary>
    [Benchmark]
    public double ScorePrepared250()
    {
        double sum = 0;
        foreach (var (peer, reference) in _prepared) sum += _scorer.Score(peer, reference).Rouge1.F;
        return sum;
    }

    /// <summary>Averages and 1000-resample bootstrap intervals over 250 items.</summary>
    [Benchmark]
    public double Aggregate250()
    {
        var items = new List<RougeItemScore>(_prepared.Count);
        for (int i = 0; i < _prepared.Count; i++) items.Add(_scorer.Score(_prepared[i].Peer, _prepared[i].Reference, i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)));
        return _scorer.Aggregate(items)["ROUGE-1"].Average.F;
    }
}
