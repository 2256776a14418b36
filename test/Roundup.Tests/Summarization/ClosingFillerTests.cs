using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// A short summary does not close on a stray (issue #11): a filler taken once the summary holds most of its words that
/// adds little and shares almost nothing with it is turned away at any length (<see cref="CoverageOptions.LateCohesion"/>),
/// and no line comes from an article that shares next to nothing with the anchor's, another story crawled into the
/// cluster (<see cref="CoverageOptions.EpisodeCloseness"/>).
/// </summary>
public sealed class ClosingFillerTests
{
    private const string Terminal = "The terminal, designed by Helena Varga, opened to great fanfare in 1968.";

    // Written for this test: three reports of a cargo plane off a snowy runway; the first holds a 12-word side fact
    // about the airport's terminal, which nothing else in the cluster mentions.
    private static Article Herald() => new("herald", $"""
        Redfield Regional Airport closed its only runway on Thursday after a cargo plane skidded off the icy tarmac during a snowstorm, stranding hundreds of passengers.

        Both pilots walked away uninjured, and no fuel leaked from the freighter.

        {Terminal}

        Crews were working to tow the plane and clear the runway, which officials expect to reopen on Saturday morning.
        """) { Source = "Redfield Herald" };

    private static Article Wire() => new("wire", """
        A Northline Cargo plane slid off the runway at Redfield Regional Airport in heavy snow on Thursday, closing the airport until the weekend.

        Officials said the two pilots were not hurt and no fuel leaked, and crews were working to tow the freighter out of the snowbank and clear the runway before Saturday morning.

        Forty departures were cancelled on Thursday and Friday, and travellers were put on buses to the state capital.
        """) { Source = "State Wire" };

    private static Article Daily() => new("daily", """
        Snow shut Redfield's airport on Thursday when a cargo plane ran off the end of the runway.

        The National Transportation Safety Board said it would send investigators to examine the plane and the runway's braking conditions.

        Northline Cargo said the freighter carried mail and medical supplies.

        Airlines said the cancelled flights would be rebooked on buses to the capital.
        """) { Source = "Valley Daily" };

    // Another story in the same batch: a talk show's listing, sharing no word with the runway reports.
    private static Article Listing() => new("listing", """
        Tonight the late-night host welcomes a celebrity chef, who bakes a lemon tart with a surprised studio guest.

        The show also features a comedy sketch about penguins and a song from a folk trio.
        """) { Source = "TV Tonight" };

    private static readonly SummaryOptions Short = new() { Words = 120 };

    [Fact]
    public void A_short_summary_does_not_close_on_a_side_fact_that_shares_nothing_with_it()
    {
        var cluster = Fixtures.Story(Herald(), Wire(), Daily());
        var texts = new CoverageSummarizer().Summarize(cluster, Short).Sentences.Select(s => s.Text).ToList();
        Assert.DoesNotContain(Terminal, texts);
        // The words it would have filled go to a line about the story.
        Assert.Contains("Airlines said the cancelled flights would be rebooked on buses to the capital.", texts);
        Assert.StartsWith("A Northline Cargo plane slid off the runway", texts[0], StringComparison.Ordinal);
        // Without the rule the side fact closes in (it is 12 words, so the short-line test does not see it).
        var loose = new CoverageSummarizer(new CoverageOptions { LateCohesion = 0 }).Summarize(cluster, Short);
        Assert.Contains(loose.Sentences, s => s.Text == Terminal);
    }

    [Fact]
    public void A_short_summary_takes_no_line_from_another_story_in_a_small_cluster()
    {
        var cluster = Fixtures.Story(Herald(), Wire(), Listing());
        var summary = new CoverageSummarizer().Summarize(cluster, Short);
        Assert.NotEmpty(summary.Sentences);
        Assert.DoesNotContain(summary.Sentences, s => s.Sentence.Article.Id == "listing");
        // Without the floor the listing's first line fills the summary's last words.
        var loose = new CoverageSummarizer(new CoverageOptions { EpisodeCloseness = 0 }).Summarize(cluster, Short);
        Assert.Contains(loose.Sentences, s => s.Sentence.Article.Id == "listing");
    }

    [Fact]
    public void The_rules_have_their_defaults_and_refuse_a_negative_bar()
    {
        var o = new CoverageOptions();
        Assert.Equal(2, o.LateCohesion);
        Assert.Equal(0.05, o.EpisodeCloseness);
        Assert.Throws<ArgumentException>(() => new CoverageOptions { LateCohesion = -1 }.Validate());
    }
}
