using Roundup.Clustering;

namespace Roundup.Tests.Clustering;

/// <summary>The subject level's vectors (<see cref="SubjectVectors"/>) and the subject window.</summary>
public sealed class SubjectVectorsTests
{
    /// <summary>Terms 1-2 are names (Marlow, Keller), 3-4 are not (flood, ferry).</summary>
    private static readonly ArticleTerms Terms = new(["marlow", "keller", "flood", "ferri"], [2f, 1f, 2f, 1f], [true, true, false, false]);

    private static SparseVector EventVector(StoryClusteringOptions options)
    {
        var stats = new TermStatistics();
        stats.AddDocument(Terms);
        stats.AddDocument(new ArticleTerms(["budget"], [1f], [false]));
        var ids = stats.AddDocument(new ArticleTerms(Terms.Terms, Terms.Weights, Terms.Entity));
        Assert.Equal([0, 1, 2, 3], ids);
        return stats.Vector(Terms, ids, options);
    }

    [Fact]
    public void Names_weigh_less_in_the_subject_vector_than_in_the_event_vector()
    {
        var options = StoryClusteringOptions.Default;
        var ids = new[] { 0, 1, 2, 3 };
        var ev = EventVector(options);
        var subject = SubjectVectors.Of(ev, Terms, ids, options);
        Assert.Equal(ev.Ids, subject.Ids);                                  // the same terms
        Assert.Equal(1.0, subject.Weights.Sum(w => (double)w * w), 5);      // unit length again
        // A name's weight against a plain term's falls by SubjectEntityBoost / EntityBoost.
        double before = ev.Weights[0] / ev.Weights[2], after = subject.Weights[0] / subject.Weights[2];
        Assert.Equal(before * options.SubjectEntityBoost / options.EntityBoost, after, 4);
        Assert.True(subject.Weights[0] < ev.Weights[0]);
        Assert.True(subject.Weights[2] > ev.Weights[2]);
        // The two plain terms keep their balance.
        Assert.Equal(ev.Weights[2] / ev.Weights[3], subject.Weights[2] / subject.Weights[3], 4);
    }

    [Fact]
    public void Equal_name_weights_read_one_vector_and_an_article_without_names_is_unchanged()
    {
        var same = StoryClusteringOptions.Default with { SubjectEntityBoost = StoryClusteringOptions.Default.EntityBoost };
        var ev = EventVector(same);
        var ids = new[] { 0, 1, 2, 3 };
        Assert.True(SubjectVectors.Same(same));
        Assert.Same(ev.Weights, SubjectVectors.Of(ev, Terms, ids, same).Weights);
        Assert.False(SubjectVectors.Same(StoryClusteringOptions.Default));
        var plain = new ArticleTerms(Terms.Terms, Terms.Weights, [false, false, false, false]);
        Assert.Same(ev.Weights, SubjectVectors.Of(ev, plain, ids, StoryClusteringOptions.Default).Weights);
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { SubjectEntityBoost = 0 }).Validate());
    }

    [Fact]
    public void A_subject_shared_through_a_name_alone_counts_for_less_at_the_subject_level()
    {
        // Two articles that share a governor's name and state but are about different things: their subject-level
        // similarity is below their event-level one, and the event level reads the plain vectors unchanged.
        var a = new ArticleTerms(["bush", "texa", "execut", "parol", "appeal"], [3f, 2f, 2f, 1f, 1f], [true, true, false, false, false]);
        var b = new ArticleTerms(["bush", "texa", "gai", "convent", "deleg"], [3f, 2f, 2f, 1f, 1f], [true, true, false, false, false]);
        var stats = new TermStatistics();
        var ia = stats.AddDocument(a);
        var ib = stats.AddDocument(b);
        stats.AddDocument(new ArticleTerms(["budget", "senat"], [1f, 1f], [false, true]));
        var options = StoryClusteringOptions.Default;
        var (va, vb) = (stats.Vector(a, ia, options), stats.Vector(b, ib, options));
        double eventCosine = va.Dot(vb);
        double subjectCosine = SubjectVectors.Of(va, a, ia, options).Dot(SubjectVectors.Of(vb, b, ib, options));
        Assert.True(subjectCosine < eventCosine - 0.03, $"{subjectCosine} vs {eventCosine}");
    }

    [Fact]
    public void Explain_says_the_subject_level_weighs_names_less()
    {
        var apart = ClusteringExplainer.Explain(StoryFixtures.Events(), "flood-1", "cup-1");
        Assert.False(apart.Subject.Together);
        Assert.Contains("names weighted 1.35× instead of 1.5×", apart.Subject.Reason, StringComparison.Ordinal);
        // With one name weight for both levels there is nothing to say.
        var same = ClusteringExplainer.Explain(StoryFixtures.Events(), "flood-1", "cup-1", StoryClusteringOptions.Default with { SubjectEntityBoost = 1.5 });
        Assert.DoesNotContain("names weighted", same.Subject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_running_subject_stays_open_for_years_in_incremental_mode()
    {
        // The same running subject 500 days apart: one subject (two events) with the default window (three years), two
        // with a year's.
        List<Model.Article> Articles() =>
        [
            StoryFixtures.Make("a", "Keller river floods Marlow", "Floodwater from the Keller river poured into Marlow after heavy rain. Firefighters rescued residents by boat near the old bridge.", 0),
            StoryFixtures.Make("b", "Marlow flood: Keller rises again", "The Keller river rose again in Marlow and firefighters rescued residents by boat near the old bridge after heavy rain.", 24 * 500),
        ];
        var options = StoryClusteringOptions.Default with { DetectDuplicates = false };
        var threeYears = StoryClusterer.Cluster(Articles(), ClusteringMode.Incremental, options);
        Assert.Equal(2, threeYears.Stories.Count);
        Assert.Single(threeYears.Subjects);
        var oneYear = StoryClusterer.Cluster(Articles(), ClusteringMode.Incremental, options with { Window = TimeSpan.FromDays(365) });
        Assert.Equal(2, oneYear.Subjects.Count);
    }
}
