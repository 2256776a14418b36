using Roundup.Clustering;

namespace Roundup.Tests.Clustering;

/// <summary>The incremental engines' event-level rules on hand-made term vectors: the day penalty on joining an event, and
/// an event whose subject holds only it joining a closer subject whole (<see cref="StoryEngine.BestOther"/>,
/// <see cref="StoryEngine.MergeInto"/>).</summary>
public sealed class IncrementalEventTests
{
    private static readonly DateTimeOffset Day = new(2026, 6, 1, 7, 0, 0, TimeSpan.Zero);

    /// <summary>A unit vector over term ids of weight 1.</summary>
    private static SparseVector V(params int[] ids)
    {
        var sorted = ids.Order().ToArray();
        float w = (float)(1 / Math.Sqrt(sorted.Length));
        return new SparseVector(sorted, [.. sorted.Select(_ => w)]);
    }

    private static StoryEngine EventEngine(double dayPenalty, double pairJoin = 1)
        => new(IncrementalStoryClusterer.EventOptions(StoryClusteringOptions.Default), coldStart: false, null, dayPenalty, pairJoin);

    [Fact]
    public void An_article_close_to_one_member_joins_an_event_whose_mean_it_misses()
    {
        // A two-article event (the pair shares half its terms), then a follow-up that repeats the first article closely
        // (similarity 1/3) and shares nothing with the second: mean similarity 1/6, below the join level (0.22).
        var first = V(1, 2, 3, 4);
        var second = V(1, 2, 5, 6);
        var followUp = V(3, 4, 7, 8, 9, 10, 11, 12, 13);
        Assert.Equal(1 / 3.0, followUp.Dot(first), 5);
        Assert.Equal(0, followUp.Dot(second), 5);

        // Off (1): the mean decides, and the follow-up starts an event of its own.
        var off = EventEngine(0, pairJoin: 1);
        int ev = off.Add(first, null, null, -1);
        Assert.Equal(ev, off.Add(second, null, null, -1));
        Assert.NotEqual(ev, off.Add(followUp, null, null, -1));

        // At the default pair level (0.3) the event scores 1/3 − (0.3 − 0.22) ≈ 0.25 ≥ 0.22: it joins.
        Assert.Equal(0.3, StoryClusteringOptions.Default.EventPairJoin);
        var on = EventEngine(0, pairJoin: StoryClusteringOptions.Default.EventPairJoin);
        ev = on.Add(first, null, null, -1);
        Assert.Equal(ev, on.Add(second, null, null, -1));
        Assert.Equal(ev, on.Add(followUp, null, null, -1));

        // A stricter pair level (0.35): 1/3 − 0.13 ≈ 0.20, short of 0.22.
        var strict = EventEngine(0, pairJoin: 0.35);
        ev = strict.Add(first, null, null, -1);
        Assert.Equal(ev, strict.Add(second, null, null, -1));
        Assert.NotEqual(ev, strict.Add(followUp, null, null, -1));

        // The day penalty still applies on top: two days later (−0.06) the follow-up no longer joins.
        var dated = EventEngine(0.03, pairJoin: 0.3);
        ev = dated.Add(first, null, Day, -1);
        Assert.Equal(ev, dated.Add(second, null, Day, -1));
        Assert.NotEqual(ev, dated.Add(followUp, null, Day.AddDays(2), -1));
    }

    [Fact]
    public void The_pair_join_level_must_be_in_range()
    {
        Assert.Throws<ArgumentException>(() => new IncrementalStoryClusterer(StoryClusteringOptions.Default with { EventPairJoin = 0 }));
        Assert.Throws<ArgumentException>(() => new IncrementalStoryClusterer(StoryClusteringOptions.Default with { EventPairJoin = 1.5 }));
        _ = new IncrementalStoryClusterer(StoryClusteringOptions.Default with { EventPairJoin = 1 });
    }

    [Fact]
    public void An_article_two_days_after_an_event_needs_more_similarity_to_join_it()
    {
        // Mean similarity 0.25 with the event's one member: above the join level (0.22) on the same day, below it once two days
        // cost 0.06.
        var first = V(1, 10, 11, 12);
        var close = V(1, 20, 21, 22);
        Assert.Equal(0.25, close.Dot(first), 5);

        var sameDay = EventEngine(0.03);
        int a = sameDay.Add(first, null, Day, -1);
        Assert.Equal(a, sameDay.Add(close, null, Day.AddHours(4), -1));

        var later = EventEngine(0.03);
        a = later.Add(first, null, Day, -1);
        Assert.NotEqual(a, later.Add(close, null, Day.AddDays(2), -1));

        var off = EventEngine(0);
        a = off.Add(first, null, Day, -1);
        Assert.Equal(a, off.Add(close, null, Day.AddDays(2), -1));

        // Undated, nothing is taken off.
        var undated = EventEngine(0.03);
        a = undated.Add(first, null, null, -1);
        Assert.Equal(a, undated.Add(close, null, null, -1));
    }

    [Fact]
    public void A_story_merged_into_another_hands_over_its_articles_centroid_and_time_span()
    {
        var engine = new StoryEngine(StoryClusteringOptions.Default, coldStart: false);
        int harbour = engine.Add(V(1, 2, 3), null, Day, -1);
        engine.Add(V(1, 2, 4), null, Day.AddHours(1), -1, force: harbour);
        int strike = engine.Add(V(10, 11, 12), null, Day.AddDays(1), -1);
        int lone = engine.Add(V(5, 6, 7), null, Day.AddDays(3), -1);
        Assert.Equal([0, 0, 1, 2], engine.StoryOf);

        // Grown (say, its event took an article on the harbour), the lone story's summed vector is closest to the harbour story.
        int best = engine.BestOther(V(1, 2, 5, 6, 7), Day.AddDays(3), lone, out double cosine);
        Assert.Equal(harbour, best);
        Assert.True(cosine > 0.3);

        engine.MergeInto(lone, harbour);
        Assert.All(engine.StoryOf, s => Assert.NotEqual(lone, s));
        Assert.Equal(harbour, engine.StoryOf[3]);
        Assert.Equal([0, 1, 3], engine.Stories[harbour].Members);
        Assert.Empty(engine.Stories[lone].Members);
        Assert.True(engine.Stories[lone].Dormant);
        Assert.Equal(3, engine.Stories[harbour].Independent);
        Assert.Equal(Day.AddDays(3), engine.Stories[harbour].Last);
        // The merged centroid is the sum of the three vectors: term 1 from the two harbour articles, term 5 from the lone one.
        Assert.Equal(V(1, 2, 3).Weights[0] * 2, engine.Stories[harbour].Centroid[1], 5);
        Assert.Equal(V(5, 6, 7).Weights[0], engine.Stories[harbour].Centroid[5], 5);

        // The retired story is never a candidate again: an article on it goes to the merged story.
        Assert.Equal(harbour, engine.Add(V(5, 6, 7), null, Day.AddDays(3).AddHours(1), -1));
    }
}
