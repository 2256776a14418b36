namespace Roundup.Model;

/// <summary>
/// One word of a sentence as the summarizer counts it: a run of letters or digits (split where ROUGE splits: at
/// apostrophes, periods, hyphens), its normalised term and whether it is a stopword. Filled by the <c>terms</c>
/// stage (<see cref="Sentence.Tokens"/>). Sixteen bytes: a sentence keeps one per word.
/// </summary>
public readonly record struct TermToken
{
    private readonly int _start;
    private readonly ushort _length;

    /// <summary>Creates a token.</summary>
    /// <param name="span">Where the word is (at most 65,535 characters long).</param>
    /// <param name="term">The word's term.</param>
    /// <param name="isStopword">Whether the word is a stopword.</param>
    public TermToken(TextSpan span, string term, bool isStopword)
    {
        ArgumentNullException.ThrowIfNull(term);
        Span = span;
        Term = term;
        IsStopword = isStopword;
    }

    /// <summary>Where the word is: in <see cref="Article.Text"/> for a sentence's tokens, else in the text it was read from.</summary>
    public TextSpan Span
    {
        get => new(_start, _length);
        init
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value.Length, ushort.MaxValue, nameof(value));
            (_start, _length) = (value.Start, (ushort)value.Length);
        }
    }

    /// <summary>The analyzer's stem of the lower-cased word, or the lower-cased word itself when it is short, holds a
    /// digit, or the analyzer drops it (a stopword of its own list) or splits it.</summary>
    public string Term { get; init; }

    /// <summary>True for a one-character word and for a word of the language's stopword list.</summary>
    public bool IsStopword { get; init; }
}
