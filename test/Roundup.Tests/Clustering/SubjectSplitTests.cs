using Roundup.Clustering;
using Xunit;

namespace Roundup.Tests.Clustering;

/// <summary>Both modes: a subject whose events fall into two groups with a clear cut is split in two
/// (<see cref="StoryClusteringOptions.SubjectSplitRatio"/>, <see cref="SubjectSplit"/>).</summary>
public sealed class SubjectSplitTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A unit vector over term ids of weight 1.</summary>
    private static SparseVector V(params int[] ids)
    {
        var sorted = ids.Order().ToArray();
        float w = (float)(1 / Math.Sqrt(sorted.Length));
        return new SparseVector(sorted, [.. sorted.Select(_ => w)]);
    }

    /// <summary>Two topics of one country: a war (terms 10-13) and an election (terms 20-23), each in two events three weeks
    /// apart, every article also carrying the country's general words (1 and 2) and a word of its own. Within a topic two
    /// articles share 6 of 7 terms (cosine 0.857); across topics 2 of 7 (0.286), enough for average linkage at 0.1.</summary>
    private static (SparseVector[] Vectors, DateTimeOffset?[] Times) TwoTopics()
    {
        var vectors = new List<SparseVector>();
        var times = new List<DateTimeOffset?>();
        int own = 100;
        void Add(int[] topic, double days)
        {
            for (int k = 0; k < 3; k++)
            {
                vectors.Add(V([1, 2, .. topic, own++]));
                times.Add(Day.AddDays(days).AddHours(k));
            }
        }
        Add([10, 11, 12, 13], 0);
        Add([20, 21, 22, 23], 7);
        Add([10, 11, 12, 13], 21);
        Add([20, 21, 22, 23], 28);
        return ([.. vectors], [.. times]);
    }

    [Fact]
    public void Two_topics_that_linkage_joins_on_general_words_are_split_and_stay_split()
    {
        var (vectors, times) = TwoTopics();
        var skip = new bool[vectors.Length];
        var dense = new float[]?[vectors.Length];
        var options = StoryClusteringOptions.Default with { EventDayPenalty = 0 };

        var whole = StoryClusterer.TwoLevels(vectors, dense, times, skip, options with { SubjectSplitRatio = 0 });
        Assert.Equal(4, whole.Events.Distinct().Count());
        Assert.Single(whole.Subjects.Distinct());
        Assert.Empty(whole.Cuts);

        var split = StoryClusterer.TwoLevels(vectors, dense, times, skip, options);
        // Linkage and merges joined them; the split cut the war from the election, and the refinement kept the cut.
        Assert.Single(split.MergedSubjects.Distinct());
        var cut = Assert.Single(split.Cuts);
        Assert.InRange(cut.Cross, 0.28, 0.29);
        Assert.InRange(cut.InnerStay, 0.6, 0.87);
        Assert.InRange(cut.InnerLeave, 0.6, 0.87);
        int[] war = [0, 1, 2, 6, 7, 8], election = [3, 4, 5, 9, 10, 11];
        Assert.Single(war.Select(i => split.Subjects[i]).Distinct());
        Assert.Single(election.Select(i => split.Subjects[i]).Distinct());
        Assert.NotEqual(split.Subjects[0], split.Subjects[3]);

        // At a ratio below the cut's (0.286 / 0.6 or more), nothing is split.
        var strict = StoryClusterer.TwoLevels(vectors, dense, times, skip, options with { SubjectSplitRatio = 0.3 });
        Assert.Single(strict.Subjects.Distinct());
    }

    [Fact]
    public void A_broad_subject_whose_halves_are_as_close_as_their_own_articles_is_not_split()
    {
        // Four events of one broad subject: each article shares a chain of terms with the others, so any two halves are about
        // as close to each other as their own articles are.
        var sums = new List<Dictionary<int, float>>();
        var sizes = new List<int>();
        for (int e = 0; e < 4; e++)
        {
            var sum = new Dictionary<int, float>();
            for (int k = 0; k < 3; k++)
            {
                var v = V(1, 2, 3, 10 + e, 10 + (e + 1) % 4, 50 + 3 * e + k);
                for (int t = 0; t < v.Ids.Length; t++) sum[v.Ids[t]] = sum.GetValueOrDefault(v.Ids[t]) + v.Weights[t];
            }
            sums.Add(sum);
            sizes.Add(3);
        }
        Assert.Null(SubjectSplit.Bisect(sums, sizes, StoryClusteringOptions.Default.SubjectSplitRatio, StoryClusteringOptions.Default.SubjectSplitMinArticles, out _));
        // The halves are closer to each other than 0.55 of their own cohesion, but not as close as their own articles are.
        var cut = SubjectSplit.Bisect(sums, sizes, 1, StoryClusteringOptions.Default.SubjectSplitMinArticles, out var side);
        Assert.NotNull(cut);
        Assert.InRange(cut.Value.Cross / Math.Min(cut.Value.InnerStay, cut.Value.InnerLeave), 0.55, 1);
        Assert.False(side[0]);
    }

    [Fact]
    public void Each_half_must_hold_the_fewest_articles()
    {
        var (vectors, times) = TwoTopics();
        var skip = new bool[vectors.Length];
        var dense = new float[]?[vectors.Length];
        var options = StoryClusteringOptions.Default with { EventDayPenalty = 0 };
        // Six articles a half: a minimum of 6 still splits, 7 does not.
        Assert.Single(StoryClusterer.TwoLevels(vectors, dense, times, skip, options with { SubjectSplitMinArticles = 6 }).Cuts);
        Assert.Empty(StoryClusterer.TwoLevels(vectors, dense, times, skip, options with { SubjectSplitMinArticles = 7 }).Cuts);
    }

    [Fact]
    public void A_split_story_gets_the_centroids_its_members_would_build()
    {
        var options = StoryClusteringOptions.Default;
        var engine = new StoryEngine(options, coldStart: false);
        var (vectors, times) = TwoTopics();
        for (int i = 0; i < 6; i++) engine.Add(vectors[i], null, times[i], -1, force: i == 0 ? -1 : 0);
        var counted = Enumerable.Repeat(true, 6).ToList();
        int left = engine.SplitOff(0, [3, 4, 5], counted);

        var fresh = new StoryEngine(options, coldStart: false);
        for (int i = 3; i < 6; i++) fresh.Add(vectors[i], null, times[i], -1, force: i == 3 ? -1 : 0);
        Assert.Equal([0, 0, 0, left, left, left], engine.StoryOf);
        Assert.Equal([3, 4, 5], engine.Stories[left].Members);
        Assert.Equal(3, engine.Stories[0].Independent);
        Assert.Equal(fresh.Stories[0].SumSq, engine.Stories[left].SumSq, 5);
        Assert.Equal(times[3], engine.Stories[left].First);
        Assert.Equal(times[2], engine.Stories[0].Last);
        var probe = V(1, 2, 20, 21, 22, 23, 999);
        Assert.Equal(fresh.Similarity(probe, null, fresh.Stories[0]), engine.Similarity(probe, null, engine.Stories[left]), 5);
        Assert.Equal(0.0, engine.Similarity(V(20, 21, 22, 23), null, engine.Stories[0]), 6);
    }

    // Two running stories of one town, each in two events (two articles each), sharing the town's name and little else.
    private static List<Model.Article> Town() =>
    [
        StoryFixtures.Make("flood-1", "Keller river floods Marlow", "Floodwater from the Keller river poured into Marlow after heavy rain. Firefighters rescued residents by boat near the old bridge.", 0),
        StoryFixtures.Make("flood-2", "Marlow residents rescued as Keller floods", "Firefighters rescued Marlow residents by boat after the Keller river burst its banks in heavy rain near the old bridge.", 3),
        StoryFixtures.Make("cup-1", "Marlow win the county cup final", "Marlow beat Ashby two goals to one in the county cup final, their striker scoring twice in the second half.", 24 * 5),
        StoryFixtures.Make("cup-2", "Cup final: Marlow beat Ashby", "Two second-half goals from their striker gave Marlow the county cup final against Ashby, two goals to one.", 24 * 5 + 2),
        StoryFixtures.Make("flood-3", "Keller river floods Marlow again", "Heavy rain sent the Keller river into Marlow again. Firefighters rescued residents by boat near the old bridge.", 24 * 10),
        StoryFixtures.Make("flood-4", "Marlow flooded again by the Keller", "The Keller river flooded Marlow again after heavy rain and firefighters rescued residents by boat near the old bridge.", 24 * 10 + 4),
        StoryFixtures.Make("cup-3", "Marlow striker signs for Ashby", "The striker who scored twice for Marlow in the county cup final against Ashby signed for Ashby, the beaten finalists.", 24 * 15),
        StoryFixtures.Make("cup-4", "Ashby sign Marlow's cup final striker", "Ashby signed the Marlow striker whose two second-half goals beat them in the county cup final.", 24 * 15 + 3),
    ];

    /// <summary>Every new event joins the open subject (a subject join of 0.01), and grown subjects never merge.</summary>
    private static readonly StoryClusteringOptions OneOpenSubject = StoryClusteringOptions.Default with
    {
        DetectDuplicates = false, ColdStartBoost = 0, Threshold = 0.01, IncrementalMergeThreshold = 1,
    };

    [Fact]
    public void Incremental_a_subject_that_took_a_neighbouring_topic_is_split_when_it_reaches_eight_articles()
    {
        // Every new event joins the open subject (a subject join of 0.01), and grown subjects never merge: the town's two
        // stories are one subject until the split at 8 articles cuts the cup story off.
        var options = OneOpenSubject;
        var whole = StoryClusterer.Cluster(Town(), ClusteringMode.Incremental, options with { SubjectSplitRatio = 0 });
        Assert.Equal(4, whole.Stories.Count);
        Assert.Single(whole.Subjects);

        var split = StoryClusterer.Cluster(Town(), ClusteringMode.Incremental, options);
        Assert.Equal(4, split.Stories.Count);
        Assert.Equal(2, split.Subjects.Count);
        var of = split.SubjectOfArticle;
        Assert.Equal([of[0], of[0], of[2], of[2], of[0], of[0], of[2], of[2]], of);
        Assert.NotEqual(of[0], of[2]);
    }

    // The town's two stories again, the flood story first with three events: at 8 articles the cup story holds only its first
    // event (2 articles, fewer than a half must hold), and it reaches 6 articles when the subject holds 12.
    private static List<Model.Article> LateTown() =>
    [
        .. Town().Take(2),
        Town()[2], Town()[3],
        Town()[4], Town()[5],
        StoryFixtures.Make("flood-5", "Keller river floods Marlow a third time", "Marlow flooded a third time as the Keller river rose after heavy rain; firefighters rescued residents by boat at the old bridge.", 24 * 12),
        StoryFixtures.Make("flood-6", "Third Keller flood in Marlow", "Firefighters took Marlow residents off by boat near the old bridge as the Keller river flooded a third time in heavy rain.", 24 * 12 + 3),
        Town()[6], Town()[7],
        StoryFixtures.Make("cup-5", "Ashby striker scores twice on Marlow debut", "The striker Ashby signed from Marlow after the county cup final scored twice against his old club on his debut for Ashby.", 24 * 20),
        StoryFixtures.Make("cup-6", "Former Marlow striker hits two for Ashby", "Two goals on his Ashby debut for the striker who won the county cup final for Marlow, against Marlow.", 24 * 20 + 2),
    ];

    [Fact]
    public void Incremental_a_subject_is_looked_at_for_a_split_between_powers_of_two()
    {
        // Every new event joins the open subject, and grown subjects never merge. Looked at only at 8 and 16 articles, the
        // subject keeps both stories (at 8 the cup story is one event of 2 articles; the stream ends at 12); looked at at 12
        // too (the default), the cup story is cut off there.
        var options = OneOpenSubject;
        var powers = StoryClusterer.Cluster(LateTown(), ClusteringMode.Incremental, options with { IncrementalSplitSteps = 1 });
        Assert.Single(powers.Subjects);

        var between = StoryClusterer.Cluster(LateTown(), ClusteringMode.Incremental, options);
        Assert.Equal(2, options.IncrementalSplitSteps);
        Assert.Equal(2, between.Subjects.Count);
        var of = between.SubjectOfArticle;
        Assert.Equal([of[0], of[0], of[2], of[2], of[0], of[0], of[0], of[0], of[2], of[2], of[2], of[2]], of);
        Assert.NotEqual(of[0], of[2]);
    }

    [Fact]
    public void Split_steps_outside_one_to_four_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { IncrementalSplitSteps = 0 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { IncrementalSplitSteps = 5 }).Validate());
        (StoryClusteringOptions.Default with { IncrementalSplitSteps = 1 }).Validate();
        (StoryClusteringOptions.Default with { IncrementalSplitSteps = 4 }).Validate();
    }

    [Fact]
    public void Explain_says_two_articles_were_linked_into_one_subject_then_split()
    {
        // A subject linkage level low enough to join the town's two stories; the split cuts them apart again.
        var options = StoryClusteringOptions.Default with { DetectDuplicates = false, LinkageThreshold = 0.01 };
        var apart = ClusteringExplainer.Explain(Town(), "flood-1", "cup-1", options);
        Assert.False(apart.Subject.Together, apart.ToString());
        Assert.Contains("linked into one subject, then it was split in two", apart.ToString(), StringComparison.Ordinal);

        var together = ClusteringExplainer.Explain(Town(), "flood-1", "cup-1", options with { SubjectSplitRatio = 0 });
        Assert.True(together.Subject.Together, together.ToString());
        Assert.DoesNotContain("split in two", together.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_split_ratio_outside_zero_to_one_or_a_minimum_below_one_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { SubjectSplitRatio = -0.1 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { SubjectSplitRatio = 1.5 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { SubjectSplitMinArticles = 0 }).Validate());
        (StoryClusteringOptions.Default with { SubjectSplitRatio = 0 }).Validate();
    }
}
