using Roundup.Cleaning;

namespace Roundup.Clustering;

/// <summary>A story being built: members, centroid (sum of member vectors), time span, index terms.</summary>
internal sealed class StoryState(int id)
{
    public int Id { get; } = id;
    public List<int> Members { get; } = [];
    public TermCentroid Centroid { get; set; } = new();
    public double SumSq { get; set; }
    public int[] Indexed { get; set; } = [];
    public DateTimeOffset? First { get; set; }
    public DateTimeOffset? Last { get; set; }
    public int LastSeq { get; set; }
    public float[]? Dense { get; set; }
    public bool Dormant { get; set; }
    public int Independent { get; set; }

    /// <summary>Cosine of the query's vector with the centroid.</summary>
    public double Cosine(ArticleQuery q) => SumSq <= 0 ? 0 : q.Dot(Centroid) / Math.Sqrt(SumSq);

    /// <summary>Mean similarity of the query's vector with the members summed into the centroid (average linkage of one article with the story).</summary>
    public double MeanSimilarity(ArticleQuery q) => Independent == 0 ? 0 : q.Dot(Centroid) / Independent;
}

/// <summary>
/// The single-pass core shared by both modes: each document joins the most similar active story (found through an
/// inverted index over the stories' top centroid terms, compared against their centroids) or starts a new one.
/// Documents are processed strictly one at a time, so the result depends only on their order.
/// </summary>
internal sealed class StoryEngine
{
    private readonly StoryClusteringOptions _options;
    private readonly Dictionary<int, List<int>> _postings = [];
    private readonly List<int> _candidates = [];
    private int[] _stamp = new int[64];
    private int[] _hits = new int[64];
    private long[] _ranking = new long[256];
    private int _stampValue;
    private DateTimeOffset? _clock;
    private int _sinceSweep;
    private int _contentDocs; // documents that are not junk: the cold start counts only these

    private readonly bool _coldStart;
    private readonly ArticleQuery _query;

    /// <summary>Most candidate stories compared with one article: those sharing the most of its top terms.</summary>
    internal const int MaxCandidates = 64;

    /// <summary>Most entries of one term's posting list read per lookup (the newest).</summary>
    internal const int MaxPostingScan = 256;

    /// <summary>Creates an engine; <paramref name="coldStart"/> raises the threshold over the first articles (incremental term
    /// statistics); engines that see the same vectors can share one <paramref name="query"/> (each article's table is built once).</summary>
    public StoryEngine(StoryClusteringOptions options, bool coldStart, ArticleQuery? query = null)
    {
        _options = options;
        _coldStart = coldStart;
        _query = query ?? new ArticleQuery();
    }

    private double Threshold(int doc) => !_coldStart || doc >= _options.ColdStartArticles ? _options.Threshold
        : _options.Threshold + _options.ColdStartBoost * (1 - (double)doc / _options.ColdStartArticles);

    public List<StoryState> Stories { get; } = [];
    public List<int> StoryOf { get; } = [];
    public List<SparseVector> Vectors { get; } = [];
    public List<float[]?> Dense { get; } = [];
    public List<DateTimeOffset?> Times { get; } = [];

    public int ActiveStories => Stories.Count(s => !s.Dormant);

