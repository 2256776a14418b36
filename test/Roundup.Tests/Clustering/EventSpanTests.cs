using Roundup.Clustering;
using Roundup.Model;

namespace Roundup.Tests.Clustering;

/// <summary>Batch mode: an event may chain over <see cref="StoryClusteringOptions.EventSpan"/> (5 days) while its pairs are
/// compared only within <see cref="StoryClusteringOptions.EventWindow"/> (3 days).</summary>
public sealed class EventSpanTests
{
    private static readonly DateTimeOffset Day = new(2026, 2, 9, 7, 0, 0, TimeSpan.Zero);

    /// <summary>A unit vector over term ids of weight 1.</summary>
    private static SparseVector V(params int[] ids)
    {
        var sorted = ids.Order().ToArray();
        float w = (float)(1 / Math.Sqrt(sorted.Length));
        return new SparseVector(sorted, [.. sorted.Select(_ => w)]);
    }

    /// <summary>A rescue reported on days 0, 2 and 4: each day's pair shares the rescue's terms (1-4) and a term of its own;
    /// day 0 and day 4 are more than the window apart, so they are never compared directly.</summary>
    private static (SparseVector[] Vectors, DateTimeOffset?[] Times) Rescue()
    {
        SparseVector[] vectors = [V(1, 2, 3, 4, 10, 11), V(1, 2, 3, 4, 10, 12), V(1, 2, 3, 4, 20, 21), V(1, 2, 3, 4, 20, 22),
            V(1, 2, 3, 4, 30, 31), V(1, 2, 3, 4, 30, 32)];
        DateTimeOffset?[] times = [Day, Day.AddHours(4), Day.AddDays(2), Day.AddDays(2).AddHours(3), Day.AddDays(4), Day.AddDays(4).AddHours(2)];
        return (vectors, times);
    }

    [Fact]
    public void A_rescue_over_four_days_is_one_event_at_the_default_span_and_splits_at_the_window()
    {
        var (vectors, times) = Rescue();
        var skip = new bool[vectors.Length];
        var dense = new float[]?[vectors.Length];
        var options = StoryClusteringOptions.Default with { EventDayPenalty = 0 };

        var chained = StoryClusterer.TwoLevels(vectors, dense, times, skip, options);
        Assert.Equal([0, 0, 0, 0, 0, 0], chained.Events);

        // At a span of 3 days (the window, as before), days 0 and 4 cannot be in one event.
        var capped = StoryClusterer.TwoLevels(vectors, dense, times, skip, options with { EventSpan = TimeSpan.FromDays(3) });
        Assert.NotEqual(capped.Events[0], capped.Events[5]);
        Assert.Equal(capped.Events[0], capped.Events[1]);
        Assert.Equal(capped.Events[4], capped.Events[5]);
        foreach (var group in Enumerable.Range(0, 6).GroupBy(i => capped.Events[i]))
            Assert.True(group.Max(i => times[i]!.Value) - group.Min(i => times[i]!.Value) <= TimeSpan.FromDays(3));
        // Subjects are unions of events whatever the span.
        Assert.Equal(capped.Subjects[0], capped.Subjects[5]);

        // A window longer than the span wins: the longer of the two applies.
        var wide = StoryClusterer.TwoLevels(vectors, dense, times, skip, options with { EventSpan = TimeSpan.FromDays(1), EventWindow = TimeSpan.FromDays(5) });
        Assert.Equal([0, 0, 0, 0, 0, 0], wide.Events);
    }

    [Fact]
    public void The_same_rescue_eight_days_long_splits_at_the_default_span()
    {
        var (vectors, _) = Rescue();
        DateTimeOffset?[] times = [Day, Day.AddHours(4), Day.AddDays(3), Day.AddDays(3).AddHours(3), Day.AddDays(6), Day.AddDays(6).AddHours(2)];
        var levels = StoryClusterer.TwoLevels(vectors, new float[]?[6], times, new bool[6], StoryClusteringOptions.Default with { EventDayPenalty = 0 });
        Assert.NotEqual(levels.Events[0], levels.Events[5]);
        foreach (var group in Enumerable.Range(0, 6).GroupBy(i => levels.Events[i]))
            Assert.True(group.Max(i => times[i]!.Value) - group.Min(i => times[i]!.Value) <= TimeSpan.FromDays(5));
    }

    [Fact]
    public void Explain_says_two_articles_beyond_the_window_were_linked_through_the_articles_between_them()
    {
        Article Make(string id, string text, double days) => new(id, text) { Published = Day.AddDays(days) };
        List<Article> articles =
        [
            Make("cave-1", "Divers searched the flooded Harrow cave on Monday for four climbers trapped by rising water. Rescuers from three counties pumped water from the entrance while the climbers' families waited at the camp.", 0),
            Make("cave-2", "Rescuers pumped water from the flooded Harrow cave where four climbers are trapped. Divers reached the second chamber and the families waited at the rescue camp near the entrance.", 0.2),
            Make("cave-3", "Divers found the four climbers trapped in the Harrow cave alive in a dry chamber, rescuers said. Pumping continued at the entrance and the families at the camp cheered the news.", 2),
            Make("cave-4", "The four climbers trapped in the Harrow cave are alive, divers said after reaching the dry chamber. Rescuers keep pumping water from the flooded entrance before bringing them out.", 2.1),
            Make("cave-5", "Divers brought the four climbers out of the flooded Harrow cave after five days, rescuers said. The climbers were taken from the camp at the entrance to hospital and their families thanked the divers.", 4),
            Make("cave-6", "All four climbers trapped in the Harrow cave are out: divers guided them through the flooded passages to the entrance, where rescuers and families waited at the camp.", 4.1),
            Make("vote-1", "The Dunmore council voted on Tuesday to close two libraries and raise parking fees to balance its budget. Opposition councillors said the cuts hit the poorest districts hardest.", 1),
            Make("vote-2", "Dunmore councillors approved a budget that closes two libraries and raises parking charges. The opposition called the library cuts unfair to poorer districts.", 1.1),
        ];
        var together = ClusteringExplainer.Explain(articles, "cave-1", "cave-6");
        Assert.True(together.Event.Together, together.ToString());
        Assert.Contains("through the articles between them", together.ToString(), StringComparison.Ordinal);

        // Beyond the longest event, that is the reason; between the window and the span, the chain was not made.
        var capped = ClusteringExplainer.Explain(articles, "cave-1", "cave-6", StoryClusteringOptions.Default with { EventSpan = TimeSpan.FromDays(3) });
        Assert.False(capped.Event.Together);
        Assert.Contains("published more than 72 hours apart (the longest event)", capped.ToString(), StringComparison.Ordinal);
        var unlinked = ClusteringExplainer.Explain(articles, "cave-1", "cave-6", StoryClusteringOptions.Default with { EventThreshold = 0.9 });
        Assert.False(unlinked.Event.Together);
        Assert.Contains("not compared directly, and their events were not linked through the articles between them", unlinked.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_that_is_not_positive_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventSpan = TimeSpan.Zero }).Validate());
        (StoryClusteringOptions.Default with { EventSpan = TimeSpan.FromDays(1) }).Validate();
    }
}
