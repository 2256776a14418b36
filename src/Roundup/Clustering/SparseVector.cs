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
        Span<long> keys = n <= 512 ? stackalloc long[n] : new long[n];
        for (int i = 0; i < n; i++) keys[i] = HeaviestFirst(Weights[i], Ids[i]);
        keys.Sort();
        var top = new int[Math.Min(k, n)];
        for (int i = 0; i < top.Length; i++) top[i] = (int)(uint)keys[i];
        return top;
    }

    /// <summary>A sort key that orders (positive weight, id) pairs heaviest first, then by id: the weight's bits (which order
    /// positive floats as their values) reversed in the high half, the id in the low half. Sorting plain numbers this way
    /// needs no comparison delegate.</summary>
    internal static long HeaviestFirst(float weight, int id) => ((long)(int.MaxValue - BitConverter.SingleToInt32Bits(weight)) << 32) | (uint)id;
}

/// <summary>Term ids and document frequencies. Ids are given in order of first sight (deterministic for a given order).</summary>
internal sealed class TermStatistics
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<int> _df = [];
    private readonly List<int> _nameDf = [];

    public int Documents { get; private set; }

    public string Term(int id) => _terms[id];

    public int Id(string term)
    {
        if (_ids.TryGetValue(term, out int id)) return id;
        id = _terms.Count;
        _ids.Add(term, id);
        _terms.Add(term);
        _df.Add(0);
        _nameDf.Add(0);
        return id;
    }

    /// <summary>Counts one document with these distinct terms; returns their ids (same order). A document without terms
    /// (empty, or junk) is not counted.</summary>
    public int[] AddDocument(ArticleTerms terms)
    {
        if (terms.Terms.Length == 0) return [];
        var ids = new int[terms.Terms.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = Id(terms.Terms[i]);
            _df[ids[i]]++;
            if (terms.Entity[i]) _nameDf[ids[i]]++;
        }
        Documents++;
        return ids;
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
        // Heaviest first (ties: lower id), the top ones kept, then in id order.
        var keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = SparseVector.HeaviestFirst(w[i], ids[i]);
        var pos = new int[n];
        for (int i = 0; i < n; i++) pos[i] = i;
        Array.Sort(keys, pos);
        int keep = Math.Min(options.DocumentTerms, n);
        var outIds = new int[keep];
        var outW = new float[keep];
        for (int i = 0; i < keep; i++) { outIds[i] = ids[pos[i]]; outW[i] = w[pos[i]]; }
        Array.Sort(outIds, outW);
        double norm = 0;
        for (int i = 0; i < keep; i++) norm += (double)outW[i] * outW[i];
        norm = Math.Sqrt(norm);
        if (norm > 0) for (int i = 0; i < keep; i++) outW[i] = (float)(outW[i] / norm);
        return new SparseVector(outIds, outW);
    }
}
