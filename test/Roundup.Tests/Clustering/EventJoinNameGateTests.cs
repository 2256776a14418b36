using Roundup.Clustering;

namespace Roundup.Tests.Clustering;

/// <summary>The incremental event engine's name gate (<see cref="StoryClusteringOptions.EventJoinNames"/>,
/// <see cref="StoryClusteringOptions.EventJoinNamesBelow"/>), on hand-made term vectors: terms 100 and up are names.</summary>
public sealed class EventJoinNameGateTests
{
    private static readonly DateTimeOffset Day = new(2026, 5, 4, 6, 0, 0, TimeSpan.Zero);

    // Unit vectors over term ids (V) and the names (IsName: ids 100 and up) are the batch gate's tests'.
    private static bool IsName(int id) => EventNameGateTests.IsName(id);

    private static SparseVector V(params int[] ids) => EventNameGateTests.V(ids);

    private static StoryEngine Engine(int names, double below = 0.3)
    {
        var o = StoryClusteringOptions.Default with { EventJoinNames = names, EventJoinNamesBelow = below };
        return new(IncrementalStoryClusterer.EventOptions(o), coldStart: false, null, 0, o.EventPairJoin, o.EventClearJoin, IsName, names, below);
    }

    // A two-article event about one place (name 100; the pair shares half its terms: 0.5), and a later report that shares one
    // subject word with each (0.25 with both: a mean of 0.25, above the join level 0.22, below the gate's 0.3).
    private static readonly SparseVector First = V(1, 2, 3, 100);
    private static readonly SparseVector Second = V(1, 2, 4, 100);

    private static int Third(StoryEngine engine, SparseVector third, DateTimeOffset? time = null)
    {
        int ev = engine.Add(First, null, Day, -1);
        Assert.Equal(ev, engine.Add(Second, null, Day.AddHours(2), -1));
        int joined = engine.Add(third, null, time ?? Day.AddHours(20), -1);
        return joined == ev ? 1 : 0;
    }

    [Fact]
    public void A_weak_join_of_a_dated_report_that_names_other_places_is_refused()
    {
        var elsewhere = V(1, 5, 6, 200);
        Assert.Equal(0.25, elsewhere.Dot(First), 6);
        Assert.Equal(1, Third(Engine(0), elsewhere)); // no gate: joins on the subject's words
        var on = Engine(3);
        Assert.Equal(0, Third(on, elsewhere)); // a place the event never named: an event of its own
        Assert.Equal(1, on.GateRefusals);
    }

    [Fact]
    public void A_name_the_event_used_a_strong_join_an_undated_report_or_the_clear_join_is_not_gated()
    {
        Assert.Equal(1, Third(Engine(3), V(5, 6, 100, 200))); // the event's place among its names
        Assert.Equal(1, Third(Engine(3, below: 0.25), V(1, 5, 6, 200))); // 0.25 is not below 0.25
        var undated = Engine(3);
        int ev = undated.Add(First, null, null, -1);
        undated.Add(Second, null, null, -1);
        Assert.Equal(ev, undated.Add(V(1, 5, 6, 200), null, null, -1));
        Assert.Equal(1, Third(Engine(3), V(1, 5, 6, 7))); // a report without names: nothing to tell them apart
        // Below the join level (0.204 with both), the one clear candidate still takes it: the clear join is not gated.
        var clear = V(1, 5, 6, 7, 8, 200);
        Assert.InRange(clear.Dot(First), 0.2, 0.21);
        var engine = Engine(3);
        Assert.Equal(1, Third(engine, clear));
        Assert.Equal(0, engine.GateRefusals);
    }

    [Fact]
    public void Salient_names_are_the_heaviest_name_terms_and_any_mention_in_the_event_counts()
    {
        var engine = Engine(2);
        Assert.Equal([100, 101], engine.SalientNames(new SparseVector([1, 100, 101, 102], [0.9f, 0.3f, 0.2f, 0.1f])));
        Assert.Empty(engine.SalientNames(V(1, 2)));
        int ev = engine.Add(new SparseVector([1, 100, 102], [0.9f, 0.3f, 0.01f]), null, Day, -1);
        var story = engine.Stories[ev];
        Assert.True(StoryEngine.NamesNew([101, 103], story));
        Assert.False(StoryEngine.NamesNew([101, 102], story)); // named once, lightly: not new
        Assert.False(StoryEngine.NamesNew([], story));
    }

    [Fact]
    public void Negative_join_name_count_is_rejected()
        => Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventJoinNames = -1 }).Validate());
}
