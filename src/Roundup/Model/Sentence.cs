namespace Roundup.Model;

/// <summary>
/// A sentence: a span into its article's cleaned <see cref="Article.Text"/>, with its position and the terms
/// later stages read. It knows its article, so any summary sentence can be traced back to its source.
/// </summary>
public sealed class Sentence
{
    private string? _text;

    /// <summary>Creates a sentence over <paramref name="span"/> of <paramref name="article"/>'s text.</summary>
    public Sentence(Article article, int index, TextSpan span, int paragraph)
    {
        ArgumentNullException.ThrowIfNull(article);
        Article = article;
        Index = index;
        Span = span;
        Paragraph = paragraph;
    }

    /// <summary>The article this sentence belongs to.</summary>
    public Article Article { get; }

    /// <summary>Position of the sentence in its article (0-based).</summary>
    public int Index { get; }

    /// <summary>Where the sentence is in <see cref="Article.Text"/>.</summary>
    public TextSpan Span { get; }

    /// <summary>Paragraph number (0-based) within the article.</summary>
    public int Paragraph { get; }

    /// <summary>True when the segmenter judged this a headline-like line (no final punctuation, title case).</summary>
    public bool IsHeadline { get; init; }

    /// <summary>
    /// The cleaner's verdict on this sentence read as a line of its own, kept once computed (a reason string, a marker
    /// for story text, or null while nobody asked); read and filled by <c>Roundup.Cleaning.BoilerplateCleaner.Verdict</c>.
    /// </summary>
    internal object? BoilerplateVerdict { get; set; }

    /// <summary>The sentence text.</summary>
    public string Text => _text ??= Article.Text.Substring(Span.Start, Span.Length);

    /// <summary>Normalised (stemmed, stopword-free) content terms, filled by the term analyzer.</summary>
    public IReadOnlyList<string> Terms { get; set; } = [];

    /// <summary>
    /// Where each of <see cref="Terms"/> was read: the span in <see cref="Article.Text"/> of the word it came from,
    /// parallel to <see cref="Terms"/> (the terms of one word share its span). Filled by the <c>terms</c> stage with
    /// <see cref="Terms"/>, so that clustering weighs terms by position and reads a word's capitals without analysing
    /// the text again; null until that stage has run.
    /// </summary>
    public IReadOnlyList<TextSpan>? TermSpans { get; set; }

    /// <summary>
    /// Every word of the sentence with its term and stopword flag, as the summarizer reads them (filled by the
    /// <c>terms</c> stage with the same analyzer as <see cref="Terms"/>); null until that stage has run.
    /// </summary>
    public IReadOnlyList<TermToken>? Tokens { get; set; }

    /// <summary>
    /// Unit-length semantic vector of the sentence, filled by the optional embedding stage (see
    /// <c>Roundup.Embeddings.EmbeddingStage</c>); null when embeddings are off or the sentence was not selected.
    /// The dot product of two embeddings is their cosine similarity. Treat the array as read-only: it may be shared.
    /// </summary>
    public float[]? Embedding { get; set; }

    /// <summary>Number of whitespace-separated words in <see cref="Text"/>.</summary>
    public int WordCount => CountWords(Text);

    /// <summary>Counts whitespace-separated words.</summary>
    public static int CountWords(ReadOnlySpan<char> text) => CountWords(text, int.MaxValue);

    /// <summary>Counts whitespace-separated words, stopping once the count passes <paramref name="max"/> (it then returns <paramref name="max"/> + 1).</summary>
    public static int CountWords(ReadOnlySpan<char> text, int max)
    {
        int count = 0;
        bool inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { inWord = true; if (++count > max) return count; }
        }
        return count;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
