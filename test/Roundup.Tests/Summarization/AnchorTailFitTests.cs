using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// A short summary that stops with words left because the anchor's next fact does not fit (issue #11) lets that
/// fact in without its closing ", including …" list (<see cref="CoverageOptions.FitAnchorTails"/>,
/// <see cref="SentenceRules.WithoutIncludingTail"/>); a frame ("…, police said.") is never dropped to make room.
/// </summary>
public sealed class AnchorTailFitTests
{
    private const string Lead = "Harbor City council voted on Tuesday to close the old Pier Street ferry terminal after inspectors found the pier was sinking.";
    private const string Next = "The council said ferries would move to the North Quay terminal next month while engineers study the sinking pier.";

    // Written for this test: a council report whose third sentence (21 words) fits the 13 words its lead paragraph
    // leaves only without the list of who objected.
    private static Article Report(string third) => new("report", $"""
        {Lead}

        {Next}

        {third}

        The engineers are expected to report to the council in the spring on whether the pier can be saved at a reasonable cost.
        """);

    private const string Objection = "Several residents objected to the closure of the Pier Street ferry terminal, including two families who run cafes on the pier.";

    private static readonly SummaryOptions Budget52 = new() { Words = 52 };

    [Fact]
    public void The_anchors_next_fact_fits_without_its_including_list()
    {
        var cluster = Fixtures.Story(Report(Objection));
        var texts = new CoverageSummarizer().Summarize(cluster, Budget52).Sentences.Select(s => s.Text).ToList();
        Assert.Equal([Lead, Next, "Several residents objected to the closure of the Pier Street ferry terminal."], texts);
        // Without the rule the summary stops after the lead paragraph, 12 words short.
        var off = new CoverageSummarizer(new CoverageOptions { FitAnchorTails = false }).Summarize(cluster, Budget52);
        Assert.Equal([Lead, Next], off.Sentences.Select(s => s.Text).ToList());
    }

    [Fact]
    public void A_frame_after_the_list_is_never_dropped_to_make_room()
    {
        var framed = "Several residents objected to the closure of the terminal, including two families who run cafes, the council said.";
        var cluster = Fixtures.Story(Report(framed));
        var texts = new CoverageSummarizer().Summarize(cluster, Budget52).Sentences.Select(s => s.Text).ToList();
        Assert.Equal([Lead, Next], texts);
    }

    [Theory]
    [InlineData("Several residents objected to the closure of the ferry terminal, including two families who run cafes on the pier.",
        "Several residents objected to the closure of the ferry terminal.")]
    [InlineData("Storms cut power to thousands of homes across the northern counties, including the towns of Alder and Brook!",
        "Storms cut power to thousands of homes across the northern counties!")]
    public void A_closing_including_list_is_dropped(string text, string expected) =>
        Assert.Equal(expected, SentenceRules.WithoutIncludingTail(text));

    [Theory]
    // A frame after the list governs the sentence.
    [InlineData("Twelve people were hurt in the crash on the highway, including three children, police said.")]
    // A quotation is never cut.
    [InlineData("The mayor said the repairs were “urgent” for every ferry line, including the night service.")]
    // Too little would be left.
    [InlineData("Twelve people were hurt, including three children.")]
    // The list is not at the end.
    [InlineData("Everyone in the village, including the mayor, came out to watch the parade on the first day of spring.")]
    // Too long a tail to be a list of examples.
    [InlineData("The board approved new rules for every ferry operator in the harbor, including limits on how many passengers may board each boat during the busy summer weekends.")]
    // No list.
    [InlineData("The board approved new rules for every ferry operator in the harbor on Monday.")]
    public void Anything_else_is_left_whole(string text) => Assert.Null(SentenceRules.WithoutIncludingTail(text));
}
