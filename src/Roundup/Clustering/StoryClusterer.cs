using Roundup.Cleaning;
using Roundup.Model;

namespace Roundup.Clustering;

/// <summary>
/// Finds the stories in a collection of articles (batch mode): near-duplicates are marked first, then TF-IDF vectors
/// (IDF over the whole collection) go through the same single-pass engine as <see cref="IncrementalStoryClusterer"/>
/// in time order, then <see cref="StoryClusteringOptions.RefineIterations"/> passes move each article to the story
/// whose centroid is closest (leave-one-out for its own story), or out on its own when nothing reaches the threshold.
/// Candidate stories always come from an inverted index over top centroid terms: no all-pairs comparison.
/// </summary>
public static class StoryClusterer
{
    /// <summary>Clusters <paramref name="articles"/> with <paramref name="mode"/>.</summary>
    public static StoryClusteringResult Cluster(IReadOnlyList<Article> articles, ClusteringMode mode, StoryClusteringOptions? options = null,
        IDocumentVectorSource? dense = null, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (mode == ClusteringMode.Batch) return Batch(articles, options, dense, progress);
        var inc = new IncrementalStoryClusterer(options, dense);
        var order = TimeOrder(articles);
        const int chunk = 512;
        for (int i = 0; i < order.Length; i += chunk)
        {
            inc.Add(order.Skip(i).Take(chunk).Select(k => articles[k]));
            progress?.Report(Math.Min(order.Length, i + chunk));
        }
        return inc.Result().InInputOrder(order);
    }

    /// <summary>Batch mode (see the class summary). Returned assignments are in input order.</summary>
    public static StoryClusteringResult Batch(IReadOnlyList<Article> articles, StoryClusteringOptions? options = null,
        IDocumentVectorSource? dense = null, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        options ??= StoryClusteringOptions.Default;
        options.Validate();
        var order = TimeOrder(articles);
        var sorted = order.Select(k => articles[k]).ToArray();
        int n = sorted.Length;

        var prep = Prepare(sorted, options, dense);
        var (stats, raw, ids, vecs, junk, dupOf) = (prep.Stats, prep.Raw, prep.Ids, prep.Dense, prep.Junk, prep.DupOf);
        if (options.Algorithm == BatchAlgorithm.AverageLinkage)
        {
            var eventVectors = prep.Vectors(options);
            var levels = TwoLevels(eventVectors, vecs, prep.Times, prep.Skip, options, prep.SubjectVectors(options, eventVectors), prep.Stats.IsName);
            var (events, subjects) = (levels.Events, levels.Subjects);
            for (int i = 0; i < n; i++)
                if (dupOf[i] >= 0) { events[i] = events[dupOf[i]]; subjects[i] = subjects[dupOf[i]]; }
            progress?.Report(n);
            var linked = StoryBuilder.Build(sorted, events, subjects, levels.Vectors, stats, options, dupOf.Count(d => d >= 0));
            return linked.InInputOrder(order);
        }
        var engine = new StoryEngine(options, coldStart: false);
        for (int i = 0; i < n; i++)
        {
            engine.Add(stats.Vector(raw[i], ids[i], options), vecs[i], sorted[i].Published, dupOf[i], junk[i]);
            if ((i & 255) == 255) progress?.Report(i + 1);
        }
        var assign = engine.StoryOf.ToArray();
        for (int it = 0; it < options.RefineIterations; it++)
            if (!Refine(engine, assign, dupOf, options)) break;
        if (options.MergeThreshold < 1) Merge(engine.Vectors, assign, dupOf, options);
        for (int i = 0; i < n; i++) if (dupOf[i] >= 0) assign[i] = assign[dupOf[i]];
        progress?.Report(n);

        return StoryBuilder.Build(sorted, assign, assign, engine.Vectors, stats, options, dupOf.Count(d => d >= 0)).InInputOrder(order);
    }

