using Roundup.Clustering;
using Roundup.Model;
using Roundup.Pipeline;
using Spectre.Console;

namespace Roundup.Cli;

/// <summary>Shared pieces of the cluster, digest and eval-cluster commands: cleaning and clustering with progress on stderr.</summary>
internal static class ClusterSupport
{
    public static ClusteringMode ParseMode(string? mode) => (mode ?? "batch").Trim().ToLowerInvariant() switch
    {
        "batch" => ClusteringMode.Batch,
        "incremental" or "stream" => ClusteringMode.Incremental,
        _ => throw new ArgumentException($"Unknown clustering mode '{mode}'; use batch or incremental."),
    };

    /// <summary>Cleans every article (boilerplate removed, datelines read) in parallel, then clusters them.</summary>
    public static StoryClusteringResult CleanAndCluster(IReadOnlyList<Article> articles, ClusteringMode mode, StoryClusteringOptions options, CliConsole cli)
    {
        var clean = new RoundupPipelineBuilder().UseCleaning().Build();
        StoryClusteringResult? result = null;
        void Work(Action<string, int, int>? report)
        {
            int done = 0;
            Parallel.ForEach(articles, a =>
            {
                clean.Run(new Cluster(a.Id, [a]));
                int d = Interlocked.Increment(ref done);
                if ((d & 63) == 0) report?.Invoke("clean", d, articles.Count);
            });
            report?.Invoke("clean", articles.Count, articles.Count);
            var p = report is null ? null : new Progress<int>(k => report("cluster", k, articles.Count));
            result = StoryClusterer.Cluster(articles, mode, options, progress: p);
            report?.Invoke("cluster", articles.Count, articles.Count);
        }
        if (!cli.CanShowLiveProgress) Work(null);
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(cli.Error), Interactive = InteractionSupport.Yes });
            console.Progress().AutoClear(true).Start(ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>
                {
                    ["clean"] = ctx.AddTask("cleaning", maxValue: articles.Count),
                    ["cluster"] = ctx.AddTask("clustering", maxValue: articles.Count),
                };
                Work((stage, k, _) => tasks[stage].Value = k);
            });
        }
        return result!;
    }

    /// <summary>Cleans every article, then explains the pair <paramref name="a"/>, <paramref name="b"/> (batch clustering).</summary>
    public static PairExplanation CleanAndExplain(IReadOnlyList<Article> articles, string a, string b, StoryClusteringOptions options)
    {
        var clean = new RoundupPipelineBuilder().UseCleaning().Build();
        Parallel.ForEach(articles, x => clean.Run(new Cluster(x.Id, [x])));
        return ClusteringExplainer.Explain(articles, a, b, options);
    }

    /// <summary>The explanation as a JSON-ready object.</summary>
    public static object ExplanationJson(PairExplanation e) => new
    {
        a = e.A, b = e.B, cosine = e.Cosine, sharedTerms = e.SharedTerms.Select(t => new { term = t.Term, share = t.Share }), sharedNames = e.SharedNames,
        hours = e.Hours, levelA = e.LevelA, levelB = e.LevelB, eventSimilarity = e.EventSimilarity, dayPenalty = e.DayPenalty, duplicateOf = e.DuplicateOf,
        @event = Verdict(e.Event), subject = Verdict(e.Subject),
    };

    private static object Verdict(LevelVerdict v) => new { together = v.Together, storyA = v.StoryA, storyB = v.StoryB, groupSimilarity = v.GroupSimilarity, threshold = v.Threshold, reason = v.Reason };
}
