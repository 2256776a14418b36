namespace Roundup.Embeddings;

/// <summary>
/// Which sentences <see cref="EmbeddingStage"/> embeds. Embedding costs a few milliseconds a sentence on a
/// small CPU, so by default only the sentences an extractive summarizer realistically picks from are embedded.
/// </summary>
public sealed record EmbeddingSelection
{
    /// <summary>
    /// Embed at most this many (non-skipped) sentences from the start of each article (default 12, which keeps
    /// the 250-cluster Multi-News dev set within about a minute on 2 cores); null embeds them all.
    /// </summary>
    public int? MaxSentencesPerArticle { get; init; } = 12;

    /// <summary>Skip headline-like lines the segmenter flagged (default true).</summary>
    public bool SkipHeadlines { get; init; } = true;

    /// <summary>Skip sentences shorter than this many words (default 4): fragments, bylines, captions.</summary>
    public int MinWords { get; init; } = 4;

    /// <summary>Skip articles marked as near-copies of another (<see cref="Model.Article.DuplicateOf"/>; default true).</summary>
    public bool SkipDuplicateArticles { get; init; } = true;

    /// <summary>Everything: every sentence of every article.</summary>
    public static EmbeddingSelection All { get; } = new() { MaxSentencesPerArticle = null, SkipHeadlines = false, MinWords = 0, SkipDuplicateArticles = false };

    /// <summary>Throws <see cref="ArgumentException"/> with a user-facing message when the options make no sense.</summary>
    public void Validate()
    {
        if (MaxSentencesPerArticle is <= 0) throw new ArgumentException($"Sentences to embed per article must be positive (got {MaxSentencesPerArticle}).");
        if (MinWords < 0) throw new ArgumentException($"Minimum words to embed must be 0 or more (got {MinWords}).");
    }
}
