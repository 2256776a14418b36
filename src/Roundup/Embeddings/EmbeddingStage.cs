using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Embeddings;

/// <summary>
/// Optional stage "embed": fills <see cref="Sentence.Embedding"/> for the sentences <see cref="EmbeddingSelection"/>
/// picks, with one batched embedder call per cluster (sorted by length inside the embedder, cached by text).
/// Later stages read the vectors; sentences not selected keep a null embedding, so readers must fall back to
/// lexical similarity for them.
/// </summary>
public sealed class EmbeddingStage : IClusterStage
{
    private readonly ISentenceEmbedder _embedder;

    /// <summary>Creates the stage over any embedder (usually <see cref="MiniLmEmbedder.Shared"/>).</summary>
    public EmbeddingStage(ISentenceEmbedder embedder, EmbeddingSelection? selection = null)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        _embedder = embedder;
        Selection = selection ?? new EmbeddingSelection();
        Selection.Validate();
    }

    /// <summary>Stage name in the pipeline.</summary>
    public const string StageName = "embed";

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Requires => [Capability.Sentences];

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Provides => [Capability.Embeddings];

    /// <summary>Which sentences get embedded.</summary>
    public EmbeddingSelection Selection { get; }

    /// <summary>The sentences of <paramref name="cluster"/> this stage would embed, in cluster order.</summary>
    public IReadOnlyList<Sentence> Select(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var chosen = new List<Sentence>();
        foreach (var article in cluster.Articles)
        {
            if (Selection.SkipDuplicateArticles && article.DuplicateOf is not null) continue;
            int taken = 0;
            foreach (var sentence in article.Sentences)
            {
                if (Selection.MaxSentencesPerArticle is { } max && taken >= max) break;
                if (Selection.SkipHeadlines && sentence.IsHeadline) continue;
                if (sentence.WordCount < Selection.MinWords) continue;
                chosen.Add(sentence);
                taken++;
            }
        }
        return chosen;
    }

    /// <inheritdoc />
    public void Process(Cluster cluster, CancellationToken cancellationToken = default)
    {
        var sentences = Select(cluster);
        if (sentences.Count == 0) return;
        var vectors = _embedder.Embed([.. sentences.Select(s => s.Text)], cancellationToken);
        for (int i = 0; i < sentences.Count; i++) sentences[i].Embedding = vectors[i];
    }
}
