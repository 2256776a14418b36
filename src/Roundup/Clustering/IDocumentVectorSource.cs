using Roundup.Model;

namespace Roundup.Clustering;

/// <summary>
/// A pluggable dense document-similarity source (e.g. sentence embeddings). Story clustering blends the cosine of
/// these vectors with its lexical TF-IDF cosine (<see cref="StoryClusteringOptions.DenseWeight"/>); without a source
/// the lexical path works alone.
/// </summary>
public interface IDocumentVectorSource
{
    /// <summary>A unit-length vector for <paramref name="article"/>, or null when none is available (then only the
    /// lexical similarity is used for it). Must be safe to call from several threads.</summary>
    float[]? Vector(Article article);
}

/// <summary>Uses the document embeddings the embedding stage stored on each article (<see cref="Embeddings.DocumentEmbedding.OfArticle"/>).</summary>
public sealed class StoredEmbeddingSource : IDocumentVectorSource
{
    /// <inheritdoc />
    public float[]? Vector(Article article) => Embeddings.DocumentEmbedding.OfArticle(article);
}
