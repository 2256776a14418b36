namespace Roundup.Clustering;

/// <summary>
/// How batch clustering's per-article loops run: a small collection (fewer than <see cref="SequentialBelow"/> articles,
/// such as one summary's cluster, see <see cref="StoryClusterer.EventsOf"/>) on the calling thread, where handing a few
/// dozen articles to other threads costs more than it saves; a larger one in parallel. The results are the same.
/// </summary>
internal static class SmallBatches
{
    /// <summary>Below this many articles the loops run on one thread.</summary>
    internal const int SequentialBelow = 64;

    private static readonly ParallelOptions One = new() { MaxDegreeOfParallelism = 1 };
    private static readonly ParallelOptions Any = new();

    /// <summary>The options for a loop over <paramref name="n"/> articles.</summary>
    internal static ParallelOptions For(int n) => n < SequentialBelow ? One : Any;
}
