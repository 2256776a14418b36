namespace Roundup.Summarization;

/// <summary>The summarizers Roundup ships, by name.</summary>
public static class SummarizerRegistry
{
    /// <summary>The default algorithm's name.</summary>
    public const string Default = "coverage";

    private static readonly Dictionary<string, Func<ISummarizer>> Factories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["coverage"] = () => new CoverageSummarizer(),
        ["lexrank"] = () => new LexRankSummarizer(),
        ["lead"] = () => new LeadSummarizer(),
    };

    /// <summary>Known algorithm names.</summary>
    public static IReadOnlyCollection<string> Names => Factories.Keys;

    /// <summary>Creates the summarizer called <paramref name="name"/>.</summary>
    public static ISummarizer Create(string name) =>
        Factories.TryGetValue(name, out var f) ? f() : throw new ArgumentException($"Unknown algorithm '{name}'. Known: {string.Join(", ", Names)}.");
}
