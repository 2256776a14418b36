using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// A person first met by surname alone gets the full name the cluster gives them, only where that is certain
/// (<see cref="NameIntroductions"/>).
/// </summary>
public sealed class NameIntroductionsTests
{
    private static string[] Introduce(string[] summary, params string[] cluster) =>
        NameIntroductions.Introduce(summary, NameIntroductions.FullNames(cluster.Concat(summary)));

    [Fact]
    public void A_bare_surname_first_met_gets_the_full_name_and_later_mentions_stay()
    {
        var result = Introduce(
            ["Bauer noted that voucher plans leave out home schooling.", "Bauer said parents should be paid."],
            "On Tuesday the candidate Gary Bauer spoke in Weston.");
        Assert.Equal("Gary Bauer noted that voucher plans leave out home schooling.", result[0]);
        Assert.Equal("Bauer said parents should be paid.", result[1]);
    }

    [Fact]
    public void A_hyphenated_surname_met_first_written_with_a_space_gets_the_full_name()
    {
        var result = Introduce(
            ["Mayor Okonkwo Bell defended the tax increase.", "Okonkwo-Bell said the vote was hard."],
            "Mayor Teresa Okonkwo-Bell proposed the budget in April.");
        Assert.Equal("Mayor Teresa Okonkwo-Bell defended the tax increase.", result[0]);
        Assert.Equal("Okonkwo-Bell said the vote was hard.", result[1]);
        // Someone named in full with that compound is someone else; a determiner makes it a thing.
        Assert.Equal("Ada Okonkwo Bell wrote to the council.", Introduce(["Ada Okonkwo Bell wrote to the council."], "Mayor Teresa Okonkwo-Bell proposed the budget.")[0]);
        Assert.Equal("The Okonkwo Bell plan passed.", Introduce(["The Okonkwo Bell plan passed."], "Mayor Teresa Okonkwo-Bell proposed the budget.")[0]);
    }

    [Fact]
    public void A_hyphenated_surname_whose_parts_the_cluster_writes_as_names_is_a_candidate()
    {
        var names = new HashSet<string>(["Okonkwo", "Bell", "Weston"], StringComparer.OrdinalIgnoreCase);
        var candidates = NameIntroductions.Candidates(["Mayor Okonkwo-Bell met Ona-Ridge in Weston."], names);
        Assert.Contains("Okonkwo-Bell", candidates);
        Assert.DoesNotContain("Ona-Ridge", candidates);
    }

    [Fact]
    public void A_surname_in_Mc_and_a_given_name_outside_the_gendered_lists_are_introduced()
    {
        var result = Introduce(
            ["McCrory did attend the Weston premiere."],
            "On Tuesday the actress Hattie McCrory arrived in Weston.", "McCrory said the film mattered.");
        Assert.Equal("Hattie McCrory did attend the Weston premiere.", result[0]);
    }

    [Fact]
    public void A_surname_the_cluster_titles_otherwise_than_its_one_titled_full_name_may_be_another_person()
    {
        // "President Clinton" (twice) in a cluster whose only full name is the colonial "Gov. George Clinton".
        string[] summary = ["Clinton was going to the Gull Island reservation for a visit."];
        Assert.Equal(summary, Introduce(summary,
            "In 1790 Gov. George Clinton ignored the warnings about the island, a historian testified.",
            "President Clinton turned the attention of his tour to the island today.",
            "A marquee read: Welcome President Clinton."));
        // One such mention ("a Justice Roe") is a guess about the same person; and the full name's own title, or a
        // courtesy title, says nothing.
        Assert.Equal("Brian Roe told the paper it would be a privilege.", Introduce(
            ["Roe told the paper it would be a privilege."],
            "Gov. Brian Roe of Gull Island is said to be on the list.", "Some see a Justice Roe on the court.", "Gov. Roe said no more.", "Mr. Roe smiled.")[0]);
    }

    [Fact]
    public void A_word_after_a_given_name_that_is_never_used_for_a_person_is_not_a_surname()
    {
        string[] summary = ["About 90 percent of patients take Ritalin, a mild stimulant."];
        Assert.Equal(summary, Introduce(summary, "His parents must keep giving Kyle Ritalin or risk losing him.", "Ritalin use rose as children aged."));
    }

