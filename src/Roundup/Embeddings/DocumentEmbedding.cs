using Roundup.Model;

namespace Roundup.Embeddings;

/// <summary>Vectors for whole articles and clusters, built from sentence embeddings.</summary>
public static class DocumentEmbedding
{
    /// <summary>
    /// The normalised mean of the article's sentence embeddings (those <see cref="EmbeddingStage"/> filled), or null
    /// when none is embedded. With the default selection this is a vector of the article's opening.
    /// </summary>
    public static float[]? OfArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return VectorMath.NormalizedMean(article.Sentences.Where(s => s.Embedding is not null).Select(s => s.Embedding!));
    }

    /// <summary>The normalised mean of the cluster's article vectors (each article weighs the same), or null when none has one.</summary>
    public static float[]? OfCluster(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return VectorMath.NormalizedMean(cluster.Articles.Select(OfArticle).OfType<float[]>());
    }

    /// <summary>
    /// Embeds the article's title (when known) followed by its first <paramref name="leadSentences"/> body
    /// sentences as one text: a cheap single-call vector of what the article is about, usable before or
    /// without the embedding stage. Long leads are truncated by the embedder's token limit.
    /// </summary>
    public static float[] TitleAndLead(Article article, ISentenceEmbedder embedder, int leadSentences = 2)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentOutOfRangeException.ThrowIfNegative(leadSentences);
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(article.Title)) parts.Add(article.Title!.Trim());
        parts.AddRange(article.Sentences.Where(s => !s.IsHeadline).Take(leadSentences).Select(s => s.Text));
        if (parts.Count == 0) parts.Add(article.Text.Length > 1000 ? article.Text[..1000] : article.Text);
        return embedder.Embed([string.Join(" ", parts)])[0];
    }
}
