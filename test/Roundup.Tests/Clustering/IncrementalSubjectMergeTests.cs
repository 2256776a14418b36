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

    /// <summary>A unit vector over term ids of weight 1.</summary>
    private static SparseVector V(params int[] ids)
    {
        var sorted = ids.Order().ToArray();
        float w = (float)(1 / Math.Sqrt(sorted.Length));
        return new SparseVector(sorted, [.. sorted.Select(_ => w)]);
    }

    [Fact]
    public void A_subject_years_away_needs_more_similarity_to_take_a_new_event()
    {
        // Cosine 1/6 with the subject's one member: above the join level (0.13) on the same day and with the penalty off; 1,000
        // days later 0.05 comes off (0.00005 a day), below it.
        var first = V(1, 10, 11, 12, 13, 14);
        var later = V(1, 20, 21, 22, 23, 24);
        Assert.Equal(1 / 6.0, later.Dot(first), 5);
        var day = new DateTimeOffset(1998, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var o = StoryClusteringOptions.Default;
        Assert.Equal(0.00005, o.SubjectDayPenalty);

        var sameDay = new StoryEngine(o, coldStart: false, null, o.SubjectDayPenalty);
        int a = sameDay.Add(first, null, day, -1);
        Assert.Equal(a, sameDay.Add(later, null, day.AddHours(6), -1));

        var years = new StoryEngine(o, coldStart: false, null, o.SubjectDayPenalty);
        a = years.Add(first, null, day, -1);
        Assert.NotEqual(a, years.Add(later, null, day.AddDays(1000), -1));

        var off = new StoryEngine(o, coldStart: false, null, 0);
        a = off.Add(first, null, day, -1);
        Assert.Equal(a, off.Add(later, null, day.AddDays(1000), -1));
    }

    [Fact]
    public void The_incremental_subject_engine_reads_the_day_penalty()
    {
        // The same running subject 500 days apart stays one subject with the default penalty (its articles match closely),
        // and becomes two when the days cost more than they match.
        List<Model.Article> Articles() =>
        [
            StoryFixtures.Make("a", "Keller river floods Marlow", "Floodwater from the Keller river poured into Marlow after heavy rain. Firefighters rescued residents by boat near the old bridge.", 0),
            StoryFixtures.Make("b", "Marlow flood: Keller rises again", "The Keller river rose again in Marlow and firefighters rescued residents by boat near the old bridge after heavy rain.", 24 * 500),
        ];
        var options = StoryClusteringOptions.Default with { DetectDuplicates = false };
        Assert.Single(StoryClusterer.Cluster(Articles(), ClusteringMode.Incremental, options).Subjects);
        Assert.Equal(2, StoryClusterer.Cluster(Articles(), ClusteringMode.Incremental, options with { SubjectDayPenalty = 0.01 }).Subjects.Count);
        Assert.Throws<ArgumentException>(() => (options with { SubjectDayPenalty = -0.001 }).Validate());
    }
}
