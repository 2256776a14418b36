namespace Roundup.Facts;

/// <summary>Options of the facts stage.</summary>
public sealed record FactsOptions
{
    /// <summary>Default options.</summary>
    public static FactsOptions Default { get; } = new();

    /// <summary>
    /// Two sentences of different outlets are taken to report the same event when the Dice overlap of their content
    /// words is at least this (default 0.35); their dates are then compared for conflicts.
    /// </summary>
    public double AlignedSentenceOverlap { get; init; } = 0.35;

    /// <summary>
    /// Two outlets' places for one subject ("the tour opens in Dublin" / "the tour will begin in Belfast") are compared
    /// only when the Dice overlap of their sentences' content words is at least this (default 0.2; place names count).
    /// </summary>
    public double AlignedPlaceOverlap { get; init; } = 0.2;

    /// <summary>
    /// Two outlets' numbers for one slot (a count, an amount, a percentage; not an age, which is tied to its person)
    /// are a conflict only when some pair of their sentences overlaps by at least this Dice of content words (default
    /// 0.2). Durations, which name no subject, need <see cref="AlignedSentenceOverlap"/>.
    /// </summary>
    public double AlignedNumberOverlap { get; init; } = 0.2;

    /// <summary>How many entities the text and Markdown renderers list (default 8); JSON has all.</summary>
    public int RenderedEntities { get; init; } = 8;
}