    [Theory]
    [InlineData("Weston's council heard Dr. Bauer on Monday.")]
    [InlineData("The candidate Gary Bauer, 53, spoke in Weston.")]
    [InlineData("Gov. Gary Bauer spoke in Weston.")]
    public void A_title_or_an_age_shows_a_person_as_well_as_a_verb_of_saying(string cue)
    {
        var result = Introduce(["Bauer wants vouchers for home schooling."], "On Tuesday the candidate Gary Bauer spoke in Weston.", cue);
        Assert.Equal("Gary Bauer wants vouchers for home schooling.", result[0]);
    }

    [Theory]
    [InlineData("Richard Doherty, director of a ferry research firm, said the route would pay.", "“Weston needs it,” said Richard Doherty.")]
    [InlineData("Richard Doherty said the route would pay.", "“Weston needs it,” said Richard Doherty.")]
    [InlineData("Richard Doherty Ferries runs the route.", "“Weston needs it,” said Mr. Doherty.")] // a name at a sentence's start with nothing to show a person
    public void A_full_name_that_opens_a_sentence_counts_when_a_description_or_a_verb_of_saying_follows(string cue, string expected)
    {
        var result = Introduce(["“Weston needs it,” said Mr. Doherty."], cue, "Doherty said the ferry would sail.");
        Assert.Equal(expected, result[0]);
    }

    [Fact]
    public void A_surname_already_introduced_in_the_summary_is_left_alone()
    {
        string[] summary = ["The candidate Gary Bauer spoke on Tuesday.", "Bauer said parents should be paid."];
        Assert.Equal(summary, Introduce(summary));
    }

    [Fact]
    public void Two_people_sharing_a_surname_are_never_merged()
    {
        string[] summary = ["Obama spoke at the school on Friday."];
        Assert.Equal(summary, Introduce(summary, "The visit by Barack Obama was short.", "Later Michelle Obama spoke too."));
    }

    [Fact]
    public void Short_and_full_forms_of_one_given_name_are_one_person_and_the_longest_form_is_used()
    {
        var result = Introduce(["Hall said the wings had been recovered."],
            "Safety board chairman Jim Hall spoke on Monday.", "The chairman, James E. Hall, said more.");
        Assert.Equal("James E. Hall said the wings had been recovered.", result[0]);
    }

    [Fact]
    public void An_honorific_gives_way_to_the_full_name_and_another_title_keeps_its_place()
    {
        var result = Introduce(["Mr. Ellis declined the post.", "Gov. Bush met them."],
            "The actor Thomas Ellis was in town.", "Texas Gov. George W. Bush arrived.");
        Assert.Equal("Thomas Ellis declined the post.", result[0]);
        Assert.Equal("Gov. George W. Bush met them.", result[1]);
    }

    [Theory]
    [InlineData("The Clinton administration proposed new rules.", "The president is Bill Clinton, aides said.")] // the surname names more than the person
    [InlineData("Lawyers for Ingram will argue the case.", "The buyer is John Ingram, aides said.", "Ingram Industries owns the unit.")] // also a company
    [InlineData("Quebec stays part of Canada.", "Will Canada survive the vote?")] // a given name at a sentence's start is a plain word
    [InlineData("Christopher R. Miller spoke for the city.", "Later Christopher Miller said more.")] // already whole after an initial
    [InlineData("Jacob Coin, the former director, said the jobs went elsewhere.", "Jacob L. Coin spoke on Friday.", "Coin said the tribes would resist.")] // the given name opens the sentence
    [InlineData("Jim Hall said the wings had been recovered.", "The chairman, James E. Hall, said more.", "Hall said the tribes would resist.")]
    public void Where_the_name_is_not_certain_the_sentence_is_unchanged(string sentence, params string[] cluster) =>
        Assert.Equal(sentence, Introduce([sentence], cluster)[0]);

    // Texts are only read for a surname when they hold it somewhere: a longer word that holds it ("Halloran",
    // "Hallmark") is not the surname, for the person cue or for another name after it.
    [Fact]
    public void A_longer_word_holding_the_surname_is_not_the_surname()
    {
        string[] summary = ["Hall wants more money for the port."];
        Assert.Equal(summary, Introduce(summary, "On Tuesday the candidate Gary Hall toured Weston.", "Halloran said the plan would fail.", "The Hallmark store said it would close."));
        Assert.Equal("Gary Hall wants more money for the port.",
            Introduce(summary, "On Tuesday the candidate Gary Hall toured Weston.", "Hall said the plan would work.", "Halloran Industries hired 40 people.")[0]);
        Assert.Equal(summary, Introduce(summary, "On Tuesday the candidate Gary Hall toured Weston.", "Hall said the plan would work.", "Hall Industries hired 40 people."));
    }
}
