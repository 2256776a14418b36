using Roundup.Model;

using static Roundup.Tests.Facts.FactsFixture;

namespace Roundup.Tests.Facts;

/// <summary>
/// Issue #11, eleventh pass on text unlike the dev sets (notes/17-unlike-dev11.md). An office's title between a body and a
/// name ("Senate Majority Leader Ann Rowe", "Brightwater Bank CEO Tom Hale", "House Speaker Dale Price"): the name is the
/// person and the speaker, the body before the title is the body's own mention, and a quotation goes to the name, not to
/// the body. A holiday is no entity. Sentences written here.
/// </summary>
public sealed class UnlikeDev11FactsTests
{
    private static readonly DateTimeOffset Pub = new(2026, 11, 3, 9, 0, 0, TimeSpan.Zero);

    private static Article A(string id, string text) => new(id, text) { Published = Pub, Source = id.ToUpperInvariant() };

    [Fact]
    public void A_leader_commissioner_or_ceo_title_is_no_part_of_the_name_after_it()
    {
        var a = A("a", "Senate Majority Leader Ann Rowe said the vote would come on Thursday. "
            + "Brightwater Bank CEO Tom Hale told lawmakers that the fees were a mistake. "
            + "Transit Commissioner Lena Ortiz closed two stations. Majority Whip Carl Benning counted the votes. "
            + "County Public Defender Molly Vance appealed, and State Treasurer Rob Lyle and Superintendent Gail Nash spoke.");
        var f = Run(a);
        Assert.Equal("Ann Rowe", Of(f, a, "Ann Rowe").Name);
        Assert.Equal(EntityKind.Person, Of(f, a, "Ann Rowe").EntityKind);
        Assert.Equal("Tom Hale", Of(f, a, "Tom Hale").Name);
        Assert.Equal("Lena Ortiz", Of(f, a, "Lena Ortiz").Name);
        Assert.Equal("Carl Benning", Of(f, a, "Carl Benning").Name);
        Assert.Equal("Molly Vance", Of(f, a, "Molly Vance").Name);
        Assert.Equal("Rob Lyle", Of(f, a, "Rob Lyle").Name);
        Assert.Equal("Gail Nash", Of(f, a, "Gail Nash").Name);
        Assert.DoesNotContain(f.Entities, e => e.Name.Contains("Leader", StringComparison.Ordinal) || e.Name.Contains("CEO", StringComparison.Ordinal)
            || e.Name.Contains("Commissioner", StringComparison.Ordinal) || e.Name.Contains("Whip", StringComparison.Ordinal));
        Assert.NotSame(Of(f, a, "Tom Hale"), Of(f, a, "Brightwater Bank"));
    }

    [Fact]
    public void A_quotation_after_a_body_and_a_title_goes_to_the_name_not_the_body()
    {
        var a = A("a", "The budget passed the House on Tuesday night after a long debate.\n\n"
            + "“This is a fair deal for every family,” said House Speaker Dale Price, who had pushed for the vote.\n\n"
            + "“We will keep the rates low,” Hollis Grant CEO Tom Hale said.\n\n"
            + "Hollis Grant, the bank founded by two brothers, holds most of the town's loans.\n\n"
            + "“The streets are safer this year,” said Harlow Police Supt. Owen Hargreave.");
        var f = Run(a);
        Assert.Equal("Dale Price", f.Quotes.Single(q => q.Text.StartsWith("This is a fair deal", StringComparison.Ordinal)).Speaker?.Name);
        Assert.Equal("Tom Hale", f.Quotes.Single(q => q.Text.StartsWith("We will keep", StringComparison.Ordinal)).Speaker?.Name);
        Assert.Equal("Owen Hargreave", f.Quotes.Single(q => q.Text.StartsWith("The streets", StringComparison.Ordinal)).Speaker?.Name);
    }

    [Fact]
    public void A_modifier_left_alone_after_a_title_ends_the_title_and_names_no_one()
    {
        // "Chief Executive": the title is "Chief", and "Executive" alone after it is the rest of the office, not a name.
        var a = A("a", "“We are pleased to extend the deal,” said Northern League Chief Executive, Paul Marsh. The league sold the rights for six seasons.");
        var f = Run(a);
        Assert.DoesNotContain(f.Entities, e => e.Name == "Executive");
    }

    [Fact]
    public void A_chambers_gop_is_a_body()
    {
        var a = A("a", "The Senate GOP met on Wednesday to plan the vote, and the Senate GOP later issued a statement on the bill.");
        var f = Run(a);
        Assert.Equal(EntityKind.Organization, Of(f, a, "Senate GOP").EntityKind);
    }

    [Fact]
    public void A_holiday_is_a_day_not_a_person()
    {
        var a = A("a", "In a Labor Day interview, Mayor Ruth Keane said the vote on Election Day would decide the budget. "
            + "The town will close its offices on Thanksgiving Day and on New Year's Day.");
        var f = Run(a);
        Assert.DoesNotContain(f.Entities, e => e.Name.Contains("Day", StringComparison.Ordinal));
        Assert.Equal(EntityKind.Person, Of(f, a, "Ruth Keane").EntityKind);
    }

    [Fact]
    public void A_forum_a_force_a_research_group_and_a_convention_are_bodies()
    {
        var a = A("a", "Economists at the Harbor Policy Forum said the plan would cost more than promised. "
            + "The Lindqvist Air Force flew supplies to the island. Analysts at Marlow Research counted the votes, "
            + "and delegates to the Green Valley Convention cheered the result.");
        var f = Run(a);
        Assert.Equal(EntityKind.Organization, Of(f, a, "Harbor Policy Forum").EntityKind);
        Assert.Equal(EntityKind.Organization, Of(f, a, "Lindqvist Air Force").EntityKind);
        Assert.Equal(EntityKind.Organization, Of(f, a, "Marlow Research").EntityKind);
        Assert.Equal(EntityKind.Organization, Of(f, a, "Green Valley Convention").EntityKind);
    }

    [Fact]
    public void A_shouted_word_the_article_also_writes_in_lower_case_is_no_organisation()
    {
        var a = A("a", "Families can start small.\n\nSAVE A QUARTER\n\nSay a degree will cost $160,000. A quarter of that is a good first goal, "
            + "the planner Dana Whitcomb said. The US rules let families save in any state, and officials told us the limits are high.");
        var f = Run(a);
        Assert.DoesNotContain(f.Entities, e => e.Name == "QUARTER");
        Assert.Contains(f.Entities, e => e.Name == "US");
    }

    [Fact]
    public void A_contraction_before_a_name_is_no_part_of_it()
    {
        var a = A("a", "Golfer Dale Ormsby spoke after the round. “I'm Dale Ormsby, and I'm not done yet,” he said. "
            + "“We’re Canada, and we play to win,” the team's captain added.");
        var f = Run(a);
        Assert.DoesNotContain(f.Entities, e => e.Name.StartsWith("I'm", StringComparison.Ordinal) || e.Name.StartsWith("We’re", StringComparison.Ordinal));
        Assert.Equal("Dale Ormsby", Of(f, a, "Dale Ormsby").Name);
    }
}