    /// <summary>
    /// The event level of batch mode (<see cref="TwoLevels"/>, average linkage) for <paramref name="articles"/>, read without
    /// marking them: each article's event number (input order; near-copies in their original's event) and whether it is a
    /// near-copy of another. <see cref="Article.DuplicateOf"/> is left as it was.
    /// </summary>
    internal static (int[] Events, bool[] Copy) EventsOf(IReadOnlyList<Article> articles, StoryClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        options ??= StoryClusteringOptions.Default;
        var order = TimeOrder(articles);
        var sorted = order.Select(k => articles[k]).ToArray();
        int n = sorted.Length;
        var marks = sorted.Select(a => a.DuplicateOf).ToArray();
        Prepared prep;
        try { prep = Prepare(sorted, options, null); }
        finally { for (int i = 0; i < n; i++) sorted[i].DuplicateOf = marks[i]; }
        var eventVectors = prep.Vectors(options);
        var found = TwoLevels(eventVectors, prep.Dense, prep.Times, prep.Skip, options, prep.SubjectVectors(options, eventVectors), prep.Stats.IsName).Events;
        var events = new int[n];
        var copy = new bool[n];
        for (int k = 0; k < n; k++)
        {
            int d = prep.DupOf[k];
            events[order[k]] = found[d >= 0 ? d : k];
            copy[order[k]] = d >= 0;
        }
        return (events, copy);
    }

    /// <summary>
    /// Both levels of batch mode. Events: average linkage on the locally scaled similarity of pairs published within
    /// <see cref="StoryClusteringOptions.EventWindow"/> of each other (<see cref="StoryClusteringOptions.EventScaling"/>,
    /// <see cref="StoryClusteringOptions.EventThreshold"/>), no event spanning more than <see cref="StoryClusteringOptions.EventSpan"/>
    /// (or the window, when longer). Subjects: the events are grouped further by average linkage on
    /// the plain similarity of pairs within <see cref="StoryClusteringOptions.Window"/> (<see cref="StoryClusteringOptions.LinkageThreshold"/>),
    /// then centroid merges (<see cref="StoryClusteringOptions.MergeThreshold"/>), or instead communities of a nearest-neighbour graph
    /// (<see cref="SubjectCommunities"/>, with <see cref="StoryClusteringOptions.SubjectCommunityDensity"/> or <see cref="StoryClusteringOptions.SubjectCommunityResolution"/>), then a subject whose events fall into two
    /// groups with a clear cut is split (<see cref="SubjectSplit"/>); a subject is always a union of events. Each
    /// level is then polished by <see cref="GroupRefinement"/> (articles between events, then events between subjects), then
    /// a dated event continues the running event of its subject that it clearly matches (<see cref="GroupRefinement.ContinuedEvents"/>:
    /// the incremental clear join replayed over events in time order), and last an article left alone joins the one event of its subject that its vector clearly matches
    /// (<see cref="GroupRefinement.LoneArticles"/>). With <paramref name="isName"/> (which terms are names), event linkage
    /// is gated by salient names (<see cref="StoryClusteringOptions.EventLinkNames"/>); without it, it is not.
    /// </summary>
    internal static LinkedLevels TwoLevels(SparseVector[] vectors, float[]?[] dense, DateTimeOffset?[] times, bool[] skip, StoryClusteringOptions options,
        SparseVector[]? subjectVectors = null, Func<int, bool>? isName = null)
    {
        int n = vectors.Length;
        subjectVectors ??= vectors;
        bool ownSubjectVectors = !ReferenceEquals(subjectVectors, vectors);
        // One pass of pairs serves both levels when they read one vector; else the event level's pass needs only its own window.
        var window = ownSubjectVectors || options.EventWindow > options.Window ? options.EventWindow : options.Window;
        var pairs = AverageLinkage.Pairs(vectors, dense, times, skip, options, window);
        var within = new List<(int A, int B, double Sim)>(pairs.Count);
        foreach (var p in pairs)
            if (times[p.A] is not { } ta || times[p.B] is not { } tb || (ta - tb).Duration() <= options.EventWindow) within.Add(p);
        var eventLevels = AverageLinkage.Levels(within, n, options.EventScaling);
        var eventPairs = options.EventScaling > 0 ? AverageLinkage.Scale(within, eventLevels) : within;
        eventPairs = EventEvidence.TimePenalized(eventPairs, times, options.EventDayPenalty, AverageLinkage.Floor);
        var nameBlocks = new List<EventEvidence.NameBlock>();
        var events = AverageLinkage.Link(n, eventPairs, options.EventThreshold, null, times, options.EventMaxSpan,
            EventEvidence.NameGate(vectors, isName, times, options, nameBlocks));
        var linkedEvents = (int[])events.Clone();
        if (options.EventRefinePasses > 0) GroupRefinement.Events(vectors, events, skip, times, options);
        var subjectPairs = ownSubjectVectors ? AverageLinkage.Pairs(subjectVectors, dense, times, skip, options, options.Window)
            : options.Window >= window ? pairs : AverageLinkage.Pairs(vectors, dense, times, skip, options, options.Window);
        var plainSubjectPairs = subjectPairs;
        if (options.LocalScaling > 0) subjectPairs = AverageLinkage.LocallyScaled(subjectPairs, n, options.LocalScaling);
        var quality = SubjectCommunities.Quality.Of(options);
        List<(int A, int B, double W)>? graph = quality.On
            ? SubjectCommunities.NearestNeighbours(SubjectCommunities.DatedOrClose(subjectPairs, times, options.SubjectCommunityUndatedFloor), n,
                options.SubjectCommunityNeighbours, options.SubjectCommunityFloor,
                options.SubjectCommunityMutual, options.SubjectCommunityPower)
            : null;
        int[]? communityEvents = graph is not null ? (int[])events.Clone() : null;
        int[] LinkedAndMerged(int[] linked)
        {
            if (options.MergeThreshold < 1)
            {
                var vectorList = subjectVectors.ToList();
                int[] left = [.. skip.Select(x => x ? 0 : -1)];
                // Repeat until nothing merges (each pass with a merge removes a group, so this ends; the cap only bounds a pathological chain).
                for (int pass = 0; pass < MaxMergePasses && Merge(vectorList, linked, left, options, matching: true); pass++) { }
            }
            return linked;
        }
        var subjects = graph is not null ? SubjectCommunities.Communities(n, graph, events, skip, quality)
            : LinkedAndMerged(AverageLinkage.Link(n, subjectPairs, options.LinkageThreshold, events));
        if (graph is not null && options.SubjectCommunityMerges) LinkedAndMerged(subjects);
        var mergedSubjects = (int[])subjects.Clone();
        var cuts = SubjectSplit.Split(subjectVectors, events, subjects, skip, options);
        var linkedSubjects = (int[])subjects.Clone();
        if (options.SubjectRefinePasses > 0) GroupRefinement.Subjects(subjectVectors, events, subjects, skip, times, options);
        var refinedEvents = (int[])events.Clone();
        // The continuation asks the linkage's name gate too; what it refuses there is not listed as a linkage block.
        var continued = GroupRefinement.ContinuedEvents(vectors, events, subjects, skip, times, options,
            EventEvidence.NameGate(vectors, isName, times, options, []));
        var continuedEvents = (int[])events.Clone();
        var loneJoins = GroupRefinement.LoneArticles(vectors, events, subjects, skip, times, options);
        return new LinkedLevels(vectors, pairs, eventPairs, eventLevels, events, subjects, linkedEvents, linkedSubjects, subjectVectors, plainSubjectPairs,
            mergedSubjects, cuts)
        {
            RefinedEvents = refinedEvents, Continued = continued, ContinuedEvents = continuedEvents, LoneJoins = loneJoins, NameBlocks = nameBlocks,
            SubjectGraph = graph, CommunityEvents = communityEvents,
        };
    }