    /// <summary>Adds a document; <paramref name="duplicateOf"/> is the position of the document it copies, or -1; a
    /// <paramref name="junk"/> document (see <see cref="JunkDetector"/>) gets a story of its own that takes nothing else;
    /// <paramref name="force"/> (a story number, or -1) puts the document in that story whatever its similarity (the subject of
    /// the event it joined).</summary>
    public int Add(SparseVector v, float[]? dense, DateTimeOffset? time, int duplicateOf, bool junk = false, int force = -1)
    {
        int doc = Vectors.Count;
        Vectors.Add(v);
        Dense.Add(dense);
        Times.Add(time);
        if (time is { } t && (_clock is null || t > _clock)) _clock = t;
        StoryState? target = null;
        if (!junk) _contentDocs++;
        if (duplicateOf >= 0)
        {
            target = Stories[StoryOf[duplicateOf]];
        }
        else if (force >= 0)
        {
            target = Stories[force];
        }
        else if (!junk)
        {
            double best = 0, threshold = Threshold(_contentDocs - 1);
            _query.Prepare(v);
            foreach (int id in Candidates(time))
            {
                var s = Stories[id];
                double sim = Similarity(_query, dense, s);
                if (sim >= threshold && (target is null || sim > best)) { best = sim; target = s; }
            }
        }
        target ??= NewStory();
        StoryOf.Add(target.Id);
        target.Members.Add(doc);
        target.LastSeq = doc;
        if (time is { } tt)
        {
            if (target.First is null || tt < target.First) target.First = tt;
            if (target.Last is null || tt > target.Last) target.Last = tt;
        }
        if (duplicateOf < 0 && !junk && !target.Dormant)
        {
            Join(target, v, dense);
        }
        if (++_sinceSweep >= 20_000) Sweep();
        return target.Id;
    }

    private StoryState NewStory()
    {
        var s = new StoryState(Stories.Count);
        Stories.Add(s);
        return s;
    }

    /// <summary>The similarity of <paramref name="v"/> (and its <paramref name="dense"/> vector) with story <paramref name="s"/>.</summary>
    public double Similarity(SparseVector v, float[]? dense, StoryState s)
    {
        _query.Prepare(v);
        return Similarity(_query, dense, s);
    }

    private double Similarity(ArticleQuery q, float[]? dense, StoryState s)
    {
        bool mean = _options.Match == StoryMatch.MemberMean;
        double lex = mean ? s.MeanSimilarity(q) : s.Cosine(q);
        if (dense is null || s.Dense is null) return lex;
        double dot = 0, nn = 0;
        for (int i = 0; i < dense.Length; i++) { dot += dense[i] * s.Dense[i]; nn += s.Dense[i] * s.Dense[i]; }
        double cos = mean ? dot / Math.Max(1, s.Independent) : nn > 0 ? dot / Math.Sqrt(nn) : 0;
        return (1 - _options.DenseWeight) * lex + _options.DenseWeight * cos;
    }

    private void Join(StoryState s, SparseVector v, float[]? dense)
    {
        s.Independent++;
        var c = s.Centroid;
        double ss = s.SumSq;
        for (int k = 0; k < v.Ids.Length; k++)
        {
            float old = c.Add(v.Ids[k], v.Weights[k]);
            float now = old + v.Weights[k];
            ss += (double)now * now - (double)old * old;
        }
        s.SumSq = ss;
        if (dense is not null)
        {
            s.Dense ??= new float[dense.Length];
            for (int i = 0; i < dense.Length; i++) s.Dense[i] += dense[i];
        }
        if (c.Count > 2 * _options.CentroidTerms) Prune(s, _options.CentroidTerms);
        int m = s.Independent;
        if (m <= 8 || (m & (m - 1)) == 0 || m % 16 == 0) Reindex(s);
    }

    private static void Prune(StoryState s, int keep)
    {
        var ranked = Ranked(s.Centroid);
        var old = s.Centroid;
        s.Centroid = new TermCentroid(Math.Min(keep, ranked.Length));
        double ss = 0;
        for (int i = 0; i < Math.Min(keep, ranked.Length); i++)
        {
            int k = (int)(uint)ranked[i];
            float w = old[k];
            s.Centroid.Add(k, w);
            ss += (double)w * w;
        }
        s.SumSq = ss;
    }

    /// <summary>A centroid's terms heaviest first (ties: lower id), as <see cref="SparseVector.HeaviestFirst"/> keys (the id in the low half).</summary>
    private static long[] Ranked(TermCentroid centroid)
    {
        var keys = new long[centroid.Count];
        var ids = centroid.Ids;
        var weights = centroid.Weights;
        for (int i = 0; i < keys.Length; i++) keys[i] = SparseVector.HeaviestFirst(weights[i], ids[i]);
        Array.Sort(keys);
        return keys;
    }

