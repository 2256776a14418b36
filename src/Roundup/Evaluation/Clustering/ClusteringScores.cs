namespace Roundup.Evaluation.Clustering;

/// <summary>Scores of a predicted clustering against gold labels (all in [0, 1] except ARI, which can be negative).</summary>
/// <param name="Items">Number of items scored.</param>
/// <param name="GoldClusters">Number of distinct gold labels.</param>
/// <param name="PredictedClusters">Number of distinct predicted labels.</param>
/// <param name="BCubedPrecision">Mean over items of the share of the item's predicted cluster that shares its gold label.</param>
/// <param name="BCubedRecall">Mean over items of the share of the item's gold cluster that shares its predicted label.</param>
/// <param name="PairPrecision">Of the item pairs put together, the share that are together in gold (1 when no pair is put together).</param>
/// <param name="PairRecall">Of the gold pairs, the share put together (1 when gold has no pair).</param>
/// <param name="Nmi">Normalized mutual information, arithmetic-mean normalization (1 when both labellings are a single cluster).</param>
/// <param name="Ari">Adjusted Rand index (Hubert and Arabie).</param>
/// <param name="Purity">Share of items in the majority gold label of their predicted cluster.</param>
public sealed record ClusteringScores(
    int Items, int GoldClusters, int PredictedClusters,
    double BCubedPrecision, double BCubedRecall,
    double PairPrecision, double PairRecall,
    double Nmi, double Ari, double Purity)
{
    /// <summary>B-cubed F1: harmonic mean of <see cref="BCubedPrecision"/> and <see cref="BCubedRecall"/>.</summary>
    public double BCubedF1 => F1(BCubedPrecision, BCubedRecall);

    /// <summary>Pairwise F1: harmonic mean of <see cref="PairPrecision"/> and <see cref="PairRecall"/>.</summary>
    public double PairF1 => F1(PairPrecision, PairRecall);

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
