using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>The figure most reports give (the toll, the number trapped) and the short summary that gives it (issue #11).</summary>
public sealed class HeadlineFiguresTests
{
    [Theory]
    [InlineData("All 43 passengers aboard the ferry drowned when it capsized.", "43")]
    [InlineData("About 120 volunteers searched the north cape on Monday.", "120")] // a capitalised first word is no name
    [InlineData("The island paid $130,000 for the pier, and 52.4% of voters backed the plan.", "130,000|52.4")]
    [InlineData("The new ferry carries 2,600 tonnes and 52.4 percent more cars.", "2,600|52.4")]
    [InlineData("Gull Air Flight 990 went down on Oct. 31, 1999, near the cape.", "")] // a name's number, a date, a year
    [InlineData("The storm reached the cape on 17 August.", "")] // a date's day
    [InlineData("Captain Abel Ross, 58, called 911.", "")] // an age between commas, a number at the end
    [InlineData("The ferry sank 35 years after it was built in 1988.", "")] // a unit of time, a year
    [InlineData("The hull weighs 14,700-23,860 tonnes and the Ferry 767-300 is older.", "")] // joined to another number
    [InlineData("Only 7 passengers survived.", "")] // one digit
    public void A_figure_is_a_number_that_counts_something(string text, string expected)
    {
        var found = new List<string>();
        HeadlineFigures.Figures(text, found);
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), found);
    }

    /// <summary>
    /// Twelve reports of a ferry that sank: each opens on the board's review of the rudder, and seven of them say,
    /// each in its own words, late in the report, how many drowned.
    /// </summary>
    private static Cluster Sinking()
    {
        string[] leads =
        [
            "Harbour board inspectors will examine the rudder of the Gull Island ferry that sank in the north channel, the board chairman said on Friday.",
            "The rudder of the Gull Island ferry that sank in the north channel will be examined by harbour board inspectors, the board chairman said on Friday.",
            "Harbour board inspectors are to examine the rudder of the sunken Gull Island ferry in the north channel, the board chairman said on Friday.",
        ];
        string[] seconds =
        [
            "The chairman said the rudder review was routine in any harbour board inquiry into a sinking.",
            "Divers raised the rudder from the north channel on Thursday and took it to the board's workshop.",
            "The shipyard that built the ferry said its rudders had passed every harbour board inspection.",
        ];
        string[] thirds =
        [
            "The inquiry will also examine the ferry's radio logs and the weather reports from that night.",
            "The ferry's owner said it would cooperate with the harbour board inquiry into the rudder.",
            "Board inspectors have asked the shipyard for its drawings of the ferry's rudder and steering gear.",
        ];
        string[] fourths =
        [
            "The board chairman said the rudder inspection would take two weeks and the inquiry report would follow.",
            "Harbour board inspectors will also examine the ferry's steering gear and the rudder's hinges.",
            "The board chairman said the inspectors had not ruled out a failure of the rudder's steering gear.",
        ];
        string[] fifths =
        [
            "The harbour board's last inspection of the ferry's hull and rudder in April found no faults.",
            "In April the harbour board's inspectors passed the ferry's hull, engines and rudder without faults.",
            "The ferry's hull and rudder were passed without faults at the harbour board's April inspection.",
        ];
        string[] tolls =
        [
            "All 43 passengers aboard drowned when the vessel capsized during a gale on its night run to Portmere, about twenty minutes after it left the island's old stone quay with a full load of cars.",
            "The 43 people on board were lost after the boat overturned in heavy seas on a late voyage to Portmere, shortly after its captain radioed that water was pouring onto the car deck.",
            "None of the 43 travellers survived when the craft rolled over in rough water late that evening, within sight of the lighthouse keepers who raised the alarm on the mainland.",
        ];
        var reports = new List<Article>();
        for (int k = 0; k < 12; k++)
        {
            var lines = new List<string> { leads[k % 3], seconds[k % 3], thirds[(k / 3) % 3], fourths[(k + 1) % 3], fifths[(k + 2) % 3] };
            if (k < 7) lines.Add(tolls[k % 3]);
            lines.Add("Gull Island has been served by a ferry across the north channel since the harbour opened.");
            reports.Add(new Article($"report{k}", string.Join("\n", lines)));
        }
        return Fixtures.Story([.. reports]);
    }

    [Fact]
    public void A_short_summary_of_many_reports_gives_the_figure_most_of_them_give()
    {
        var cluster = Sinking();
        var options = new SummaryOptions { Words = 120 };
        var summary = new CoverageSummarizer().Summarize(cluster, options);
        Assert.StartsWith("Harbour board inspectors will examine the rudder", summary.Sentences[0].Sentence.Text);
        Assert.Contains(summary.Sentences, s => s.Sentence.Text.Contains(" 43 ", StringComparison.Ordinal));
        // Without the rule the review's details fill the summary and the reader never learns that 43 drowned.
        var without = new CoverageSummarizer(new CoverageOptions { HeadlineFigure = 0 }).Summarize(cluster, options);
        Assert.DoesNotContain(without.Sentences, s => s.Sentence.Text.Contains(" 43 ", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => new CoverageOptions { HeadlineFigure = -1 }.Validate());
    }

    [Fact]
    public void A_figure_counts_as_the_headline_figure_only_in_a_topic_of_many_reports_and_half_of_them()
    {
        var cluster = Sinking();
        var f = ClusterFeatures.Build(cluster);
        Assert.Equal("43", HeadlineFigures.Find(f));
        // Fewer than half the reports giving it (six of thirteen) is a side fact.
        var reports = cluster.Articles.ToList();
        reports.RemoveAt(0);
        reports.Add(new Article("extra1", "Harbour board inspectors will examine the rudder of the Gull Island ferry, the board chairman said on Friday."));
        reports.Add(new Article("extra2", "Harbour board inspectors will examine the rudder of the Gull Island ferry, the board chairman said on Monday."));
        Assert.Null(HeadlineFigures.Find(ClusterFeatures.Build(Fixtures.Story([.. reports.Select(a => new Article(a.Id, a.Text))]))));
        // A few reports (Multi-News sizes) have no headline figure, however many of them give one.
        Assert.Null(HeadlineFigures.Find(ClusterFeatures.Build(Fixtures.Story([.. cluster.Articles.Take(6).Select(a => new Article(a.Id, a.Text))]))));
    }
}
