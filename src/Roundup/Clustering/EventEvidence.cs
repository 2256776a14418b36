namespace Roundup.Clustering;

/// <summary>
/// Event-level evidence beyond the words two articles share (batch mode): how far apart in time two dated articles were
/// published. Two reports a day apart on one running subject (the rescue attempts, then the crew's death) share most of
/// their words; the days between them tell the developments apart.
/// </summary>
internal static class EventEvidence
{
    /// <summary>The event-level pairs with <see cref="StoryClusteringOptions.EventDayPenalty"/> taken off per day between two
    /// dated articles (pairs with an undated article unchanged); pairs that fall below <paramref name="floor"/> are dropped.</summary>
    public static List<(int A, int B, double Sim)> TimePenalized(List<(int A, int B, double Sim)> pairs, IReadOnlyList<DateTimeOffset?> times,
        double perDay, double floor)
    {
        if (perDay <= 0) return pairs;
        var kept = new List<(int, int, double)>(pairs.Count);
        foreach (var (a, b, sim) in pairs)
        {
            double s = sim;
            if (times[a] is { } ta && times[b] is { } tb) s -= perDay * (ta - tb).Duration().TotalDays;
            if (s >= floor) kept.Add((a, b, s));
        }
        return kept;
    }

    /// <summary>The <paramref name="count"/> name terms (<paramref name="isName"/>) with the most weight summed over
    /// <paramref name="vectors"/> (ties: lower id).</summary>
    public static HashSet<int> SalientNames(IEnumerable<SparseVector> vectors, Func<int, bool> isName, int count)
        => [.. RankedNames(vectors, isName, count)];

    /// <summary><see cref="SalientNames"/> in order: heaviest first (ties: lower id).</summary>
    public static int[] RankedNames(IEnumerable<SparseVector> vectors, Func<int, bool> isName, int count)
    {
        var weights = new Dictionary<int, double>();
        foreach (var v in vectors)
            for (int q = 0; q < v.Ids.Length; q++)
                if (isName(v.Ids[q])) weights[v.Ids[q]] = weights.GetValueOrDefault(v.Ids[q]) + v.Weights[q];
        return [.. weights.OrderByDescending(e => e.Value).ThenBy(e => e.Key).Take(count).Select(e => e.Key)];
    }

    /// <summary>A merge that <see cref="NameGate"/> refused: the two groups' members and their mean event similarity.</summary>
    public sealed record NameBlock(int[] Left, int[] Right, double Sim);

    /// <summary>
    /// The event linkage's name gate (<see cref="StoryClusteringOptions.EventLinkNames"/>): two groups whose mean event
    /// similarity is below <see cref="StoryClusteringOptions.EventLinkNamesBelow"/>, each holding a dated article, do not
    /// merge when none of the one's <see cref="StoryClusteringOptions.EventLinkNames"/> most salient names (<see cref="SalientNames"/>)
    /// is among the other's; a group without names passes. Each refusal is added to <paramref name="blocks"/>.
    /// Null when the option is 0 or <paramref name="isName"/> is null.
    /// </summary>
    public static Func<List<int>, List<int>, double, bool>? NameGate(SparseVector[] vectors, Func<int, bool>? isName,
        IReadOnlyList<DateTimeOffset?> times, StoryClusteringOptions options, List<NameBlock> blocks)
    {
        if (isName is null || options.EventLinkNames == 0) return null;
        return (left, right, sim) =>
        {
            if (sim >= options.EventLinkNamesBelow || !left.Any(i => times[i] is not null) || !right.Any(i => times[i] is not null)) return true;
            var first = SalientNames(left.Select(i => vectors[i]), isName, options.EventLinkNames);
            var second = SalientNames(right.Select(i => vectors[i]), isName, options.EventLinkNames);
            if (first.Count == 0 || second.Count == 0 || first.Overlaps(second)) return true;
            blocks.Add(new NameBlock([.. left], [.. right], sim));
            return false;
        };
    }
}
