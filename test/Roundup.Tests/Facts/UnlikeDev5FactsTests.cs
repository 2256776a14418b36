using Roundup.Model;
using Roundup.Pipeline;

using static Roundup.Tests.Facts.FactsFixture;

namespace Roundup.Tests.Facts;

/// <summary>
/// Issue #11, fifth pass on text unlike the dev sets (notes/17-unlike-dev5.md): a person and the organisation named
/// after them, an air crash, a prisoner release, a drug approval, a transfer, a protest; sentences written here.
/// </summary>
public sealed class UnlikeDev5FactsTests
{
    private static readonly DateTimeOffset Pub = new(2026, 9, 24, 14, 0, 0, TimeSpan.Zero);

    private static Article A(string id, string text, DateTimeOffset? published = null) =>
        new(id, text) { Published = published ?? Pub, Source = id.ToUpperInvariant() };

    [Fact]
    public void A_surname_before_a_possessive_after_into_is_no_place_so_it_stays_with_the_person_not_her_foundation()
    {
        // One "into Hale's family" had made every bare "Hale" of the article a place use, which bars the person, and
        // the organisation-head rule then gave "Hale" (and her quotations) to the Hale Foundation.
        var a = A("a", "Ruth Hale, who left the Senate in 2009, turns 80 on Saturday, and she shows no sign of slowing down.\n\n"
            + "She still spends a week a month at the Atlanta-based Hale Foundation, which she founded to monitor elections abroad.\n\n"
            + "Much of her recent writing draws on research into Hale's family, which farmed the same land for six generations.\n\n"
            + "\"I would rather wear out than rust out,\" Hale said. \"There is always another election to watch.\"");
        var f = Run(a);
        var ruth = Of(f, a, "Ruth Hale");
        Assert.Equal(EntityKind.Person, ruth.EntityKind);
        Assert.Same(ruth, Of(f, a, "Hale"));
        Assert.Equal(EntityKind.Organization, Of(f, a, "Hale Foundation").EntityKind);
        var quote = f.Quotes.Single(q => q.Text.StartsWith("I would rather", StringComparison.Ordinal));
        Assert.Same(ruth, quote.Speaker);
        // Without a possessive the preposition still makes a place ("fled toward Lira"), and a company's bare name
        // before a possessive still joins the company.
        var b = A("b", "Rebels fled toward Lira on Monday. Soldiers followed them to Lira by nightfall, the army said.");
        Assert.Equal(EntityKind.Place, Of(Run(b), b, "Lira").EntityKind);
        var c = A("c", "Halcyon Software Corp said on Monday it would cut 300 jobs. Staff at Halcyon's headquarters were told by e-mail, and Halcyon said the cuts would end in March.");
        var g = Run(c);
        Assert.Same(Of(g, c, "Halcyon Software Corp"), g.Entities.Single(e => e.Mentions.Any(m => m.Article.Id == "c" && m.Text == "Halcyon")));
    }

    [Fact]
    public void Crowd_sizes_that_outlets_give_differently_are_a_conflict_while_police_and_organisers_far_apart_are_not()
    {
        var f = Run(
            A("a", "Thousands marched through the capital on Saturday against the media law. Police put the crowd at about 18,000. Organizers said more than 60,000 people took part."),
            A("b", "The Interior Ministry estimated the crowd at 11,000, while the organisers, a coalition of students and opposition parties, said about 60,000 people had marched on Saturday."),
            A("c", "The organizers' count could not be checked; police said about 18,000 took part."));
        var crowd = Assert.Single(f.Conflicts, c => c.Description.Contains("crowd", StringComparison.Ordinal));
        Assert.Equal(["11000", "18000"], crowd.Values.Select(v => v.Value).Order().ToArray());
        Assert.Contains(f.Numbers, n => n.Mentions.Any(m => m.Article.Id == "c" && m.Text == "18,000"));
        // Police against organisers (18,000 and 60,000, three times apart) count different things: no conflict.
        var g = Run(
            A("a", "Police put the crowd at about 18,000 on Saturday."),
            A("b", "Organizers put the crowd at 60,000 on Saturday."));
        Assert.DoesNotContain(g.Conflicts, c => c.Description.Contains("crowd", StringComparison.Ordinal));
        // A figure after "crowd" in another clause, a clock time and an election's turnout are no crowd size.
        var h = Run(A("a", "The crowd cheered, and 12 players were booked. A car drove into the crowd at around 2 a.m. The turnout was 7,181,071 voters."));
        Assert.DoesNotContain(h.Numbers, n => n.Slot == "count:crowd");
    }

    [Fact]
    public void An_agency_named_with_and_is_one_organisation_not_a_person_and_an_agency()
    {
        // The words before "and" are common words the story also writes in lower case ("with food", "securities fraud").
        var a = A("a", "The U.S. Food and Drug Administration on Tuesday approved the pill, which is taken with food. The Securities and Exchange Commission opened an inquiry into securities fraud at the company.");
        var b = A("b", "The Food and Drug Administration approved Cardevra on Tuesday.");
        var f = Run(a, b);
        var fda = Of(f, b, "Food and Drug Administration");
        Assert.Equal(EntityKind.Organization, fda.EntityKind);
        Assert.Same(fda, Of(f, a, "U.S. Food and Drug Administration"));
        Assert.Equal(EntityKind.Organization, Of(f, a, "Securities and Exchange Commission").EntityKind);
        Assert.DoesNotContain(f.Entities, e => e.Name is "Food" or "U.S. Food" or "Drug Administration");
        // Two names joined by "and" stay two: clubs, countries, a person and a company.
        var g = Run(A("c", "Porto rejected bids from Marseille and Aston Villa. Talks between Iran and Sweden Foreign Ministry officials went on. Ruth and Halcyon Software Corp settled."));
        Assert.Contains(g.Entities, e => e.Name == "Aston Villa");
        Assert.DoesNotContain(g.Entities, e => e.Name.Contains(" and ", StringComparison.Ordinal));
    }
}
