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
    public IEnumerable<int> Top(int k)
    {
        var order = Enumerable.Range(0, Ids.Length).ToArray();
        var w = Weights;
        var ids = Ids;
        Array.Sort(order, (x, y) => w[y] != w[x] ? w[y].CompareTo(w[x]) : ids[x].CompareTo(ids[y]));
        for (int i = 0; i < Math.Min(k, order.Length); i++) yield return ids[order[i]];
    }
}

/// <summary>Term ids and document frequencies. Ids are given in order of first sight (deterministic for a given order).</summary>
internal sealed class TermStatistics
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<int> _df = [];

    public int Documents { get; private set; }

    public string Term(int id) => _terms[id];

    public int Id(string term)
    {
        if (_ids.TryGetValue(term, out int id)) return id;
        id = _terms.Count;
        _ids.Add(term, id);
        _terms.Add(term);
        _df.Add(0);
        return id;
    }

    /// <summary>Counts one document with these distinct terms; returns their ids (same order). A document without terms
    /// (empty, or junk) is not counted.</summary>
    public int[] AddDocument(ArticleTerms terms)
    {
        if (terms.Terms.Length == 0) return [];
        var ids = new int[terms.Terms.Length];
        for (int i = 0; i < ids.Length; i++) { ids[i] = Id(terms.Terms[i]); _df[ids[i]]++; }
        Documents++;
        return ids;
    }

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
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (x, y) => w[y] != w[x] ? w[y].CompareTo(w[x]) : ids[x].CompareTo(ids[y]));
        int keep = Math.Min(options.DocumentTerms, n);
        var kept = order.AsSpan(0, keep).ToArray();
        Array.Sort(kept, (x, y) => ids[x].CompareTo(ids[y]));
        var outIds = new int[keep];
        var outW = new float[keep];
        double norm = 0;
        for (int i = 0; i < keep; i++) { outIds[i] = ids[kept[i]]; outW[i] = w[kept[i]]; norm += (double)outW[i] * outW[i]; }
        norm = Math.Sqrt(norm);
        if (norm > 0) for (int i = 0; i < keep; i++) outW[i] = (float)(outW[i] / norm);
        return new SparseVector(outIds, outW);
    }
}
