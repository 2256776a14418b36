using Roundup.Clustering;
using Xunit;

namespace Roundup.Tests.Clustering;

/// <summary>Incremental mode: a subject that has grown to 2, 4, 8, … articles merges into the closest other subject when their
/// centroids are close enough (<see cref="StoryClusteringOptions.IncrementalMergeThreshold"/>).</summary>
public sealed class IncrementalSubjectMergeTests
{
    // Two bursts of one running subject ten days apart (two events), and an unrelated event between them. The subject join
    // is set out of reach (every new event starts a subject of its own) and the lone-event regroup off, so only the merge
    // can bring the second burst to the first.
    private static List<Model.Article> Articles() =>
    [
        StoryFixtures.Make("a1", "Keller river floods Marlow", "Floodwater from the Keller river poured into Marlow after heavy rain. Firefighters rescued residents by boat near the old bridge.", 0),
        StoryFixtures.Make("a2", "Marlow residents rescued as Keller floods", "Firefighters rescued Marlow residents by boat after the Keller river burst its banks in heavy rain near the old bridge.", 3),
        StoryFixtures.Make("c1", "Dunmore win the county cup final", "Dunmore beat Ashby two goals to one in the county cup final, their striker scoring twice in the second half.", 24 * 5),
        StoryFixtures.Make("c2", "Cup final: Dunmore beat Ashby", "Two second-half goals from their striker gave Dunmore the county cup final against Ashby, two goals to one.", 24 * 5 + 2),
        StoryFixtures.Make("b1", "Keller river floods Marlow again", "Heavy rain sent the Keller river into Marlow again. Firefighters rescued residents by boat near the old bridge.", 24 * 10),
        StoryFixtures.Make("b2", "Marlow flooded again by the Keller", "The Keller river flooded Marlow again after heavy rain and firefighters rescued residents by boat near the old bridge.", 24 * 10 + 4),
    ];

    private static readonly StoryClusteringOptions Options = StoryClusteringOptions.Default with
    {
        DetectDuplicates = false, ColdStartBoost = 0, Threshold = 0.95, SubjectRefineJoin = 1,
    };

    [Fact]
    public void A_grown_subject_merges_into_the_subject_whose_centroid_it_matches()
    {
        var merged = StoryClusterer.Cluster(Articles(), ClusteringMode.Incremental, Options);
        Assert.Equal(3, merged.Stories.Count);
        Assert.Equal(2, merged.Subjects.Count);
        var of = merged.SubjectOfArticle;
        Assert.Equal(of[0], of[5]);
        Assert.NotEqual(of[0], of[2]);

        var apart = StoryClusterer.Cluster(Articles(), ClusteringMode.Incremental, Options with { IncrementalMergeThreshold = 1 });
        Assert.Equal(3, apart.Stories.Count);
        Assert.Equal(3, apart.Subjects.Count);
    }

    [Fact]
    public void The_merge_level_must_be_in_range()
    {
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { IncrementalMergeThreshold = 0 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { IncrementalMergeThreshold = 1.2 }).Validate());
    }
}
