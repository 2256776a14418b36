using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// A short summary that holds most of its words offers its anchor report's next fact in a faithful shorter form (without
/// a closing ", which …" clause, <see cref="SentenceRules.WithoutWhichTail"/>) before it takes a short closing line from
/// further down that fits only because it is short (issue #11, <see cref="CoverageOptions.FitEarlyWords"/>).
/// </summary>
public sealed class ClosingFitTests
{
    private const string Lead = "Harbor City council voted on Tuesday to close the old Pier Street ferry terminal after inspectors found the pier was sinking.";
    private const string Next = "The council said ferries would move to the North Quay terminal next month while engineers study the sinking pier.";
    private const string Objection = "Several residents objected to the closure of the Pier Street ferry terminal, which many of them have used every day for decades.";
    private const string Shortened = "Several residents objected to the closure of the Pier Street ferry terminal.";
    private const string Filler = "The Pier Street terminal opened in 1921 as a coal wharf.";

    // Written for this test: a council report whose third sentence (22 words) does not fit the 12 words its lead
    // paragraph leaves, and whose short line from further down about the terminal's past does.
    private static Article Report() => new("report", $"""
        {Lead}

        {Next}

        {Objection}

        The engineers are expected to report to the council in the spring on whether the pier can be saved at a reasonable cost.

        The harbor master said the night ferries would keep their timetable and fares until the move to the new quay.

        {Filler}
        """);

    private static readonly SummaryOptions Budget52 = new() { Words = 52 };

    [Fact]
    public void The_anchors_next_fact_goes_before_a_short_filler_that_fits()
    {
        var cluster = Fixtures.Story(Report());
        var texts = new CoverageSummarizer().Summarize(cluster, Budget52).Sentences.Select(s => s.Text).ToList();
        Assert.Equal([Lead, Next, Shortened], texts);
        // Offered only once nothing else fits, the shorter form never comes: the filler fits first.
        var late = new CoverageSummarizer(new CoverageOptions { FitEarlyWords = 0 }).Summarize(cluster, Budget52);
        Assert.Equal([Lead, Next, Filler], late.Sentences.Select(s => s.Text).ToList());
    }

    [Fact]
    public void A_longer_summary_offers_it_only_once_nothing_fits()
    {
        var cluster = Fixtures.Story(Report());
        var early = new CoverageSummarizer(new CoverageOptions { FitEarlyWords = 40 }).Summarize(cluster, Budget52);
        Assert.Equal([Lead, Next, Filler], early.Sentences.Select(s => s.Text).ToList());
    }

    [Theory]
    [InlineData("Both countries have called on the government to halt the new media bill, which they say curbs free speech.",
        "Both countries have called on the government to halt the new media bill.")]
    [InlineData("The quarterback was the driving force behind forming the College Athletes Players Assn., which would lead the union.",
        "The quarterback was the driving force behind forming the College Athletes Players Assn.")]
    public void A_closing_which_clause_is_dropped(string text, string expected) =>
        Assert.Equal(expected, SentenceRules.WithoutWhichTail(text));

    [Theory]
    // A frame after the clause governs the sentence.
    [InlineData("The council closed the old ferry terminal on the harbor, which had stood for a century, officials said.")]
    // A quotation is never cut.
    [InlineData("The mayor called the repairs “urgent” for the old ferry terminal, which serves the islands.")]
    // Too little would be left.
    [InlineData("The pier sank, which surprised nobody at all.")]
    // The clause is not at the end.
    [InlineData("The old ferry terminal on the harbor, which had stood for a century, was closed by the council on Tuesday.")]
    // Too long a clause.
    [InlineData("The council closed the old ferry terminal on the harbor, which had carried commuters and tourists between the islands and the city for more than a hundred years.")]
    // No clause.
    [InlineData("The council closed the old ferry terminal on the harbor on Tuesday.")]
    public void Anything_else_is_left_whole(string text) => Assert.Null(SentenceRules.WithoutWhichTail(text));
}
