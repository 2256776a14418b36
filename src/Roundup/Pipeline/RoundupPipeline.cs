using Roundup.Model;

namespace Roundup.Pipeline;

/// <summary>
/// A frozen, reusable sequence of stages. Build one with <see cref="RoundupPipelineBuilder"/>, then run it on
/// any number of clusters; it is thread-safe when its stages are.
/// </summary>
public sealed class RoundupPipeline
{
    internal RoundupPipeline(IReadOnlyList<IClusterStage> stages) => Stages = stages;

    /// <summary>The stages, in the order they run.</summary>
    public IReadOnlyList<IClusterStage> Stages { get; }

    /// <summary>Runs every stage on <paramref name="cluster"/> and returns it.</summary>
    public Cluster Run(Cluster cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(cluster, cancellationToken);
        }
        return cluster;
    }

    /// <summary>Runs the pipeline over a stream of clusters, yielding each as it is done (in input order).</summary>
    public IEnumerable<Cluster> RunAll(IEnumerable<Cluster> clusters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        foreach (var c in clusters) yield return Run(c, cancellationToken);
    }
}
