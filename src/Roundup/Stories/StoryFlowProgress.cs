namespace Roundup.Stories;

/// <summary>The step a <see cref="StoryFlow"/> run is in.</summary>
public enum StoryFlowStep
{
    /// <summary>Cleaning articles (boilerplate removed, datelines read).</summary>
    Clean,

    /// <summary>Grouping articles into stories.</summary>
    Cluster,

    /// <summary>Summarizing stories (and extracting their facts when configured).</summary>
    Summarize,
}

/// <summary>Progress of a <see cref="StoryFlow"/> run: <paramref name="Done"/> of <paramref name="Total"/> items in <paramref name="Step"/>.</summary>
/// <param name="Step">The step.</param>
/// <param name="Done">Items done in that step (articles for clean and cluster, stories for summarize).</param>
/// <param name="Total">Items in that step.</param>
public readonly record struct StoryFlowProgress(StoryFlowStep Step, int Done, int Total);
