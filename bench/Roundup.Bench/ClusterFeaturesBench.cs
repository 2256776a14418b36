using System.Diagnostics;
using System.Globalization;
using Roundup.Clustering;
using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Bench;

/// <summary>
/// What clustering's term features cost per article, on one thread, best of several rounds (wall time; the thread's CPU
/// time beside it, which a busy machine does not inflate): extracted from an article nobody analysed (the <c>cluster</c>
/// command, the incremental clusterer fed raw articles), the <c>terms</c> stage's analysis (segment and terms), and
/// extracted from an analysed article (the story flow). The flow's cost per article is the analysis plus the extraction
/// from it. Articles are the dev set's, cleaned.
/// Run: dotnet bench/Roundup.Bench/bin/Release/net10.0/Roundup.Bench.dll cluster-features ../shared/data/multinews/val250.jsonl [rounds=5]
/// </summary>
public static class ClusterFeaturesBench
{
    public static int Run(string[] args)
    {
        var data = CleanedClusteringSet.Load(args[0], seed: null);
        int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var options = StoryClusteringOptions.Default;
        var raw = data.Articles;
        var analysed = raw.Select(a => new Article(a.Id, a.Text) { Title = a.Title, Language = a.Language, Published = a.Published }).ToList();
        var analysis = new RoundupPipelineBuilder().UseSegmentation().UseTerms().Build();
        long held = GC.GetTotalMemory(true);
        foreach (var a in analysed) analysis.Run(new Cluster(a.Id, [a]));
        held = GC.GetTotalMemory(true) - held;
        long sink = 0;
        void ExtractRaw() { foreach (var a in raw) sink += LexicalFeatures.Extract(a, options).Terms.Length; }
        void Analyse() { foreach (var a in analysed) analysis.Run(new Cluster(a.Id, [a])); }
        void ExtractAnalysed() { foreach (var a in analysed) sink += LexicalFeatures.Extract(a, options).Terms.Length; }
        Analyse();
        ExtractRaw();
        ExtractAnalysed();
        int n = raw.Count;
        long chars = raw.Sum(a => (long)Math.Min(a.Text.Length, options.MaxChars));
        const int Repeats = 4; // each round reads every article this often (the thread's CPU clock ticks at 10 ms)
        var (rawWall, rawCpu) = Best(ExtractRaw, rounds, Repeats);
        var (anWall, anCpu) = Best(Analyse, rounds, Repeats);
        var (stWall, stCpu) = Best(ExtractAnalysed, rounds, Repeats);
        string Per(double seconds) => (seconds / n / Repeats * 1e6).ToString("F1", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} articles ({chars / n} characters read on average), best of {rounds} rounds, µs per article (wall / thread CPU):"));
        Console.WriteLine($"  features from the raw text (analysed here):   {Per(rawWall)} / {Per(rawCpu)}");
        Console.WriteLine($"  terms stage analysis (segment + terms):      {Per(anWall)} / {Per(anCpu)}");
        Console.WriteLine($"  features from the stage's analysis:          {Per(stWall)} / {Per(stCpu)}");
        Console.WriteLine($"  flow (analysis + features from it):          {Per(anWall + stWall)} / {Per(anCpu + stCpu)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  memory the analysis holds: {held / n / 1024.0:F1} KB per article ({(double)held / chars:F1} bytes per character of text read; the text itself is 2 bytes a character)"));
        GC.KeepAlive(sink);
        return 0;
    }

    private static (double Wall, double Cpu) Best(Action work, int rounds, int repeats)
    {
        double wall = double.MaxValue, cpu = double.MaxValue;
        for (int r = 0; r < rounds; r++)
        {
            double c0 = ClusterScale.ThreadCpuSeconds();
            var sw = Stopwatch.StartNew();
            for (int k = 0; k < repeats; k++) work();
            wall = Math.Min(wall, sw.Elapsed.TotalSeconds);
            cpu = Math.Min(cpu, ClusterScale.ThreadCpuSeconds() - c0);
        }
        return (wall, cpu);
    }
}