    /// <summary>What batch mode's two levels were built from: the vectors, the raw pairs, the event-level (scaled) pairs and
    /// each article's neighbourhood level, the group of each article at both levels, and its group at both levels before the
    /// refinement passes (<see cref="GroupRefinement"/>; an article whose group differs was moved by them, or joined an event as a
    /// lone article: <see cref="LinkedLevels.LoneJoins"/>), the subject
    /// level's vectors and pairs (<see cref="SubjectVectors"/>: the event level's own unless the subject options differ), and
    /// each article's subject after linkage and merges, before the cuts of <see cref="SubjectSplit"/> (listed in Cuts).</summary>
    internal sealed record LinkedLevels(SparseVector[] Vectors, List<(int A, int B, double Sim)> Pairs, List<(int A, int B, double Sim)> EventPairs,
        double[] EventLevels, int[] Events, int[] Subjects, int[] LinkedEvents, int[] LinkedSubjects, SparseVector[] SubjectVectors,
        List<(int A, int B, double Sim)> SubjectPairs, int[] MergedSubjects, List<SubjectSplit.Cut> Cuts)
    {
        /// <summary>Each article's event after the refinement passes, before events continued earlier ones (<see cref="Continued"/>)
        /// and lone articles joined events (<see cref="LoneJoins"/>).</summary>
        public int[] RefinedEvents { get; init; } = Events;

        /// <summary>The events that continued an earlier event of their subject (<see cref="GroupRefinement.ContinuedEvents"/>).</summary>
        public List<GroupRefinement.EventContinuation> Continued { get; init; } = [];

        /// <summary>Each article's event after <see cref="Continued"/>, before <see cref="LoneJoins"/>.</summary>
        public int[] ContinuedEvents { get; init; } = Events;

        /// <summary>The lone articles that joined an event of their subject (<see cref="GroupRefinement.LoneArticles"/>).</summary>
        public List<GroupRefinement.LoneJoin> LoneJoins { get; init; } = [];

        /// <summary>With subject communities (<see cref="StoryClusteringOptions.SubjectCommunityDensity"/> or
        /// <see cref="StoryClusteringOptions.SubjectCommunityResolution"/>), the k-nearest-neighbour graph they were built on
        /// (then <see cref="MergedSubjects"/> holds the communities); null with linkage.</summary>
        public List<(int A, int B, double W)>? SubjectGraph { get; init; }

        /// <summary>With subject communities, the events they started from (after the event refinement passes); null with linkage.</summary>
        public int[]? CommunityEvents { get; init; }

        /// <summary>The merges the event linkage's name gate refused (<see cref="EventEvidence.NameGate"/>).</summary>
        public List<EventEvidence.NameBlock> NameBlocks { get; init; } = [];
    }

