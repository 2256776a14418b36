using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Embeddings;

/// <summary>
/// Semantic sentence similarity for the summarizer (<see cref="CoverageOptions.Similarity"/>): the cosine of the
/// two sentences' <see cref="Sentence.Embedding"/> vectors, so paraphrases from different outlets ("voted to
/// pass the budget" / "approved the spending plan") count as the same content even with few shared words.
/// A pair where either sentence has no embedding (not selected by the embedding stage) falls back to lexical
/// similarity, rescaled so that its same-content threshold lands on this one's. Lexical evidence is never
/// thrown away: the result is the larger of the two, so wire copies with identical words still match.
/// </summary>
public sealed class EmbeddingSimilarity : ISentenceSimilarity
{
    private readonly LexicalSimilarity _lexical;
    private readonly ISentenceEmbedder? _embedder;

    /// <summary>
    /// Creates it. <paramref name="sameContentThreshold"/> is an embedding cosine (default 0.8: MiniLM gives
    /// sentences of one story 0.4–0.7 and restatements of one fact above 0.8). With an <paramref name="embedder"/>,
    /// sentences that arrive without a vector are embedded on demand (slower; without it they fall back to lexical).
    /// </summary>
    public EmbeddingSimilarity(double sameContentThreshold = 0.8, ISentenceEmbedder? embedder = null, LexicalSimilarity? lexical = null)
    {
        if (sameContentThreshold is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(sameContentThreshold), "The threshold must be in (0, 1].");
        SameContentThreshold = sameContentThreshold;
        _embedder = embedder;
        _lexical = lexical ?? new LexicalSimilarity();
    }

    /// <inheritdoc />
    public double SameContentThreshold { get; }

    /// <inheritdoc />
    public ISimilarityScope Prepare(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var vectors = new float[]?[sentences.Count];
        var missing = new List<int>();
        for (int i = 0; i < sentences.Count; i++)
        {
            vectors[i] = sentences[i].Embedding;
            if (vectors[i] is null) missing.Add(i);
        }
        if (_embedder is not null && missing.Count > 0)
        {
            var embedded = _embedder.Embed([.. missing.Select(i => sentences[i].Text)]);
            for (int k = 0; k < missing.Count; k++) vectors[missing[k]] = embedded[k];
        }
        double scale = SameContentThreshold / _lexical.SameContentThreshold;
        return new Scope(vectors, _lexical.Prepare(sentences), scale);
    }

    private sealed class Scope(float[]?[] vectors, ISimilarityScope lexical, double scale) : ISimilarityScope
    {
        public double Similarity(int first, int second)
        {
            double lex = Math.Min(1.0, lexical.Similarity(first, second) * scale);
            if (vectors[first] is { } a && vectors[second] is { } b) return Math.Max(VectorMath.Dot(a, b), lex);
            return lex;
        }
    }
}
