using Roundup.Cleaning;
using Roundup.Model;

namespace Roundup.Tests.Cleaning;

/// <summary>
/// A share button's or video player's label run into the text after it (issue #11): a short line after the label is
/// widget residue and goes whole; a long one is the story's own paragraph, of which only the label goes (a gossip
/// page's whole lead paragraph had gone with its "Email This").
/// </summary>
public sealed class WidgetLabelsTests
{
    // Written for this test: a lead paragraph of well over 400 characters behind a share button's label.
    private const string LongLead = "Email This At 91, the retired harbour pilot Ada Quinn has the energy of a cadet! She steered the last ferry out of Port Allain on Saturday after a petition by her former crew got her back on the bridge for one day, and now she is being courted by yet another crew: the town's lifeboat station. Oh, Ada, everyone wants you! But can she keep up with the night drills and the cold water? The station's chief said on Monday that the offer was serious and that the crew would vote on it next week.";

    private static Article Clean(string raw)
    {
        var a = new Article("t", raw);
        new BoilerplateCleaner().Clean(a);
        return a;
    }

    [Fact]
    public void A_long_paragraph_after_a_label_keeps_its_text_and_loses_the_label()
    {
        Assert.True(LongLead.Length > WidgetLabels.MaxResidueLength);
        var a = Clean("Harbour pilot courted by lifeboat crew\n\n" + LongLead + "\n\nThe vote is set for Thursday.");
        var removed = Assert.Single(a.Removed, r => r.Reason == BoilerplateReason.Widget);
        Assert.Equal("Email This", removed.Text);
        Assert.Equal(removed.Text, a.RawText.Substring(removed.Span.Start, removed.Span.Length));
        Assert.Contains("\n\nAt 91, the retired harbour pilot Ada Quinn", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Email This", a.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CLOSE Crews worked through the night to reopen the bridge after the storm.")]
    [InlineData("Email This Ferry pilot, 91, courted by the lifeboat crew")]
    public void A_short_line_after_a_label_is_widget_residue_and_goes_whole(string line)
    {
        var a = Clean("The council met on Monday.\n\n" + line + "\n\nThe vote is set for Thursday.");
        var removed = Assert.Single(a.Removed, r => r.Reason == BoilerplateReason.Widget);
        Assert.Equal(line, removed.Text);
        Assert.Equal("The council met on Monday.\n\nThe vote is set for Thursday.", a.Text);
    }

    [Theory]
    [InlineData("CLOSE friends of the mayor said she would not resign.")] // no capital after the label
    [InlineData("Closer inspection showed a crack in the beam.")]
    public void A_long_line_that_only_starts_like_a_label_is_kept_whole(string opening)
    {
        var line = opening + string.Concat(Enumerable.Repeat(" More words of the story follow here.", 12));
        Assert.True(line.Length > WidgetLabels.MaxResidueLength);
        Assert.Equal(0, WidgetLabels.Length(line));
    }
}
