namespace Roundup.Model;

/// <summary>One value outlets give for a disputed slot.</summary>
/// <param name="Value">The normalised value.</param>
/// <param name="Articles">The articles that give it.</param>
/// <param name="Mentions">Where they give it.</param>
public sealed record ConflictValue(string Value, IReadOnlyList<Article> Articles, IReadOnlyList<FactMention> Mentions);

/// <summary>The same slot (someone's age, a count, a date, a place) with different values in different outlets.</summary>
/// <param name="Slot">Machine key of the slot ("age:e1", "count:workers", "date", "place:tour").</param>
/// <param name="Description">Human description ("age of Maria Lopez").</param>
/// <param name="Values">The values, each with its outlets; at least two.</param>
public sealed record FactConflict(string Slot, string Description, IReadOnlyList<ConflictValue> Values);
