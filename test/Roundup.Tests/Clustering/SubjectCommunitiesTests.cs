using Roundup.Clustering;
using Xunit;

namespace Roundup.Tests.Clustering;

/// <summary>Batch subjects as communities of a nearest-neighbour graph (<see cref="SubjectCommunities"/>,
/// <see cref="StoryClusteringOptions.SubjectCommunityDensity"/>: the constant Potts model).</summary>
public sealed class SubjectCommunitiesTests
{
    private static readonly SubjectCommunities.Quality Potts = new(0.2, 0);

    /// <summary>Two triangles of articles (weights 0.9 inside) joined by one link of <paramref name="bridge"/>, then
    /// <paramref name="others"/> more triangles far from both (not linked to them), to make the batch larger.</summary>
    private static (int N, List<(int A, int B, double W)> Edges) Triangles(double bridge, int others)
    {
        var edges = new List<(int A, int B, double W)>();
        int n = 0;
        for (int t = 0; t < 2 + others; t++, n += 3)
        {
            edges.Add((n, n + 1, 0.9));
            edges.Add((n, n + 2, 0.9));
            edges.Add((n + 1, n + 2, 0.9));
        }
        edges.Add((2, 3, bridge));
        return (n, edges);
    }

    private static int[] Alone(int n) => [.. Enumerable.Range(0, n)];

    [Fact]
    public void Two_groups_join_when_the_density_of_their_links_exceeds_lambda()
    {
        // The bridge 0.9 over 3 × 3 articles: density 0.1. Below λ 0.2 the triangles stay apart; at λ 0.05 they join.
        var (n, edges) = Triangles(0.9, 0);
        var apart = SubjectCommunities.Communities(n, edges, Alone(n), new bool[n], Potts);
        Assert.Equal([0, 0, 0, 3, 3, 3], apart);
        var joined = SubjectCommunities.Communities(n, edges, Alone(n), new bool[n], new SubjectCommunities.Quality(0.05, 0));
        Assert.Single(joined.Distinct());
    }

    [Fact]
    public void The_constant_Potts_decision_does_not_depend_on_the_batch_size_but_modularitys_does()
    {
        // One bridge of 0.9 (density 0.1) between two triangles, at λ 0.08: joined, with no other article or with 40 more
        // triangles. Modularity at γ 1 asks the bridge to beat 6.3 × 6.3 / 2m (each triangle's degree 6.3): 3.15 in the small
        // batch (2m 12.6: apart), 0.17 in the large one (2m 228.6: joined), so its verdict moves with the batch; with 2m per
        // connected part it is 3.15 in both.
        var q = new SubjectCommunities.Quality(0.08, 0);
        var (n0, e0) = Triangles(0.9, 0);
        var (n1, e1) = Triangles(0.9, 40);
        var small = SubjectCommunities.Communities(n0, e0, Alone(n0), new bool[n0], q);
        var large = SubjectCommunities.Communities(n1, e1, Alone(n1), new bool[n1], q);
        Assert.Single(small.Distinct());
        Assert.Equal(large[0], large[5]);
        Assert.Equal(41, large.Distinct().Count());

        var m = new SubjectCommunities.Quality(0, 1);
        var smallM = SubjectCommunities.Communities(n0, e0, Alone(n0), new bool[n0], m);
        var largeM = SubjectCommunities.Communities(n1, e1, Alone(n1), new bool[n1], m);
        Assert.NotEqual(smallM[0], smallM[5]);
        Assert.Equal(largeM[0], largeM[5]);
        // Modularity with 2m taken per connected part sees the small batch in the large one.
        var partM = SubjectCommunities.Communities(n1, e1, Alone(n1), new bool[n1], new SubjectCommunities.Quality(0, 1, PerComponent: true));
        Assert.NotEqual(partM[0], partM[5]);
    }

