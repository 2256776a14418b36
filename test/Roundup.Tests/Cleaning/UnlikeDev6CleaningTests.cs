using Roundup.Cleaning;
using Roundup.Model;

namespace Roundup.Tests.Cleaning;

/// <summary>
/// Issue #11, sixth pass on text unlike the dev sets (notes/17-unlike-dev6.md): a feature's dateline alone on its
/// line, an all-caps place, a dash and the date; text written here.
/// </summary>
public sealed class UnlikeDev6CleaningTests
{
    [Theory]
    [InlineData("KESTREL BAY -- March 9, 2026", 3, 9)]
    [InlineData("PORT DELMAR, Norland — 14 April 2026", 4, 14)]
    [InlineData("ST. ANSELM – Feb. 2, 2026", 2, 2)]
    public void A_place_a_dash_and_a_date_alone_on_a_line_is_the_dateline(string line, int month, int day)
    {
        var a = new Article("t", "Lanterns on the harbour wall\n\n" + line + "\n\nThey came with lanterns and flasks of tea. By dusk on Saturday the quay was full.");
        new BoilerplateCleaner().Clean(a);
        Assert.DoesNotContain(line, a.Text, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2026, month, day), a.Published?.Date);
        Assert.True(DatelineParser.IsTimestampLine(line));
        Assert.Contains("They came with lanterns", a.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A story sentence that opens with a place and a dash, and a date in a sentence, are no dateline lines.
    [InlineData("KESTREL BAY -- March 9, 2026 was the day the ferry sank.")]
    [InlineData("KESTREL BAY -- The ferry sank on March 9, 2026.")]
    public void A_sentence_after_a_place_and_a_dash_is_no_dateline_line(string line)
    {
        var a = new Article("t", "Lanterns on the harbour wall\n\n" + line + "\n\nThey came with lanterns.");
        new BoilerplateCleaner().Clean(a);
        Assert.Contains(line, a.Text, StringComparison.Ordinal);
        Assert.False(DatelineParser.IsTimestampLine(line));
    }
}
