namespace Roundup.Clustering;

/// <summary>
/// Incremental mode, subject level (<see cref="StoryClusteringOptions.SubjectCommunityDensity"/> with
/// <see cref="StoryClusteringOptions.SubjectCommunityIncremental"/>): the stream's counterpart of
/// <see cref="SubjectCommunities"/>. Each counted article gets edges to its k most similar earlier articles (subject vectors,
/// within the subject window; an earlier article also links to it when it enters that article's k nearest so far), found
/// through an inverted index over the articles' top terms that reads only the most recent postings of each term (bounded
/// work per article). The nodes are the events (sizes in counted articles); the constant Potts gain of moving event v into
/// community C is w(v, C) − λ × s(v) × S(C), only local quantities. After each article its event's node moves to the
/// neighbouring community (or one of its own) with the highest gain (ties: it stays; between two others, the lower number);
/// when a node moves, its neighbours' nodes are queued and looked at again (a bounded frontier); last, the article's
/// community merges with a community its new edges reach when the density of the links between the two exceeds λ (Louvain's
/// aggregation, made locally). Deterministic: depends only on the order of the articles.
/// </summary>
internal sealed class StreamCommunities
{
    /// <summary>A gain must beat staying by more than rounding.</summary>
    private const double Tolerance = 1e-12;

    /// <summary>The most recent postings of a term that are read for a new article.</summary>
    private const int PostingScan = 128;

    /// <summary>The candidates (best partial scores over the top terms) whose full similarity is computed, per neighbour kept.</summary>
    private const int CandidatesPerNeighbour = 8;

    /// <summary>The node examinations (local moves tried) per article: the frontier's bound.</summary>
    private const int MaxExaminations = 32;

    /// <summary>A community merge is checked only when the smaller community holds at most this many articles (the links are
    /// summed over its members).</summary>
    private const int MaxMergeScan = 200;

    private readonly double _lambda;
    private readonly int _k;
    private readonly double _floor;
    private readonly double _power;
    private readonly double _denseWeight;
    private readonly int _indexTerms;
    private readonly long _window;
    private readonly StoryEngine _events;

    private readonly List<SparseVector> _vectors = [];
    private readonly List<float[]?> _dense = [];
    private readonly List<long> _ticks = []; // UTC ticks, long.MinValue: undated
    private readonly List<bool> _counted = [];
    private readonly Dictionary<int, List<(int Doc, float W)>> _postings = [];
    private readonly List<List<(int Other, float W)>> _edges = [];
    private readonly List<float[]?> _nearest = []; // per article: the similarities of its k nearest so far, ascending (null: none)
    private readonly List<int> _nearestCount = [];

    private readonly List<int> _communityOf = []; // by event id
    private readonly List<List<int>> _communityEvents = []; // by community: its events
    private readonly List<double> _communitySize = []; // by community: counted articles

    /// <summary>A community is refined (<see cref="Refine"/>) when its size has grown <see cref="Growth"/> times since its last
    /// refinement, from this size on.</summary>
    private const int RefineFrom = 4;

    /// <summary>How much a community must grow between two refinements.</summary>
    private const double Growth = 2;

    /// <summary>Communities bigger than this are not refined (the batch Louvain on their subgraph would cost too much per article).</summary>
    private const int MaxRefine = 1_024;

    /// <summary>The terms kept of each article's subject vector for the similarities.</summary>
    private const int StoredTerms = 128;

    private readonly bool _refine;

    /// <summary>An event with more counted articles than this is moved only when it reaches a power of two (bounds the work
    /// per article: a move sums the edges of all the event's articles).</summary>
    private const int SmallEvent = 32;
    private readonly List<double> _checkedSize = []; // by community: its size at its last refinement

    private float[] _score = [];
    private readonly List<int> _touched = [];

    public StreamCommunities(StoryClusteringOptions options, StoryEngine events)
    {
        _lambda = options.SubjectCommunityDensity;
        _k = options.SubjectCommunityNeighbours;
        _floor = Math.Max(options.SubjectCommunityFloor, AverageLinkage.Floor);
        _power = options.SubjectCommunityPower;
        _denseWeight = options.DenseWeight;
        _indexTerms = options.IndexTerms;
        _window = options.Window.Ticks;
        _events = events;
        _refine = options.SubjectCommunityRefine;
    }

    /// <summary>The community of each article (through its event), as a group number per article.</summary>
    public int[] Subjects()
    {
        var result = new int[_events.StoryOf.Count];
        for (int d = 0; d < result.Length; d++) result[d] = CommunityOf(_events.StoryOf[d]);
        return result;
    }

