using Roundup.Bench.Experiments;
using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// The objective variants that lost, kept in the bench (<see cref="ExperimentalCoverageSummarizer"/>): prominence
/// coverage, local search, concave credit, name weight, diversity; with all of them off it is the library's summarizer.
/// </summary>
public sealed class CoverageExperimentTests
{
    // Budgeted coverage trap: a short sentence holds 4 shared phrases in 10 words (the best value per word), a long one
    // 7 other shared phrases in 20 words; a 20-word budget fits only one of them. A third outlet names all eleven in
    // one sentence too long to be chosen, so every phrase is reported by two outlets.
    private static Cluster Trap() => Fixtures.Story(
        new Article("short", "Harbour bridge, river ferry, town hall and market square closed."),
        new Article("long", "Police chief, fire brigade, school board, water company, power station, bus depot and city council all met early on Monday."),
        new Article("report", "The harbour bridge, the river ferry, the town hall, the market square, the police chief, the fire brigade, the school board, " +
            "the water company, the power station, the bus depot and the city council were all named in a long report that the county " +
            "published on its website late on Friday evening after months of delay."));

    private static CoverageExperiments Prominence(int rounds) => new() { ProminenceCoverage = true, LocalSearchRounds = rounds };

    private static double Objective(Cluster cluster, Summary summary)
    {
        var f = ClusterFeatures.Build(cluster, s => SentenceRules.Compress(s.Text));
        var index = f.Sentences.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        return ExperimentalCoverageSummarizer.ProminenceObjective(f, new CoverageOptions(), [.. summary.Sentences.Select(s => index[s.Sentence])]);
    }

    [Fact]
    public void Local_search_swaps_the_greedy_pick_for_a_better_one_within_the_budget()
    {
        var cluster = Trap();
        var budget = new SummaryOptions { Words = 20 };
        var greedy = new ExperimentalCoverageSummarizer(null, Prominence(0)).Summarize(cluster, budget);
        var searched = new ExperimentalCoverageSummarizer(null, Prominence(10)).Summarize(cluster, budget);
        Assert.Equal(["short"], greedy.Sentences.Select(s => s.Sentence.Article.Id));
        Assert.Equal(["long"], searched.Sentences.Select(s => s.Sentence.Article.Id));
        Assert.True(searched.WordCount <= 20);
        Assert.True(Objective(cluster, searched) > Objective(cluster, greedy));
    }

    [Theory]
    [InlineData(15)]
    [InlineData(30)]
    [InlineData(50)]
    [InlineData(80)]
    [InlineData(120)]
    public void Local_search_never_lowers_the_objective_and_keeps_budget_and_readability(int words)
    {
        var cluster = Fixtures.Story();
        var budget = new SummaryOptions { Words = words };
        var greedy = new ExperimentalCoverageSummarizer(null, Prominence(0)).Summarize(cluster, budget);
        var searched = new ExperimentalCoverageSummarizer(null, Prominence(10)).Summarize(cluster, budget);
        Assert.True(Objective(cluster, searched) >= Objective(cluster, greedy) - 1e-9);
        Assert.True(searched.WordCount <= words, $"{searched.WordCount} words");
        var chosen = searched.Sentences.Select(s => s.Sentence).ToHashSet();
        foreach (var s in searched.Sentences)
        {
            if (!SentenceRules.OpensWithReference(s.Text)) continue;
            var previous = s.Sentence.Article.Sentences[s.Sentence.Index - 1];
            Assert.Contains(previous, chosen);
        }
        Assert.Equal(chosen.Count, searched.Sentences.Count);
    }

    [Fact]
    public void Prominence_objective_credits_a_concept_at_its_most_prominent_sentence()
    {
        var cluster = Fixtures.Story();
        var f = ClusterFeatures.Build(cluster);
        var o = new CoverageOptions();
        int lead = Array.FindIndex(f.Sentences, s => s.Article.Id == "herald" && s.Index == 0);
        int later = Array.FindIndex(f.Sentences, s => s.Article.Id == "herald" && s.Index == 3);
        double alone = ExperimentalCoverageSummarizer.ProminenceObjective(f, o, [lead]);
        Assert.True(alone > 0);
        // Adding a sentence adds only what it covers beyond the lead, so the whole is at most the sum of the parts.
        double both = ExperimentalCoverageSummarizer.ProminenceObjective(f, o, [lead, later]);
        Assert.InRange(both, alone, alone + ExperimentalCoverageSummarizer.ProminenceObjective(f, o, [later]));
        Assert.Equal(alone, ExperimentalCoverageSummarizer.ProminenceObjective(f, o, [lead, lead]), 9);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    public void Repeat_credit_must_be_a_fraction(double credit) =>
        Assert.Throws<ArgumentException>(() => new ExperimentalCoverageSummarizer(null, new CoverageExperiments { RepeatCredit = credit }));

    public static TheoryData<int?, int?, int> Budgets => new()
    {
        { null, 1, 0 }, { null, 3, 0 }, { 20, null, 0 }, { 50, null, 0 }, { 120, null, 0 }, { 400, null, 0 },
        { 80, null, 12 }, { 200, null, 12 },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void With_every_experiment_off_it_chooses_what_the_library_chooses(int? words, int? sentences, int copies)
    {
        // copies > 0: a large cluster (the story told by many outlets), where the large-cluster settings apply.
        var cluster = copies == 0 ? Fixtures.Story() : Fixtures.Story([.. Enumerable.Range(0, copies).SelectMany(k =>
            new[] { Fixtures.Daily(), Fixtures.Herald(), Fixtures.Courier() }.Select(a => new Article($"{a.Id}-{k}", a.RawText) { Source = $"{a.Source} {k}" }))]);
        var budget = sentences is { } s ? new SummaryOptions { Sentences = s } : new SummaryOptions { Words = words!.Value };
        // The bench copies the unanchored greedy, not the descriptions a long summary gives late persons (DescribeLatePeople).
        var library = new CoverageSummarizer(new CoverageOptions { AnchorWeight = 0, DescribeLatePeople = false }).Summarize(cluster, budget);
        var bench = new ExperimentalCoverageSummarizer().Summarize(cluster, budget);
        Assert.NotEmpty(library.Sentences);
        Assert.Equal(library.Sentences.Select(x => (x.Text, x.Score)), bench.Sentences.Select(x => (x.Text, x.Score)));
    }

    [Fact]
    public void An_experiment_changes_the_choice_somewhere()
    {
        // The trap: the library's greedy takes the short sentence; prominence coverage with local search the long one.
        var cluster = Trap();
        var budget = new SummaryOptions { Words = 20 };
        Assert.Equal(["short"], new CoverageSummarizer(new CoverageOptions { AnchorWeight = 0 }).Summarize(cluster, budget).Sentences.Select(x => x.Sentence.Article.Id));
        Assert.Equal(["long"], new ExperimentalCoverageSummarizer(null, Prominence(10)).Summarize(cluster, budget).Sentences.Select(x => x.Sentence.Article.Id));
    }
}
