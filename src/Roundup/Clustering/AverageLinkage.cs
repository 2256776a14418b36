namespace Roundup.Clustering;

/// <summary>
/// Batch story clustering by average-linkage agglomeration over a sparse similarity graph: every document starts on its
/// own and the two groups with the highest mean pairwise similarity are merged, as long as that mean reaches
/// <see cref="StoryClusteringOptions.LinkageThreshold"/>. Pairs below a small floor (or not compared at all) count as
/// similarity 0, so a loose topical chain cannot glue unrelated stories the way single linkage or a drifting centroid can.
/// Candidate pairs: up to <see cref="StoryClusteringOptions.AllPairsLimit"/> documents, every pair sharing any term
/// (exact); above it, only pairs sharing one of their top <see cref="StoryClusteringOptions.IndexTerms"/> terms that is
/// a top term of at most 1,000 documents.
/// </summary>
internal static class AverageLinkage
{
    /// <summary>Pairs with a lower similarity are not stored (they count as 0 in the group means).</summary>
    internal const double Floor = 0.03;

    /// <summary>Above <see cref="StoryClusteringOptions.AllPairsLimit"/>: a top term shared by more documents than this is too
    /// common to propose pairs (it would make candidate generation quadratic).</summary>
    private const int MaxPosting = 1_000;

    /// <summary>Groups the documents; <paramref name="skip"/> marks documents left out (each gets a group of its own).
    /// Returns a group number per document (the smallest member position of its group).</summary>
    public static int[] Cluster(IReadOnlyList<SparseVector> vectors, IReadOnlyList<float[]?> dense, IReadOnlyList<DateTimeOffset?> times,
        bool[] skip, StoryClusteringOptions options)
    {
        var pairs = Pairs(vectors, dense, times, skip, options, options.Window);
        if (options.LocalScaling > 0) pairs = LocallyScaled(pairs, vectors.Count, options.LocalScaling);
        return Link(vectors.Count, pairs, options.LinkageThreshold, null);
    }

