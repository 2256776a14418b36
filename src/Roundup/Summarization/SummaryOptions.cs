namespace Roundup.Summarization;

/// <summary>How long a summary should be and which algorithm writes it.</summary>
public sealed record SummaryOptions
{
    /// <summary>Word budget (default 250, the standard Multi-News protocol). Ignored when <see cref="Sentences"/> is set.</summary>
    public int Words { get; init; } = 250;

    /// <summary>Sentence budget; when set, takes precedence over <see cref="Words"/> and <see cref="Ratio"/>.</summary>
    public int? Sentences { get; init; }

    /// <summary>
    /// Word budget as a share of the input (0 &lt; ratio ≤ 1; 0.2 for "20%"): the summary may use this share of
    /// the words of the cluster's articles that are not near-copies of another (of the one article, when there is
    /// one), at least one word. When set, takes precedence over <see cref="Words"/>; <see cref="Sentences"/> wins.
    /// </summary>
    public double? Ratio { get; init; }

    /// <summary>These options with <see cref="Ratio"/> turned into a word budget for <paramref name="cluster"/>.</summary>
    public SummaryOptions For(Model.Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        if (Ratio is not { } ratio || Sentences is not null) return this;
        long words = 0;
        foreach (var a in cluster.Articles)
            if (a.DuplicateOf is null) words += Model.Sentence.CountWords(a.Text);
        return this with { Words = (int)Math.Clamp(Math.Round(ratio * words), 1, int.MaxValue), Ratio = null };
    }

    /// <summary>Algorithm name (see <see cref="SummarizerRegistry.Names"/>).</summary>
    public string Algorithm { get; init; } = SummarizerRegistry.Default;

    /// <summary>Throws <see cref="ArgumentException"/> with a user-facing message when the options make no sense.</summary>
    public void Validate()
    {
        if (Words <= 0) throw new ArgumentException($"--words must be a positive number (got {Words}).");
        if (Ratio is { } r && !(r > 0 && r <= 1)) throw new ArgumentException($"--ratio must be above 0% and at most 100% (got {r:0.###}).");
        if (Sentences is <= 0) throw new ArgumentException($"--sentences must be a positive number (got {Sentences}).");
        if (!SummarizerRegistry.Names.Contains(Algorithm, StringComparer.OrdinalIgnoreCase))
            throw new ArgumentException($"Unknown algorithm '{Algorithm}'. Known: {string.Join(", ", SummarizerRegistry.Names)}.");
    }
}
