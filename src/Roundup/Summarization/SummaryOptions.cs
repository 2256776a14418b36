namespace Roundup.Summarization;

/// <summary>How long a summary should be and which algorithm writes it.</summary>
public sealed record SummaryOptions
{
    /// <summary>Word budget (default 250, the standard Multi-News protocol). Ignored when <see cref="Sentences"/> is set.</summary>
    public int Words { get; init; } = 250;

    /// <summary>Sentence budget; when set, takes precedence over <see cref="Words"/>.</summary>
    public int? Sentences { get; init; }

    /// <summary>Algorithm name (see <see cref="SummarizerRegistry.Names"/>).</summary>
    public string Algorithm { get; init; } = SummarizerRegistry.Default;

    /// <summary>Throws <see cref="ArgumentException"/> with a user-facing message when the options make no sense.</summary>
    public void Validate()
    {
        if (Words <= 0) throw new ArgumentException($"--words must be a positive number (got {Words}).");
        if (Sentences is <= 0) throw new ArgumentException($"--sentences must be a positive number (got {Sentences}).");
        if (!SummarizerRegistry.Names.Contains(Algorithm, StringComparer.OrdinalIgnoreCase))
            throw new ArgumentException($"Unknown algorithm '{Algorithm}'. Known: {string.Join(", ", SummarizerRegistry.Names)}.");
    }
}
