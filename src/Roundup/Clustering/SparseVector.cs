namespace Roundup.Clustering;

/// <summary>A unit-length sparse vector: term ids ascending with their weights.</summary>
internal readonly record struct SparseVector(int[] Ids, float[] Weights)
{
    public static SparseVector Empty { get; } = new([], []);

    /// <summary>Dot product with a dictionary (a centroid sum).</summary>
    public double Dot(Dictionary<int, float> centroid)
    {
        double s = 0;
        for (int k = 0; k < Ids.Length; k++)
            if (centroid.TryGetValue(Ids[k], out var c)) s += Weights[k] * c;
        return s;
    }

    /// <summary>Dot product of two sorted sparse vectors.</summary>
    public double Dot(SparseVector other)
    {
        double s = 0;
        int i = 0, j = 0;
        while (i < Ids.Length && j < other.Ids.Length)
        {
            int a = Ids[i], b = other.Ids[j];
            if (a == b) { s += Weights[i] * other.Weights[j]; i++; j++; }
            else if (a < b) i++;
            else j++;
        }
        return s;
    }

    /// <summary>The ids of the <paramref name="k"/> heaviest terms (ties: lower id first).</summary>
    public int[] Top(int k)
    {
        int n = Ids.Length;
        if (n == 0 || k <= 0) return [];
        var top = new int[Math.Min(k, n)];
        if (top.Length > KeepSmallestLimit)
        {
            var keys = new long[n];
            for (int i = 0; i < n; i++) keys[i] = HeaviestFirst(Weights[i], Ids[i]);
            Array.Sort(keys);
            for (int i = 0; i < top.Length; i++) top[i] = (int)(uint)keys[i];
            return top;
        }
        Span<long> best = stackalloc long[top.Length];
        int filled = 0;
        for (int i = 0; i < n; i++) filled = KeepSmallest(best, filled, HeaviestFirst(Weights[i], Ids[i]));
        for (int i = 0; i < top.Length; i++) top[i] = (int)(uint)best[i];
        return top;
    }

    /// <summary>Above this many keys kept, <see cref="KeepSmallest"/> (an insertion into a sorted run) loses to a plain sort.</summary>
    internal const int KeepSmallestLimit = 64;

    /// <summary>Offers <paramref name="key"/> to <paramref name="best"/>, which holds the <paramref name="filled"/> smallest keys
    /// offered so far in ascending order (at most its length); returns the new count. Offering every key of a set leaves its
    /// <c>best.Length</c> smallest keys, ascending: the first entries of the whole set sorted, without sorting it.</summary>
    internal static int KeepSmallest(Span<long> best, int filled, long key)
    {
        if (filled == best.Length)
        {
            if (filled == 0 || key >= best[filled - 1]) return filled;
            filled--; // the largest kept key gives way
        }
        int i = filled;
        while (i > 0 && best[i - 1] > key) { best[i] = best[i - 1]; i--; }
        best[i] = key;
        return filled + 1;
    }

    /// <summary>A sort key that orders (positive weight, id) pairs heaviest first, then by id: the weight's bits (which order
    /// positive floats as their values) reversed in the high half, the id in the low half. Sorting plain numbers this way
    /// needs no comparison delegate.</summary>
    internal static long HeaviestFirst(float weight, int id) => ((long)(int.MaxValue - BitConverter.SingleToInt32Bits(weight)) << 32) | (uint)id;
}

/// <summary>Term ids and document frequencies. Ids are given in order of first sight (deterministic for a given order).</summary>
internal sealed class TermStatistics
{
    private readonly TermIdTable _ids = new();
    private readonly List<string> _terms = [];
    private readonly List<int> _df = [];
    private readonly List<int> _nameDf = [];

    public int Documents { get; private set; }

    public string Term(int id) => _terms[id];

    public int Id(string term)
    {
        int id = _ids.GetOrAdd(term, _terms.Count);
        if (id < _terms.Count) return id;
        _terms.Add(term);
        _df.Add(0);
        _nameDf.Add(0);
        return id;
    }

    /// <summary>The ids of the terms seen so far among <paramref name="terms"/> (-1 for the others). Safe on any thread while
    /// one other thread counts documents: an id found is the term's id for good; a term given its id meanwhile may read -1.</summary>
    public int[] KnownIds(ArticleTerms terms)
    {
        var known = new int[terms.Terms.Length];
        for (int i = 0; i < known.Length; i++) known[i] = _ids.Find(terms.Terms[i]);
        return known;
    }

