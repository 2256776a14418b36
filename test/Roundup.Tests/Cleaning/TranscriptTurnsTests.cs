using Roundup.Cleaning;
using Roundup.Model;

namespace Roundup.Tests.Cleaning;

/// <summary>Broadcast transcripts read as turns (issue #11): the host's labels go, a guest's turn stays labelled.</summary>
public sealed class TranscriptTurnsTests
{
    // Written for this test in the layout of a radio transcript: a lone host label, then turns under labels.
    internal const string Radio = """
        Harbor Town Votes To Keep Its Ferry

        A small island town voted to keep its last ferry running through the winter.

        DANA REED, HOST:

        The town of Gull Island held a special vote on Tuesday night, and the result surprised the council.

        MARTA OKONJO: We packed the school gym. Nobody wanted to lose the boat.

        REED: That's Marta Okonjo. She runs the bakery on the pier and organized the petition that forced the vote.

        OKONJO: The ferry is the only way the children get to school. The bridge plan would take ten years.

        REED: The council now has to find the money for a new engine before December.
        """;

    private static Article Clean(string raw)
    {
        var a = new Article("t", raw);
        new BoilerplateCleaner().Clean(a);
        return a;
    }

    [Fact]
    public void The_hosts_labels_are_removed_and_the_guests_kept()
    {
        var a = Clean(Radio);
        var labels = a.Removed.Where(r => r.Reason == TranscriptTurns.Reason).Select(r => r.Text).ToList();
        Assert.Equal(["DANA REED, HOST:", "REED:", "REED:"], labels);
        Assert.Contains("\n\nThat's Marta Okonjo. She runs the bakery", a.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nThe council now has to find the money", a.Text, StringComparison.Ordinal);
        Assert.Contains("MARTA OKONJO: We packed the school gym.", a.Text, StringComparison.Ordinal);
        Assert.Contains("OKONJO: The ferry is the only way", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("HOST", a.Text, StringComparison.Ordinal);
        // Each removed label is where the raw text has it.
        foreach (var r in a.Removed)
            Assert.Equal(r.Text, a.RawText.Substring(r.Span.Start, r.Span.Length));
    }

    [Theory]
    [InlineData("ANDERSON KALE, CNN ANCHOR:", true)]
    [InlineData("JUDY PARK, BYLINE: The shipyard closed in May.", true)]
    [InlineData("TOM WELLS, CORRESPONDENT: Police said the road was shut.", true)]
    [InlineData("MARTA OKONJO: We packed the school gym.", false)] // a guest
    [InlineData("IMPACT: More than 100 homes lost power.", false)] // a fact box's field
    public void A_narrator_is_a_label_with_a_broadcast_role(string line, bool narrator)
    {
        var narrators = TranscriptTurns.Narrators(line + "\n\nOKONJO: We packed the gym.");
        Assert.Equal(narrator, narrators is not null);
        if (narrators is not null) Assert.True(TranscriptTurns.NarratorLabelLength(line, narrators) > 0);
    }

    [Fact]
    public void A_text_without_a_hosts_label_is_no_transcript()
    {
        // Fact-box fields and a question-and-answer page keep every label.
        const string box = "HOW IT WORKS: The ferry runs on batteries.\n\nIMPACT: More than 100 homes lost power.\n\nQ: When does it run?";
        Assert.Null(TranscriptTurns.Narrators(box));
        var a = Clean(box);
        Assert.Empty(a.Removed);
        Assert.Equal(box, a.Text);
        // A single host label with no other turn is no transcript either.
        Assert.Null(TranscriptTurns.Narrators("DANA REED, HOST:\n\nThe town voted on Tuesday."));
    }

    [Theory]
    [InlineData("REED: That's Marta Okonjo.", 6)]
    [InlineData("REED:", 5)]
    [InlineData("DANA REED, HOST: The vote was close.", 17)]
    [InlineData("OKONJO: We packed the school gym.", 0)]
    [InlineData("Reed: the vote was close.", 0)] // not in capitals
    [InlineData("REED:the vote", 0)] // no space after the colon
    [InlineData("AT 10:30 THE FERRY LEFT", 0)]
    public void A_narrators_label_is_found_at_the_start_of_a_line(string line, int length) =>
        Assert.Equal(length, TranscriptTurns.NarratorLabelLength(line, ["REED"]));
}
