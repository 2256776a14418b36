using Roundup.Model;

using static Roundup.Tests.Facts.FactsFixture;

namespace Roundup.Tests.Facts;

/// <summary>
/// Issue #11, ninth pass on text unlike the dev sets (notes/17-unlike-dev9.md): campaign coverage, where surnames follow
/// "from", "toward" and "into", and party adjectives stand before names, places and titles; sentences written here.
/// </summary>
public sealed class UnlikeDev9FactsTests
{
    private static readonly DateTimeOffset Pub = new(2026, 10, 14, 14, 0, 0, TimeSpan.Zero);

    private static Article A(string id, string text) => new(id, text) { Published = Pub, Source = id.ToUpperInvariant() };

    [Fact]
    public void A_surname_the_article_uses_often_stays_a_person_although_one_sentence_puts_it_after_from()
    {
        var a = A("a", "Sen. Ruth Calloway lost three primaries on Tuesday, and her aides say the campaign will go on.\n\n"
            + "Calloway, who won in Vermont last month, is under pressure to leave the race. The Calloway campaign said it had raised $4 million in April.\n\n"
            + "Party leaders argue that the party benefits from Calloway staying in the race, since her voters may stay home in November.\n\n"
            + "Calloway will hold a rally in Portland on Friday.");
        var f = Run(a);
        var ruth = Of(f, a, "Ruth Calloway");
        Assert.Equal(EntityKind.Person, ruth.EntityKind);
        Assert.Same(ruth, Of(f, a, "Calloway"));
        Assert.DoesNotContain(f.Entities, e => e.Name == "Calloway" && e.EntityKind == EntityKind.Place);
    }

    [Fact]
    public void A_surname_said_once_after_toward_joins_the_person_the_story_names_again_and_again()
    {
        var a = A("a", "Gov. Martin Adebayo signed the budget on Monday. Adebayo said the plan would cut the deficit by half. "
            + "Adebayo's office said the vote was close, and Adebayo thanked the opposition.");
        var b = A("b", "Polls in the state are leaning toward Adebayo. The governor will campaign in the north this week.");
        var f = Run(a, b);
        var martin = Of(f, a, "Martin Adebayo");
        Assert.Same(martin, Of(f, b, "Adebayo"));
        // A town said once after a preposition, in a story that names a person of that name only twice, stays a town.
        var c = A("c", "Rebels loyal to Samuel Lira seized the river port on Saturday. Thousands fled toward Lira, where aid groups set up camps.");
        var d = A("d", "Fighters commanded by Samuel Lira now hold the port, officials said.");
        var g = Run(c, d);
        Assert.Equal(EntityKind.Place, Of(g, c, "Lira").EntityKind);
        Assert.NotSame(Of(g, c, "Samuel Lira"), Of(g, c, "Lira"));
    }

    [Fact]
    public void A_surname_before_an_apostrophe_after_its_final_s_is_a_possessive_not_a_place()
    {
        var a = A("a", "Sen. Paul Rogers spoke in Dayton on Monday. Little in Rogers' quarter-century in Congress suggests he can pass the bill.");
        var f = Run(a);
        Assert.Same(Of(f, a, "Paul Rogers"), Of(f, a, "Rogers"));
    }

    [Fact]
    public void A_party_adjective_describes_a_person_or_a_place_and_names_no_one_alone()
    {
        var a = A("a", "Republican Donald Trump won the state, and Democrat Hillary Clinton conceded on Wednesday night. "
            + "The Republican nominee will speak in Ohio on Friday. Trump thanked voters in heavily Democratic South Florida, "
            + "and Clinton spoke to the Democratic National Committee. Republican Texas Gov. Greg Abbott called to congratulate him, "
            + "and the CNN Republican debate was mentioned again.");
        var f = Run(a);
        var trump = Of(f, a, "Donald Trump");
        Assert.Equal("Donald Trump", trump.Name);
        Assert.DoesNotContain("Republican", trump.Aliases);
        Assert.Equal("Hillary Clinton", Of(f, a, "Hillary Clinton").Name);
        Assert.DoesNotContain(f.Entities, e => e.Name is "Republican" or "Democrat" or "Democratic" || e.Aliases.Contains("Republican"));
        Assert.Equal(EntityKind.Place, Of(f, a, "South Florida").EntityKind);
        Assert.Equal(EntityKind.Place, Of(f, a, "Texas").EntityKind);
        Assert.Equal("Democratic National Committee", Of(f, a, "Democratic National Committee").Name);
        Assert.Equal("CNN", Of(f, a, "CNN").Name);
    }

