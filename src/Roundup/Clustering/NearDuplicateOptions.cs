namespace Roundup.Clustering;

/// <summary>Settings of near-duplicate detection (MinHash over word shingles, banded LSH).</summary>
public sealed record NearDuplicateOptions
{
    /// <summary>The defaults.</summary>
    public static NearDuplicateOptions Default { get; } = new();

    /// <summary>Words per shingle. Default 4.</summary>
    public int ShingleWords { get; init; } = 4;

    /// <summary>LSH bands. Default 42 (with 3 rows: 126 MinHash values; a pair at Jaccard 0.5 becomes a candidate with
    /// probability 1 - (1 - 0.5³)⁴² ≈ 0.996, at 0.6 with 0.99999, at 0.05 with 0.005).</summary>
    public int Bands { get; init; } = 42;

    /// <summary>MinHash values per band. Default 3.</summary>
    public int Rows { get; init; } = 3;

    /// <summary>Estimated Jaccard similarity of shingle sets at or above which a candidate is a near-duplicate. Default 0.4.</summary>
    public double Threshold { get; init; } = 0.4;

    /// <summary>A candidate whose smaller text is at least this much contained in the larger one (estimated from the
    /// Jaccard similarity and the shingle counts) is also a near-duplicate: copies with sentences dropped or boilerplate
    /// added. Default 0.65.</summary>
    public double Containment { get; init; } = 0.65;

    /// <summary>Lowest estimated Jaccard similarity at which <see cref="Containment"/> is trusted. Default 0.25.</summary>
    public double ContainmentMinJaccard { get; init; } = 0.25;

    /// <summary>Throws <see cref="ArgumentException"/> when a setting is out of range.</summary>
    public void Validate()
    {
        if (ShingleWords is < 1 or > 16) throw new ArgumentException("ShingleWords must be between 1 and 16.");
        if (Bands < 1 || Rows < 1 || Bands * Rows > 4096) throw new ArgumentException("Bands and Rows must be positive (at most 4096 hashes).");
        if (Containment is <= 0 or > 1 || ContainmentMinJaccard is < 0 or > 1) throw new ArgumentException("Containment settings must be in (0, 1].");
        if (Threshold is <= 0 or > 1) throw new ArgumentException("The near-duplicate threshold must be in (0, 1].");
    }
}
