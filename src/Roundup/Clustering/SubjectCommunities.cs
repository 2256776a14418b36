namespace Roundup.Clustering;

/// <summary>
/// Batch mode, subject level (<see cref="StoryClusteringOptions.SubjectCommunityDensity"/>): subjects as communities of the
/// k-nearest-neighbour graph of the subject vectors instead of average linkage and centroid merges. The nodes start as the
/// events (a subject stays a union of events). Louvain: each node in turn (time order) moves to the neighbouring community,
/// or to a community of its own, where the quality gains most (ties: it stays), passes until nothing moves, then the
/// communities become the nodes of the next level, until a level moves nothing; last, a community whose events are not
/// connected by its own edges is cut into its connected parts (Leiden's guarantee). The quality is the constant Potts model
/// (a node v going into community C gains w(v, C) − λ × s(v) × S(C): two groups belong together when the density of the
/// links between them exceeds λ, independent of the batch's size) or, for comparison, modularity (w(v, C) − γ × k(v) × K(C) / 2m,
/// with k the weighted degree and 2m the total degree of the batch or of the node's connected part).
/// </summary>
internal static class SubjectCommunities
{
    /// <summary>A gain must beat staying by more than rounding.</summary>
    private const double Tolerance = 1e-12;

    /// <summary>Bounds the local-moving passes of one level (each pass with a move raises the quality, so this ends anyway).</summary>
    private const int MaxPasses = 100;

    /// <summary>The graph's edges (a &lt; b) with their weights: each article keeps its <paramref name="k"/> most similar of
    /// <paramref name="pairs"/> (ties: the earlier article); a pair is an edge when either end keeps it (both with
    /// <paramref name="mutual"/>) and its similarity is at least <paramref name="floor"/>; an edge weighs the similarity
    /// raised to <paramref name="power"/>.</summary>
    public static List<(int A, int B, double W)> NearestNeighbours(List<(int A, int B, double Sim)> pairs, int n, int k, double floor,
        bool mutual = false, double power = 1)
    {
        var near = new List<(int Other, double Sim)>[n];
        for (int i = 0; i < n; i++) near[i] = [];
        foreach (var (a, b, sim) in pairs)
        {
            if (sim < floor || a == b) continue;
            near[a].Add((b, sim));
            near[b].Add((a, sim));
        }
        var kept = new HashSet<(int, int)>[n];
        for (int i = 0; i < n; i++)
        {
            near[i].Sort((x, y) => x.Sim != y.Sim ? y.Sim.CompareTo(x.Sim) : x.Other.CompareTo(y.Other));
            kept[i] = [];
            foreach (var (o, _) in near[i].Take(k)) kept[i].Add((Math.Min(i, o), Math.Max(i, o)));
        }
        var edges = new List<(int A, int B, double W)>();
        foreach (var (a, b, sim) in pairs)
        {
            if (sim < floor || a == b) continue;
            var key = (Math.Min(a, b), Math.Max(a, b));
            bool inA = kept[a].Contains(key), inB = kept[b].Contains(key);
            if (mutual ? inA && inB : inA || inB) edges.Add((key.Item1, key.Item2, power == 1 ? sim : Math.Pow(sim, power)));
        }
        return edges;
    }

    /// <summary>The pairs the graph may use: a pair of dated articles always, a pair with an undated article only when its
    /// similarity is at least <paramref name="undatedFloor"/> (<see cref="StoryClusteringOptions.SubjectCommunityUndatedFloor"/>).</summary>
    public static List<(int A, int B, double Sim)> DatedOrClose(List<(int A, int B, double Sim)> pairs, DateTimeOffset?[] times, double undatedFloor)
    {
        if (undatedFloor <= 0) return pairs;
        var kept = new List<(int A, int B, double Sim)>(pairs.Count);
        foreach (var p in pairs)
            if ((times[p.A] is not null && times[p.B] is not null) || p.Sim >= undatedFloor) kept.Add(p);
        return kept;
    }