    /// <summary>Per-article features of a batch (in time order): duplicates, junk, terms, statistics.</summary>
    internal sealed record Prepared(Article[] Sorted, TermStatistics Stats, ArticleTerms[] Raw, int[][] Ids, float[]?[] Dense, bool[] Junk, int[] DupOf)
    {
        public DateTimeOffset?[] Times { get; } = [.. Sorted.Select(a => a.Published)];

        public bool[] Skip { get; } = [.. Junk.Select((j, i) => j || DupOf[i] >= 0)];

        public SparseVector[] Vectors(StoryClusteringOptions options)
        {
            var vectors = new SparseVector[Sorted.Length];
            Parallel.For(0, vectors.Length, SmallBatches.For(vectors.Length), i => vectors[i] = Stats.Vector(Raw[i], Ids[i], options));
            return vectors;
        }

        /// <summary>The subject level's vectors (<see cref="SubjectVectors"/>; <paramref name="eventVectors"/> themselves with the defaults).</summary>
        public SparseVector[] SubjectVectors(StoryClusteringOptions options, SparseVector[] eventVectors)
            => Clustering.SubjectVectors.Of(eventVectors, Raw, Ids, options);
    }

    /// <summary>Marks junk and near-duplicates and extracts the terms of <paramref name="sorted"/> (time order).</summary>
    internal static Prepared Prepare(Article[] sorted, StoryClusteringOptions options, IDocumentVectorSource? dense)
    {
        int n = sorted.Length;
        var dupIndex = new NearDuplicateIndex(options.Duplicates);
        var sigs = new (uint[]?, int)[n];
        var raw = new ArticleTerms[n];
        var vecs = new float[]?[n];
        var junk = new bool[n];
        Parallel.For(0, n, SmallBatches.For(n), i =>
        {
            junk[i] = JunkDetector.IsJunk(sorted[i], options.MinWords);
            if (options.DetectDuplicates && !junk[i]) sigs[i] = dupIndex.Fingerprint(sorted[i]);
            raw[i] = junk[i] ? ArticleTerms.Empty : LexicalFeatures.Extract(sorted[i], options);
            vecs[i] = dense?.Vector(sorted[i]);
        });
        var dupOf = new int[n];
        for (int i = 0; i < n; i++) dupOf[i] = options.DetectDuplicates ? dupIndex.Add(sorted[i], sigs[i]) : -1;
        var stats = new TermStatistics();
        var ids = new int[n][];
        for (int i = 0; i < n; i++) ids[i] = stats.AddDocument(raw[i]);
        return new Prepared(sorted, stats, raw, ids, vecs, junk, dupOf);
    }

    /// <summary>Positions of <paramref name="articles"/> in time order: stable by publication time, an undated article taking
    /// the time of the dated one before it (so input order decides among undated ones).</summary>
    internal static int[] TimeOrder(IReadOnlyList<Article> articles)
    {
        var keys = new DateTimeOffset[articles.Count];
        DateTimeOffset carry = DateTimeOffset.MinValue;
        for (int i = 0; i < keys.Length; i++) keys[i] = carry = articles[i].Published ?? carry;
        var order = Enumerable.Range(0, articles.Count).ToArray();
        return [.. order.OrderBy(i => keys[i]).ThenBy(i => i)];
    }

