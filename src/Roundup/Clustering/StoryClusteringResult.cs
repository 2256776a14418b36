using Roundup.Model;

namespace Roundup.Clustering;

/// <summary>The two levels of a story: one happening, or the running subject it belongs to.</summary>
public enum StoryLevel
{
    /// <summary>One happening: the same actors, the same place, a few days.</summary>
    Event,

    /// <summary>A running story: the same actors or issue over weeks or months; a union of events.</summary>
    Subject,
}

/// <summary>The stories found in a collection, at both levels: events nested in subjects.</summary>
/// <param name="Stories">The events, biggest subject first and, inside a subject, biggest event first, each a <see cref="Cluster"/>
/// with <see cref="Cluster.Label"/>, <see cref="Cluster.Keywords"/> and <see cref="Cluster.Subject"/> set and its articles in time order.</param>
/// <param name="StoryOfArticle">For each input article (input order for batch, arrival order for incremental), the position of
/// its event in <see cref="Stories"/>.</param>
/// <param name="Duplicates">Articles marked as near-copies of an earlier one.</param>
public sealed record StoryClusteringResult(IReadOnlyList<Cluster> Stories, IReadOnlyList<int> StoryOfArticle, int Duplicates)
{
    /// <summary>The subjects, biggest first; each holds the articles of its events (its <see cref="Cluster.Subject"/> is null).</summary>
    public IReadOnlyList<Cluster> Subjects { get; init; } = [];

    /// <summary>For each article (same order as <see cref="StoryOfArticle"/>), the position of its subject in <see cref="Subjects"/>.</summary>
    public IReadOnlyList<int> SubjectOfArticle { get; init; } = [];

    /// <summary>For each event in <see cref="Stories"/>, the position of its subject in <see cref="Subjects"/>.</summary>
    public IReadOnlyList<int> SubjectOfStory { get; init; } = [];

    /// <summary>The assignment of each article at <paramref name="level"/>.</summary>
    public IReadOnlyList<int> AssignmentAt(StoryLevel level) => level == StoryLevel.Event ? StoryOfArticle : SubjectOfArticle;

    /// <summary>The same result with per-article lists in input order, given each input position's place in processing order.</summary>
    internal StoryClusteringResult InInputOrder(int[] order)
    {
        var events = new int[order.Length];
        var subjects = new int[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            events[order[k]] = StoryOfArticle[k];
            subjects[order[k]] = SubjectOfArticle[k];
        }
        return this with { StoryOfArticle = events, SubjectOfArticle = subjects };
    }
}
