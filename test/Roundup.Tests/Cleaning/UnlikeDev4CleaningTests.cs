using Roundup.Cleaning;
using Roundup.Model;

namespace Roundup.Tests.Cleaning;

/// <summary>
/// Issue #11, fourth pass on text unlike the dev sets (notes/17-unlike-dev4.md): a page's byline that carries the
/// date, and a shop's deals box inside a product story; text written here.
/// </summary>
public sealed class UnlikeDev4CleaningTests
{
    private static Article Clean(string raw, string? byline = null)
    {
        var a = new Article("t", raw) { Byline = byline };
        new BoilerplateCleaner().Clean(a);
        return a;
    }

    [Theory]
    [InlineData("By Gareth Pryce | Published 2 February 2026", "By Gareth Pryce")]
    [InlineData("Gareth Pryce | Updated Feb. 2, 2026 at 9:15 a.m.", "Gareth Pryce")]
    public void A_byline_that_carries_the_date_gives_the_publication_date_and_loses_it(string byline, string names)
    {
        var a = Clean("Drivers will strike on 12 February, the union said.", byline);
        Assert.Equal(new DateOnly(2026, 2, 2), DateOnly.FromDateTime(a.Published!.Value.DateTime));
        Assert.Equal(names, a.Byline);
    }

    [Fact]
    public void A_byline_without_a_date_or_beside_a_known_date_is_left_alone()
    {
        var a = Clean("Drivers will strike on 12 February, the union said.", "By Gareth Pryce | Transport Correspondent");
        Assert.Null(a.Published);
        Assert.Equal("By Gareth Pryce | Transport Correspondent", a.Byline);
        var known = new Article("t", "Drivers will strike, the union said.") { Byline = "By Gareth Pryce | Published 2 February 2026", Published = new DateTimeOffset(2026, 2, 3, 8, 0, 0, TimeSpan.Zero) };
        new BoilerplateCleaner().Clean(known);
        Assert.Equal(3, known.Published!.Value.Day);
    }

    [Theory]
    [InlineData("Best tablet deals this week: the Vireo Tab for $329 at Target")]
    [InlineData("Today's best deals: headphones, chargers and more")]
    [InlineData("Deal of the day: a 65-inch television for $499")]
    public void A_deals_box_is_removed_as_a_promotion(string line)
    {
        var a = Clean("The Vireo Tab goes on sale on Friday for $349, the company said.\n\n" + line + "\n\nOur full review will follow.");
        var removed = Assert.Single(a.Removed);
        Assert.Equal(line, removed.Text);
        Assert.Equal(BoilerplateReason.Promotion, removed.Reason);
    }

    [Theory]
    [InlineData("Retailers said the best deals this week were on televisions, as shoppers held back.")]
    [InlineData("“The best deals today are in the smaller models,” the analyst said.")]
    public void A_sentence_about_deals_stays(string line)
    {
        var a = Clean("Sales fell in November.\n\n" + line);
        Assert.Empty(a.Removed);
    }
}
