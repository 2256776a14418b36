namespace Roundup.Model;

/// <summary>
/// One word of a sentence as the summarizer counts it: a run of letters or digits (split where ROUGE splits: at
/// apostrophes, periods, hyphens), its normalised term and whether it is a stopword. Filled by the <c>terms</c>
/// stage (<see cref="Sentence.Tokens"/>).
/// </summary>
/// <param name="Span">Where the word is: in <see cref="Article.Text"/> for a sentence's tokens, else in the text it was read from.</param>
/// <param name="Term">The analyzer's stem of the lower-cased word, or the lower-cased word itself when the analyzer drops it (a stopword of its own list) or splits it.</param>
/// <param name="IsStopword">True for a one-character word and for a word of the language's stopword list.</param>
public readonly record struct TermToken(TextSpan Span, string Term, bool IsStopword);
