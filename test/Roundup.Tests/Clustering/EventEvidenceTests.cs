using Roundup.Clustering;

namespace Roundup.Tests.Clustering;

/// <summary>The time between two dated articles as event evidence (<see cref="EventEvidence"/>,
/// <see cref="StoryClusteringOptions.EventDayPenalty"/>), on hand-made term vectors.</summary>
public sealed class EventEvidenceTests
{
    private static readonly DateTimeOffset Day = new(2026, 5, 4, 6, 0, 0, TimeSpan.Zero);

    /// <summary>A unit vector over term ids of weight 1.</summary>
    private static SparseVector V(params int[] ids)
    {
        var sorted = ids.Order().ToArray();
        float w = (float)(1 / Math.Sqrt(sorted.Length));
        return new SparseVector(sorted, [.. sorted.Select(_ => w)]);
    }

    [Fact]
    public void A_pair_loses_the_penalty_per_day_between_its_articles_and_an_undated_pair_loses_nothing()
    {
        DateTimeOffset?[] times = [Day, Day.AddHours(36), null];
        List<(int A, int B, double Sim)> pairs = [(0, 1, 0.2), (0, 2, 0.2), (1, 2, 0.05)];
        var kept = EventEvidence.TimePenalized(pairs, times, 0.04, 0.03);
        Assert.Equal(3, kept.Count);
        Assert.Equal(0.2 - 0.04 * 1.5, kept[0].Sim, 9);
        Assert.Equal(0.2, kept[1].Sim, 9);
        Assert.Equal(0.05, kept[2].Sim, 9);

        // A pair pushed below the floor is dropped; no penalty gives the pairs back as they were.
        Assert.DoesNotContain(EventEvidence.TimePenalized([(0, 1, 0.08)], times, 0.04, 0.03), p => p.A == 0 && p.B == 1);
        Assert.Same(pairs, EventEvidence.TimePenalized(pairs, times, 0, 0.03));
    }

    [Fact]
    public void Two_developments_two_days_apart_are_two_events_of_one_subject()
    {
        // 0-1: the rescuers' first day; 2-3: two days later, the crew found dead. Both pairs share the submarine's name (term 1)
        // across the days, enough to link them into one event without the days between them, not with them.
        SparseVector[] vectors = [V(1, 10, 11, 12, 13), V(1, 10, 11, 12, 14), V(1, 20, 21, 22, 23), V(1, 20, 21, 22, 24)];
        DateTimeOffset?[] times = [Day, Day.AddHours(3), Day.AddDays(2), Day.AddDays(2).AddHours(5)];
        var skip = new bool[4];
        var dense = new float[]?[4];

        var levels = StoryClusterer.TwoLevels(vectors, dense, times, skip, StoryClusteringOptions.Default);
        Assert.Equal([0, 0, 2, 2], levels.Events);
        Assert.Equal(levels.Subjects[0], levels.Subjects[2]);

        var flat = StoryClusterer.TwoLevels(vectors, dense, times, skip, StoryClusteringOptions.Default with { EventDayPenalty = 0 });
        Assert.Equal([0, 0, 0, 0], flat.Events);

        // Undated, the same articles are one event whatever the penalty.
        var undated = StoryClusterer.TwoLevels(vectors, dense, new DateTimeOffset?[4], skip, StoryClusteringOptions.Default);
        Assert.Equal([0, 0, 0, 0], undated.Events);
    }

    [Fact]
    public void Explain_says_what_the_days_between_two_articles_cost_their_event_similarity()
    {
        // flood-1 and flood-2 (StoryFixtures) are 2 hours apart: 0.03 per day takes 0.0025 off their event similarity.
        var articles = StoryFixtures.Events();
        var e = ClusteringExplainer.Explain(articles, "flood-1", "flood-2");
        Assert.Equal(0.03 * 2 / 24, e.DayPenalty, 9);
        Assert.Contains("for the days between them", e.ToString(), StringComparison.Ordinal);

        var off = ClusteringExplainer.Explain(articles, "flood-1", "flood-2", StoryClusteringOptions.Default with { EventDayPenalty = 0 });
        Assert.Equal(0, off.DayPenalty);
        Assert.DoesNotContain("for the days between them", off.ToString(), StringComparison.Ordinal);
        Assert.True(off.EventSimilarity >= e.EventSimilarity);

        foreach (var a in articles) a.Published = null;
        Assert.Equal(0, ClusteringExplainer.Explain(articles, "flood-1", "flood-2").DayPenalty);
    }

    [Fact]
    public void A_negative_penalty_is_rejected()
        => Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventDayPenalty = -0.01 }).Validate());
}
