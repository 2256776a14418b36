using Roundup.Clustering;

namespace Roundup.Tests.Clustering;

/// <summary>Incremental event engine, on hand-made term vectors: an article that reaches no event's join level still joins its
/// one clear candidate event (<see cref="StoryClusteringOptions.EventClearJoin"/>, <see cref="StoryClusteringOptions.EventClearMargin"/>,
/// <see cref="StoryClusteringOptions.EventClearMinArticles"/>).</summary>
public sealed class EventClearJoinTests
{
    /// <summary>A unit vector over term ids of weight 1.</summary>
    private static SparseVector V(params int[] ids)
    {
        var sorted = ids.Order().ToArray();
        float w = (float)(1 / Math.Sqrt(sorted.Length));
        return new SparseVector(sorted, [.. sorted.Select(_ => w)]);
    }

    private static StoryEngine Engine(double clearJoin, StoryClusteringOptions? options = null)
        => new(IncrementalStoryClusterer.EventOptions(options ?? StoryClusteringOptions.Default), coldStart: false, null, 0,
            StoryClusteringOptions.Default.EventPairJoin, clearJoin);

    // A two-article event (the pair shares half its terms: similarity 0.5), and a third report that shares one term with
    // each of them: similarity 0.204 with both, a mean of 0.204, below the join level (0.22) and the pair level (0.3).
    private static readonly SparseVector First = V(1, 2, 3, 4);
    private static readonly SparseVector Second = V(1, 2, 5, 6);
    private static readonly SparseVector Third = V(1, 7, 8, 9, 10, 11);

    [Fact]
    public void A_report_whose_only_candidate_event_is_close_enough_joins_it_below_the_join_level()
    {
        Assert.InRange(Third.Dot(First), 0.2, 0.21);
        Assert.InRange(Third.Dot(Second), 0.2, 0.21);

        var off = Engine(clearJoin: 0);
        int ev = off.Add(First, null, null, -1);
        Assert.Equal(ev, off.Add(Second, null, null, -1));
        Assert.NotEqual(ev, off.Add(Third, null, null, -1));

        var on = Engine(StoryClusteringOptions.Default.EventClearJoin);
        ev = on.Add(First, null, null, -1);
        Assert.Equal(ev, on.Add(Second, null, null, -1));
        Assert.Equal(ev, on.Add(Third, null, null, -1));

        // Above the clear-join level (0.21 > 0.204) it starts an event of its own again.
        var higher = Engine(0.21);
        ev = higher.Add(First, null, null, -1);
        higher.Add(Second, null, null, -1);
        Assert.NotEqual(ev, higher.Add(Third, null, null, -1));
    }

    [Fact]
    public void A_single_article_is_no_evidence_and_the_event_must_hold_the_fewest_articles()
    {
        var on = Engine(StoryClusteringOptions.Default.EventClearJoin);
        int ev = on.Add(First, null, null, -1);
        Assert.NotEqual(ev, on.Add(Third, null, null, -1)); // one article: not a clear neighbour (0.204 < 0.22)

        var three = Engine(StoryClusteringOptions.Default.EventClearJoin, StoryClusteringOptions.Default with { EventClearMinArticles = 3 });
        ev = three.Add(First, null, null, -1);
        three.Add(Second, null, null, -1);
        Assert.NotEqual(ev, three.Add(Third, null, null, -1));
    }

    [Fact]
    public void Two_candidate_events_about_as_close_leave_the_report_alone()
    {
        // A second event that the report matches almost as well as the first (one shared term with each of its two
        // five-term articles: 0.183, against 0.204), well above half the first's similarity.
        var y1 = V(7, 20, 21, 22, 25);
        var y2 = V(7, 20, 23, 24, 26);
        Assert.InRange(Third.Dot(y1), 0.18, 0.19);

        var on = Engine(StoryClusteringOptions.Default.EventClearJoin);
        int a = on.Add(First, null, null, -1);
        on.Add(Second, null, null, -1);
        int b = on.Add(y1, null, null, -1);
        Assert.NotEqual(a, b);
        Assert.Equal(b, on.Add(y2, null, null, -1));
        int third = on.Add(Third, null, null, -1);
        Assert.NotEqual(a, third);
        Assert.NotEqual(b, third);

        // With a margin of 1 (the second candidate need only score less), the better one takes it.
        var loose = Engine(StoryClusteringOptions.Default.EventClearJoin, StoryClusteringOptions.Default with { EventClearMargin = 1 });
        a = loose.Add(First, null, null, -1);
        loose.Add(Second, null, null, -1);
        loose.Add(y1, null, null, -1);
        loose.Add(y2, null, null, -1);
        Assert.Equal(a, loose.Add(Third, null, null, -1));
    }

    [Fact]
    public void A_clear_join_level_or_margin_out_of_range_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventClearJoin = -0.1 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventClearJoin = 1 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventClearMargin = 1.5 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventClearMinArticles = 0 }).Validate());
        (StoryClusteringOptions.Default with { EventClearJoin = 0 }).Validate();
    }
}
