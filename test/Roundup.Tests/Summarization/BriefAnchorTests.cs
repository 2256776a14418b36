using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// A short summary opens on the full report's lead, not on a brief's side of the story (issue #11): in a small cluster
/// an undated brief weighs its words over <see cref="CoverageOptions.AnchorBriefWords"/> in the whole the anchor's
/// article is measured against, so the full report is the more central article; a brief that says when keeps its weight.
/// </summary>
public sealed class BriefAnchorTests
{
    private const string ReportLead = "Faced with months of complaints about late and crowded trams, the mayor's office is considering ending its contract with Kestrel Rail, which runs the Harbor Line, a senior city official said.";

    private const string BriefLead = "The chair of the city council's transit committee, Rosa Delgado, promised a full review of the Harbor Line tram contract with Kestrel Rail and said she expected the mayor to end it.";

    // Written for this test: a full report of a city weighing the end of its tram operator's contract, and a brief on
    // a council member's review of the same contract.
    private static Article Report() => new("report", $"""
        {ReportLead}

        No decision has been made and the move is still under review, the official said, speaking on condition of anonymity because the talks are private.

        That the city is even weighing it shows how far patience has run out at City Hall after a year in which one Harbor Line tram in four ran late and riders were left waiting on crowded platforms in the rain.

        Kestrel Rail won the ten-year contract in 2019 with a promise of new trams every six minutes at rush hour.

        Instead, the company has struggled to hire drivers, and several of its new trams were taken out of service after their doors failed in cold weather.

        Council member Rosa Delgado, who chairs the transit committee, has called for a full review of the contract.

        A spokesman for Kestrel Rail said the company was committed to the Harbor Line and had hired forty drivers since the spring.

        Ending the contract early could cost the city millions in penalties, according to budget officials, and another operator would need months to take over the line.

        Riders' groups welcomed the news but said they wanted more trams, not another round of paperwork.

        The mayor is expected to decide before the budget is presented in the autumn.
        """) { Source = "City Ledger" };

    private static Article Brief(string when = "") => new("brief", $"""
        {BriefLead}

        Such a move would be a sharp turn for a city that signed the deal with great fanfare.

        Delgado said{when} that riders deserved better than late trams.
        """) { Source = "Metro Brief" };

    private static readonly SummaryOptions Short = new() { Words = 120 };

    [Fact]
    public void A_short_summary_opens_on_the_full_report_not_on_an_undated_brief()
    {
        var cluster = Fixtures.Story(Brief(), Report());
        var summary = new CoverageSummarizer().Summarize(cluster, Short);
        Assert.Equal(ReportLead, summary.Sentences[0].Text);
        // With every article alike, the brief's denser lead opens the summary.
        var alike = new CoverageSummarizer(new CoverageOptions { AnchorBriefWords = 0 }).Summarize(cluster, Short);
        Assert.Equal(BriefLead, alike.Sentences[0].Text);
    }

    [Fact]
    public void A_brief_that_says_when_keeps_its_weight()
    {
        // The same brief, with a day in its last line: it reports the event itself, and its lead opens the summary.
        var cluster = Fixtures.Story(Brief(" on Tuesday"), Report());
        var summary = new CoverageSummarizer().Summarize(cluster, Short);
        Assert.Equal(BriefLead, summary.Sentences[0].Text);
    }

    [Fact]
    public void The_brief_weight_has_its_default_and_is_off_for_large_topics()
    {
        var o = new CoverageOptions();
        Assert.Equal(200, o.AnchorBriefWords);
        Assert.Equal(0, o.ForCluster(o.LargeClusterArticles).AnchorBriefWords);
        Assert.Equal(200, o.ForCluster(o.LargeClusterArticles - 1).AnchorBriefWords);
        Assert.Throws<ArgumentException>(() => new CoverageOptions { AnchorBriefWords = -1 }.Validate());
    }
}
