using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Roundup.Evaluation.Clustering;

namespace Roundup.Cli;

/// <summary>
/// `roundup eval cluster DATASET [--mode batch|incremental|both] [--seed N] [--format text|json] [--events]`: pools a labelled
/// dataset (a JSON-lines cluster batch such as Multi-News, or a WikiRef220-style folder), shuffles it, clusters it and
/// scores the result against the gold labels (B-cubed, pairwise, NMI, ARI, purity). A standalone factory: it is
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
        var args = new ClusterCommand.ClusteringArgs();
        var cmd = new Command("cluster", "Score story clustering against gold labels: B-cubed, pairwise F1, NMI, ARI, purity.") { dataset, mode, seed, format };
        cmd.Add(args.Threshold);
        cmd.Add(args.WindowHours);
        cmd.Add(args.NoDedup);
        cmd.Add(args.Events);
        cmd.SetAction(parse =>
        {
            var console = CliConsole.Current;
            var options = args.Options(parse);
            var fmt = (parse.GetValue(format) ?? "text").ToLowerInvariant();
            if (fmt is not ("text" or "json")) throw new ArgumentException($"Unknown format '{fmt}'; use text or json.");
            var m = (parse.GetValue(mode) ?? "both").ToLowerInvariant();
            var modes = m == "both" ? new[] { "batch", "incremental" } : [m];
            var data = ClusteringDataset.Load(parse.GetValue(dataset)!).Shuffle(parse.GetValue(seed));
            foreach (var name in modes)
            {
                // Fresh copies: clustering marks duplicates on the articles.
                foreach (var a in data.Articles) a.DuplicateOf = null;
                var sw = Stopwatch.StartNew();
                var result = ClusterSupport.CleanAndCluster(data.Articles, ClusterSupport.ParseMode(name), options, console);
                sw.Stop();
                var scores = ClusteringMetrics.Score(data.Gold, result.StoryOfArticle);
                if (fmt == "json")
                {
                    console.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        dataset = data.Name, mode = name, threshold = options.Threshold, events = parse.GetValue(args.Events), scores.Items, scores.GoldClusters, scores.PredictedClusters,
                        scores.BCubedPrecision, scores.BCubedRecall, scores.BCubedF1, scores.PairPrecision, scores.PairRecall, scores.PairF1,
                        scores.Nmi, scores.Ari, scores.Purity, result.Duplicates, seconds = sw.Elapsed.TotalSeconds,
                    }));
                }
                else
                {
                    var c = CultureInfo.InvariantCulture;
                    console.Out.WriteLine(string.Create(c, $"{data.Name} [{name}, threshold {options.Threshold}{(parse.GetValue(args.Events) ? ", events" : "")}]: {scores.Items} articles, {scores.GoldClusters} gold stories, {scores.PredictedClusters} predicted, {result.Duplicates} near-duplicates, {sw.Elapsed.TotalSeconds:F1} s"));
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
