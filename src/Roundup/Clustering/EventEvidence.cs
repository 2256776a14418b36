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
}
