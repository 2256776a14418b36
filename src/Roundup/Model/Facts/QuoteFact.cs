namespace Roundup.Model;

/// <summary>One outlet's rendering of a quotation, with the speaker it names.</summary>
/// <param name="Mention">Where the quoted words are (inside the quotation marks).</param>
/// <param name="Speaker">The entity who said it, when found and named.</param>
/// <param name="SpeakerText">The words that name the speaker ("he", "a Secret Service official"), when found.</param>
public sealed record QuoteAttribution(FactMention Mention, EntityFact? Speaker, string? SpeakerText);

/// <summary>A direct quotation, recognised as one across outlets that report it (fuzzy word overlap).</summary>
public sealed class QuoteFact : Fact
{
    /// <inheritdoc />
    public override FactKind Kind => FactKind.Quote;

    /// <summary>The fullest version of the quoted words.</summary>
    public required string Text { get; set; }

    /// <summary>The speaker most outlets name, when any does.</summary>
    public EntityFact? Speaker { get; internal set; }

    /// <summary>Each outlet's rendering, with the speaker it names.</summary>
    public List<QuoteAttribution> Attributions { get; } = [];

    /// <inheritdoc />
    public override string Value => Text;
}
