using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// A small cluster's short summary tells the story most of its text tells (blind judges: "most of the source text is
/// about the state's defeat of the labeling measure; B covers only the smaller county measure"): when the lead comes
/// from a report of another episode and the article holding most of what the summary may take has a lead of its own
/// that scores well enough (and says when, as the other does), the summary opens on that lead
/// (<see cref="CoverageOptions.MainStoryCloseness"/>). Every article here is written for these tests.
/// </summary>
public sealed class MainStoryTests
{
    private const string StateLead = "Voters in Nevada on Tuesday rejected a statewide ballot measure that would have required grocers to label bottled water drawn from the state's desert aquifers.";

    private const string CountyLead = "A measure that would require dog owners in Washoe County to buy yearly licences was approved by voters on Tuesday.";

    // The state's vote, told at length.
    private static Article State(string lead = StateLead) => new("state", string.Join("\n\n",
        lead,
        "The measure failed by 54 percent to 46 percent after a costly campaign in which bottling companies spent $31 million on television advertising.",
        "Supporters of the labels, led by a coalition of ranchers and water engineers, said the aquifers beneath the Great Basin are shrinking faster than rain can refill them.",
        "The bottlers argued that the labels would raise prices and confuse shoppers without saving a single gallon of groundwater.",
        "Engineer Lorna Bexley, who drafted the measure, told supporters at a rally in Reno that the fight over the aquifers was far from over.",
        "The coalition plans to ask the legislature in Carson City to pass a similar labeling law next spring.",
        "Polls in September had shown the labels winning by twenty points before the advertising began.",
        "Opponents celebrated at a hotel ballroom in Las Vegas, where bottling executives thanked shoppers for trusting their judgment.",
        "Similar labeling measures are planned in Arizona and Utah, where desert aquifers also supply bottling plants."))
    { Source = "State Wire" };

    // A brief on a county's vote the same night: another episode, few words.
    private static Article County() => new("county", string.Join("\n\n",
        CountyLead,
        "The county measure passed with 58 percent of the vote, and licence fees will fund two new animal shelters.",
        "County commissioners said the licences would go on sale in January."))
    { Source = "County Desk" };

    private static readonly SummaryOptions Short = new() { Words = 120 };

    private static string Opening(Cluster cluster, CoverageOptions? options = null, SummaryOptions? budget = null) =>
        new CoverageSummarizer(options).Summarize(cluster, budget ?? Short).Sentences[0].Text;

    [Fact]
    public void A_short_summary_opens_on_the_story_most_of_the_text_tells_not_a_side_reports_lead()
    {
        var cluster = Fixtures.Story(State(), County());
        Assert.Equal(StateLead, Opening(cluster));
        // Without the rule the brief's lead, which the other report's words support more, opens it.
        Assert.Equal(CountyLead, Opening(cluster, new CoverageOptions { MainStoryCloseness = 0 }));
        // Two reports closer than the setting asks tell one episode: the best lead stays.
        Assert.Equal(CountyLead, Opening(cluster, new CoverageOptions { MainStoryCloseness = 0.01 }));
    }

    [Fact]
    public void An_undated_opening_does_not_replace_a_dated_lead()
    {
        var cluster = Fixtures.Story(State(StateLead.Replace(" on Tuesday", "", StringComparison.Ordinal)), County());
        Assert.Equal(CountyLead, Opening(cluster));
    }

    [Fact]
    public void A_longer_summary_which_has_no_lead_is_unchanged()
    {
        var cluster = Fixtures.Story(State(), County());
        var budget = new SummaryOptions { Words = 250 };
        var with = new CoverageSummarizer().Summarize(cluster, budget).Sentences.Select(s => s.Text);
        var without = new CoverageSummarizer(new CoverageOptions { MainStoryCloseness = 0 }).Summarize(cluster, budget).Sentences.Select(s => s.Text);
        Assert.Equal(without, with);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void Settings_out_of_range_are_refused(double closeness) =>
        Assert.Throws<ArgumentException>(() => new CoverageSummarizer(new CoverageOptions { MainStoryCloseness = closeness }));

    [Fact]
    public void The_rule_is_on_by_default() => Assert.Equal(0.2, new CoverageOptions().MainStoryCloseness);
}
