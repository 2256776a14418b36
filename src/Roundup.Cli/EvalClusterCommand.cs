using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Roundup.Clustering;
using Roundup.Evaluation.Clustering;

namespace Roundup.Cli;

/// <summary>
/// `roundup eval cluster DATASET [--mode batch|incremental|both] [--level event|subject] [--event-labels FILE] [--seed N] [--format text|json]`:
/// pools a labelled dataset (a JSON-lines cluster batch such as Multi-News, a DUC-style topic file with doc_ids, or a
/// WikiRef220-style folder), shuffles it, clusters it and scores the level named against the gold labels (B-cubed,
/// pairwise, NMI, ARI, purity). A standalone factory: it is
/// registered under the <c>eval</c> parent command.
/// </summary>
internal static class EvalClusterCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "A JSON-lines cluster batch (one gold story a line) or a folder with labels.tsv and articles/." };
        var mode = new Option<string>("--mode", "-m") { Description = "batch, incremental or both.", DefaultValueFactory = _ => "both" };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed (the pool is shuffled before clustering).", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        var level = new Option<string?>("--level", "-l") { Description = "Which predicted level to score: event or subject (default: the level of the dataset's labels; event with --event-labels)." };
        var eventLabels = new Option<string[]>("--event-labels") { Description = "A file of 'id<TAB>event' lines (e.g. DOCNO and event): event-level gold for the articles it names; the others are clustered but not scored at that level. Repeatable: several files are scored as one set." };
        var args = new ClusterCommand.ClusteringArgs();
        var cmd = new Command("cluster", "Score story clustering against gold labels: B-cubed, pairwise F1, NMI, ARI, purity.") { dataset, mode, level, eventLabels, seed, format };
        cmd.Add(args.Threshold);
        cmd.Add(args.EventThreshold);
        cmd.Add(args.WindowHours);
        cmd.Add(args.EventHours);
        cmd.Add(args.NoDedup);
        cmd.SetAction(parse =>
        {
            var console = CliConsole.Current;
            var options = args.Options(parse);
            var fmt = (parse.GetValue(format) ?? "text").ToLowerInvariant();
            if (fmt is not ("text" or "json")) throw new ArgumentException($"Unknown format '{fmt}'; use text or json.");
            var m = (parse.GetValue(mode) ?? "both").ToLowerInvariant();
            var modes = m == "both" ? new[] { "batch", "incremental" } : [m];
            var data = ClusteringDataset.Load(parse.GetValue(dataset)!);
            if (parse.GetValue(eventLabels) is { Length: > 0 } labels) data = data.WithEventLabels(labels);
            data = data.Shuffle(parse.GetValue(seed));
            var lv = parse.GetValue(level)?.Trim().ToLowerInvariant() switch
            {
                null or "" => data.EventGold is not null ? StoryLevel.Event : data.Level,
                "event" or "events" => StoryLevel.Event,
                "subject" or "subjects" => StoryLevel.Subject,
                var other => throw new ArgumentException($"Unknown level '{other}'; use event or subject."),
            };
            string lvName = lv == StoryLevel.Event ? "event" : "subject";
            foreach (var name in modes)
            {
                // Fresh copies: clustering marks duplicates on the articles.
                foreach (var a in data.Articles) a.DuplicateOf = null;
                var sw = Stopwatch.StartNew();
                var result = ClusterSupport.CleanAndCluster(data.Articles, ClusterSupport.ParseMode(name), options, console);
                sw.Stop();
                var scores = data.Score(result.AssignmentAt(lv), lv);
                if (fmt == "json")
                {
                    console.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        dataset = data.Name, mode = name, level = lvName, goldLevel = data.EventGold is not null && lv == StoryLevel.Event ? "event" : data.Level == StoryLevel.Event ? "event" : "subject", scores.Items, scores.GoldClusters, scores.PredictedClusters,
                        scores.BCubedPrecision, scores.BCubedRecall, scores.BCubedF1, scores.PairPrecision, scores.PairRecall, scores.PairF1,
                        scores.Nmi, scores.Ari, scores.Purity, result.Duplicates, seconds = sw.Elapsed.TotalSeconds,
                    }));
                }
                else
                {
                    var c = CultureInfo.InvariantCulture;
                    console.Out.WriteLine(string.Create(c, $"{data.Name} [{name}, {lvName} level]: {data.Articles.Count} articles clustered, {scores.Items} scored, {scores.GoldClusters} gold stories, {scores.PredictedClusters} predicted, {result.Duplicates} near-duplicates, {sw.Elapsed.TotalSeconds:F1} s"));
                    console.Out.WriteLine(string.Create(c, $"  B-cubed  P {scores.BCubedPrecision:F4}  R {scores.BCubedRecall:F4}  F1 {scores.BCubedF1:F4}"));
                    console.Out.WriteLine(string.Create(c, $"  pairwise P {scores.PairPrecision:F4}  R {scores.PairRecall:F4}  F1 {scores.PairF1:F4}"));
                    console.Out.WriteLine(string.Create(c, $"  NMI {scores.Nmi:F4}  ARI {scores.Ari:F4}  purity {scores.Purity:F4}"));
                }
            }
            console.Out.Flush();
            return 0;
        });
        return cmd;
    }
}