    [Fact]
    public void Initial_groups_move_whole_and_an_unlinked_article_stays_alone()
    {
        // Articles 0-1 are one event, 2-3 another, 4 alone with no link; 1-2 linked strongly, so the two events join whole.
        var edges = new List<(int A, int B, double W)> { (0, 1, 0.9), (2, 3, 0.9), (1, 2, 0.8), (0, 3, 0.5) };
        var groups = SubjectCommunities.Communities(5, edges, [0, 0, 2, 2, 4], new bool[5], Potts);
        Assert.Equal([0, 0, 0, 0, 4], groups);
        // An event is never cut: with weak links between the two events (density 0.05 < λ), each stays whole.
        var weak = new List<(int A, int B, double W)> { (1, 2, 0.2) };
        Assert.Equal([0, 0, 2, 2, 4], SubjectCommunities.Communities(5, weak, [0, 0, 2, 2, 4], new bool[5], Potts));
    }

    [Fact]
    public void Sizes_count_articles_or_events()
    {
        // An event of three articles and one lone article linked by 0.5: density 0.5 / 3 = 0.17 in articles (apart at λ 0.2),
        // 0.5 in events (joined).
        var edges = new List<(int A, int B, double W)> { (0, 3, 0.5) };
        int[] events = [0, 0, 0, 3];
        Assert.Equal([0, 0, 0, 3], SubjectCommunities.Communities(4, edges, events, new bool[4], Potts));
        Assert.Equal([0, 0, 0, 0], SubjectCommunities.Communities(4, edges, events, new bool[4], Potts with { EventSize = true }));
    }

    [Fact]
    public void The_graph_keeps_each_articles_nearest_pairs_above_the_floor()
    {
        // Article 0 is close to 1, 2 and 3; k 1: 0 keeps 1; 2 and 3 keep 0 (their only pair), so 0-2 and 0-3 stay as edges
        // (either end); mutual keeps only 0-1; the floor 0.5 drops 0-3.
        var pairs = new List<(int A, int B, double Sim)> { (0, 1, 0.9), (0, 2, 0.6), (0, 3, 0.4), (1, 4, 0.3) };
        var either = SubjectCommunities.NearestNeighbours(pairs, 5, 1, 0);
        Assert.Equal([(0, 1), (0, 2), (0, 3), (1, 4)], either.Select(e => (e.A, e.B)));
        var mutual = SubjectCommunities.NearestNeighbours(pairs, 5, 1, 0, mutual: true);
        Assert.Equal([(0, 1)], mutual.Select(e => (e.A, e.B)));
        var floored = SubjectCommunities.NearestNeighbours(pairs, 5, 1, 0.5, power: 2);
        Assert.Equal([(0, 1), (0, 2)], floored.Select(e => (e.A, e.B)));
        Assert.Equal(0.81, floored[0].W, 9);
    }