    [Fact]
    public void A_storm_a_festival_or_a_marathon_named_like_a_person_is_an_event()
    {
        var a = A("a", "Hurricane Iris reached the coast on Tuesday, and Tropical Storm Delia followed it. The Lantern Festival "
            + "and the Lakeshore Marathon were called off. Iris Brown, the festival's director, said the Marathon would run in May.");
        var f = Run(a);
        Assert.Equal(EntityKind.Other, Of(f, a, "Hurricane Iris").EntityKind);
        Assert.Equal(EntityKind.Other, Of(f, a, "Tropical Storm Delia").EntityKind);
        Assert.Equal(EntityKind.Other, Of(f, a, "Lantern Festival").EntityKind);
        Assert.Equal(EntityKind.Other, Of(f, a, "Lakeshore Marathon").EntityKind);
        Assert.Equal(EntityKind.Person, Of(f, a, "Iris Brown").EntityKind);
    }

    [Fact]
    public void A_persons_name_inside_a_description_of_the_speaker_does_not_make_the_quotation_theirs()
    {
        var a = A("a", "Sen. Bernie Sanders lost Kentucky on Tuesday by fewer than 2,000 votes.\n\n"
            + "\"Nobody here cares about us anymore,\" wrote one Sanders supporter, linking to a story about the count.\n\n"
            + "\"We will keep fighting,\" Sanders said at a rally in Oregon.\n\n"
            + "\"The rules were followed,\" a Federal Election Commission spokesman said.");
        var f = Run(a);
        var bernie = Of(f, a, "Bernie Sanders");
        Assert.Null(f.Quotes.Single(q => q.Text.StartsWith("Nobody here", StringComparison.Ordinal)).Speaker);
        Assert.Same(bernie, f.Quotes.Single(q => q.Text.StartsWith("We will keep", StringComparison.Ordinal)).Speaker);
        // An organisation's spokesman still speaks for it.
        Assert.Equal("Federal Election Commission", f.Quotes.Single(q => q.Text.StartsWith("The rules", StringComparison.Ordinal)).Speaker?.Name);
    }

    [Fact]
    public void A_preposition_or_conjunction_opening_a_sentence_is_no_part_of_the_name_after_it()
    {
        var a = A("a", "Sen. Ruth Calloway spoke on Monday. Following Calloway on the stage, the governor praised the plan. "
            + "Neither Calloway nor her rival answered questions, and Amid Calloway's silence the party met.");
        var f = Run(a);
        Assert.DoesNotContain(f.Entities, e => e.Aliases.Any(x => x.StartsWith("Following", StringComparison.Ordinal) || x.StartsWith("Neither", StringComparison.Ordinal) || x.StartsWith("Amid", StringComparison.Ordinal)));
        Assert.All(f.Entities.Where(e => e.Mentions.Any(m => m.Text.Contains("Calloway", StringComparison.Ordinal))), e => Assert.Equal("Ruth Calloway", e.Name));
    }

