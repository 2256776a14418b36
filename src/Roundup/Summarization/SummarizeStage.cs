using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Summarization;

/// <summary>
/// Runs a summarizer and stores the result in <see cref="Cluster.Summary"/>. Needs the <c>terms</c> stage (the
/// summarizers' words) and the <c>quotes</c> stage (which sentences continue a quotation, and who speaks one
/// attributed to "he" or "she") before it.
/// </summary>
public sealed class SummarizeStage(ISummarizer summarizer, SummaryOptions options) : IClusterStage
{
    /// <inheritdoc />
    public string Name => "summarize";

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Requires => [Capability.Terms, Capability.Quotes];

    /// <inheritdoc/>
    public IReadOnlyCollection<string> UsesIfPresent => [Capability.Embeddings];

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Provides => [Capability.Summary];

    /// <inheritdoc />
    public void Process(Cluster cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        cluster.Summary = summarizer.Summarize(cluster, options.For(cluster));
        if (cluster.Summary.Sentences.Count == 0 && cluster.Articles.Exists(a => !string.IsNullOrWhiteSpace(a.Text)))
            cluster.Warnings.Add(options.Sentences is null
                ? $"the summary is empty: no sentence fits the {options.Words}-word budget and the summarizer's filters (a sentence over 60 words, or text without sentences, is never chosen); try a larger --words."
                : "the summary is empty: no sentence passes the summarizer's filters (a sentence over 60 words, or text without sentences, is never chosen).");
    }
}