    private int CommunityOf(int ev)
    {
        while (_communityOf.Count <= ev) _communityOf.Add(-1);
        if (_communityOf[ev] < 0) { _communityOf[ev] = NewCommunity(); _communityEvents[_communityOf[ev]].Add(ev); }
        return _communityOf[ev];
    }

    private int NewCommunity()
    {
        _communityEvents.Add([]);
        _communitySize.Add(0);
        return _communityEvents.Count - 1;
    }

    /// <summary>An article was just added to event <paramref name="ev"/> by the event engine (before any split or relink).</summary>
    public void Joined(int ev, bool counted)
    {
        int c = CommunityOf(ev);
        if (counted) _communitySize[c]++;
    }

    /// <summary>The event engine split event <paramref name="to"/> off event <paramref name="from"/>: the new event stays in the
    /// old one's community (sizes do not change).</summary>
    public void Split(int from, int to)
    {
        int c = CommunityOf(from);
        while (_communityOf.Count <= to) _communityOf.Add(-1);
        _communityOf[to] = c;
        _communityEvents[c].Add(to);
    }

    /// <summary>The event engine merged event <paramref name="from"/> (holding <paramref name="size"/> counted articles) into
    /// event <paramref name="to"/>.</summary>
    public void Merged(int from, int to, int size)
    {
        int a = CommunityOf(from), b = CommunityOf(to);
        if (a == b) return;
        _communitySize[a] -= size;
        _communitySize[b] += size;
    }

    /// <summary>Adds article <paramref name="doc"/> (the next position) with its subject vector; when counted, links it to
    /// its nearest earlier articles and settles its event <paramref name="ev"/>'s community.</summary>
    public void Add(int doc, SparseVector v, float[]? dense, DateTimeOffset? time, bool counted, int ev)
    {
        _vectors.Add(counted ? Truncated(v) : SparseVector.Empty);
        _dense.Add(counted ? dense : null);
        _ticks.Add(time is { } at ? at.UtcTicks : long.MinValue);
        _counted.Add(counted);
        _edges.Add([]);
        _nearest.Add(null);
        _nearestCount.Add(0);
        if (_score.Length <= doc) Array.Resize(ref _score, Math.Max(1024, 2 * (doc + 1)));
        if (!counted) return;
        var top = v.Top(_indexTerms);
        var linked = Link(doc, v, top);
        foreach (var t in top)
        {
            if (!_postings.TryGetValue(t, out var list)) _postings[t] = list = [];
            list.Add((doc, Weight(v, t)));
        }
        if (linked.Count == 0) return;
        // A big event's node is looked at again when it reaches a power of two (its members' edges are summed for each look).
        int members = _events.Stories[ev].Independent;
        if (members <= SmallEvent || (members & (members - 1)) == 0) Settle(ev);
        MergeAround(doc, ev);
        int c = CommunityOf(ev);
        while (_checkedSize.Count <= c) _checkedSize.Add(0);
        double size = _communitySize[c];
        if (_refine && size >= Math.Max(RefineFrom, Growth * _checkedSize[c]) && size <= MaxRefine)
        {
            _checkedSize[c] = size;
            Refine(c);
        }
    }