    [Fact]
    public void A_partys_members_and_a_caucus_are_bodies_and_a_party_and_state_tag_is_no_name()
    {
        var a = A("a", "Sen. Bernie Sanders (I-Vt.) met Democrats in Ohio on Monday. Republicans called the plan a tax increase, "
            + "and Texas Republicans said they would fight it. The House Freedom Caucus did not comment.");
        var f = Run(a);
        Assert.Equal(EntityKind.Organization, Of(f, a, "Democrats").EntityKind);
        Assert.Equal(EntityKind.Organization, Of(f, a, "Republicans").EntityKind);
        Assert.Equal(EntityKind.Organization, Of(f, a, "House Freedom Caucus").EntityKind);
        Assert.DoesNotContain(f.Entities, e => e.Mentions.Any(m => m.Text.StartsWith("I-Vt", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_dash_after_a_dateline_in_capitals_opens_the_sentence_so_a_plural_noun_there_is_no_name()
    {
        var a = A("a", "WASHINGTON — Supporters of Ruth Calloway and her rival met on Thursday to write the platform. "
            + "Calloway said the talks were friendly, and the supporters agreed to meet again.");
        var f = Run(a);
        Assert.Equal("Ruth Calloway", Of(f, a, "Calloway").Name);
        Assert.DoesNotContain(f.Entities, e => e.Name.StartsWith("Supporters", StringComparison.Ordinal));
    }

    [Fact]
    public void Counts_over_a_period_are_never_compared_and_a_share_someone_must_win_is_a_threshold()
    {
        // Written four days apart, both are right: the window moved on.
        var f = Run(
            A("a", "With his win in the state, Calloway has won six of the past seven contests, even though he barely dents the lead."),
            A("b", "Calloway has won seven of the past eight contests, including last week's primary and Saturday's caucuses."));
        Assert.DoesNotContain(f.Conflicts, c => c.Description.Contains("contests", StringComparison.Ordinal));
        // An ordinal picks some of a kind, no period: "the band's first three albums" are three albums.
        var h = Run(A("a", "The band will reissue its first three albums in June, with two unheard recordings."));
        Assert.Contains(h.Numbers, n => n.Amount == 3 && n.Subject == "albums");
        var g = Run(A("a", "Even if he split the delegates on Tuesday, Calloway would then need to win 55 percent of the remaining delegates to catch up."));
        Assert.Contains(g.Numbers, n => n.Amount == 55 && n.Subject.EndsWith("(needed)", StringComparison.Ordinal));
    }

    private static string DateOf(StoryFacts f, string expression) =>
        f.Dates.Single(d => d.Mentions.Any(m => m.Text.Contains(expression, StringComparison.Ordinal))).Value;

    [Fact]
    public void A_weekday_after_a_present_progressive_is_ahead_and_one_opening_the_sentence_takes_the_verb_after_it()
    {
        // Written on Saturday 4 June 2016.
        var saturday = new DateTimeOffset(2016, 6, 4, 12, 0, 0, TimeSpan.Zero);
        var a = new Article("a", "Schoen described the dire situation Calloway is facing in Tuesday's California primary against her rival.")
            { Published = saturday, Source = "A" };
        Assert.Equal("2016-06-07", DateOf(Run(a), "Tuesday"));
        // Written on Monday 26 September 2016: the announcement was that day, though the sentence speaks of the future later.
        var monday = new DateTimeOffset(2016, 9, 26, 12, 0, 0, TimeSpan.Zero);
        var b = new Article("b", "On Monday, the fact-checking site announced it will have 18 fact-checkers working during the first debate.")
            { Published = monday, Source = "B" };
        Assert.Equal("2016-09-26", DateOf(Run(b), "Monday"));
    }

    [Fact]
    public void A_weekday_opening_a_sentence_before_a_speakers_say_verb_dates_the_statement_not_the_event()
    {
        var a = new Article("a", "On Sunday, Hall said he would meet with Navy officials and family members this week to discuss the recovery of the remains.")
            { Published = new DateTimeOffset(1999, 11, 15, 12, 0, 0, TimeSpan.Zero), Source = "A" };
        var b = new Article("b", "Hall met with Navy officials and family members on Tuesday to discuss the recovery of the remains.")
            { Published = new DateTimeOffset(1999, 11, 17, 12, 0, 0, TimeSpan.Zero), Source = "B" };
        var f = Run(a, b);
        Assert.Equal("1999-11-14", DateOf(f, "Sunday"));
        Assert.DoesNotContain(f.Conflicts, c => c.Description.StartsWith("date of", StringComparison.Ordinal));
    }
}
