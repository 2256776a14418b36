using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// A short summary of a study or a record says what the story is (issue #11): the sentence that says what the study
/// found or where it was published, or the record or comparison figure, that several reports carry (see <see cref="Findings"/>).
/// </summary>
public sealed class FindingsTests
{
    [Theory]
    [InlineData("Researchers have found that gulls living near harbours eat twice as much plastic as inland birds.", true)]
    [InlineData("The research is published in the journal Marine Ecology.", true)]
    [InlineData("In a study published on Monday, scientists at Tern Bay University showed how the birds pick their food.", true)]
    [InlineData("Police found the body of a man in a car park on Monday.", false)] // a finding verb, no study
    [InlineData("The study took three years.", false)] // a study, no finding
    public void A_finding_is_a_finding_verb_beside_its_source(string text, bool expected) =>
        Assert.Equal(expected, Findings.ReportsFinding(text));

    [Theory]
    [InlineData("The film grossed $735 million in 17 days, making it the fastest movie to reach $1 billion.", true)]
    [InlineData("The cancer rate was at least 50 times lower than it is today.", true)]
    [InlineData("Harbour gulls ate three times as much plastic as inland birds.", true)]
    [InlineData("A record crowd watched the final.", false)] // a record with no figure
    [InlineData("He called the station three times before anyone answered.", false)] // "times" with no comparison
    [InlineData("The team tried 4 times to reach the summit.", false)]
    public void A_record_is_a_figure_with_its_comparison(string text, bool expected) =>
        Assert.Equal(expected, Findings.GivesRecord(text));

    [Theory]
    [InlineData("The mutation evolved to help protect our ancestors from frostbite.", false)]
    [InlineData("The gene shaped the history of our species.", false)]
    [InlineData("Our readers wrote in by the hundred.", true)]
    [InlineData("We asked the mayor about our ancestors' graves.", true)] // "We" is still the writer's
    public void Our_ancestors_are_everyones(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.FirstPersonNarration(text));

    private const string Finding = "A Tern Bay University study published in Coastal Birds found that harbour gulls carry twice the plastic load of inland gulls.";

    // Written for this test: a feature on harbour gulls whose lead paragraphs are background and whose finding comes
    // late, and a report that tells the same background before the same finding in its own words.
    private static Article Feature() => new("feature", $"""
        Herring gulls have lived beside harbours for centuries, and the bold birds now steal chips from cafe tables and snatch fish from the quay.

        Cafe owners on the harbour front have put up netting and spikes to keep the gulls away from their tables.

        The gulls follow the fishing boats out of the harbour at dawn and wait on the quay walls for the catch to be landed.

        Gulls that nest inland feed mostly on worms and insects from farm fields.

        Fishermen say the gulls have grown bolder every summer, snatching fish from the boats as the catch is landed.

        {Finding}

        The team plans to fit twenty more gulls with small trackers next spring.
        """) { Source = "Harbour Times" };

    private static Article Report() => new("report", """
        Herring gulls on harbour walls have grown so bold that they steal chips from cafe tables and snatch fish from the quay.

        Cafe owners on the harbour front have tried netting and spikes to keep the gulls away from their tables.

        The gulls follow fishing boats out at dawn and wait on the quay walls for the catch to be landed.

        Inland, gulls feed mostly on worms and insects from farm fields.

        Fishermen say the birds grow bolder every summer, snatching fish from the boats as the catch comes in.

        Researchers showed in a paper that harbour gulls carry twice the plastic load of inland gulls.
        """) { Source = "Science Daily Wire" };

    [Fact]
    public void The_finding_weight_has_its_default_is_off_for_large_topics_and_refuses_a_negative_value()
    {
        var options = new CoverageOptions();
        Assert.Equal(2.0, options.FindingWeight);
        Assert.Equal(0, options.ForCluster(options.LargeClusterArticles).FindingWeight);
        Assert.Throws<ArgumentException>(() => new CoverageOptions { FindingWeight = -1 }.Validate());
    }

    [Fact]
    public void A_short_summary_says_what_the_study_found()
    {
        var cluster = Fixtures.Story(Feature(), Report());
        var options = new SummaryOptions { Words = 90 }; // a short (anchored) summary
        var summary = new CoverageSummarizer().Summarize(cluster, options);
        Assert.Contains(summary.Sentences, s => Findings.ReportsFinding(s.Text));
        // Without the weight, the feature's background (shared with the report, early, the lead's chain) fills it.
        var without = new CoverageSummarizer(new CoverageOptions { FindingWeight = 0 }).Summarize(cluster, options);
        Assert.DoesNotContain(without.Sentences, s => Findings.ReportsFinding(s.Text));
    }
}
