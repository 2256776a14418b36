namespace Roundup.Model;

/// <summary>What kind of thing speaks a quotation.</summary>
public enum SpeakerKind
{
    /// <summary>Not known (a description such as "a source close to the campaign", or an unresolved pronoun).</summary>
    Unknown,

    /// <summary>A person ("Jane Roe", "he" resolved to a person).</summary>
    Person,

    /// <summary>An organisation or outlet ("the Post", "the Pentagon", "CNN").</summary>
    Organization,

    /// <summary>A document or message ("the report", "the statement", "one tweet").</summary>
    Document,
}

/// <summary>
/// Who speaks a quotation: where the text names the speaker (<see cref="Mention"/>: "Jane Roe", "he", "the report")
/// and, for a pronoun, the earlier mention it was resolved to (<see cref="Antecedent"/>).
/// </summary>
/// <param name="Mention">The words that name the speaker at the attribution, a span into <see cref="Article.Text"/>.</param>
/// <param name="Name">
/// The speaker's name as the article gives it most fully ("Donald Trump" for "Trump", the antecedent's name for
/// "he"); null for a pronoun that could not be resolved safely.
/// </param>
/// <param name="Kind">Person, organisation, document, or unknown.</param>
/// <param name="Antecedent">For a pronoun, the span of the named mention it refers to; otherwise null.</param>
public sealed record QuoteSpeaker(TextSpan Mention, string? Name, SpeakerKind Kind, TextSpan? Antecedent = null)
{
    /// <summary>Whether the attribution names the speaker with a pronoun ("he said").</summary>
    public bool IsPronoun => Antecedent is not null || Name is null;
}

/// <summary>
/// One quotation in an article, found by the quotes stage: the quoted words as spans into <see cref="Article.Text"/>
/// (several <see cref="Parts"/> when the attribution interrupts it, "…,” he said. “…”, or when it runs over
/// paragraphs), the marks around them, and its speaker when the text says who speaks.
/// </summary>
public sealed class Quote
{
    /// <summary>Creates a quotation from its parts (in text order) and the span from its first mark to its last.</summary>
    public Quote(IReadOnlyList<TextSpan> parts, TextSpan marked)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0) throw new ArgumentException("A quotation has at least one part.", nameof(parts));
        Parts = parts;
        Marked = marked;
    }

    /// <summary>The quoted words, inside the marks, one span per piece.</summary>
    public IReadOnlyList<TextSpan> Parts { get; }

    /// <summary>From the first opening mark to the last closing mark, interruptions included.</summary>
    public TextSpan Marked { get; }

    /// <summary>From the first quoted character to the last one, interruptions included.</summary>
    public TextSpan Content => new(Parts[0].Start, Parts[^1].End - Parts[0].Start);

    /// <summary>The speaker, or null when the text does not say (or not clearly enough), or when <see cref="SpeakerSought"/> is false.</summary>
    public QuoteSpeaker? Speaker { get; set; }

    /// <summary>
    /// Whether the speaker was looked for: false when the quotes stage ran without speakers (a pipeline with a
    /// summarizer and no facts stage, which reads only where quotations are), so a null <see cref="Speaker"/> says
    /// nothing about who speaks.
    /// </summary>
    public bool SpeakerSought { get; init; } = true;

    /// <summary>Number of words inside the marks, all parts together.</summary>
    public int Words { get; init; }

    /// <summary>The quoted words of <paramref name="text"/>, parts joined by a space.</summary>
    public string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(" ", Parts.Select(p => text.Substring(p.Start, p.Length)));
    }
}