    /// <summary>One reassignment pass (Gauss-Seidel, in document order). Returns whether anything moved.</summary>
    private static bool Refine(StoryEngine engine, int[] assign, int[] dupOf, StoryClusteringOptions options)
    {
        int n = assign.Length;
        var vectors = engine.Vectors;
        var centroids = new Dictionary<int, Dictionary<int, float>>();
        var sumSq = new Dictionary<int, double>();
        var first = new Dictionary<int, DateTimeOffset>();
        var last = new Dictionary<int, DateTimeOffset>();
        var size = new Dictionary<int, int>();
        var dense = new Dictionary<int, float[]>();
        for (int i = 0; i < n; i++)
        {
            if (dupOf[i] >= 0) continue;
            int s = assign[i];
            if (!centroids.TryGetValue(s, out var c)) centroids[s] = c = [];
            Add(c, vectors[i], 1);
            AddDense(dense, s, engine.Dense[i], 1);
            size[s] = size.GetValueOrDefault(s) + 1;
            if (engine.Times[i] is { } t)
            {
                if (!first.TryGetValue(s, out var f) || t < f) first[s] = t;
                if (!last.TryGetValue(s, out var l) || t > l) last[s] = t;
            }
        }
        foreach (var (s, c) in centroids) sumSq[s] = c.Values.Sum(w => (double)w * w);
        // Inverted index over each story's top terms, fixed for this pass.
        var postings = new Dictionary<int, List<int>>();
        foreach (var (s, c) in centroids.OrderBy(e => e.Key))
            foreach (var t in c.OrderByDescending(e => e.Value).ThenBy(e => e.Key).Take(options.IndexTerms).Select(e => e.Key))
            {
                if (!postings.TryGetValue(t, out var list)) postings[t] = list = [];
                list.Add(s);
            }
        int nextId = engine.Stories.Count + n;
        bool moved = false;
        var seen = new HashSet<int>();
        for (int i = 0; i < n; i++)
        {
            if (dupOf[i] >= 0) continue;
            var v = vectors[i];
            int own = assign[i];
            var oc = centroids[own];
            double dotOwn = v.Dot(oc);
            // Leave-one-out: the centroid without this document.
            double restSq = sumSq[own] - 2 * dotOwn + 1;
            double simOwn = size[own] > 1 && restSq > 1e-9 ? (dotOwn - 1) / Math.Sqrt(restSq) : 0;
            var di = engine.Dense[i];
            if (size[own] > 1 && di is not null && dense.TryGetValue(own, out var ownDense))
                simOwn = Blend(simOwn, DenseCosine(di, ownDense, subtract: true), options);
            int best = -1;
            double bestSim = Math.Max(simOwn, options.Threshold);
            seen.Clear();
            foreach (var t in v.Top(options.QueryTerms))
            {
                if (!postings.TryGetValue(t, out var list)) continue;
                foreach (var s in list)
                {
                    if (s == own || !seen.Add(s) || !centroids.TryGetValue(s, out var c) || c.Count == 0) continue;
                    if (engine.Times[i] is { } ti && last.TryGetValue(s, out var l) && (ti > l + options.Window || ti < first[s] - options.Window)) continue;
                    double sim = v.Dot(c) / Math.Sqrt(sumSq[s]);
                    if (di is not null && dense.TryGetValue(s, out var sd)) sim = Blend(sim, DenseCosine(di, sd, subtract: false), options);
                    if (sim > bestSim || (sim == bestSim && best >= 0 && s < best)) { bestSim = sim; best = s; }
                }
            }
            int target = best >= 0 ? best : simOwn >= options.Threshold || size[own] == 1 ? own : nextId++;
            if (target == own) continue;
            moved = true;
            sumSq[own] = Add(oc, v, -1, sumSq[own]);
            AddDense(dense, own, di, -1);
            AddDense(dense, target, di, 1);
            size[own]--;
            if (!centroids.TryGetValue(target, out var tc)) { centroids[target] = tc = []; sumSq[target] = 0; size[target] = 0; }
            sumSq[target] = Add(tc, v, 1, sumSq[target]);
            size[target]++;
            if (engine.Times[i] is { } time)
            {
                if (!first.TryGetValue(target, out var f) || time < f) first[target] = time;
                if (!last.TryGetValue(target, out var l) || time > l) last[target] = time;
            }
            assign[i] = target;
        }
        return moved;
    }