    /// <summary>
    /// Average-linkage agglomeration of <paramref name="n"/> documents over the stored <paramref name="pairs"/> (missing
    /// pairs count as 0): groups merge, best mean first, while the mean similarity over all their cross pairs reaches
    /// <paramref name="threshold"/>. With <paramref name="initial"/>, the documents start in those groups (any numbering)
    /// instead of alone, so the result nests them. With <paramref name="times"/>, two groups never merge when their dated
    /// members together would span more than <paramref name="maxSpan"/> (an event lasts a few days, however its coverage
    /// chains). With <paramref name="gate"/>, two groups merge only when it allows it (given their members and their mean
    /// similarity; a refused pair is not offered again until one of them grows). Returns a group number per document (its group's first member).
    /// </summary>
    public static int[] Link(int n, List<(int A, int B, double Sim)> pairs, double threshold, int[]? initial,
        IReadOnlyList<DateTimeOffset?>? times = null, TimeSpan maxSpan = default, Func<List<int>, List<int>, double, bool>? gate = null)
    {
        List<int>[]? members = null;
        if (gate is not null) { members = new List<int>[n]; for (int i = 0; i < n; i++) members[i] = [i]; }
        var lo = new DateTimeOffset?[n];
        var hi = new DateTimeOffset?[n];
        if (times is not null) for (int i = 0; i < n; i++) lo[i] = hi[i] = times[i];
        var links = new Dictionary<int, double>[n];
        for (int i = 0; i < n; i++) links[i] = [];
        foreach (var (a, b, sim) in pairs)
        {
            links[a][b] = links[a].GetValueOrDefault(b) + sim;
            links[b][a] = links[b].GetValueOrDefault(a) + sim;
        }
        var size = new int[n];
        var version = new int[n];
        var parent = new int[n];
        for (int i = 0; i < n; i++) { size[i] = 1; parent[i] = i; }
        if (initial is not null)
        {
            var rootOf = new Dictionary<int, int>();
            for (int i = 0; i < n; i++)
            {
                if (!rootOf.TryGetValue(initial[i], out int root)) { rootOf[initial[i]] = i; continue; }
                Absorb(root, i, links, size, parent);
            }
        }
        var queue = new PriorityQueue<(int A, int B, int VA, int VB), (double, int, int)>(
            Comparer<(double Sim, int A, int B)>.Create((x, y) => x.Sim != y.Sim ? y.Sim.CompareTo(x.Sim) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B)));
        for (int a = 0; a < n; a++)
            foreach (var (b, s) in links[a])
                if (a < b && parent[a] == a && parent[b] == b && s / ((double)size[a] * size[b]) >= threshold) queue.Enqueue((a, b, 0, 0), (s / ((double)size[a] * size[b]), a, b));
        while (queue.TryDequeue(out var e, out var p))
        {
            if (version[e.A] != e.VA || version[e.B] != e.VB || parent[e.A] != e.A || parent[e.B] != e.B) continue;
            if (p.Item1 < threshold) break;
            if (times is not null && lo[e.A] is { } la && lo[e.B] is { } lb
                && (Max(hi[e.A]!.Value, hi[e.B]!.Value) - Min(la, lb)) > maxSpan) continue;
            if (gate is not null && !gate(members![e.A], members[e.B], p.Item1)) continue;
            // Merge the smaller group into the larger (ties: into the lower number).
            int keep = size[e.A] > size[e.B] || (size[e.A] == size[e.B] && e.A < e.B) ? e.A : e.B;
            int gone = keep == e.A ? e.B : e.A;
            if (lo[gone] is { } lg) { lo[keep] = lo[keep] is { } lk0 ? Min(lk0, lg) : lg; hi[keep] = hi[keep] is { } hk0 ? Max(hk0, hi[gone]!.Value) : hi[gone]; }
            Absorb(keep, gone, links, size, parent);
            if (members is not null) { members[keep].AddRange(members[gone]); members[gone] = []; }
            version[keep]++;
            version[gone]++;
            var lk = links[keep];
            foreach (var (c, s) in lk)
            {
                double mean = s / ((double)size[keep] * size[c]);
                if (mean < threshold) continue;
                int x = Math.Min(keep, c), y = Math.Max(keep, c);
                queue.Enqueue((x, y, version[x], version[y]), (mean, x, y));
            }
        }
        var group = new int[n];
        for (int i = 0; i < n; i++)
        {
            int r = i;
            while (parent[r] != r) r = parent[r];
            group[i] = r;
        }
        // Number each group by its first member so the numbering does not depend on merge order.
        var first = new Dictionary<int, int>();
        for (int i = 0; i < n; i++) first.TryAdd(group[i], i);
        for (int i = 0; i < n; i++) group[i] = first[group[i]];
        return group;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>Moves group <paramref name="gone"/> into <paramref name="keep"/>: sizes and summed links follow.</summary>
    private static void Absorb(int keep, int gone, Dictionary<int, double>[] links, int[] size, int[] parent)
    {
        parent[gone] = keep;
        size[keep] += size[gone];
        var lk = links[keep];
        lk.Remove(gone);
        foreach (var (c, s) in links[gone])
        {
            if (c == keep) continue;
            lk[c] = lk.GetValueOrDefault(c) + s;
            links[c].Remove(gone);
            links[c][keep] = lk[c];
        }
        links[gone] = [];
    }

    /// <summary>
    /// Local scaling (hubness reduction, as in CSLS): each similarity minus the mean of the two documents' neighbourhood
    /// levels, a document's level being the mean of its <paramref name="k"/> highest similarities (missing neighbours count
    /// as 0). A pair in a crowded neighbourhood (many articles on one running subject) must stand out from that crowd to
    /// link; a pair in a sparse one links at a lower raw similarity. Pairs that fall below <see cref="Floor"/> are dropped.
    /// </summary>
    internal static List<(int A, int B, double Sim)> LocallyScaled(List<(int A, int B, double Sim)> pairs, int n, int k)
        => Scale(pairs, Levels(pairs, n, k));

