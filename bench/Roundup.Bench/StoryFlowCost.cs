using System.Diagnostics;
using System.Globalization;
using Roundup.Evaluation.Clustering;
using Roundup.Model;
using Roundup.Stories;
using Roundup.Summarization;

namespace Roundup.Bench;

/// <summary>
/// The story flow (what <c>digest</c> runs: clean, cluster, summarize every story) on a dev set's articles, in process,
/// best of several rounds after a warm-up: the process's CPU time and the wall time, with the flow on one thread (the
/// clusterer's own parallel loops aside), so a busy machine inflates the figures less than a whole-process timing.
/// Each round starts from fresh copies of the raw articles.
/// Run: dotnet bench/Roundup.Bench/bin/Release/net10.0/Roundup.Bench.dll story-flow-cost ../shared/data/multinews/val250.jsonl [rounds=5]
/// </summary>
public static class StoryFlowCost
{
    public static int Run(string[] args)
    {
        var data = ClusteringDataset.Load(args[0]);
        int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var flow = new StoryFlowBuilder().UseSummarizer(new SummaryOptions()).WithParallelism(1).Build();
        List<Article> Fresh() => [.. data.Articles.Select(a => new Article(a.Id, a.RawText) { Title = a.Title, Source = a.Source, Published = a.Published, Language = a.Language })];
        int stories = flow.Run(Fresh()).Stories.Count;
        double bestCpu = double.MaxValue, bestWall = double.MaxValue;
        for (int r = 0; r < rounds; r++)
        {
            var articles = Fresh();
            GC.Collect();
            var proc = Process.GetCurrentProcess();
            var cpu0 = proc.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            flow.Run(articles);
            bestWall = Math.Min(bestWall, sw.Elapsed.TotalSeconds);
            proc.Refresh();
            bestCpu = Math.Min(bestCpu, (proc.TotalProcessorTime - cpu0).TotalSeconds);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{data.Articles.Count} articles, {stories} stories; best of {rounds}: CPU {bestCpu:F2} s ({bestCpu / data.Articles.Count * 1e3:F2} ms an article), wall {bestWall:F2} s"));
        return 0;
    }
}
