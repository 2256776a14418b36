using System.Globalization;
using Roundup.Cleaning;
using Roundup.Clustering;
using Roundup.Model;

namespace Roundup.Bench;

/// <summary>
/// Error analysis of story clustering on a labelled dev set: lists predicted stories that mix gold stories (with each
/// member's gold label and opening) and gold stories split over several predicted stories, worst first.
/// Settings: <c>subject</c> scores the subject level (default: events); merge=, linkage=, scaling=, threshold=, window=, elone=, ejoinnames=, ejoinbelow=
/// override single settings.
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- cluster-errors DATASET [batch|incremental] [subject] [labels=EVENTS.tsv[,MORE.tsv]] [merge=1 …]
/// </summary>
public static class ClusterErrors
{
    public static int Run(string[] args)
    {
        // labels=FILE[,FILE…]: event labels, several files scored as one set (e.g. labels.tsv,labels2.tsv).
        var labels = args.FirstOrDefault(a => a.StartsWith("labels=", StringComparison.Ordinal))?[7..].Split(',');
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
            EventLoneJoin = keys.GetValueOrDefault("elone", d.EventLoneJoin),
            SubjectCommunityDensity = keys.GetValueOrDefault("scpm", d.SubjectCommunityDensity), SubjectCommunityResolution = keys.GetValueOrDefault("sres", d.SubjectCommunityResolution),
            SubjectCommunityNeighbours = (int)keys.GetValueOrDefault("sknn", d.SubjectCommunityNeighbours), SubjectCommunityFloor = keys.GetValueOrDefault("sfloor", d.SubjectCommunityFloor),
            SubjectCommunityPower = keys.GetValueOrDefault("spow", d.SubjectCommunityPower),
            EventJoinNames = (int)keys.GetValueOrDefault("ejoinnames", d.EventJoinNames), EventJoinNamesBelow = keys.GetValueOrDefault("ejoinbelow", d.EventJoinNamesBelow),
        };
        if (args.Contains("lexical-ceiling")) { LexicalCeiling(data, args.Contains("subject") ? StoryLevel.Subject : StoryLevel.Event, opt); return 0; }
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
        if (args.Contains("merges")) { Merges(data.Articles, data.Gold, opt); return 0; }
        if (args.Contains("why")) Why(data.Articles, keep, gold, pred, r.AssignmentAt(StoryLevel.Subject), opt);
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

    /// <summary>'lexical-ceiling': what the gold labels score when every page without story text stays alone (as the
    /// 'ceiling' of cluster-tune) and so does every article whose best plain cosine with another article of its gold story is
    /// below a level (0.03, the pair floor; 0.05; 0.1): articles that share (almost) no words with their story, which no
    /// lexical similarity can bring in.</summary>
    private static void LexicalCeiling(Roundup.Evaluation.Clustering.ClusteringDataset data, StoryLevel level, StoryClusteringOptions opt)
    {
        var all = data.Articles;
        var gold = level == StoryLevel.Event && data.EventGold is { } ev ? ev : data.Gold;
        var (sorted, pos, prep, vec) = InTimeOrder(all, opt);
        var best = new double[all.Count];
        var byGold = Enumerable.Range(0, all.Count).Where(i => gold[i] is not null).GroupBy(i => gold[i]!).ToList();
        foreach (var g in byGold)
            foreach (var i in g)
                foreach (var j in g)
                    if (i != j && !prep.Junk[pos[j]]) best[i] = Math.Max(best[i], vec[pos[i]].Dot(vec[pos[j]]));
        foreach (var t in new[] { 0.0, 0.03, 0.05, 0.1 })
        {
            var ids = new Dictionary<string, int>();
            var assign = new int[all.Count];
            int alone = 0;
            for (int i = 0; i < assign.Length; i++)
            {
                bool lonely = gold[i] is not null && !prep.Junk[pos[i]] && t > 0 && best[i] < t && byGold.First(g => g.Key == gold[i]).Count() > 1;
                if (lonely) alone++;
                assign[i] = prep.Junk[pos[i]] || gold[i] is null || lonely ? -1 - i : ids.TryGetValue(gold[i]!, out var k) ? k : ids[gold[i]!] = ids.Count;
            }
            var s = data.Score(assign, level);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold, junk alone, and alone below best cosine {t:0.00} with a story mate ({alone} articles): P {s.BCubedPrecision:F3} R {s.BCubedRecall:F3} F1 {s.BCubedF1:F3}"));
        }
    }