    /// <summary>Leiden's refinement and Louvain's aggregation, made locally as a community grows: the region of community
    /// <paramref name="c"/> and the communities its articles link to (up to <see cref="MaxRefine"/> articles in all; the
    /// community itself only when it is that small) is partitioned again by batch mode's Louvain
    /// (<see cref="SubjectCommunities.Communities"/>, from its events, over the edges between its articles, later articles'
    /// edges included), and the region's communities become the parts found. Undoes a join made while a topic's first article
    /// had only other topics' articles to link to, and joins what the frontier's single moves cannot.</summary>
    private void Refine(int c)
    {
        // The region: the community and the communities its articles link to.
        var region = new List<int> { c };
        double total = _communitySize[c];
        var events = new List<int>();
        var docs = new List<int>();
        void Take(int community) { foreach (var e in _communityEvents[community]) { events.Add(e); docs.AddRange(_events.Stories[e].Members); } }
        Take(c);
        {
            int stamp = NextStamp();
            var reach = _linkedCommunities;
            reach.Clear();
            foreach (var d in docs)
                if (d < _counted.Count && _counted[d])
                    foreach (var (o, _) in _edges[d])
                    {
                        int oc = CommunityOf(_events.StoryOf[o]);
                        if (oc != c && !Stamped(ref _linkStamp, oc, stamp)) reach.Add(oc);
                    }
            reach.Sort();
            foreach (var oc in reach)
            {
                if (total + _communitySize[oc] > MaxRefine) continue;
                total += _communitySize[oc];
                region.Add(oc);
                Take(oc);
            }
        }
        if (docs.Count < 2) return;
        // Each region article's position in docs, plus one (0: not in the region), cleared again below.
        if (_local.Length < _counted.Count) Array.Resize(ref _local, Math.Max(1024, 2 * _counted.Count));
        for (int i = 0; i < docs.Count; i++) _local[docs[i]] = i + 1;
        var edges = new List<(int A, int B, double W)>();
        var initial = new int[docs.Count];
        var skip = new bool[docs.Count];
        for (int i = 0; i < docs.Count; i++)
        {
            int d = docs[i];
            initial[i] = _events.StoryOf[d];
            skip[i] = d >= _counted.Count || !_counted[d];
            if (skip[i]) continue;
            foreach (var (o, w) in _edges[d]) if (_local[o] - 1 is int j && j > i) edges.Add((i, j, w));
        }
        var labels = SubjectCommunities.Communities(docs.Count, edges, initial, skip, new SubjectCommunities.Quality(_lambda, 0));
        var parts = new SortedDictionary<int, List<int>>();
        var partSize = new Dictionary<int, double>();
        foreach (var e in events)
        {
            var members = _events.Stories[e].Members;
            if (members.Count == 0) continue;
            int label = labels[_local[members[0]] - 1];
            if (!parts.TryGetValue(label, out var list)) { parts[label] = list = []; partSize[label] = 0; }
            list.Add(e);
            foreach (var d in members) if (d < _counted.Count && _counted[d]) partSize[label]++;
        }
        foreach (var d in docs) _local[d] = 0;
        // Unchanged when every part is one of the region's communities already.
        bool same = parts.Count == region.Count && parts.Values.All(list => list.All(e => _communityOf[e] == _communityOf[list[0]])
            && _communityEvents[_communityOf[list[0]]].Count == list.Count);
        if (same) return;
        foreach (var r in region) { _communityEvents[r].Clear(); _communitySize[r] = 0; }
        // The region's community numbers are reused, in order; more parts than communities take new numbers.
        int reuse = 0;
        foreach (var (label, list) in parts)
        {
            int t = reuse < region.Count ? region[reuse++] : NewCommunity();
            foreach (var e in list) { _communityEvents[t].Add(e); _communityOf[e] = t; }
            _communitySize[t] = partSize[label];
            while (_checkedSize.Count <= t) _checkedSize.Add(0);
            _checkedSize[t] = partSize[label];
        }
    }

    /// <summary>The stored copy of a subject vector: its <see cref="StoredTerms"/> heaviest terms (the similarities to later
    /// articles read these; the stream keeps no other copy of the subject vectors).</summary>
    private static SparseVector Truncated(SparseVector v)
    {
        if (v.Ids.Length <= StoredTerms) return v;
        var keep = new HashSet<int>(v.Top(StoredTerms));
        var ids = new int[keep.Count];
        var weights = new float[keep.Count];
        int n = 0;
        for (int i = 0; i < v.Ids.Length; i++) if (keep.Contains(v.Ids[i])) { ids[n] = v.Ids[i]; weights[n++] = v.Weights[i]; }
        return new SparseVector(ids, weights);
    }

    private static float Weight(SparseVector v, int term)
    {
        int i = Array.BinarySearch(v.Ids, term);
        return i >= 0 ? v.Weights[i] : 0;
    }

    /// <summary>The new article's term weights by term id (<see cref="Scatter"/>), zero elsewhere: a similarity then reads
    /// each stored term once instead of merging two sorted lists.</summary>
    private float[] _query = [];

    /// <summary>Writes <paramref name="v"/>'s weights into <see cref="_query"/> (<paramref name="clear"/>: zeroes them again).</summary>
    private void Scatter(SparseVector v, bool clear)
    {
        if (!clear && v.Ids.Length > 0 && v.Ids[^1] >= _query.Length) Array.Resize(ref _query, Math.Max(1024, 2 * (v.Ids[^1] + 1)));
        for (int i = 0; i < v.Ids.Length; i++) _query[v.Ids[i]] = clear ? 0 : v.Weights[i];
    }

    /// <summary><see cref="AverageLinkage.PairSimilarity"/> of the scattered new article (dense vector <paramref name="da"/>)
    /// and article <paramref name="b"/>: the same products summed in the same order (by term id), so the same value.</summary>
    private double Similarity(float[]? da, int b)
    {
        var (ids, weights) = _vectors[b];
        double s = 0;
        for (int i = 0; i < ids.Length; i++)
        {
            int id = ids[i];
            if (id < _query.Length && _query[id] != 0) s += _query[id] * weights[i];
        }
        return AverageLinkage.Blend(s, da, _dense[b], _denseWeight);
    }

