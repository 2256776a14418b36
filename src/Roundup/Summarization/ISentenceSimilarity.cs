using Roundup.Model;

namespace Roundup.Summarization;

/// <summary>
/// A source of pairwise sentence similarity (lexical by default; an embedding model can plug in). Summarizers use
/// it to keep two sentences that say the same thing out of one summary and to find the other articles that
/// support a chosen sentence.
/// </summary>
public interface ISentenceSimilarity
{
    /// <summary>Similarity at or above which two sentences are taken to report the same content.</summary>
    double SameContentThreshold { get; }

    /// <summary>Prepares pairwise similarity over <paramref name="sentences"/> (for example, embeds them once).</summary>
    ISimilarityScope Prepare(IReadOnlyList<Sentence> sentences);
}

/// <summary>Pairwise similarity over a fixed list of sentences, by index into that list.</summary>
public interface ISimilarityScope
{
    /// <summary>Similarity of sentences <paramref name="first"/> and <paramref name="second"/> (1 = same).</summary>
    double Similarity(int first, int second);
}

/// <summary>
/// Lexical similarity: cosine of the two sentences' sets of stemmed content words. Two sentences reporting the
/// same fact in different outlets typically share most of their names, numbers and key words.
/// </summary>
public sealed class LexicalSimilarity : ISentenceSimilarity
{
    /// <summary>Creates it with a same-content threshold (default 0.5).</summary>
    public LexicalSimilarity(double sameContentThreshold = 0.5) => SameContentThreshold = sameContentThreshold;

    /// <inheritdoc />
    public double SameContentThreshold { get; }

    /// <inheritdoc />
    public ISimilarityScope Prepare(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return new Scope(ClusterFeatures.FromSentences(sentences));
    }

    internal static ISimilarityScope For(ClusterFeatures features) => new Scope(features);

    private sealed class Scope(ClusterFeatures features) : ISimilarityScope
    {
        public double Similarity(int first, int second) => features.Cosine(first, second);
    }
}
