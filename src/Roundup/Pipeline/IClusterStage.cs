using Roundup.Model;

namespace Roundup.Pipeline;

/// <summary>
/// One stage of the pipeline: reads a <see cref="Cluster"/> and enriches it in place. A stage has one job
/// (clean, segment, analyze terms, summarize, extract facts) and declares its name for progress and errors.
/// </summary>
public interface IClusterStage
{
    /// <summary>Short stage name ("clean", "segment", …).</summary>
    string Name { get; }

    /// <summary>Processes one cluster. Must be safe to call concurrently on different clusters.</summary>
    void Process(Cluster cluster, CancellationToken cancellationToken = default);
}