    private static void AddDense(Dictionary<int, float[]> dense, int story, float[]? v, float sign)
    {
        if (v is null) return;
        if (!dense.TryGetValue(story, out var sum)) dense[story] = sum = new float[v.Length];
        for (int k = 0; k < v.Length; k++) sum[k] += sign * v[k];
    }

    /// <summary>Cosine of a unit vector with a sum of unit vectors (without the vector itself when <paramref name="subtract"/>).</summary>
    private static double DenseCosine(float[] v, float[] sum, bool subtract)
    {
        double dot = 0, nn = 0;
        for (int k = 0; k < v.Length; k++)
        {
            double c = subtract ? sum[k] - v[k] : sum[k];
            dot += v[k] * c;
            nn += c * c;
        }
        return nn > 1e-12 ? dot / Math.Sqrt(nn) : 0;
    }

    private static double Blend(double lexical, double dense, StoryClusteringOptions o) => (1 - o.DenseWeight) * lexical + o.DenseWeight * dense;

    /// <summary>Merges stories whose centroids (unit length) have a cosine of at least <see cref="StoryClusteringOptions.MergeThreshold"/>,
    /// most similar pairs first; candidate pairs come from an inverted index over top centroid terms. With <c>matching</c>,
    /// each story takes part in at most one merge per call (no chaining within a pass; the caller repeats the pass with
    /// fresh centroids). Returns whether anything merged.</summary>
    private static bool Merge(List<SparseVector> vectors, int[] assign, int[] dupOf, StoryClusteringOptions options, bool matching = false)
    {
        var sums = new SortedDictionary<int, Dictionary<int, float>>();
        for (int i = 0; i < assign.Length; i++)
        {
            if (dupOf[i] >= 0) continue;
            if (!sums.TryGetValue(assign[i], out var c)) sums[assign[i]] = c = [];
            Add(c, vectors[i], 1);
        }
        var cents = new Dictionary<int, SparseVector>();
        foreach (var (s, c) in sums)
        {
            var top = c.OrderByDescending(e => e.Value).ThenBy(e => e.Key).Take(options.CentroidTerms).OrderBy(e => e.Key).ToArray();
            double norm = Math.Sqrt(top.Sum(e => (double)e.Value * e.Value));
            if (norm <= 0) continue;
            cents[s] = new SparseVector([.. top.Select(e => e.Key)], [.. top.Select(e => (float)(e.Value / norm))]);
        }
        var postings = new Dictionary<int, List<int>>();
        foreach (var (s, v) in cents.OrderBy(e => e.Key))
            foreach (var t in v.Top(options.IndexTerms))
            {
                if (!postings.TryGetValue(t, out var list)) postings[t] = list = [];
                list.Add(s);
            }
        var pairs = new List<(double Sim, int A, int B)>();
        foreach (var (s, v) in cents.OrderBy(e => e.Key))
        {
            var seen = new HashSet<int>();
            foreach (var t in v.Top(options.QueryTerms))
                if (postings.TryGetValue(t, out var list))
                    foreach (var o in list)
                        if (o > s && seen.Add(o))
                        {
                            double sim = v.Dot(cents[o]);
                            if (sim >= options.MergeThreshold) pairs.Add((sim, s, o));
                        }
        }
        var parent = new Dictionary<int, int>();
        int Find(int x) { while (parent.TryGetValue(x, out var p) && p != x) x = p; return x; }
        var used = new HashSet<int>();
        foreach (var (_, a, b) in pairs.OrderByDescending(p => p.Sim).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            if (matching && (used.Contains(a) || used.Contains(b))) continue;
            int ra = Find(a), rb = Find(b);
            if (ra == rb) continue;
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            used.Add(a);
            used.Add(b);
        }
        for (int i = 0; i < assign.Length; i++) assign[i] = Find(assign[i]);
        return used.Count > 0;
    }

    /// <summary>Average-linkage batch mode: centroid-merge passes run until nothing merges, at most this many (a safety bound:
    /// the dev sets need 5 and 9).</summary>
    private const int MaxMergePasses = 64;

    private static double Add(Dictionary<int, float> c, SparseVector v, float sign, double ss = 0)
    {
        for (int k = 0; k < v.Ids.Length; k++)
        {
            c.TryGetValue(v.Ids[k], out var old);
            float now = old + sign * v.Weights[k];
            ss += (double)now * now - (double)old * old;
            if (Math.Abs(now) < 1e-7f) c.Remove(v.Ids[k]);
            else c[v.Ids[k]] = now;
        }
        return ss;
    }
}
