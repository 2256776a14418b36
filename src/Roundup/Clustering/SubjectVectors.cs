namespace Roundup.Clustering;

/// <summary>
/// The subject level's view of an article: its TF-IDF vector with name-like terms weighted by
/// <see cref="StoryClusteringOptions.SubjectEntityBoost"/> instead of <see cref="StoryClusteringOptions.EntityBoost"/>, then
/// made unit length again (the same terms; only their balance changes). An event is the same actors within days, so a
/// shared name is strong evidence there; a subject runs for months and its articles name many people, while two subjects
/// can share one prominent name (a governor's record on executions and his party's quarrel over gay rights), so names
/// count for less at the subject level. When the two factors are equal both levels read one vector.
/// </summary>
internal static class SubjectVectors
{
    /// <summary>Whether the subject level reads the event vectors unchanged.</summary>
    public static bool Same(StoryClusteringOptions o) => o.SubjectEntityBoost == o.EntityBoost;

    /// <summary>The subject vector of one article from its event vector <paramref name="v"/> (itself when <see cref="Same"/>
    /// or when it has no name-like term); <paramref name="terms"/> and <paramref name="ids"/> say which terms are name-like.</summary>
    public static SparseVector Of(SparseVector v, ArticleTerms terms, int[] ids, StoryClusteringOptions o)
    {
        if (Same(o) || v.Ids.Length == 0) return v;
        int names = 0;
        for (int i = 0; i < ids.Length; i++) if (terms.Entity[i]) names++;
        if (names == 0) return v;
        var nameIds = new int[names];
        names = 0;
        for (int i = 0; i < ids.Length; i++) if (terms.Entity[i]) nameIds[names++] = ids[i];
        Array.Sort(nameIds);
        float ratio = (float)(o.SubjectEntityBoost / o.EntityBoost);
        var weights = new float[v.Weights.Length];
        double norm = 0;
        // Both id lists ascend: one walk along both finds the names among the vector's terms.
        int next = 0;
        for (int k = 0; k < weights.Length; k++)
        {
            float w = v.Weights[k];
            int id = v.Ids[k];
            while (next < nameIds.Length && nameIds[next] < id) next++;
            if (next < nameIds.Length && nameIds[next] == id) w *= ratio;
            weights[k] = w;
            norm += (double)w * w;
        }
        norm = Math.Sqrt(norm);
        if (norm <= 0) return v;
        for (int k = 0; k < weights.Length; k++) weights[k] = (float)(weights[k] / norm);
        return new SparseVector(v.Ids, weights);
    }

    /// <summary>The subject vectors of a batch (the event vectors themselves when <see cref="Same"/>).</summary>
    public static SparseVector[] Of(SparseVector[] eventVectors, ArticleTerms[] raw, int[][] ids, StoryClusteringOptions o)
    {
        if (Same(o)) return eventVectors;
        var vectors = new SparseVector[eventVectors.Length];
        Parallel.For(0, vectors.Length, SmallBatches.For(vectors.Length), i => vectors[i] = Of(eventVectors[i], raw[i], ids[i], o));
        return vectors;
    }
}