    /// <summary>Each document's neighbourhood level: the mean of its <paramref name="k"/> highest similarities among
    /// <paramref name="pairs"/> (missing neighbours count as 0).</summary>
    internal static double[] Levels(List<(int A, int B, double Sim)> pairs, int n, int k)
    {
        var level = new double[n];
        if (k <= 0) return level;
        var top = new List<double>[n];
        for (int i = 0; i < n; i++) top[i] = [];
        foreach (var (a, b, sim) in pairs) { top[a].Add(sim); top[b].Add(sim); }
        for (int i = 0; i < n; i++)
        {
            top[i].Sort((x, y) => y.CompareTo(x));
            double sum = 0;
            for (int j = 0; j < Math.Min(k, top[i].Count); j++) sum += top[i][j];
            level[i] = sum / k;
        }
        return level;
    }

    /// <summary>Each similarity minus the mean of the two documents' <paramref name="level"/>s; pairs below <see cref="Floor"/> dropped.</summary>
    internal static List<(int A, int B, double Sim)> Scale(List<(int A, int B, double Sim)> pairs, double[] level)
    {
        var scaled = new List<(int, int, double)>(pairs.Count);
        foreach (var (a, b, sim) in pairs)
        {
            double s = sim - (level[a] + level[b]) / 2;
            if (s >= Floor) scaled.Add((a, b, s));
        }
        return scaled;
    }

    /// <summary>Candidate pairs (a &lt; b) with their similarity, at least <see cref="Floor"/>.</summary>
    internal static List<(int A, int B, double Sim)> Pairs(IReadOnlyList<SparseVector> vectors, IReadOnlyList<float[]?> dense,
        IReadOnlyList<DateTimeOffset?> times, bool[] skip, StoryClusteringOptions options, TimeSpan window)
    {
        int n = vectors.Count;
        bool exact = n <= options.AllPairsLimit;
        var postings = new Dictionary<int, List<int>>();
        for (int i = 0; i < n; i++)
        {
            if (skip[i]) continue;
            foreach (var t in exact ? vectors[i].Ids : vectors[i].Top(options.IndexTerms))
            {
                if (!postings.TryGetValue(t, out var list)) postings[t] = list = [];
                list.Add(i);
            }
        }
        var perDoc = new List<(int, int, double)>[n];
        Parallel.For(0, n, SmallBatches.For(n), () => new int[n], (i, _, stamp) =>
        {
            var found = new List<(int, int, double)>();
            perDoc[i] = found;
            if (skip[i]) return stamp;
            foreach (var t in exact ? vectors[i].Ids : vectors[i].Top(options.IndexTerms))
            {
                if (!postings.TryGetValue(t, out var list) || (!exact && list.Count > MaxPosting)) continue;
                foreach (var j in list)
                {
                    if (j <= i || stamp[j] == i + 1) continue;
                    stamp[j] = i + 1;
                    if (times[i] is { } ti && times[j] is { } tj && (ti - tj).Duration() > window) continue;
                    double sim = PairSimilarity(vectors[i], dense[i], vectors[j], dense[j], options.DenseWeight);
                    if (sim >= Floor) found.Add((i, j, sim));
                }
            }
            return stamp;
        }, _ => { });
        return [.. perDoc.SelectMany(p => p)];
    }

    /// <summary>The similarity of two articles as linkage reads it: the cosine of their term vectors, blended with the dot
    /// product of their dense vectors (<see cref="StoryClusteringOptions.DenseWeight"/>) when both have one.</summary>
    internal static double PairSimilarity(SparseVector a, float[]? denseA, SparseVector b, float[]? denseB, double denseWeight)
        => Blend(a.Dot(b), denseA, denseB, denseWeight);

    /// <summary>The term cosine <paramref name="sim"/> of two articles blended with the dot product of their dense vectors, as
    /// <see cref="PairSimilarity"/> does (for callers that compute the cosine their own way).</summary>
    internal static double Blend(double sim, float[]? denseA, float[]? denseB, double denseWeight)
    {
        if (denseA is null || denseB is null) return sim;
        double d = 0;
        for (int k = 0; k < denseA.Length; k++) d += denseA[k] * denseB[k];
        return (1 - denseWeight) * sim + denseWeight * d;
    }
}
