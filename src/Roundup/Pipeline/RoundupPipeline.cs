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

    /// <summary>
    /// Runs the pipeline over a stream of clusters and yields each when done, in input order. Clusters are read in
    /// small batches and processed on up to <paramref name="maxParallelism"/> threads (default: one per core), so a
    /// batch file streams with bounded memory. When reading fails part-way, the clusters read before the failure are
    /// still processed and yielded, then the failure is rethrown. Cancelling <paramref name="cancellationToken"/> (Ctrl-C,
    /// or a consumer whose output has gone) stops the work in flight and raises <see cref="OperationCanceledException"/>;
    /// a consumer that stops enumerating stops the reading and processing at once.
    /// </summary>
    public IEnumerable<Cluster> RunAll(IEnumerable<Cluster> clusters, int maxParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        int threads = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;
        int batchSize = threads == 1 ? 1 : threads * 8;
        var batch = new List<Cluster>(batchSize);
        using var source = clusters.GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Clear();
            Exception? readFailure = null;
            try
            {
                while (batch.Count < batchSize && source.MoveNext()) batch.Add(source.Current);
            }
            catch (Exception e) when (batch.Count > 0)
            {
                readFailure = e;
            }
            if (batch.Count == 0) yield break;
            if (batch.Count == 1 || threads == 1) Run(batch[0], cancellationToken);
            else
            {
                var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
                Parallel.For(0, batch.Count, options, i => Run(batch[i], cancellationToken));
            }
            foreach (var c in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return c;
            }
            if (readFailure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(readFailure);
            if (batch.Count < batchSize) yield break;
        }
    }
}
