namespace Roundup.Model;

/// <summary>An extractive summary of a <see cref="Cluster"/>: chosen sentences in reading order.</summary>
/// <param name="Algorithm">Name of the summarizer that produced it.</param>
/// <param name="Sentences">The chosen sentences, in output order.</param>
public sealed record Summary(string Algorithm, IReadOnlyList<SummarySentence> Sentences)
{
    /// <summary>The summary as plain text, one sentence after another.</summary>
    public string Text => string.Join(" ", Sentences.Select(s => s.Text));

    /// <summary>Total words.</summary>
    public int WordCount => Sentences.Sum(s => Model.Sentence.CountWords(s.Text));
}

/// <summary>One sentence of a summary, traceable to its source.</summary>
/// <param name="Sentence">The source sentence (article, position, span).</param>
/// <param name="Text">The text shown; equals the sentence text unless compressed or rewritten.</param>
/// <param name="Score">The selection score the algorithm gave it.</param>
/// <param name="Supporting">Other articles that report the same content (excluding the sentence's own article).</param>
public sealed record SummarySentence(Sentence Sentence, string Text, double Score, IReadOnlyList<Article> Supporting)
{
    /// <summary>All articles that carry this sentence's content: its own first, then the supporting ones.</summary>
    public IEnumerable<Article> Sources => Supporting.Prepend(Sentence.Article);
}