    /// <summary>The quality the communities maximise: constant Potts with <paramref name="Density"/> λ &gt; 0 (sizes in
    /// articles, or in events with <paramref name="EventSize"/>), else modularity with <paramref name="Resolution"/> γ (2m of the
    /// batch, or of each connected part with <paramref name="PerComponent"/>).</summary>
    internal readonly record struct Quality(double Density, double Resolution, bool PerComponent = false, bool EventSize = false)
    {
        public static Quality Of(StoryClusteringOptions o)
            => new(o.SubjectCommunityDensity, o.SubjectCommunityResolution, o.SubjectCommunityPerComponent, o.SubjectCommunityEventSize);

        public bool On => Density > 0 || Resolution > 0;
    }

    /// <summary>Communities of <paramref name="n"/> articles over <paramref name="edges"/>, starting from the groups of
    /// <paramref name="initial"/> (any numbering; they move whole); <paramref name="skip"/> marks articles that do not count
    /// towards a size. Returns a community number per article (its first member).</summary>
    public static int[] Communities(int n, List<(int A, int B, double W)> edges, int[] initial, bool[] skip, Quality quality)
    {
        // Level 0: one node per initial group, numbered in order of its first article.
        var nodeOf = new int[n];
        var ids = new Dictionary<int, int>();
        for (int i = 0; i < n; i++) nodeOf[i] = ids.TryGetValue(initial[i], out var g) ? g : ids[initial[i]] = ids.Count;
        int m = ids.Count;
        var adj = new Dictionary<int, double>[m];
        for (int v = 0; v < m; v++) adj[v] = [];
        var size = new double[m];
        for (int i = 0; i < n; i++) if (!skip[i]) size[nodeOf[i]] = quality.EventSize ? 1 : size[nodeOf[i]] + 1;
        var degree = new double[m];
        foreach (var (a, b, w) in edges)
        {
            int x = nodeOf[a], y = nodeOf[b];
            degree[x] += w;
            degree[y] += w;
            if (x == y) continue;
            adj[x][y] = adj[x].GetValueOrDefault(y) + w;
            adj[y][x] = adj[y].GetValueOrDefault(x) + w;
        }
        bool potts = quality.Density > 0;
        // Modularity: each node's coefficient γ / 2m, 2m of the batch or of its connected part (fixed across levels: a
        // community never spans two parts).
        var mass = potts ? size : degree;
        var coef = new double[m];
        if (potts) Array.Fill(coef, quality.Density);
        else
        {
            var part = Components(m, adj, (_, _) => true);
            var total = new Dictionary<int, double>();
            for (int v = 0; v < m; v++) total[part[v]] = total.GetValueOrDefault(part[v]) + degree[v];
            double all = degree.Sum();
            for (int v = 0; v < m; v++)
            {
                double twoM = quality.PerComponent ? total[part[v]] : all;
                coef[v] = twoM > 0 ? quality.Resolution / twoM : 0;
            }
        }
        // Which level-0 node each current node holds.
        var community = Enumerable.Range(0, m).ToArray();
        var levelAdj = adj;
        var levelMass = mass;
        var levelCoef = coef;
        while (true)
        {
            var moved = LocalMoving(levelAdj, levelMass, levelCoef, out var comm);
            if (!moved) break;
            // Aggregate: communities numbered in order of their first node.
            int k = levelAdj.Length;
            var renum = new Dictionary<int, int>();
            var next = new int[k];
            for (int v = 0; v < k; v++) next[v] = renum.TryGetValue(comm[v], out var c) ? c : renum[comm[v]] = renum.Count;
            int count = renum.Count;
            var nextAdj = new Dictionary<int, double>[count];
            for (int c = 0; c < count; c++) nextAdj[c] = [];
            var nextMass = new double[count];
            var nextCoef = new double[count];
            for (int v = 0; v < k; v++)
            {
                nextMass[next[v]] += levelMass[v];
                nextCoef[next[v]] = levelCoef[v];
                foreach (var (u, w) in levelAdj[v])
                    if (next[u] != next[v]) nextAdj[next[v]][next[u]] = nextAdj[next[v]].GetValueOrDefault(next[u]) + w;
            }
            for (int v = 0; v < m; v++) community[v] = next[community[v]];
            levelAdj = nextAdj;
            levelMass = nextMass;
            levelCoef = nextCoef;
        }
        // Leiden's guarantee: each community cut into the parts its own edges connect.
        var parts = Components(m, adj, (v, u) => community[v] == community[u]);
        var first = new Dictionary<int, int>();
        var result = new int[n];
        for (int i = 0; i < n; i++)
        {
            int p = parts[nodeOf[i]];
            if (!first.TryGetValue(p, out int f)) first[p] = f = i;
            result[i] = f;
        }
        return result;
    }

