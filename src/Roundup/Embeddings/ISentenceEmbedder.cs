namespace Roundup.Embeddings;

/// <summary>
/// Maps sentences to dense vectors whose dot product measures semantic similarity. Implementations are
/// thread-safe; vectors are L2-normalised (so the dot product is the cosine) and must be treated as read-only,
/// because caches hand the same array to every caller.
/// </summary>
public interface ISentenceEmbedder
{
    /// <summary>Length of every vector this embedder returns.</summary>
    int Dimension { get; }

    /// <summary>Embeds <paramref name="texts"/>; element <c>i</c> of the result is the vector of text <c>i</c>.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
