using Roundup.Cleaning;
using Roundup.Model;

namespace Roundup.Tests.Cleaning;

/// <summary>
/// Issue #11, fifth pass on text unlike the dev sets (notes/17-unlike-dev5.md): a sports page's byline with a role
/// and the date after a bar, and its "Most read" box; text written here.
/// </summary>
public sealed class UnlikeDev5CleaningTests
{
    private static Article Clean(string raw)
    {
        var a = new Article("t", raw) { Published = new DateTimeOffset(2026, 5, 16, 16, 5, 0, TimeSpan.Zero) };
        new BoilerplateCleaner().Clean(a);
        return a;
    }

    [Theory]
    [InlineData("By Tom Hadley, Football Correspondent | 16 May 2026")]
    [InlineData("By Tom Hadley | May 16, 2026")]
    [InlineData("By Tom Hadley and Ines Prado | Updated May 16, 2026")]
    public void A_byline_with_the_date_after_a_bar_is_removed_as_a_byline_when_the_date_is_known(string byline)
    {
        var a = Clean("Lyon seal record signing\n\n" + byline + "\n\nLyon have completed the signing of the striker for a club record fee.");
        Assert.DoesNotContain("Hadley", a.Text, StringComparison.Ordinal);
        Assert.Contains(a.Removed, r => r.Reason == BoilerplateReason.Byline && r.Text == byline);
        Assert.Contains("Lyon have completed the signing", a.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Most read: Ten things we learned from the final day")]
    [InlineData("Most popular | Five strikers Lyon could still sign")]
    [InlineData("Trending now: The goal everyone is talking about")]
    public void A_most_read_or_trending_box_is_related_furniture(string line)
    {
        var a = Clean("Lyon have completed the signing of the striker for a club record fee.\n\n" + line);
        Assert.Contains(a.Removed, r => r.Reason == BoilerplateReason.Related && r.Text == line);
    }

    [Theory]
    [InlineData("By May 16, 2026 the club had signed three strikers.")]
    [InlineData("Most read the statement as an admission that the coach would go.")]
    [InlineData("By Friday the deal was done, Textor said at a news conference in Lyon on 16 May 2026.")]
    public void Story_sentences_that_open_like_a_byline_or_a_box_stay(string line)
    {
        var a = Clean("Lyon have completed the signing of the striker.\n\n" + line);
        Assert.Contains(line, a.Text, StringComparison.Ordinal);
    }
}