    private void Reindex(StoryState s)
    {
        var ranked = Ranked(s.Centroid);
        var top = new int[Math.Min(_options.IndexTerms, ranked.Length)];
        for (int i = 0; i < top.Length; i++) top[i] = (int)(uint)ranked[i];
        Array.Sort(top);
        foreach (var t in top)
        {
            if (Array.BinarySearch(s.Indexed, t) >= 0) continue;
            if (!_postings.TryGetValue(t, out var list)) _postings[t] = list = [];
            list.Add(s.Id);
        }
        s.Indexed = top;
    }

    private bool IsDormant(StoryState s)
    {
        if (s.Dormant) return true;
        bool dormant = (_clock is { } clock && s.Last is { } last && last + _options.Window < clock)
            || (_options.DormantAfterArticles > 0 && s.Last is null && Vectors.Count - 1 - s.LastSeq > _options.DormantAfterArticles);
        if (dormant) Retire(s);
        return dormant;
    }

    /// <summary>A dormant story keeps only the centroid terms needed to label it.</summary>
    private void Retire(StoryState s)
    {
        s.Dormant = true;
        if (s.Centroid.Count > 32) Prune(s, 32);
        s.Indexed = [];
        s.Dense = null;
    }

    private List<int> Candidates(DateTimeOffset? time)
    {
        _candidates.Clear();
        if (++_stampValue == int.MaxValue) { Array.Clear(_stamp); _stampValue = 1; }
        if (_stamp.Length < Stories.Count)
        {
            Array.Resize(ref _stamp, Math.Max(Stories.Count, _stamp.Length * 2));
            Array.Resize(ref _hits, _stamp.Length);
        }
        foreach (var t in _query.Top(_options.QueryTerms))
        {
            if (!_postings.TryGetValue(t, out var list)) continue;
            // A term that indexes very many active stories (a long-running subject window, a common name) is read from its
            // newest entries only, so the cost per article stays bounded however long stories stay active.
            int from = Math.Max(0, list.Count - MaxPostingScan);
            int w = from;
            for (int r = from; r < list.Count; r++)
            {
                var s = Stories[list[r]];
                if (IsDormant(s) || Array.BinarySearch(s.Indexed, t) < 0) continue; // stale entry: drop
                list[w++] = list[r];
                if (_stamp[s.Id] == _stampValue)
                {
                    if (_hits[s.Id] > 0) _hits[s.Id]++;
                    continue;
                }
                _stamp[s.Id] = _stampValue;
                _hits[s.Id] = 0;
                if (time is { } tt && s.Last is { } last && (tt > last + _options.Window || tt < s.First - _options.Window)) continue;
                _hits[s.Id] = 1;
                _candidates.Add(s.Id);
            }
            list.RemoveRange(w, list.Count - w);
        }
        if (_candidates.Count > MaxCandidates)
        {
            // Only the stories that share the most of the article's top terms are compared (ties: older story first).
            // Keys order by hits (most first), then by id, as plain numbers.
            if (_ranking.Length < _candidates.Count) _ranking = new long[Math.Max(_candidates.Count, 2 * _ranking.Length)];
            var keys = _ranking.AsSpan(0, _candidates.Count);
            for (int i = 0; i < keys.Length; i++) keys[i] = ((long)(int.MaxValue - _hits[_candidates[i]]) << 32) | (uint)_candidates[i];
            keys.Sort();
            _candidates.Clear();
            for (int i = 0; i < MaxCandidates; i++) _candidates.Add((int)(uint)keys[i]);
        }
        _candidates.Sort();
        return _candidates;
    }

    /// <summary>Retires stories that went dormant without being looked at, and drops empty postings.</summary>
    private void Sweep()
    {
        _sinceSweep = 0;
        foreach (var s in Stories) if (!s.Dormant) IsDormant(s);
        var empty = new List<int>();
        foreach (var (t, list) in _postings)
        {
            list.RemoveAll(id => Stories[id].Dormant);
            if (list.Count == 0) empty.Add(t);
        }
        foreach (var t in empty) _postings.Remove(t);
    }
}
