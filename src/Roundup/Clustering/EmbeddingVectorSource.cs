using Roundup.Embeddings;
using Roundup.Model;

namespace Roundup.Clustering;

/// <summary>
/// A dense source for story clustering: one sentence embedding per article of its title and opening (about
/// <see cref="LeadChars"/> characters), computed up front in batches with any <see cref="ISentenceEmbedder"/>
/// (e.g. the bundled MiniLM model).
/// </summary>
public sealed class EmbeddingVectorSource : IDocumentVectorSource
{
    /// <summary>Characters of the text embedded after the title.</summary>
    public const int LeadChars = 600;

    private readonly Dictionary<Article, float[]> _vectors;

    private EmbeddingVectorSource(Dictionary<Article, float[]> vectors) => _vectors = vectors;

    /// <summary>Embeds every article of <paramref name="articles"/> (batches of <paramref name="batchSize"/>); reports articles done.</summary>
    public static EmbeddingVectorSource Create(IReadOnlyList<Article> articles, ISentenceEmbedder embedder, int batchSize = 64, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(embedder);
        var vectors = new Dictionary<Article, float[]>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < articles.Count; i += batchSize)
        {
            var batch = articles.Skip(i).Take(batchSize).ToList();
            var embedded = embedder.Embed([.. batch.Select(Text)]);
            for (int k = 0; k < batch.Count; k++) vectors[batch[k]] = embedded[k];
            progress?.Report(Math.Min(articles.Count, i + batchSize));
        }
        return new EmbeddingVectorSource(vectors);
    }

    /// <inheritdoc />
    public float[]? Vector(Article article) => _vectors.GetValueOrDefault(article);

    private static string Text(Article a)
    {
        var body = a.Text.Length > LeadChars ? a.Text[..LeadChars] : a.Text;
        return string.IsNullOrWhiteSpace(a.Title) || body.StartsWith(a.Title!, StringComparison.Ordinal) ? body : a.Title + ". " + body;
    }
}
