namespace Roundup.Evaluation.Clustering;

/// <summary>
/// Extrinsic clustering metrics over any labelling: item i has gold label <c>gold[i]</c> and predicted label
/// <c>predicted[i]</c>. Everything is computed from the contingency table n(g, p) = number of items with gold label g
/// and predicted label p, so the cost is linear in the number of items.
/// </summary>
public static class ClusteringMetrics
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/> (same length, item by item).</summary>
    public static ClusteringScores Score<TGold, TPred>(IReadOnlyList<TGold> gold, IReadOnlyList<TPred> predicted)
        where TGold : notnull
        where TPred : notnull
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
            throw new ArgumentException($"Gold has {gold.Count} labels but the prediction has {predicted.Count}.", nameof(predicted));
        int n = gold.Count;
        if (n == 0) throw new ArgumentException("Nothing to score: no items.", nameof(gold));

        var goldIds = new Dictionary<TGold, int>();
        var predIds = new Dictionary<TPred, int>();
        var cells = new Dictionary<(int G, int P), long>();
        for (int i = 0; i < n; i++)
        {
            if (!goldIds.TryGetValue(gold[i], out int g)) goldIds[gold[i]] = g = goldIds.Count;
            if (!predIds.TryGetValue(predicted[i], out int p)) predIds[predicted[i]] = p = predIds.Count;
            cells[(g, p)] = cells.GetValueOrDefault((g, p)) + 1;
        }
        var a = new long[goldIds.Count]; // gold cluster sizes
        var b = new long[predIds.Count]; // predicted cluster sizes
        foreach (var ((g, p), c) in cells) { a[g] += c; b[p] += c; }

        double bcP = 0, bcR = 0, pairsTogether = 0, mi = 0;
        var majority = new long[b.Length];
        foreach (var ((g, p), c) in cells)
        {
            bcP += (double)c * c / b[p];
            bcR += (double)c * c / a[g];
            pairsTogether += Choose2(c);
            mi += (double)c / n * Math.Log((double)c * n / ((double)a[g] * b[p]));
            if (c > majority[p]) majority[p] = c;
        }
        double goldPairs = a.Sum(x => Choose2(x));
        double predPairs = b.Sum(x => Choose2(x));
        double hGold = Entropy(a, n), hPred = Entropy(b, n);
        double nmi = hGold + hPred == 0 ? 1 : Math.Clamp(2 * mi / (hGold + hPred), 0, 1);

        double expected = goldPairs * predPairs / Choose2(n);
        double maxIndex = (goldPairs + predPairs) / 2;
        double ari = maxIndex - expected == 0 ? 1 : (pairsTogether - expected) / (maxIndex - expected);

        return new ClusteringScores(
            n, a.Length, b.Length,
            bcP / n, bcR / n,
            predPairs == 0 ? 1 : pairsTogether / predPairs,
            goldPairs == 0 ? 1 : pairsTogether / goldPairs,
            nmi, ari, (double)majority.Sum() / n);
    }

    private static double Choose2(long k) => k * (k - 1) / 2.0;

    private static double Entropy(long[] sizes, int n)
    {
        double h = 0;
        foreach (var s in sizes)
            if (s > 0) h -= (double)s / n * Math.Log((double)s / n);
        return h;
    }
}
