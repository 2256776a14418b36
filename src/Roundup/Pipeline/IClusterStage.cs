using Roundup.Model;

namespace Roundup.Pipeline;

/// <summary>
/// One stage of the pipeline: reads a <see cref="Cluster"/> and enriches it in place. A stage has one job
/// (clean, segment, analyze terms, summarize, extract facts), declares its name for progress and errors, and
/// declares what it needs from earlier stages and what it adds (<see cref="Capability"/>), which
/// <see cref="RoundupPipelineBuilder.Build"/> checks. The declarations default to nothing, so a stage that reads
/// and adds nothing the others care about only implements <see cref="Name"/> and <see cref="Process"/>.
/// </summary>
public interface IClusterStage
{
    /// <summary>Short stage name ("clean", "segment", …).</summary>
    string Name { get; }

    /// <summary>What an earlier stage must have added before this one runs (<see cref="Capability"/> names).</summary>
    IReadOnlyCollection<string> Requires => [];

    /// <summary>What this stage reads when it is there: a stage that adds it, if the pipeline has one, must come first.</summary>
    IReadOnlyCollection<string> UsesIfPresent => [];

    /// <summary>What this stage adds to the cluster for later stages (<see cref="Capability"/> names).</summary>
    IReadOnlyCollection<string> Provides => [];

    /// <summary>Processes one cluster. Must be safe to call concurrently on different clusters.</summary>
    void Process(Cluster cluster, CancellationToken cancellationToken = default);
}
