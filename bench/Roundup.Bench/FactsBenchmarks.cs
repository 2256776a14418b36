using System.Text;
using BenchmarkDotNet.Attributes;
using Roundup.Facts;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Quotes;

namespace Roundup.Bench;

/// <summary>
/// Cost of the facts stage on a generated 10-article cluster (about 600 words an article, with names, titles,
/// dates, quotes and numbers). Text is cleaned and segmented once in setup; the benchmark is the facts stage alone
/// (which finds the quotations itself when the quotes stage has not run), and the quotes stage alone.
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- --filter '*Fact*' --job short
/// </summary>
[MemoryDiagnoser]
public class FactsBenchmarks
{
    private Cluster _cluster = null!;

    [Params(10)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        var articles = Enumerable.Range(0, Articles).Select(i => new Article($"a{i}", Generate(rng, 600))
        {
            Source = $"Outlet {i}",
            Published = i % 3 == 0 ? null : new DateTimeOffset(2024, 3, 5 + i % 2, 9, 0, 0, TimeSpan.Zero),
        }).ToList();
        _cluster = new RoundupPipelineBuilder().UseCleaning().UseSegmentation().Build().Run(new Cluster("bench", articles));
    }

    /// <summary>Facts with quotations found on the fly (the quotes stage's share is <see cref="FindQuotes"/>).</summary>
    [Benchmark]
    public int ExtractFacts() => FactsStage.Extract(_cluster).All.Count();

    /// <summary>The quotes stage alone on the same cluster.</summary>
    [Benchmark]
    public int FindQuotes() => _cluster.Articles.Sum(a => QuotesStage.Find(a).Count);

    private static readonly string[] First = ["Maria", "Tom", "Priya", "Samuel", "Helen", "Lars", "Ingrid", "Devon", "Amos", "Fiona"];
    private static readonly string[] Last = ["Lopez", "Becker", "Raman", "Okafor", "Marsh", "Dahl", "Solberg", "Achterberg", "Kiprono", "Grant"];
    private static readonly string[] Titles = ["Mayor", "Governor", "Senator", "Dr.", "Chief", "President"];
    private static readonly string[] Places = ["Riverton", "Millbrook", "Dayton", "Denver", "Ohio", "Norway", "Chile", "Lyon"];
    private static readonly string[] Orgs = ["Castellan Engineering Inc", "Brightline Plastics", "Halcyon Software Corp", "Hartwell Nurses Union", "Ferndale City Council"];
    private static readonly string[] Days = ["Monday", "Tuesday", "yesterday", "last week", "March 4", "Dec. 13, 2016", "13/12/2016", "two days ago", "last month"];
    private static readonly string[] Nouns = ["workers", "vehicles", "people", "homes", "flights", "students"];

    internal static string Generate(Random rng, int words)
    {
        var sb = new StringBuilder();
        int count = 0;
        string Pick(string[] a) => a[rng.Next(a.Length)];
        string Person() => $"{Pick(First)} {Pick(Last)}";
        while (count < words)
        {
            string s = rng.Next(6) switch
            {
                0 => $"{Pick(Titles)} {Person()} visited {Pick(Places)} on {Pick(Days)} to meet officials from {Pick(Orgs)}.",
                1 => $"“We will rebuild what was lost and we will do it together,” {Pick(Last)} told reporters in {Pick(Places)}.",
                2 => $"{Pick(Last)}, {rng.Next(30, 80)}, said {rng.Next(2, 20000):N0} {Pick(Nouns)} were affected and repairs would cost ${rng.Next(1, 90)} million.",
                3 => $"The meeting lasted {rng.Next(5, 60)} minutes, and turnout was {rng.Next(30, 80)}% according to {Pick(Orgs)}.",
                4 => $"{Person()} said: \"This is a difficult day for the town. Everyone here knows someone who was hurt.\"",
                _ => $"Officials said the work began {Pick(Days)} and would continue until Friday, {Pick(Last)} added.",
            };
            sb.Append(s).Append(rng.Next(4) == 0 ? "\n\n" : " ");
            count += Sentence.CountWords(s);
        }
        return sb.ToString();
    }
}
