using System.Globalization;
using Roundup.Cleaning;
using Roundup.Clustering;

namespace Roundup.Bench;

/// <summary>
/// Quality of the article similarity alone, before any grouping, on a labelled dev set (junk articles left out): for
/// every article with a same-story partner, whether its most similar article is from its story (nearest-neighbour
/// accuracy), and the average precision of all pairs ranked by similarity (same-story pairs relevant). With
/// <c>scaling=K</c> the locally scaled similarity of average linkage (<see cref="StoryClusteringOptions.LocalScaling"/>)
/// is scored instead; with <c>dump=S</c> every pair of at least S is printed with its heaviest shared terms.
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- cluster-similarity DATASET [scaling=10] [dump=0.25]
/// </summary>
public static class ClusterSimilarity
{
    public static int Run(string[] args)
    {
        var data = CleanedClusteringSet.Load(args[0]);
        var keys = args.Skip(1).Select(a => a.Split('=')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
        var o = StoryClusteringOptions.Default;
        int n = data.Articles.Count;
        var junk = data.Articles.Select(a => JunkDetector.IsJunk(a, o.MinWords)).ToArray();
        var raw = data.Articles.Select((a, i) => junk[i] ? ArticleTerms.Empty : LexicalFeatures.Extract(a, o)).ToArray();
        var stats = new TermStatistics();
        var ids = raw.Select(stats.AddDocument).ToArray();
        var vec = raw.Select((r, i) => stats.Vector(r, ids[i], o)).ToArray();
        var gold = data.Gold;
        var all = new List<(int A, int B, double Sim)>();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (!junk[i] && !junk[j]) all.Add((i, j, vec[i].Dot(vec[j])));
        if (keys.TryGetValue("scaling", out var k) && k > 0) all = AverageLinkage.LocallyScaled([.. all.Where(p => p.Sim >= 0.03)], n, (int)k);
        var sim = new Dictionary<(int, int), double>();
        foreach (var (a, b, s) in all) sim[(a, b)] = s;
        double Sim(int i, int j) => sim.GetValueOrDefault(i < j ? (i, j) : (j, i));
        int nnOk = 0, nnAll = 0;
        for (int i = 0; i < n; i++)
        {
            if (junk[i] || !Enumerable.Range(0, n).Any(j => j != i && !junk[j] && gold[j] == gold[i])) continue;
            int best = Enumerable.Range(0, n).Where(j => j != i && !junk[j]).MaxBy(j => Sim(i, j));
            nnAll++;
            if (gold[best] == gold[i]) nnOk++;
        }
        var pairs = new List<(double S, bool Same)>();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (!junk[i] && !junk[j]) pairs.Add((Sim(i, j), gold[i] == gold[j]));
        pairs.Sort((a, b) => b.S.CompareTo(a.S));
        int rel = pairs.Count(p => p.Same), hit = 0;
        double ap = 0;
        for (int r = 0; r < pairs.Count; r++) if (pairs[r].Same) { hit++; ap += (double)hit / (r + 1); }
        ap /= Math.Max(1, rel);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{data.Name}: NN accuracy {(double)nnOk / nnAll:F4} ({nnOk}/{nnAll}), pair AP {ap:F4} ({rel} same-story pairs)"));
        if (keys.TryGetValue("dump", out var min))
            foreach (var (a, b, s) in all.Where(p => p.Sim >= min).OrderByDescending(p => p.Sim))
            {
                var shared = vec[a].Ids.Zip(vec[a].Weights).Join(vec[b].Ids.Zip(vec[b].Weights), x => x.First, y => y.First, (x, y) => (Id: x.First, C: x.Second * y.Second))
                    .OrderByDescending(x => x.C).Take(12).Select(x => string.Create(CultureInfo.InvariantCulture, $"{stats.Term(x.Id)}:{x.C:F3}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(gold[a] == gold[b] ? "SAME" : "DIFF")} {s:F3}: {string.Join(' ', shared)}"));
            }
        return 0;
    }
}
