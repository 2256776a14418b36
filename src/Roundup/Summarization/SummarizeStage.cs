using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Summarization;

/// <summary>Runs a summarizer and stores the result in <see cref="Cluster.Summary"/>.</summary>
public sealed class SummarizeStage(ISummarizer summarizer, SummaryOptions options) : IClusterStage
{
    /// <inheritdoc />
    public string Name => "summarize";

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Requires => [Capability.Terms];

    /// <inheritdoc/>
    public IReadOnlyCollection<string> UsesIfPresent => [Capability.Embeddings];

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Provides => [Capability.Summary];

    /// <inheritdoc />
    public void Process(Cluster cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        cluster.Summary = summarizer.Summarize(cluster, options);
    }
}
