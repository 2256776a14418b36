using Roundup.Clustering;
using Roundup.Model;
using Xunit;

namespace Roundup.Tests.Clustering;

/// <summary>Batch mode: an article left alone by event linkage and refinement joins the one event of its subject that its
/// vector clearly matches (<see cref="StoryClusteringOptions.EventLoneJoin"/>, <see cref="StoryClusteringOptions.EventLoneMargin"/>,
/// <see cref="GroupRefinement.LoneArticles"/>).</summary>
public sealed class EventLoneJoinTests
{
    private static readonly DateTimeOffset Day = new(2026, 4, 6, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A unit vector over term ids of weight 1.</summary>
    private static SparseVector V(params int[] ids)
    {
        var sorted = ids.Order().ToArray();
        float w = (float)(1 / Math.Sqrt(sorted.Length));
        return new SparseVector(sorted, [.. sorted.Select(_ => w)]);
    }

    // Two events of one subject: a pair of reports on terms 1-7 (event 0) and a pair on terms 20-26 (event 1). The lone
    // article is the last vector, an event of its own (event 2).
    private static SparseVector[] Vectors(SparseVector lone) =>
        [V(1, 2, 3, 4, 5, 6), V(1, 2, 3, 4, 5, 7), V(20, 21, 22, 23, 24, 25), V(20, 21, 22, 23, 24, 26), lone];

    private static DateTimeOffset?[] Times(double loneHours = 1) =>
        [Day, Day.AddHours(2), Day.AddHours(3), Day.AddHours(5), Day.AddHours(loneHours)];

    [Fact]
    public void A_lone_article_joins_the_event_of_its_subject_whose_centroid_it_clearly_matches()
    {
        // It shares two of event 0's six terms in each report: cosine 0.348 with the event's centroid, 0 with event 1's.
        var vectors = Vectors(V(1, 2, 8, 9, 10, 11));
        int[] events = [0, 0, 1, 1, 2];
        int[] subjects = [7, 7, 7, 7, 7];
        var joins = GroupRefinement.LoneArticles(vectors, events, subjects, new bool[5], Times(), StoryClusteringOptions.Default);
        var join = Assert.Single(joins);
        Assert.Equal(4, join.Article);
        Assert.Equal(0, join.Event);
        Assert.InRange(join.Cosine, 0.34, 0.36);
        Assert.Equal(0, join.Second);
        Assert.Equal([0, 0, 1, 1, 0], events);

        // Off, or at a level above its cosine, it stays alone.
        events = [0, 0, 1, 1, 2];
        Assert.Empty(GroupRefinement.LoneArticles(vectors, events, subjects, new bool[5], Times(), StoryClusteringOptions.Default with { EventLoneJoin = 0 }));
        Assert.Empty(GroupRefinement.LoneArticles(vectors, events, subjects, new bool[5], Times(), StoryClusteringOptions.Default with { EventLoneJoin = 0.4 }));
        Assert.Equal([0, 0, 1, 1, 2], events);
    }

    [Fact]
    public void A_second_event_within_the_margin_keeps_the_article_alone()
    {
        // Three terms of event 0 (cosine 0.522) and one of event 1 (0.174, a third of the best): above the default margin
        // of 0.3, below 0.5.
        var vectors = Vectors(V(1, 2, 3, 20, 30, 31));
        int[] subjects = [7, 7, 7, 7, 7];
        int[] events = [0, 0, 1, 1, 2];
        Assert.Empty(GroupRefinement.LoneArticles(vectors, events, subjects, new bool[5], Times(), StoryClusteringOptions.Default));
        Assert.Equal([0, 0, 1, 1, 2], events);

        var join = Assert.Single(GroupRefinement.LoneArticles(vectors, events, subjects, new bool[5], Times(), StoryClusteringOptions.Default with { EventLoneMargin = 0.5 }));
        Assert.Equal(0, join.Event);
        Assert.InRange(join.Cosine, 0.51, 0.53);
        Assert.InRange(join.Second, 0.16, 0.18);
    }

    [Fact]
    public void Only_events_of_its_own_subject_within_the_span_and_of_two_articles_or_more_are_candidates()
    {
        var vectors = Vectors(V(1, 2, 8, 9, 10, 11));

        // Event 0 in another subject: the lone article's subject holds only event 1, which it does not match.
        int[] events = [0, 0, 1, 1, 2];
        Assert.Empty(GroupRefinement.LoneArticles(vectors, events, [5, 5, 7, 7, 7], new bool[5], Times(), StoryClusteringOptions.Default));

        // Six days after event 0's first report: the event would span more than the 5 days of EventSpan.
        Assert.Empty(GroupRefinement.LoneArticles(vectors, events, [7, 7, 7, 7, 7], new bool[5], Times(24 * 6), StoryClusteringOptions.Default));
        Assert.Single(GroupRefinement.LoneArticles(vectors, events, [7, 7, 7, 7, 7], new bool[5], Times(24 * 4), StoryClusteringOptions.Default));

        // Event 0 of one article (its second report a page left out): a lone article never joins another lone one.
        events = [0, 0, 1, 1, 2];
        Assert.Empty(GroupRefinement.LoneArticles(vectors, events, [7, 7, 7, 7, 7], [false, true, false, false, false], Times(), StoryClusteringOptions.Default));
        Assert.Equal([0, 0, 1, 1, 2], events);
    }

    [Fact]
    public void Batch_linkage_leaves_the_article_alone_and_the_join_brings_it_into_its_event()
    {
        // Without local scaling and at an event threshold of 0.4, the two reports of event 0 link (0.833) but the lone article's
        // pairs with them (0.333) do not; the subject level (0.1) puts all three in one subject. The batch clear join
        // (EventContinuationTests) would take the article in first, so it is off here.
        var vectors = Vectors(V(1, 2, 8, 9, 10, 11));
        var options = StoryClusteringOptions.Default with { EventScaling = 0, EventThreshold = 0.4, EventClearGap = TimeSpan.Zero };
        var off = StoryClusterer.TwoLevels(vectors, new float[]?[5], Times(), new bool[5], options with { EventLoneJoin = 0 });
        Assert.NotEqual(off.Events[0], off.Events[4]);
        Assert.Equal(off.Subjects[0], off.Subjects[4]);
        Assert.Empty(off.LoneJoins);

        var on = StoryClusterer.TwoLevels(vectors, new float[]?[5], Times(), new bool[5], options);
        Assert.Equal(on.Events[0], on.Events[4]);
        Assert.NotEqual(on.Events[0], on.Events[2]);
        Assert.NotEqual(on.RefinedEvents[0], on.RefinedEvents[4]);
        Assert.Equal(4, Assert.Single(on.LoneJoins).Article);
    }

    // A bridge closed after a lorry strike, told by two close reports and a traffic follow-up that shares only part of their
    // words; a library's reopening is the other story.
    private static List<Article> Bridge() =>
    [
        StoryFixtures.Make("bridge-1", "Lorry strike closes Hamble bridge", "A lorry struck the Hamble bridge on Monday morning and engineers closed it to all traffic while they inspect the damaged steel girders.", 0),
        StoryFixtures.Make("bridge-2", "Hamble bridge closed after lorry hits girders", "Engineers closed the Hamble bridge to all traffic on Monday after a lorry struck its steel girders; they will inspect the damage this week.", 2),
        StoryFixtures.Make("library-1", "Dunmore library reopens after repairs", "The Dunmore library reopened its doors on Monday after a year of roof repairs, with a new children's reading room and longer opening hours.", 3),
        StoryFixtures.Make("bridge-3", "Hamble drivers face long diversions", "Drivers faced diversions of twenty miles around Hamble on Monday evening, and buses to the station were cancelled while the bridge stays shut.", 8),
    ];

    [Fact]
    public void Explain_says_a_lone_article_joined_the_event_of_its_subject()
    {
        // The batch clear join (EventContinuationTests) would take bridge-3 in first, so it is off here.
        var options = StoryClusteringOptions.Default with { DetectDuplicates = false, EventScaling = 0, EventThreshold = 0.4, EventClearGap = TimeSpan.Zero };
        var joined = ClusteringExplainer.Explain(Bridge(), "bridge-1", "bridge-3", options);
        Assert.True(joined.Event.Together, joined.ToString());
        Assert.Contains("bridge-3", joined.Event.Reason, StringComparison.Ordinal);
        Assert.Contains("was an event on its own and joined this event of its subject", joined.Event.Reason, StringComparison.Ordinal);

        var alone = ClusteringExplainer.Explain(Bridge(), "bridge-1", "bridge-3", options with { EventLoneJoin = 0 });
        Assert.False(alone.Event.Together, alone.ToString());
        Assert.True(alone.Subject.Together, alone.ToString());
        Assert.DoesNotContain("joined this event", alone.Event.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_join_level_or_margin_out_of_range_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventLoneJoin = -0.1 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventLoneJoin = 1 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventLoneMargin = 1.5 }).Validate());
        (StoryClusteringOptions.Default with { EventLoneJoin = 0, EventLoneMargin = 1 }).Validate();
    }
}