    /// <summary>Finds the earlier articles <paramref name="doc"/> links to (its k nearest, and those it enters the k nearest
    /// of) and adds the edges; returns the articles linked.</summary>
    private List<int> Link(int doc, SparseVector v, int[] top)
    {
        long now = _ticks[doc];
        // Partial scores over the top terms, from the most recent postings of each.
        foreach (var t in top)
        {
            if (!_postings.TryGetValue(t, out var list)) continue;
            float q = Weight(v, t);
            for (int p = list.Count - 1, seen = 0; p >= 0 && seen < PostingScan; p--, seen++)
            {
                var (d, w) = list[p];
                if (now != long.MinValue && _ticks[d] != long.MinValue && Math.Abs(now - _ticks[d]) > _window) continue;
                if (_score[d] == 0) _touched.Add(d);
                _score[d] += q * w + float.Epsilon;
            }
        }
        // The best candidates by partial score (ties: the earlier article), then their full similarity.
        int keep = _k * CandidatesPerNeighbour;
        var best = new List<(float S, int D)>(keep + 1);
        foreach (var d in _touched)
        {
            float s = _score[d];
            _score[d] = 0;
            if (best.Count == keep && Better(best[^1], (s, d))) continue;
            int at = best.Count;
            while (at > 0 && Better((s, d), best[at - 1])) at--;
            best.Insert(at, (s, d));
            if (best.Count > keep) best.RemoveAt(best.Count - 1);
        }
        _touched.Clear();
        var sims = new List<(double Sim, int D)>(best.Count);
        Scatter(v, clear: false);
        foreach (var (_, d) in best)
        {
            double sim = Similarity(_dense[doc], d);
            if (sim >= _floor) sims.Add((sim, d));
        }
        Scatter(v, clear: true);
        sims.Sort((x, y) => x.Sim != y.Sim ? y.Sim.CompareTo(x.Sim) : x.D.CompareTo(y.D));
        var linked = new List<int>();
        for (int r = 0; r < sims.Count; r++)
        {
            var (sim, d) = sims[r];
            bool mine = r < _k;
            bool theirs = EntersNearest(d, sim);
            if (!mine && !theirs) continue;
            if (mine) EntersNearest(doc, sim);
            double w = _power == 1 ? sim : Math.Pow(sim, _power);
            _edges[doc].Add((d, (float)w));
            _edges[d].Add((doc, (float)w));
            linked.Add(d);
        }
        return linked;
    }

    private static bool Better((float S, int D) a, (float S, int D) b) => a.S != b.S ? a.S > b.S : a.D < b.D;

    /// <summary>Whether <paramref name="sim"/> enters article <paramref name="d"/>'s k nearest so far (and records it).</summary>
    private bool EntersNearest(int d, double sim)
    {
        var near = _nearest[d] ??= new float[_k];
        int n = _nearestCount[d];
        float s = (float)sim;
        if (n == _k)
        {
            if (s <= near[0]) return false;
            // Drop the smallest, insert in ascending order.
            int i = 0;
            while (i + 1 < _k && near[i + 1] < s) { near[i] = near[i + 1]; i++; }
            near[i] = s;
            return true;
        }
        int j = n;
        while (j > 0 && near[j - 1] > s) { near[j] = near[j - 1]; j--; }
        near[j] = s;
        _nearestCount[d] = n + 1;
        return true;
    }

    /// <summary>Local moving from event <paramref name="start"/>, with a frontier of the events whose neighbour moved.</summary>
    private void Settle(int start)
    {
        var queue = _queue;
        var queued = _queued;
        queue.Clear();
        queued.Clear();
        queued.Add(start);
        queue.Enqueue(start);
        var neighbours = _neighbours;
        for (int examined = 0; queue.Count > 0 && examined < MaxExaminations; examined++)
        {
            int v = queue.Dequeue();
            queued.Remove(v);
            neighbours.Clear();
            if (!Move(v, neighbours)) continue;
            foreach (var e in neighbours) if (queued.Add(e)) queue.Enqueue(e);
        }
    }

    // Settle's and Move's buffers, reused from one article to the next.
    private readonly Queue<int> _queue = new();
    private readonly HashSet<int> _queued = [];
    private readonly List<int> _neighbours = [];
    private readonly List<int> _linkedCommunities = [];
    private int[] _local = [];

