using Roundup.Clustering;

namespace Roundup.Tests.Clustering;

/// <summary>The event linkage's name gate (<see cref="EventEvidence.NameGate"/>, <see cref="StoryClusteringOptions.EventLinkNames"/>),
/// on hand-made term vectors and pairs: terms 100 and up are names.</summary>
public sealed class EventNameGateTests
{
    private static readonly DateTimeOffset Day = new(2026, 5, 4, 6, 0, 0, TimeSpan.Zero);

    internal static bool IsName(int id) => id >= 100;

    /// <summary>A unit vector over term ids of weight 1.</summary>
    internal static SparseVector V(params int[] ids)
    {
        var sorted = ids.Order().ToArray();
        float w = (float)(1 / Math.Sqrt(sorted.Length));
        return new SparseVector(sorted, [.. sorted.Select(_ => w)]);
    }

    // 0-1: birds found in one city (names 100, 101); 2-3: a day later, findings in another state (names 200, 201). All four
    // share the subject's words (1, 2, 3); each pair is tight, the pairs across are weak.
    private static readonly List<(int A, int B, double Sim)> Pairs = [(0, 1, 0.5), (2, 3, 0.5), (0, 2, 0.1), (0, 3, 0.1), (1, 2, 0.1), (1, 3, 0.1)];

    private static SparseVector[] Vectors(int secondName = 200)
        => [V(1, 2, 3, 100, 101), V(1, 2, 4, 100, 101), V(1, 2, 3, secondName, 201), V(1, 3, 5, secondName, 201)];

    private static DateTimeOffset?[] Dated => [Day, Day.AddHours(3), Day.AddHours(24), Day.AddHours(26)];

    private static int[] Link(SparseVector[] vectors, DateTimeOffset?[] times, StoryClusteringOptions options, List<EventEvidence.NameBlock> blocks)
        => AverageLinkage.Link(4, Pairs, 0.05, null, times, TimeSpan.FromDays(5), EventEvidence.NameGate(vectors, IsName, times, options, blocks));

    [Fact]
    public void Two_weakly_linked_groups_of_dated_reports_with_other_names_stay_two_events()
    {
        var blocks = new List<EventEvidence.NameBlock>();
        var events = Link(Vectors(), Dated, StoryClusteringOptions.Default, blocks);
        Assert.Equal([0, 0, 2, 2], events);
        var block = Assert.Single(blocks);
        Assert.Equal([0, 1], block.Left.Order());
        Assert.Equal([2, 3], block.Right.Order());
        Assert.Equal(0.1, block.Sim, 9);

        // Without the gate, the weak link joins them.
        Assert.Equal([0, 0, 0, 0], Link(Vectors(), Dated, StoryClusteringOptions.Default with { EventLinkNames = 0 }, []));
        Assert.Null(EventEvidence.NameGate(Vectors(), null, Dated, StoryClusteringOptions.Default, []));
    }

    [Fact]
    public void A_shared_salient_name_a_strong_link_or_undated_reports_let_the_groups_join()
    {
        // The same place first in both: one happening told twice.
        Assert.Equal([0, 0, 0, 0], Link(Vectors(secondName: 100), Dated, StoryClusteringOptions.Default, []));
        // A link at or above EventLinkNamesBelow is not gated.
        Assert.Equal([0, 0, 0, 0], Link(Vectors(), Dated, StoryClusteringOptions.Default with { EventLinkNamesBelow = 0.1 }, []));
        // One group undated: the gate does not apply.
        DateTimeOffset?[] someUndated = [Day, Day.AddHours(3), null, null];
        Assert.Equal([0, 0, 0, 0], Link(Vectors(), someUndated, StoryClusteringOptions.Default, []));
    }

    [Fact]
    public void Salient_names_are_the_heaviest_name_terms_summed_over_the_group()
    {
        SparseVector[] group = [new([1, 100, 101, 102], [0.9f, 0.3f, 0.2f, 0.1f]), new([101, 102], [0.3f, 0.05f])];
        Assert.Equal([101, 100], EventEvidence.SalientNames(group, IsName, 2).Order().Reverse());
        Assert.Empty(EventEvidence.SalientNames([V(1, 2)], IsName, 3));
    }

    [Fact]
    public void Negative_name_count_is_rejected()
        => Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventLinkNames = -1 }).Validate());
}

/// <summary>`cluster --explain` on the name gate, with short articles written for this test: birds carrying a virus found in
/// two cities a day apart, told in the same words, and an unrelated story.</summary>
public sealed class EventNameGateExplainTests
{
    private static List<Roundup.Model.Article> Articles() =>
    [
        StoryFixtures.Make("birds-1", "Dead crows in Arlow carry the virus",
            "Health officials in Arlow said two dead crows found near Lake Tamsin carried the mosquito virus. " +
            "The Arlow health board will spray the parks around Lake Tamsin this week. " +
            "Residents were told to empty standing water and to wear repellent at dusk.", 0),
        StoryFixtures.Make("birds-2", "Arlow to spray parks after infected crows",
            "Arlow will spray the parks around Lake Tamsin after two crows tested positive for the mosquito virus, the Arlow health board said. " +
            "Officials asked residents to empty standing water and wear repellent.", 3),
        StoryFixtures.Make("birds-3", "Virus found in birds in Bexford county",
            "State officials in Bexford said a dead blue jay found in Corrin county carried the mosquito virus. " +
            "Bexford will test more birds and spray the marshes of Corrin county. " +
            "Residents were told to empty standing water and to wear repellent at dusk.", 26),
        StoryFixtures.Make("birds-4", "Corrin county marshes to be sprayed",
            "Crews in Corrin county will spray the marshes after a blue jay tested positive for the mosquito virus, Bexford officials said. " +
            "Officials asked residents to empty standing water and wear repellent.", 28),
        StoryFixtures.Make("cup-1", "Eastbury win cup final on penalties",
            "Eastbury won the regional cup final on penalties after a goalless draw against Northfield on Sunday. " +
            "Goalkeeper Tom Aske saved two penalties in the shootout.", 5),
    ];

    [Fact]
    public void Explain_says_when_the_name_gate_kept_two_reports_apart()
    {
        // Arlow's two reports and Bexford's two share the outbreak's words and are a day apart: one event without the gate,
        // two with it (Arlow, Lake Tamsin vs Bexford, Corrin county), and --explain says so.
        var on = ClusteringExplainer.Explain(Articles(), "birds-1", "birds-3").ToString();
        var off = ClusteringExplainer.Explain(Articles(), "birds-1", "birds-3", StoryClusteringOptions.Default with { EventLinkNames = 0 }).ToString();
        Assert.Contains("event: apart", on, StringComparison.Ordinal);
        Assert.Contains("name gate refused", on, StringComparison.Ordinal);
        Assert.Contains("arlow", on, StringComparison.Ordinal);
        Assert.Contains("bexford", on, StringComparison.Ordinal);
        Assert.Contains("event: together", off, StringComparison.Ordinal);
        Assert.DoesNotContain("name gate", off, StringComparison.Ordinal);

        // Each city's own two reports stay together.
        Assert.Contains("event: together", ClusteringExplainer.Explain(Articles(), "birds-1", "birds-2").ToString(), StringComparison.Ordinal);
        Assert.Contains("event: together", ClusteringExplainer.Explain(Articles(), "birds-3", "birds-4").ToString(), StringComparison.Ordinal);
    }
}
