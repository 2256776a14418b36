using Roundup.Clustering;

namespace Roundup.Tests.Clustering;

/// <summary>The refinement passes after average linkage (<see cref="GroupRefinement"/>), on hand-made term vectors.</summary>
public sealed class GroupRefinementTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A unit vector over (term id, weight) pairs.</summary>
    private static SparseVector V(params (int Id, float W)[] terms)
    {
        var sorted = terms.OrderBy(t => t.Id).ToArray();
        double norm = Math.Sqrt(sorted.Sum(t => (double)t.W * t.W));
        return new SparseVector([.. sorted.Select(t => t.Id)], [.. sorted.Select(t => (float)(t.W / norm))]);
    }

    private static readonly SparseVector Harbour = V((1, 1), (2, 1), (3, 0.3f));
    private static readonly SparseVector Strike = V((10, 1), (11, 1), (12, 1), (3, 0.3f));

    [Fact]
    public void An_event_linked_into_the_wrong_subject_moves_whole_to_the_subject_it_matches()
    {
        // Articles 0-1: a harbour event; 2-3: a strike event that linkage put with the harbour; 4-5: the strike subject's other event.
        SparseVector[] vectors = [Harbour, Harbour, Strike, V((10, 1), (11, 1), (3, 0.5f)), Strike, V((10, 1), (12, 1), (11, 0.5f))];
        int[] events = [0, 0, 2, 2, 4, 4];
        int[] subjects = [0, 0, 0, 0, 4, 4];
        var times = Enumerable.Range(0, 6).Select(i => (DateTimeOffset?)Day.AddDays(i)).ToArray();
        int moves = GroupRefinement.Subjects(vectors, events, subjects, new bool[6], times, StoryClusteringOptions.Default);
        Assert.Equal(1, moves);
        Assert.Equal([0, 0, 4, 4, 4, 4], subjects);
        Assert.Equal([0, 0, 2, 2, 4, 4], events);   // events are never split by the subject passes

        // Off: nothing moves.
        subjects = [0, 0, 0, 0, 4, 4];
        Assert.Equal(0, GroupRefinement.Subjects(vectors, events, subjects, new bool[6], times, StoryClusteringOptions.Default with { SubjectRefinePasses = 0 }));
        Assert.Equal([0, 0, 0, 0, 4, 4], subjects);
    }

    [Fact]
    public void A_lone_event_joins_a_subject_only_at_the_join_cosine_and_within_the_window()
    {
        // 0-1: the strike subject (two events); 2: a lone event close to it; 3: a lone event on something else; 4: close to it
        // but four years later (the subject window is three years).
        SparseVector[] vectors = [Strike, Strike, V((11, 1), (12, 1), (20, 1)), V((30, 1), (31, 1)), V((11, 1), (12, 1), (21, 1))];
        int[] events = [0, 1, 2, 3, 4];
        DateTimeOffset?[] times = [Day, Day, Day.AddDays(5), Day.AddDays(6), Day.AddDays(1500)];
        int[] subjects = [0, 0, 2, 3, 4];
        GroupRefinement.Subjects(vectors, events, subjects, new bool[5], times, StoryClusteringOptions.Default);
        Assert.Equal([0, 0, 0, 3, 4], subjects);

        // A join cosine above what the close event reaches keeps it alone.
        subjects = [0, 0, 2, 3, 4];
        GroupRefinement.Subjects(vectors, events, subjects, new bool[5], times, StoryClusteringOptions.Default with { SubjectRefineJoin = 0.9, SubjectRefineJoinSingle = 0.9 });
        Assert.Equal([0, 0, 2, 3, 4], subjects);
    }

    [Fact]
    public void A_one_article_event_joins_at_a_lower_cosine_than_an_event_of_several()
    {
        // Cosine 0.23 with the strike subject's centroid: between the one-article level (0.15) and the several-article level (0.25).
        var loose = V((12, 1), (40, 1), (41, 1), (42, 1), (43, 1), (44, 1));
        DateTimeOffset?[] times = [Day, Day, Day, Day];
        // 0-1: the strike subject (two events); 2: the loose article alone; 3: an unrelated article alone.
        SparseVector[] vectors = [Strike, Strike, loose, V((50, 1), (51, 1))];
        int[] events = [0, 1, 2, 3];
        int[] subjects = [0, 0, 2, 3];
        GroupRefinement.Subjects(vectors, events, subjects, new bool[4], times, StoryClusteringOptions.Default);
        Assert.Equal([0, 0, 0, 3], subjects);

        // The same loose text as a two-article event stays a subject of its own.
        vectors = [Strike, Strike, loose, loose];
        events = [0, 1, 2, 2];
        subjects = [0, 0, 2, 2];
        GroupRefinement.Subjects(vectors, events, subjects, new bool[4], times, StoryClusteringOptions.Default);
        Assert.Equal([0, 0, 2, 2], subjects);
    }

    [Fact]
    public void An_article_moves_to_the_event_it_matches_unless_the_event_would_span_too_long()
    {
        // 0-2: one event, but article 2 is about the strike; 3-4: the strike event, the day after.
        SparseVector[] vectors = [Harbour, Harbour, Strike, Strike, V((10, 1), (11, 1), (12, 0.5f))];
        DateTimeOffset?[] times = [Day, Day, Day, Day.AddDays(1), Day.AddDays(1)];
        int[] events = [0, 0, 0, 3, 3];
        Assert.Equal(1, GroupRefinement.Events(vectors, events, new bool[5], times, StoryClusteringOptions.Default));
        Assert.Equal([0, 0, 3, 3, 3], events);

        // The same with the strike event six days later: joining it would make an event longer than the 5-day span
        // (EventSpan); five days later it still moves, and at a span of 3 days (the window) it does not.
        times = [Day, Day, Day, Day.AddDays(6), Day.AddDays(6)];
        events = [0, 0, 0, 3, 3];
        Assert.Equal(0, GroupRefinement.Events(vectors, events, new bool[5], times, StoryClusteringOptions.Default));
        Assert.Equal([0, 0, 0, 3, 3], events);
        times = [Day, Day, Day, Day.AddDays(5), Day.AddDays(5)];
        Assert.Equal(1, GroupRefinement.Events(vectors, events, new bool[5], times, StoryClusteringOptions.Default));
        Assert.Equal([0, 0, 3, 3, 3], events);
        events = [0, 0, 0, 3, 3];
        Assert.Equal(0, GroupRefinement.Events(vectors, events, new bool[5], times, StoryClusteringOptions.Default with { EventSpan = TimeSpan.FromDays(3) }));
        Assert.Equal([0, 0, 0, 3, 3], events);
    }

    [Fact]
    public void Pages_left_out_never_move_a_lone_article_stays_alone_and_ties_do_not_trade()
    {
        // Articles 0-1 and 2 are the same text: moving either way gains nothing but rounding, so nothing moves.
        SparseVector[] vectors = [Strike, Strike, Strike, SparseVector.Empty];
        DateTimeOffset?[] times = [Day, Day, Day, Day];
        int[] events = [0, 0, 2, 3];
        bool[] skip = [false, false, false, true];
        Assert.Equal(0, GroupRefinement.Events(vectors, events, skip, times, StoryClusteringOptions.Default));
        Assert.Equal([0, 0, 2, 3], events);
    }
}
