using Roundup.Model;
using Roundup.Pipeline;

using static Roundup.Tests.Facts.FactsFixture;

namespace Roundup.Tests.Facts;

/// <summary>
/// Issue #11, fourth pass on text unlike the dev sets (notes/17-unlike-dev4.md): facts on an election abroad (names
/// with particles, a count in progress), a central bank decision, an earthquake toll; sentences written here.
/// </summary>
public sealed class UnlikeDev4FactsTests
{
    private static readonly DateTimeOffset Pub = new(2026, 4, 13, 14, 0, 0, TimeSpan.Zero);

    private static Article A(string id, string text, DateTimeOffset? published = null) =>
        new(id, text) { Published = published ?? Pub, Source = id.ToUpperInvariant() };

    [Fact]
    public void A_surname_with_two_particles_is_one_person_however_its_particles_are_written()
    {
        var a = A("a", "Former senator Ana Lucía de la Vega won the first round on Sunday. De la Vega will face a runoff. The observers were led by Joost van der Linden, who praised the count.");
        var b = A("b", "Voters backed de la Vega in the north. Van der Linden said the vote was orderly. Karim al-Rashid came third, and Al-Rashid conceded.");
        var f = Run(a, b);
        var vega = Of(f, a, "Ana Lucía de la Vega");
        Assert.Equal(EntityKind.Person, vega.EntityKind);
        Assert.Same(vega, Of(f, a, "De la Vega"));
        Assert.Equal("Ana Lucía de la Vega", vega.Name);
        var linden = Of(f, a, "Joost van der Linden");
        Assert.Same(linden, Of(f, b, "Van der Linden"));
        Assert.Same(Of(f, b, "Karim al-Rashid"), Of(f, b, "Al-Rashid"));
        // One capitalised particle opening a name stays as written.
        var g = Run(A("c", "The newspaper Le Monde reported the result on Monday, and Le Monde said turnout fell."));
        Assert.Contains(g.Entities, e => e.Name == "Le Monde");
    }

    [Fact]
    public void Shares_given_at_two_stages_of_a_count_do_not_conflict_while_shares_at_one_stage_do()
    {
        var f = Run(
            A("a", "With 60 percent of the ballots counted, Marta Quispe had 31.2 percent and Tomas Rivas 24.8 percent, the electoral office said."),
            A("b", "With 85 percent of the ballots counted, Marta Quispe had 30.4 percent and Tomas Rivas 25.6 percent, the electoral office said."));
        Assert.Empty(f.Conflicts);
        var g = Run(
            A("a", "With 85 percent of the ballots counted, Marta Quispe had 31.2 percent, the electoral office said."),
            A("b", "With 85 percent of the ballots counted, Marta Quispe had 30.4 percent, the electoral office said."));
        Assert.Contains(g.Conflicts, c => c.Values.Select(v => v.Value).Order().SequenceEqual(["30.4", "31.2"]));
    }

    private static string[] DatesOf(StoryFacts f, string surface) =>
        f.Dates.Where(d => d.Mentions.Any(m => m.Text.Contains(surface, StringComparison.Ordinal))).Select(d => d.Date.Iso).Order().ToArray();

    [Fact]
    public void A_decimal_point_does_not_end_the_clause_a_weekday_reads_its_verb_from()
    {
        // Thursday, November 5, 2026: "left … at 4.25% on Thursday" is that day, not the Thursday after.
        var thursday = new DateTimeOffset(2026, 11, 5, 15, 0, 0, TimeSpan.Zero);
        var f = Run(A("a", "The central bank left rates unchanged at 4.25% on Thursday, but said they would fall next year.", thursday));
        Assert.Equal(["2026-11-05"], DatesOf(f, "Thursday"));
    }

    [Fact]
    public void A_month_is_placed_by_this_year_since_and_a_future_verb_in_its_clause()
    {
        var november = new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.Zero);
        var f = Run(
            A("a", "The bank cut rates three times this year, starting in March.", november),
            A("b", "The mortgage rate has fallen only slightly since the first cut in February.", november));
        Assert.Equal(["2026-03"], DatesOf(f, "March"));
        Assert.Equal(["2026-02"], DatesOf(f, "February"));
        // Written in April: "has voted …, and in June it will vote again" is this June, not last year's.
        var g = Run(A("c", "Peru has voted for change, and in June it will vote for it again, the candidate told supporters."));
        Assert.Equal(["2026-06"], DatesOf(g, "June"));
        // The past still wins where the clause stays in the past.
        var h = Run(A("d", "The bridge had been inspected in June, officials said."));
        Assert.Equal(["2025-06"], DatesOf(h, "June"));
    }

    [Fact]
    public void Core_inflation_a_previous_value_and_a_possessive_are_no_false_conflict()
    {
        var f = Run(
            A("a", "Consumer prices rose 3.1 percent in October from a year earlier, up from 2.9 percent in September. Core inflation was 3.4 percent."),
            A("b", "Inflation at 3.1 percent is still above the bank's 2 percent goal. The bank cut rates this year, from 5 percent in March."));
        Assert.Empty(f.Conflicts);
        Assert.Contains(f.Numbers, n => n.Amount == 3.4 && n.Subject == "core inflation");
        Assert.Contains(f.Numbers, n => n.Amount == 2.9 && n.Subject.EndsWith("(previous)", StringComparison.Ordinal));
        Assert.Contains(f.Numbers, n => n.Amount == 2 && n.Subject == "bank");
        // Two reports of one inflation figure that differ still conflict.
        var g = Run(
            A("a", "Inflation stood at 3.1 percent in October, the statistics office said."),
            A("b", "Inflation stood at 3.4 percent in October, the statistics office said."));
        Assert.Contains(g.Conflicts, c => c.Values.Select(v => v.Value).Order().SequenceEqual(["3.1", "3.4"]));
    }

    [Fact]
    public void A_geological_survey_is_an_organisation()
    {
        var a = A("a", "The quake struck near the town of Sar-e Kani on Monday, the U.S. Geological Survey said. The British Geological Survey put it at magnitude 6.6.");
        var f = Run(a);
        Assert.Equal(EntityKind.Organization, Of(f, a, "U.S. Geological Survey").EntityKind);
        Assert.Equal(EntityKind.Organization, Of(f, a, "British Geological Survey").EntityKind);
    }

    [Fact]
    public void A_death_toll_without_a_noun_after_its_figure_is_a_count_of_the_dead()
    {
        var f = Run(
            A("a", "The death toll from the earthquake rose to 340 on Tuesday, officials said."),
            A("b", "Officials put the number of dead at 328 by Tuesday evening. In 2010, the recession took its toll and the company filed for Chapter 11 bankruptcy."));
        Assert.Contains(f.Numbers, n => n.NumberKind == NumberKind.Count && n.Amount == 340 && n.Subject == "dead");
        Assert.Contains(f.Numbers, n => n.NumberKind == NumberKind.Count && n.Amount == 328 && n.Subject == "dead");
        Assert.DoesNotContain(f.Numbers, n => n.Amount == 11);
    }
}
