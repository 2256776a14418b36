using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Text;

/// <summary>Fills <see cref="Sentence.Terms"/> for every sentence with a <see cref="TermAnalyzer"/>.</summary>
public sealed class TermStage(TermAnalyzer analyzer) : IClusterStage
{
    /// <inheritdoc />
    public string Name => "terms";

    /// <inheritdoc />
    public void Process(Cluster cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        foreach (var sentence in cluster.Sentences) sentence.Terms = analyzer.Analyze(sentence.Text);
    }
}