    /// <summary>Counts one document with these distinct terms; returns their ids (same order). A document without terms
    /// (empty, or junk) is not counted.</summary>
    public int[] AddDocument(ArticleTerms terms) => AddDocument(terms, null);

    /// <summary>As <see cref="AddDocument(ArticleTerms)"/>; <paramref name="known"/> (from <see cref="KnownIds"/>, same order,
    /// reused for the result) saves looking up the terms it has an id for.</summary>
    public int[] AddDocument(ArticleTerms terms, int[]? known)
    {
        if (terms.Terms.Length == 0) return [];
        int n = terms.Terms.Length;
        int[] ids;
        if (known is not null && known.Length == n)
        {
            ids = known;
            for (int i = 0; i < n; i++) if (ids[i] < 0) ids[i] = Id(terms.Terms[i]);
        }
        else
        {
            ids = new int[n];
            for (int i = 0; i < n; i++) ids[i] = Id(terms.Terms[i]);
        }
        for (int i = 0; i < n; i++)
        {
            _df[ids[i]]++;
            if (terms.Entity[i]) _nameDf[ids[i]]++;
        }
        Documents++;
        return ids;
    }

    /// <summary>Sorts <paramref name="ids"/> (distinct, not negative) ascending and <paramref name="weights"/> with them: what
    /// <c>Array.Sort(ids, weights)</c> does, as one sort of plain numbers (the id high, its position low).</summary>
    internal static void SortById(int[] ids, float[] weights)
    {
        int n = ids.Length;
        if (n < 2) return;
        Span<long> keys = n <= 512 ? stackalloc long[n] : new long[n];
        for (int i = 0; i < n; i++) keys[i] = ((long)ids[i] << 32) | (uint)i;
        keys.Sort();
        Span<float> w = n <= 512 ? stackalloc float[n] : new float[n];
        weights.AsSpan(0, n).CopyTo(w);
        for (int i = 0; i < n; i++)
        {
            ids[i] = (int)(keys[i] >> 32);
            weights[i] = w[(int)(uint)keys[i]];
        }
    }

    /// <summary>Whether term <paramref name="id"/> is a name: in at least half the documents that hold it, it occurred as a
    /// named-entity-like token (<see cref="ArticleTerms.Entity"/>: capitalised inside a sentence, or an acronym).</summary>
    public bool IsName(int id) => _df[id] > 0 && 2 * _nameDf[id] >= _df[id];

    /// <summary>Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1.</summary>
    public double Idf(int id) => Math.Log((Documents + 1.0) / (_df[id] + 1.0)) + 1.0;

    /// <summary>The TF-IDF vector: log(1 + weighted count) × IDF (× entity boost), top terms kept, unit length.</summary>
    public SparseVector Vector(ArticleTerms terms, int[] ids, StoryClusteringOptions options)
    {
        int n = ids.Length;
        if (n == 0) return SparseVector.Empty;
        var w = new float[n];
        for (int i = 0; i < n; i++)
            w[i] = (float)(Math.Log(1 + terms.Weights[i]) * Idf(ids[i]) * (terms.Entity[i] ? options.EntityBoost : 1.0));
        // Heaviest first (ties: lower id), the top ones kept, then in id order. When all are kept, the ranking changes nothing.
        int keep = Math.Min(options.DocumentTerms, n);
        int[] outIds;
        float[] outW;
        if (keep == n)
        {
            outIds = (int[])ids.Clone(); // the caller's ids stay in their order
            outW = w;
        }
        else
        {
            outIds = new int[keep];
            outW = new float[keep];
            // A key holds both the weight's bits and the id, so the kept terms are read back from the sorted keys alone.
            Span<long> keys = n <= 512 ? stackalloc long[n] : new long[n];
            for (int i = 0; i < n; i++) keys[i] = SparseVector.HeaviestFirst(w[i], ids[i]);
            keys.Sort();
            for (int i = 0; i < keep; i++)
            {
                outIds[i] = (int)(uint)keys[i];
                outW[i] = BitConverter.Int32BitsToSingle(int.MaxValue - (int)(keys[i] >> 32));
            }
        }
        SortById(outIds, outW);
        double norm = 0;
        for (int i = 0; i < keep; i++) norm += (double)outW[i] * outW[i];
        norm = Math.Sqrt(norm);
        if (norm > 0) for (int i = 0; i < keep; i++) outW[i] = (float)(outW[i] / norm);
        return new SparseVector(outIds, outW);
    }
}