    /// <summary>'merges': the subject groups after linkage alone (no centroid merges, no refinement), and every pair of them
    /// whose centroids have a cosine of at least 0.2: sizes, majority gold label and purity of each, the cosine, the mean plain
    /// similarity over their cross pairs, and the days between their mean publication times.</summary>
    private static void Merges(IReadOnlyList<Article> all, IReadOnlyList<string?> goldAll, StoryClusteringOptions opt)
    {
        var order = StoryClusterer.TimeOrder(all);
        var sorted = order.Select(k => all[k]).ToArray();
        var gold = order.Select(k => goldAll[k]).ToArray();
        var o = opt with { MergeThreshold = 1, SubjectRefinePasses = 0 };
        var prep = StoryClusterer.Prepare(sorted, o, null);
        var ev = prep.Vectors(o);
        var sv = prep.SubjectVectors(o, ev);
        var levels = StoryClusterer.TwoLevels(ev, prep.Dense, prep.Times, prep.Skip, o, sv, prep.Stats.IsName);
        var groups = Enumerable.Range(0, sorted.Length).Where(i => !prep.Skip[i]).GroupBy(i => levels.Subjects[i]).Select(g => g.ToList()).ToList();
        var cents = groups.Select(g =>
        {
            var sum = new Dictionary<int, float>();
            foreach (var i in g) for (int k = 0; k < sv[i].Ids.Length; k++) sum[sv[i].Ids[k]] = sum.GetValueOrDefault(sv[i].Ids[k]) + sv[i].Weights[k];
            var top = sum.OrderByDescending(e => e.Value).ThenBy(e => e.Key).Take(opt.CentroidTerms).OrderBy(e => e.Key).ToArray();
            double norm = Math.Sqrt(top.Sum(e => (double)e.Value * e.Value));
            return new SparseVector([.. top.Select(e => e.Key)], [.. top.Select(e => (float)(e.Value / norm))]);
        }).ToList();
        (string Label, double Purity) Major(List<int> g)
        {
            var m = g.GroupBy(i => gold[i] ?? "?").OrderByDescending(x => x.Count()).First();
            return (m.Key, (double)m.Count() / g.Count);
        }
        double MeanDay(List<int> g) { var d = g.Where(i => prep.Times[i] is not null).Select(i => prep.Times[i]!.Value.UtcTicks / (double)TimeSpan.TicksPerDay).ToList(); return d.Count == 0 ? double.NaN : d.Average(); }
        Console.WriteLine("cos | sizeA sizeB | goldA purA | goldB purB | same | meanPlain | days apart | spreadA spreadB");
        for (int a = 0; a < groups.Count; a++)
        for (int b = a + 1; b < groups.Count; b++)
        {
            double c = cents[a].Dot(cents[b]);
            if (c < 0.2) continue;
            double mean = 0;
            foreach (var i in groups[a]) foreach (var j in groups[b]) mean += sv[i].Dot(sv[j]);
            mean /= groups[a].Count * groups[b].Count;
            double Spread(int x) { var g = groups[x]; if (g.Count < 2) return double.NaN; double s = 0; int n = 0; foreach (var i in g) foreach (var j in g) if (i < j) { s += sv[i].Dot(sv[j]); n++; } return s / n; }
            var (la, pa) = Major(groups[a]);
            var (lb, pb) = Major(groups[b]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c:F3} | {groups[a].Count,3} {groups[b].Count,3} | {la} {pa:F2} | {lb} {pb:F2} | {(la == lb ? "SAME" : "diff")} | {mean:F3} | {Math.Abs(MeanDay(groups[a]) - MeanDay(groups[b])):F0} | {Spread(a):F3} {Spread(b):F3}"));
        }
    }

    /// <summary>The articles in time order, each article's place in it, the clusterer's preparation and its event vectors.</summary>
    private static (Article[] Sorted, int[] Pos, StoryClusterer.Prepared Prep, SparseVector[] Vec) InTimeOrder(IReadOnlyList<Article> all, StoryClusteringOptions opt)
    {
        var order = StoryClusterer.TimeOrder(all);
        var sorted = order.Select(k => all[k]).ToArray();
        var pos = new int[all.Count];
        for (int k = 0; k < order.Length; k++) pos[order[k]] = k;
        var prep = StoryClusterer.Prepare(sorted, opt, null);
        return (sorted, pos, prep, prep.Vectors(opt));
    }

    /// <summary>'why': for each labelled article outside the biggest piece of its gold story, its words, its best plain
    /// cosine and best scaled event similarity with the articles of that piece, its best cosine with an article of
    /// another gold story, and whether it shares the piece's subject.</summary>
    private static void Why(IReadOnlyList<Article> all, List<int> keep, List<string> gold, IReadOnlyList<int> pred, IReadOnlyList<int> subjectsAll, StoryClusteringOptions opt)
    {
        var (sorted, pos, prep, vec) = InTimeOrder(all, opt);
        var pairs = AverageLinkage.Pairs(vec, prep.Dense, prep.Times, prep.Skip, opt, opt.EventWindow);
        var levels = AverageLinkage.Levels(pairs, sorted.Length, opt.EventScaling);
        int n = keep.Count;
        Console.WriteLine("=== why: articles outside their gold story's biggest piece (words | best cos with piece | best scaled | mean cos piece | best cos other gold | same subject | level)");
        foreach (var g in Enumerable.Range(0, n).GroupBy(i => gold[i]).Where(g => g.Select(i => pred[i]).Distinct().Count() > 1))
        {
            var piece = g.GroupBy(i => pred[i]).OrderByDescending(x => x.Count()).First().ToList();
            foreach (var i in g.Where(i => pred[i] != pred[piece[0]]))
            {
                int a = pos[keep[i]];
                if (prep.Skip[a]) continue;
                double best = 0, bestScaled = -1, mean = 0, other = 0;
                foreach (var j in piece)
                {
                    int b = pos[keep[j]];
                    double c = vec[a].Dot(vec[b]);
                    mean += c / piece.Count;
                    best = Math.Max(best, c);
                    bestScaled = Math.Max(bestScaled, c - (levels[a] + levels[b]) / 2);
                }
                for (int j = 0; j < n; j++) if (gold[j] != gold[i]) other = Math.Max(other, vec[a].Dot(vec[pos[keep[j]]]));
                int words = Roundup.Model.Sentence.CountWords(all[keep[i]].Text);
                bool same = subjectsAll[keep[i]] == subjectsAll[keep[piece[0]]];
                var head = all[keep[i]].Text.Replace('\n', ' ');
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{gold[i],-6} n{g.Count()} piece{piece.Count} w{words,5} best {best:F3} scaled {bestScaled:F3} mean {mean:F3} other {other:F3} {(same ? "SAMESUBJ" : "othersubj")} lvl {levels[a]:F3} | {head[..Math.Min(80, head.Length)]}"));
            }
        }
    }
}
