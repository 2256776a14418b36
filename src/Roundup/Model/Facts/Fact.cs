namespace Roundup.Model;

/// <summary>What kind of fact a <see cref="Fact"/> is.</summary>
public enum FactKind
{
    /// <summary>A person, organisation, place or other named thing (<see cref="EntityFact"/>).</summary>
    Entity,
    /// <summary>A date or period (<see cref="DateFact"/>).</summary>
    Date,
    /// <summary>A direct quotation with its speaker (<see cref="QuoteFact"/>).</summary>
    Quote,
    /// <summary>A number with what it counts or measures (<see cref="NumberFact"/>).</summary>
    Number,
}
/// <summary>One occurrence of a fact in an article: a span into <see cref="Article.Text"/>.</summary>
/// <param name="Article">The article.</param>
/// <param name="Span">Where in <see cref="Article.Text"/>.</param>
/// <param name="Text">The text of the span.</param>
public sealed record FactMention(Article Article, TextSpan Span, string Text);

/// <summary>
/// A fact of a story, with every mention of it and the outlets that report it. Subclasses carry the kind-specific
/// normalised value.
/// </summary>
public abstract class Fact
{
    /// <summary>Identifier within the story ("e1", "d3", "q2", "n5").</summary>
    public required string Id { get; init; }

    /// <summary>The kind of fact.</summary>
    public abstract FactKind Kind { get; }

    /// <summary>The normalised value (entity name, ISO date, quote text, number with unit).</summary>
    public abstract string Value { get; }

    /// <summary>Every mention, in article order.</summary>
    public List<FactMention> Mentions { get; } = [];

    /// <summary>The articles that report this fact (distinct, in cluster order), near-copies included.</summary>
    public IReadOnlyList<Article> Sources => [.. Mentions.Select(m => m.Article).Distinct().OrderBy(a => a.Index)];

    /// <summary>Number of independent outlets reporting it (articles marked <see cref="Article.DuplicateOf"/> do not count).</summary>
    public int IndependentSources => Sources.Count(a => a.DuplicateOf is null);

    /// <summary>True when the story has several articles and only one independent outlet reports this fact.</summary>
    public bool SingleSource { get; internal set; }
}
