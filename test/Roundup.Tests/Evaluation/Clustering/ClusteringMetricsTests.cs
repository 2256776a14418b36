using Roundup.Evaluation.Clustering;

namespace Roundup.Tests.Evaluation.Clustering;

public sealed class ClusteringMetricsTests
{
    private const double Tol = 1e-4;

    [Fact]
    public void Mixed_case_matches_the_hand_computation()
    {
        // Items 0..5. Gold: a a a b b c. Predicted: 1 1 2 2 2 3.
        // Contingency n(g,p): (a,1)=2, (a,2)=1, (b,2)=2, (c,3)=1. Gold sizes a=3 b=2 c=1; predicted sizes 1=2 2=3 3=1; N=6.
        // B-cubed P = (1/N) Σ n²/|pred| = (4/2 + 1/3 + 4/3 + 1/1)/6 = (14/3)/6 = 7/9 = 0.77778.
        // B-cubed R = (1/N) Σ n²/|gold| = (4/3 + 1/3 + 4/2 + 1/1)/6 = (14/3)/6 = 7/9.
        // Pairs together in both: C(2,2)+C(1,2)+C(2,2)+C(1,2) = 2; predicted pairs C(2,2)+C(3,2) = 4; gold pairs C(3,2)+C(2,2) = 4.
        //   Pairwise P = 2/4, R = 2/4.
        // Purity = (2 + 2 + 1)/6 = 5/6.
        // ARI: expected = 4·4/C(6,2) = 16/15; max = (4+4)/2 = 4; ARI = (2 - 16/15)/(4 - 16/15) = (14/15)/(44/15) = 7/22.
        // NMI: MI = 2/6 ln(2·6/(3·2)) + 1/6 ln(6/(3·3)) + 2/6 ln(2·6/(2·3)) + 1/6 ln(6/(1·1)) = ln 2 (= 0.69315);
        //   H(gold) = H(pred) = ½ln2 + ⅓ln3 + ⅙ln6 = 1.01140; NMI = 2·MI/(H+H) = 0.69315/1.01140 = 0.68534.
        var s = ClusteringMetrics.Score(["a", "a", "a", "b", "b", "c"], [1, 1, 2, 2, 2, 3]);
        Assert.Equal(7.0 / 9, s.BCubedPrecision, Tol);
        Assert.Equal(7.0 / 9, s.BCubedRecall, Tol);
        Assert.Equal(7.0 / 9, s.BCubedF1, Tol);
        Assert.Equal(0.5, s.PairPrecision, Tol);
        Assert.Equal(0.5, s.PairRecall, Tol);
        Assert.Equal(5.0 / 6, s.Purity, Tol);
        Assert.Equal(7.0 / 22, s.Ari, Tol);
        Assert.Equal(0.68534, s.Nmi, Tol);
        Assert.Equal(3, s.GoldClusters);
        Assert.Equal(3, s.PredictedClusters);
    }

    [Fact]
    public void Asymmetric_case_matches_the_hand_computation()
    {
        // Gold: a a a a b b. Predicted: x x y y y y.  n(a,x)=2, n(a,y)=2, n(b,y)=2; gold a=4 b=2; pred x=2 y=4; N=6.
        // B-cubed P = (4/2 + 4/4 + 4/4)/6 = 4/6; R = (4/4 + 4/4 + 4/2)/6 = 4/6.
        // Pairs together: C(2,2)·3 = 3; predicted pairs 1 + 6 = 7; gold pairs 6 + 1 = 7 → P = R = 3/7.
        // Purity = (2 + 2)/6 = 2/3.  ARI: expected 7·7/15 = 49/15; max 7; (3 - 49/15)/(7 - 49/15) = (-4/15)/(56/15) = -1/14.
        var s = ClusteringMetrics.Score(["a", "a", "a", "a", "b", "b"], ["x", "x", "y", "y", "y", "y"]);
        Assert.Equal(4.0 / 6, s.BCubedPrecision, Tol);
        Assert.Equal(4.0 / 6, s.BCubedRecall, Tol);
        Assert.Equal(3.0 / 7, s.PairPrecision, Tol);
        Assert.Equal(3.0 / 7, s.PairRecall, Tol);
        Assert.Equal(2.0 / 3, s.Purity, Tol);
        Assert.Equal(-1.0 / 14, s.Ari, Tol);
    }

    [Fact]
    public void One_big_predicted_cluster_has_full_recall_and_no_information()
    {
        // Gold a a b b, all predicted together: B3 P = (4/4+4/4)/4 = 0.5, R = (4/2+4/2)/4 = 1;
        // pairs: together 2 of C(4,2)=6 predicted → P 1/3, R 1; ARI = (2 - 2·6/6)/((2+6)/2 - 2) = 0; NMI = 0 (H(pred) = 0, MI = 0).
        var s = ClusteringMetrics.Score(["a", "a", "b", "b"], [0, 0, 0, 0]);
        Assert.Equal(0.5, s.BCubedPrecision, Tol);
        Assert.Equal(1.0, s.BCubedRecall, Tol);
        Assert.Equal(1.0 / 3, s.PairPrecision, Tol);
        Assert.Equal(1.0, s.PairRecall, Tol);
        Assert.Equal(0.0, s.Ari, Tol);
        Assert.Equal(0.0, s.Nmi, Tol);
        Assert.Equal(0.5, s.Purity, Tol);
    }

    [Fact]
    public void Renamed_perfect_clustering_scores_one_everywhere()
    {
        var s = ClusteringMetrics.Score(["a", "a", "b", "c", "c", "c"], ["z", "z", "q", "r", "r", "r"]);
        foreach (var v in new[] { s.BCubedF1, s.PairF1, s.Nmi, s.Ari, s.Purity }) Assert.Equal(1.0, v, Tol);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ClusteringMetrics.Score(["a", "b"], [1]));
        Assert.Throws<ArgumentException>(() => ClusteringMetrics.Score(Array.Empty<string>(), Array.Empty<int>()));
    }
}
