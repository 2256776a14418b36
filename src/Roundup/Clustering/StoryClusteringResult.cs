using Roundup.Model;

namespace Roundup.Clustering;

/// <summary>The stories found in a collection.</summary>
/// <param name="Stories">The stories, biggest first (independent sources, then articles), each a <see cref="Cluster"/> with
/// <see cref="Cluster.Label"/> and <see cref="Cluster.Keywords"/> set and its articles in time order.</param>
/// <param name="StoryOfArticle">For each input article (input order for batch, arrival order for incremental), the position of
/// its story in <see cref="Stories"/>.</param>
/// <param name="Duplicates">Articles marked as near-copies of an earlier one.</param>
public sealed record StoryClusteringResult(IReadOnlyList<Cluster> Stories, IReadOnlyList<int> StoryOfArticle, int Duplicates);
