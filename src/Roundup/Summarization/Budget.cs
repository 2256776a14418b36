namespace Roundup.Summarization;

/// <summary>Length-budget arithmetic shared by all summarizers.</summary>
public static class Budget
{
    /// <summary>True when no further sentence should be added given what is already chosen.</summary>
    public static bool IsSpent(SummaryOptions options, int sentences, int words)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Sentences is { } n ? sentences >= n : words >= options.Words;
    }
}
