using Roundup.Clustering;
using Roundup.Model;

namespace Roundup.Stories;

/// <summary>What a <see cref="StoryFlow"/> run produced.</summary>
/// <param name="Stories">The stories kept (biggest first), each summarized, with facts when the flow extracts them.</param>
/// <param name="Clustering">The full clustering of the input (every story, kept or not, and each article's story).</param>
public sealed record StoryFlowResult(IReadOnlyList<Cluster> Stories, StoryClusteringResult Clustering);
