using Roundup.Clustering;
using Roundup.Model;
using Xunit;

namespace Roundup.Tests.Clustering;

/// <summary>Batch mode: the incremental clear join replayed over whole events in time order. An event continues the one
/// running event of its subject that it clearly matches when it begins at most <see cref="StoryClusteringOptions.EventClearGap"/>
/// after that event's last article (<see cref="StoryClusteringOptions.EventClearJoin"/>,
/// <see cref="StoryClusteringOptions.EventClearMargin"/>, <see cref="GroupRefinement.ContinuedEvents"/>).</summary>
public sealed class EventContinuationTests
{
    private static readonly DateTimeOffset Day = new(2026, 4, 6, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A unit vector over term ids of weight 1.</summary>
    private static SparseVector V(params int[] ids)
    {
        var sorted = ids.Order().ToArray();
        float w = (float)(1 / Math.Sqrt(sorted.Length));
        return new SparseVector(sorted, [.. sorted.Select(_ => w)]);
    }

    // Event 0: two reports on terms 1-7, at 0 and 12 hours. Event 2: two reports sharing three of their six terms with each
    // of event 0's (cosine 0.5 for every cross pair), from `later` hours on, 6 hours apart.
    private static SparseVector[] Vectors() => [V(1, 2, 3, 4, 5, 6), V(1, 2, 3, 4, 5, 7), V(1, 2, 3, 8, 9, 10), V(1, 2, 3, 8, 9, 11)];

    private static DateTimeOffset?[] Times(double later) => [Day, Day.AddHours(12), Day.AddHours(later), Day.AddHours(later + 6)];

    [Fact]
    public void An_event_that_begins_within_a_day_of_a_running_event_it_clearly_matches_continues_it()
    {
        // Begins 18 hours after event 0's last report. Cross pairs: cosine 0.5 each, less 0.03 a day over 1.25 + 1.5 + 0.75 +
        // 1 days: mean (2 - 0.135) / 4 = 0.466.
        int[] events = [0, 0, 2, 2];
        var joins = GroupRefinement.ContinuedEvents(Vectors(), events, [7, 7, 7, 7], new bool[4], Times(30), StoryClusteringOptions.Default);
        var join = Assert.Single(joins);
        Assert.Equal(2, join.Event);
        Assert.Equal(0, join.Into);
        Assert.InRange(join.Similarity, 0.465, 0.468);
        Assert.Equal(0, join.Second);
        Assert.Equal([0, 0, 0, 0], events);

        // Off (no gap, or no clear join), or at a level above the mean, the two events stay apart.
        foreach (var off in new[]
                 {
                     StoryClusteringOptions.Default with { EventClearGap = TimeSpan.Zero }, StoryClusteringOptions.Default with { EventClearJoin = 0 },
                     StoryClusteringOptions.Default with { EventClearJoin = 0.5 },
                 })
        {
            events = [0, 0, 2, 2];
            Assert.Empty(GroupRefinement.ContinuedEvents(Vectors(), events, [7, 7, 7, 7], new bool[4], Times(30), off));
            Assert.Equal([0, 0, 2, 2], events);
        }
    }

    [Fact]
    public void A_pause_of_more_than_the_gap_another_subject_or_no_dates_keep_the_events_apart()
    {
        int[] events = [0, 0, 2, 2];
        // 37 hours after event 0's last report: more than a day without a report.
        Assert.Empty(GroupRefinement.ContinuedEvents(Vectors(), events, [7, 7, 7, 7], new bool[4], Times(49), StoryClusteringOptions.Default));
        Assert.Single(GroupRefinement.ContinuedEvents(Vectors(), [0, 0, 2, 2], [7, 7, 7, 7], new bool[4], Times(49),
            StoryClusteringOptions.Default with { EventClearGap = TimeSpan.FromDays(2) }));

        // In another subject.
        Assert.Empty(GroupRefinement.ContinuedEvents(Vectors(), events, [7, 7, 8, 8], new bool[4], Times(30), StoryClusteringOptions.Default));

        // The later event undated: the join follows the coverage over days, and without dates there is none to follow.
        Assert.Empty(GroupRefinement.ContinuedEvents(Vectors(), events, [7, 7, 7, 7], new bool[4], [Day, Day.AddHours(12), null, null],
            StoryClusteringOptions.Default));

        // Event 0 of one article (its second report a page left out): the event must hold two.
        Assert.Empty(GroupRefinement.ContinuedEvents(Vectors(), events, [7, 7, 7, 7], [false, true, false, false], Times(30), StoryClusteringOptions.Default));
        Assert.Equal([0, 0, 2, 2], events);
    }

    [Fact]
    public void A_second_running_event_within_the_margin_keeps_the_later_event_apart()
    {
        // Event 4 runs beside event 0 and shares two of six terms with each of event 2's reports: mean 0.333 less the days,
        // more than half of event 0's.
        SparseVector[] vectors = [.. Vectors(), V(8, 9, 20, 21, 22, 23), V(8, 9, 20, 21, 22, 24)];
        DateTimeOffset?[] times = [.. Times(30), Day.AddHours(1), Day.AddHours(13)];
        int[] events = [0, 0, 2, 2, 4, 4];
        Assert.Empty(GroupRefinement.ContinuedEvents(vectors, events, [7, 7, 7, 7, 7, 7], new bool[6], times, StoryClusteringOptions.Default));
        Assert.Equal([0, 0, 2, 2, 4, 4], events);

        var join = Assert.Single(GroupRefinement.ContinuedEvents(vectors, events, [7, 7, 7, 7, 7, 7], new bool[6], times,
            StoryClusteringOptions.Default with { EventClearMargin = 1 }));
        Assert.Equal(0, join.Into);
        Assert.InRange(join.Second, 0.29, 0.31);
    }

    [Fact]
    public void A_story_reported_day_after_day_grows_one_event_past_the_span()
    {
        // Four events of two reports each, a day and a half apart, each close to the one before: together they run 6 days,
        // past the 5 days of EventSpan.
        SparseVector[] vectors = [V(1, 2, 3, 4, 5, 6), V(1, 2, 3, 4, 5, 7), V(1, 2, 3, 4, 5, 8), V(1, 2, 3, 4, 5, 9),
            V(1, 2, 3, 4, 5, 10), V(1, 2, 3, 4, 5, 11), V(1, 2, 3, 4, 5, 12), V(1, 2, 3, 4, 5, 13)];
        DateTimeOffset?[] times = [.. Enumerable.Range(0, 8).Select(i => (DateTimeOffset?)Day.AddHours(i / 2 * 36 + i % 2 * 18))];
        int[] events = [0, 0, 2, 2, 4, 4, 6, 6];
        var joins = GroupRefinement.ContinuedEvents(vectors, events, new int[8], new bool[8], times, StoryClusteringOptions.Default);
        Assert.Equal([2, 4, 6], joins.Select(j => j.Event));
        Assert.All(joins, j => Assert.Equal(0, j.Into));
        Assert.Equal(new int[8], events);
        Assert.True(times[7] - times[0] > StoryClusteringOptions.Default.EventSpan);
    }

    [Fact]
    public void A_negative_gap_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventClearGap = TimeSpan.FromHours(-1) }).Validate());
        (StoryClusteringOptions.Default with { EventClearGap = TimeSpan.Zero }).Validate();
    }

    // A bridge closed after a lorry strike: two close reports on the day, then two on the repairs the next morning that
    // share part of their words; a library's reopening is another story.
    private static List<Article> Bridge() =>
    [
        StoryFixtures.Make("bridge-1", "Lorry strike closes Hamble bridge", "A lorry struck the Hamble bridge on Monday morning and engineers closed it to all traffic while they inspect the damaged steel girders.", 0),
        StoryFixtures.Make("bridge-2", "Hamble bridge closed after lorry hits girders", "Engineers closed the Hamble bridge to all traffic on Monday after a lorry struck its steel girders; they will inspect the damage this week.", 2),
        StoryFixtures.Make("library-1", "Dunmore library reopens after repairs", "The Dunmore library reopened its doors on Monday after a year of roof repairs, with a new children's reading room and longer opening hours.", 3),
        StoryFixtures.Make("bridge-3", "Hamble bridge girders to be replaced", "Engineers said on Tuesday the damaged steel girders of the Hamble bridge must be replaced, and the bridge will stay closed for a month of repairs.", 20),
        StoryFixtures.Make("bridge-4", "Month of repairs for Hamble bridge girders", "The Hamble bridge will stay closed for a month while its damaged steel girders are replaced, engineers said on Tuesday after the repairs were planned.", 22),
    ];

    [Fact]
    public void Explain_says_an_event_continued_the_running_event_of_its_subject()
    {
        var options = StoryClusteringOptions.Default with { DetectDuplicates = false, EventScaling = 0, EventThreshold = 0.5 };
        var joined = ClusteringExplainer.Explain(Bridge(), "bridge-1", "bridge-4", options);
        Assert.True(joined.Event.Together, joined.ToString());
        Assert.Contains("continued the running event of its subject whose first article is bridge-1", joined.Event.Reason, StringComparison.Ordinal);

        var apart = ClusteringExplainer.Explain(Bridge(), "bridge-1", "bridge-4", options with { EventClearGap = TimeSpan.Zero });
        Assert.False(apart.Event.Together, apart.ToString());
        Assert.True(apart.Subject.Together, apart.ToString());
        Assert.DoesNotContain("continued", apart.Event.Reason, StringComparison.Ordinal);
    }
}
