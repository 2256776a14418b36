using System.Globalization;
using Roundup.Cleaning;
using Roundup.Clustering;
using Roundup.Model;

namespace Roundup.Bench;

/// <summary>
/// Error analysis of story clustering on a labelled dev set: lists predicted stories that mix gold stories (with each
/// member's gold label and opening) and gold stories split over several predicted stories, worst first.
/// Settings: <c>subject</c> scores the subject level (default: events); merge=, linkage=, scaling=, threshold=
/// override single settings.
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- cluster-errors DATASET [batch|incremental] [subject] [labels=EVENTS.tsv] [merge=1 …]
/// </summary>
public static class ClusterErrors
{
    public static int Run(string[] args)
    {
        var labels = args.FirstOrDefault(a => a.StartsWith("labels=", StringComparison.Ordinal))?[7..];
        var data = CleanedClusteringSet.Load(args[0], eventLabels: labels);
        var mode = args.Contains("incremental") ? ClusteringMode.Incremental : ClusteringMode.Batch;
        var keys = args.Skip(1).Where(a => a.Contains('=') && !a.StartsWith("labels=", StringComparison.Ordinal)).Select(a => a.Split('=')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
        var d = StoryClusteringOptions.Default;
        Console.WriteLine($"dated articles: {data.Articles.Count(a => a.Published is not null)} of {data.Articles.Count}");
        var opt = d with
        {
            MergeThreshold = keys.GetValueOrDefault("merge", d.MergeThreshold), LinkageThreshold = keys.GetValueOrDefault("linkage", d.LinkageThreshold),
            LocalScaling = (int)keys.GetValueOrDefault("scaling", d.LocalScaling), Threshold = keys.GetValueOrDefault("threshold", d.Threshold),
            Window = TimeSpan.FromDays(keys.GetValueOrDefault("window", d.Window.TotalDays)),
        };
        var r = StoryClusterer.Cluster(data.Articles, mode, opt);
        bool subjectLevel = args.Contains("subject");
        IReadOnlyList<int> pred = r.AssignmentAt(subjectLevel ? StoryLevel.Subject : StoryLevel.Event);
        // With event labels, only the labelled articles are listed (the others were clustered with them).
        var keep = data.EventGold is { } ev && !subjectLevel ? Enumerable.Range(0, ev.Count).Where(i => ev[i] is not null).ToList() : Enumerable.Range(0, data.Articles.Count).ToList();
        var gold = keep.Select(i => data.EventGold is { } e && !subjectLevel ? e[i]! : data.Gold[i]).ToList();
        pred = keep.Select(i => pred[i]).ToList();
        var articles = keep.Select(i => data.Articles[i]).ToList();
        int n = pred.Count;
        string Head(Article a)
        {
            var t = (a.Title ?? "") + " | " + a.Text.Replace('\n', ' ');
            return t.Length > 110 ? t[..110] : t;
        }
        bool Junk(Article a) => JunkDetector.IsJunk(a, opt.MinWords);
        var byPred = Enumerable.Range(0, n).GroupBy(i => pred[i]).ToList();
        var byGold = Enumerable.Range(0, n).GroupBy(i => gold[i]).ToList();
        Console.WriteLine("=== predicted stories mixing gold stories (most wrong pairs first)");
        foreach (var g in byPred.Select(g => (g, wrong: g.SelectMany(i => g, (i, j) => i < j && gold[i] != gold[j] ? 1 : 0).Sum())).Where(x => x.wrong > 0).OrderByDescending(x => x.wrong))
        {
            var story = subjectLevel ? r.Subjects[g.g.Key] : r.Stories[g.g.Key];
            double loss = g.g.Sum(i => 1 - (double)g.g.Count(j => gold[j] == gold[i]) / g.g.Count()) / n;
            Console.WriteLine($"-- pred {g.g.Key} ({g.g.Count()} articles, {g.wrong} wrong pairs, B3 P loss {loss:F4}) keywords: {string.Join(", ", story.Keywords)}");
            foreach (var i in g.g.OrderBy(i => gold[i])) Console.WriteLine($"   [{gold[i]}] {Head(articles[i])}");
        }
        Console.WriteLine("=== gold stories split (most missed pairs first; junk marked *)");
        foreach (var g in byGold.Select(g => (g, missed: g.SelectMany(i => g, (i, j) => i < j && pred[i] != pred[j] ? 1 : 0).Sum())).Where(x => x.missed > 0).OrderByDescending(x => x.missed))
        {
            double loss = g.g.Sum(i => 1 - (double)g.g.Count(j => pred[j] == pred[i]) / g.g.Count()) / n;
            Console.WriteLine($"-- gold {g.g.Key} ({g.g.Count()} articles, {g.missed} missed pairs, B3 R loss {loss:F4})");
            foreach (var i in g.g.OrderBy(i => pred[i]))
            {
                int size = pred.Count(p => p == pred[i]);
                Console.WriteLine($"   (pred {pred[i]}, size {size}){(Junk(articles[i]) ? "*" : " ")} {Head(articles[i])}");
            }
        }
        return 0;
    }
}