    [Fact]
    public void Batch_subjects_follow_the_communities_and_explain_says_so()
    {
        // The town's flood and budget stories share Marlow and its mayor; the cup final shares nothing. At a density no
        // cross link reaches, the three stay three subjects; the explanation names the communities, not linkage.
        var options = StoryClusteringOptions.Default with { DetectDuplicates = false, SubjectCommunityDensity = 0.3 };
        var result = StoryClusterer.Cluster(StoryFixtures.Events(), ClusteringMode.Batch, options);
        Assert.Equal(3, result.Subjects.Count);
        var apart = ClusteringExplainer.Explain(StoryFixtures.Events(), "flood-1", "budget-1", options);
        Assert.False(apart.Subject.Together, apart.ToString());
        Assert.Contains("different communities", apart.ToString(), StringComparison.Ordinal);
        Assert.Contains("not above λ 0.3", apart.ToString(), StringComparison.Ordinal);
        var together = ClusteringExplainer.Explain(StoryFixtures.Events(), "flood-1", "flood-3", options);
        Assert.True(together.Subject.Together, together.ToString());
        Assert.DoesNotContain("communit", ClusteringExplainer.Explain(StoryFixtures.Events(), "flood-1", "budget-1",
            options with { SubjectCommunityDensity = 0 }).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Incremental_subjects_follow_stream_communities()
    {
        // The stream's counterpart: flood and budget share Marlow and its mayor, the cup final shares nothing. At a density
        // every link reaches, the town's two stories form one community and the cup final stays alone; at a density no link
        // reaches, each event is a subject of its own. Events are the same in every case; without the stream communities
        // (SubjectCommunityIncremental false) the subjects are the subject engine's, as with λ 0.
        var options = StoryClusteringOptions.Default with { DetectDuplicates = false };
        StoryClusteringResult Run(StoryClusteringOptions o) => StoryClusterer.Cluster(StoryFixtures.Events(), ClusteringMode.Incremental, o);
        string SubjectOf(StoryClusteringResult r, string id) => r.Subjects.First(s => s.Articles.Any(a => a.Id == id)).Id;
        var loose = Run(options with { SubjectCommunityDensity = 0.001 });
        Assert.Equal(SubjectOf(loose, "flood-1"), SubjectOf(loose, "budget-1"));
        Assert.NotEqual(SubjectOf(loose, "flood-1"), SubjectOf(loose, "cup-1"));
        var strict = Run(options with { SubjectCommunityDensity = 0.99 });
        Assert.Equal(strict.Stories.Count, strict.Subjects.Count);
        Assert.Equal(Run(options).SubjectOfArticle, Run(options with { SubjectCommunityDensity = 0.001, SubjectCommunityIncremental = false }).SubjectOfArticle);
        Assert.Equal(Run(options).StoryOfArticle, loose.StoryOfArticle);
    }

    [Fact]
    public void Undated_pages_link_into_one_subject_only_when_they_are_close()
    {
        // The town's flood and budget stories share only Marlow and its mayor. Dated, at a density every link reaches, they
        // are one running subject of the town; without dates nothing says they run together, and their weak links (below the
        // undated floor) are not links of the graph, so they stay two subjects. The floor does not touch dated pairs.
        var dated = StoryFixtures.Events();
        var undated = StoryFixtures.Events();
        foreach (var a in undated) a.Published = null;
        var options = StoryClusteringOptions.Default with { DetectDuplicates = false, SubjectCommunityDensity = 0.001 };
        string SubjectOf(StoryClusteringResult r, string id) => r.Subjects.First(s => s.Articles.Any(a => a.Id == id)).Id;
        var withDates = StoryClusterer.Cluster(dated, ClusteringMode.Batch, options);
        Assert.Equal(SubjectOf(withDates, "flood-1"), SubjectOf(withDates, "budget-1"));
        var withoutDates = StoryClusterer.Cluster(undated, ClusteringMode.Batch, options);
        Assert.NotEqual(SubjectOf(withoutDates, "flood-1"), SubjectOf(withoutDates, "budget-1"));
        Assert.Equal(SubjectOf(withoutDates, "flood-1"), SubjectOf(withoutDates, "flood-3"));
        var why = ClusteringExplainer.Explain(undated, "flood-1", "budget-1", options).ToString();
        Assert.Contains("a pair with an undated article is a link of that graph only at a subject similarity of 0.2 or more", why, StringComparison.Ordinal);
        Assert.DoesNotContain("undated", ClusteringExplainer.Explain(dated, "flood-1", "budget-1", options).ToString(), StringComparison.Ordinal);
        var noFloor = StoryClusterer.Cluster(undated, ClusteringMode.Batch, options with { SubjectCommunityUndatedFloor = 0 });
        Assert.Equal(SubjectOf(noFloor, "flood-1"), SubjectOf(noFloor, "budget-1"));

        var pairs = new List<(int A, int B, double Sim)> { (0, 1, 0.1), (1, 2, 0.1), (2, 3, 0.3) };
        DateTimeOffset?[] times = [StoryFixtures.Day, StoryFixtures.Day, null, StoryFixtures.Day];
        Assert.Equal([(0, 1, 0.1), (2, 3, 0.3)], SubjectCommunities.DatedOrClose(pairs, times, 0.2));
    }

    [Fact]
    public void Options_reject_a_negative_density_both_qualities_at_once_and_no_neighbours()
    {
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { SubjectCommunityDensity = -0.1 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { SubjectCommunityDensity = 0.1, SubjectCommunityResolution = 1 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { SubjectCommunityNeighbours = 0 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { SubjectCommunityPower = 0 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { SubjectCommunityUndatedFloor = 1 }).Validate());
        (StoryClusteringOptions.Default with { SubjectCommunityDensity = 0.01 }).Validate();
    }
}