    // Move's sums without dictionaries: by community, the summed link weight, valid where its stamp is the current Move's;
    // by event, whether the current Move listed it as a neighbour already.
    private double[] _linkWeight = [];
    private int[] _linkStamp = [];
    private int[] _eventStamp = [];
    private int _stamp;

    /// <summary>A stamp no array holds yet (the arrays are cleared on the rare wrap-around).</summary>
    private int NextStamp()
    {
        if (_stamp == int.MaxValue)
        {
            Array.Clear(_linkStamp);
            Array.Clear(_eventStamp);
            _stamp = 0;
        }
        return ++_stamp;
    }

    /// <summary>Whether <paramref name="stamps"/>[<paramref name="i"/>] holds <paramref name="stamp"/> already; writes it
    /// (growing the array) when not.</summary>
    private static bool Stamped(ref int[] stamps, int i, int stamp)
    {
        if (i >= stamps.Length) Array.Resize(ref stamps, Math.Max(1024, 2 * (i + 1)));
        if (stamps[i] == stamp) return true;
        stamps[i] = stamp;
        return false;
    }

    /// <summary>Moves event <paramref name="v"/> to the community with the best constant Potts gain; lists its neighbouring
    /// events in <paramref name="neighbours"/>. Returns whether it moved.</summary>
    private bool Move(int v, List<int> neighbours)
    {
        var members = _events.Stories[v].Members;
        double size = 0;
        int stamp = NextStamp();
        var order = _linkedCommunities;
        order.Clear();
        foreach (var d in members)
        {
            if (d >= _counted.Count || !_counted[d]) continue;
            size++;
            foreach (var (o, w) in _edges[d])
            {
                int e = _events.StoryOf[o];
                if (e == v) continue;
                int c = CommunityOf(e);
                if (Stamped(ref _linkStamp, c, stamp)) _linkWeight[c] += w;
                else
                {
                    if (_linkWeight.Length < _linkStamp.Length) Array.Resize(ref _linkWeight, _linkStamp.Length);
                    _linkWeight[c] = 0.0 + w;
                    order.Add(c);
                }
                if (!Stamped(ref _eventStamp, e, stamp)) neighbours.Add(e);
            }
        }
        if (size == 0) return false;
        int own = CommunityOf(v);
        double Links(int c) => c < _linkStamp.Length && _linkStamp[c] == stamp ? _linkWeight[c] : 0;
        double stay = Links(own) - _lambda * size * (_communitySize[own] - size);
        int target = own;
        double bestGain = stay;
        // A community of its own gains 0.
        if (0 > bestGain + Tolerance) { bestGain = 0; target = -1; }
        order.Sort();
        foreach (var c in order)
        {
            if (c == own) continue;
            double gain = _linkWeight[c] - _lambda * size * _communitySize[c];
            if (gain > bestGain + Tolerance) { bestGain = gain; target = c; }
        }
        if (target == own) return false;
        if (target == -1)
        {
            if (_communityEvents[own].Count == 1) return false; // alone already
            target = NewCommunity();
        }
        _communityEvents[own].Remove(v);
        _communitySize[own] -= size;
        _communityEvents[target].Add(v);
        _communitySize[target] += size;
        _communityOf[v] = target;
        return true;
    }

    /// <summary>Louvain's aggregation, made locally: the community of article <paramref name="doc"/> (event <paramref name="ev"/>)
    /// merges with each community its edges reach, densest link first, while the density of the links between the two exceeds λ.</summary>
    private void MergeAround(int doc, int ev)
    {
        var reached = new List<int>();
        foreach (var (o, _) in _edges[doc])
        {
            int c = CommunityOf(_events.StoryOf[o]);
            if (!reached.Contains(c)) reached.Add(c);
        }
        foreach (var other in reached)
        {
            int own = CommunityOf(ev);
            if (other == own || _communityEvents[other].Count == 0) continue;
            double a = _communitySize[own], b = _communitySize[other];
            if (a <= 0 || b <= 0) continue;
            int small = a <= b ? own : other, large = small == own ? other : own;
            if (Math.Min(a, b) > MaxMergeScan) continue;
            double w = 0;
            foreach (var e in _communityEvents[small])
                foreach (var d in _events.Stories[e].Members)
                {
                    if (d >= _counted.Count || !_counted[d]) continue;
                    foreach (var (o, x) in _edges[d]) if (CommunityOf(_events.StoryOf[o]) == large) w += x;
                }
            if (w <= _lambda * a * b + Tolerance) continue;
            foreach (var e in _communityEvents[small]) { _communityOf[e] = large; _communityEvents[large].Add(e); }
            _communityEvents[small].Clear();
            _communitySize[large] += _communitySize[small];
            _communitySize[small] = 0;
        }
    }
}