    /// <summary>Local moving on one level: each node in turn goes where the gain is highest (its own community minus itself,
    /// a neighbouring community, or one of its own); passes until nothing moves. Returns whether anything moved.</summary>
    private static bool LocalMoving(Dictionary<int, double>[] adj, double[] mass, double[] coef, out int[] comm)
    {
        int k = adj.Length;
        comm = Enumerable.Range(0, k).ToArray();
        var commMass = (double[])mass.Clone();
        var members = new int[k];
        Array.Fill(members, 1);
        var empty = new Stack<int>();
        bool any = false;
        var to = new Dictionary<int, double>();
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            bool changed = false;
            for (int v = 0; v < k; v++)
            {
                if (adj[v].Count == 0) continue;
                int d = comm[v];
                commMass[d] -= mass[v];
                members[d]--;
                to.Clear();
                foreach (var (u, w) in adj[v]) to[comm[u]] = to.GetValueOrDefault(comm[u]) + w;
                double factor = coef[v] * mass[v];
                int best = d;
                double bestGain = members[d] == 0 ? 0 : to.GetValueOrDefault(d) - factor * commMass[d];
                foreach (var (c, w) in to)
                {
                    if (c == d) continue;
                    double gain = w - factor * commMass[c];
                    if (gain > bestGain + Tolerance || (best != d && Math.Abs(gain - bestGain) <= Tolerance && c < best)) { best = c; bestGain = gain; }
                }
                // A community of its own gains 0.
                if (members[d] > 0 && 0 > bestGain + Tolerance)
                {
                    best = empty.Count > 0 ? empty.Pop() : -1;
                    if (best < 0) throw new InvalidOperationException("No empty community left (cannot happen: a node left one).");
                }
                if (best != d)
                {
                    changed = true;
                    if (members[d] == 0) empty.Push(d);
                }
                comm[v] = best;
                commMass[best] += mass[v];
                members[best]++;
            }
            if (!changed) break;
            any = true;
        }
        return any;
    }

    /// <summary>Connected parts of the nodes over the edges <paramref name="keep"/> allows; numbered by a member.</summary>
    private static int[] Components(int m, Dictionary<int, double>[] adj, Func<int, int, bool> keep)
    {
        var parent = Enumerable.Range(0, m).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        for (int v = 0; v < m; v++)
            foreach (var u in adj[v].Keys)
                if (u > v && keep(v, u)) { int a = Find(v), b = Find(u); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }
        var part = new int[m];
        for (int v = 0; v < m; v++) part[v] = Find(v);
        return part;
    }

    /// <summary>For <c>--explain</c>: the summed edge weight between the groups <paramref name="g"/> and <paramref name="h"/> of
    /// <paramref name="group"/> and the sizes of the two (articles not skipped; events with event sizes).</summary>
    internal static (double Weight, double SizeG, double SizeH) Between(List<(int A, int B, double W)> edges, int[] group, int[] events, bool[] skip,
        int g, int h, bool eventSize)
    {
        double w = 0;
        foreach (var (a, b, x) in edges)
            if ((group[a] == g && group[b] == h) || (group[a] == h && group[b] == g)) w += x;
        double sg = 0, sh = 0;
        var seen = new HashSet<int>();
        for (int i = 0; i < group.Length; i++)
        {
            if (skip[i] || (group[i] != g && group[i] != h)) continue;
            if (eventSize && !seen.Add(events[i])) continue;
            if (group[i] == g) sg++; else sh++;
        }
        return (w, sg, sh);
    }
}
