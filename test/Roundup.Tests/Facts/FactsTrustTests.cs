using Roundup.Model;
using Roundup.Pipeline;

using static Roundup.Tests.Facts.FactsFixture;

namespace Roundup.Tests.Facts;

/// <summary>Issue #12: entities that are never wrongly merged, conflicts that are real, wire copy read as such.</summary>
public sealed class FactsTrustTests
{
    private static readonly DateTimeOffset Pub = new(2024, 5, 14, 9, 0, 0, TimeSpan.Zero);

    private static Article A(string id, string text, DateTimeOffset? published = null) => new(id, text) { Published = published ?? Pub, Source = id.ToUpperInvariant() };

    [Fact]
    public void Two_people_with_one_surname_stay_apart_and_the_bare_surname_goes_to_the_one_each_article_names()
    {
        var a = A("a", "Senator Ellen Marsh announced her campaign on Monday. Marsh said the state needed steady hands.");
        var b = A("b", "Former Governor Robert Marsh will chair the campaign. Marsh said he would tour small towns.");
        var f = Run(a, b);
        Assert.NotSame(Of(f, a, "Ellen Marsh"), Of(f, b, "Robert Marsh"));
        Assert.Same(Of(f, a, "Ellen Marsh"), Of(f, a, "Marsh"));
        Assert.Same(Of(f, b, "Robert Marsh"), Of(f, b, "Marsh"));
    }

    [Fact]
    public void A_name_one_letter_from_another_persons_given_name_is_not_merged_with_him()
    {
        var a = A("a", "Prime Minister Kadar said on Friday that talks with Kader al-Mansur would begin. Kadar did not say where.");
        var f = Run(a, A("b", "Kader al-Mansur said he would return only if Kadar freed prisoners."));
        Assert.NotSame(Of(f, a, "Kadar"), Of(f, a, "Kader al-Mansur"));
    }

    [Fact]
    public void A_town_that_shares_a_rebel_leaders_surname_is_a_place_not_the_leader()
    {
        var a = A("a", "Rebels loyal to Samuel Lira seized Baraka on Saturday. Government troops withdrew to the town of Lira, 40 miles to the south.");
        var b = A("b", "Fighters commanded by Samuel Lira now hold Baraka. Thousands of people fled toward Lira, where aid groups have set up camps.");
        var f = Run(a, b);
        var town = Of(f, a, "Lira");
        Assert.NotSame(Of(f, a, "Samuel Lira"), town);
        Assert.Equal(EntityKind.Place, town.EntityKind);
        Assert.Same(town, Of(f, b, "Lira"));
    }

    [Fact]
    public void A_role_is_attached_within_its_article_never_to_another_articles_holder()
    {
        var a = A("a", "President Tomas Reyes met striking dock workers on Wednesday. The president promised a review of overtime rules.");
        var b = A("b", "Carla Dunn, who leads the dockworkers, said the strike would go on. The president told members to hold firm.");
        var f = Run(a, b);
        var reyes = Of(f, a, "Tomas Reyes");
        Assert.Contains(reyes.Mentions, m => m.Article == a && m.Text == "The president");
        Assert.DoesNotContain(reyes.Mentions, m => m.Article == b);
    }

    [Fact]
    public void Companies_written_side_by_side_are_two_names_and_an_initialism_defined_in_the_text_joins_its_name()
    {
        var a = A("a", "Shares of Corvale Systems Inc. Halvorsen Group and Pratt Mining fell after the Federal Trade Office (FTO) opened an inquiry. The FTO will report in 90 days.");
        var f = Run(a, A("b", "Halvorsen Group declined to comment on the Federal Trade Office review."));
        Assert.Equal("Corvale Systems Inc.", Of(f, a, "Corvale Systems Inc.").Name);
        Assert.Equal(EntityKind.Organization, Of(f, a, "Halvorsen Group").EntityKind);
        Assert.Same(Of(f, a, "Federal Trade Office"), Of(f, a, "FTO"));
    }

    [Fact]
    public void A_person_named_with_of_and_a_country_is_two_entities()
    {
        var a = A("a", "President Carl Hedstrom of Norland and President Amadou Sarr of Kessia ended two days of talks.");
        var f = Run(a, A("b", "Amadou Sarr said Norland offered nothing new."));
        Assert.NotSame(Of(f, a, "Carl Hedstrom"), Of(f, a, "Norland"));
    }

    [Fact]
    public void A_threshold_is_not_a_conflicting_count_and_a_report_date_is_not_an_event_date()
    {
        var f = Run(
            A("a", "The Senate passed the water bill on Thursday with 67 votes. Rebels seized the port of Baraka on Saturday after heavy fighting."),
            A("b", "Supporters of the water bill had needed 60 votes in the Senate. Rebels hold the port of Baraka after heavy fighting, officials said on Tuesday."));
        Assert.Empty(f.Conflicts);
    }

    [Fact]
    public void A_place_and_the_country_many_others_live_in_are_not_two_places_of_one_thing()
    {
        var f = Run(
            A("a", "The painter Jonas Feld, who was living in Corlen, died on Sunday."),
            A("b", "Jonas Feld, the painter, was living in Norway when he died on Sunday."));
        Assert.DoesNotContain(f.Conflicts, c => c.Slot.StartsWith("place", StringComparison.Ordinal));
    }

    [Fact]
    public void Wire_copy_keeps_names_over_hard_wraps_and_reads_its_dateline()
    {
        var a = A("a", "GALVESTON, Texas (AP) -- The Supreme Court ruled today that the company must pay. Justice Mary\nOlsen, no relation, did not take part. The tanker spilled 10,000\ngallons of oil into Galveston Bay.");
        var f = Run(a, A("b", "GALVESTON, Texas -- About 12,000 gallons of oil leaked into Galveston Bay on Wednesday."));
        Assert.Contains(f.Entities, e => e.Name == "Mary Olsen" && e.EntityKind == EntityKind.Person);
        var city = Of(f, a, "GALVESTON");
        Assert.Equal(EntityKind.Place, city.EntityKind);
        Assert.NotSame(city, Of(f, a, "Galveston Bay"));
        Assert.Contains(f.Entities, e => e.EntityKind == EntityKind.Organization && e.Name == "AP");
        Assert.Contains(f.Conflicts, c => c.Values.Select(v => v.Value).Order().SequenceEqual(["10000", "12000"]));
    }

    [Fact]
    public void A_family_a_place_inside_a_title_and_an_office_named_after_its_county_are_not_merged()
    {
        var a = A("a", "Reality star Nora Vale said the Vales were surprised. Her show Nora Takes New York was filmed in New York last year. " +
                       "The Harlan County Prosecutor Office charged the driver. Harlan County has 40,000 residents. The Vales declined to comment.");
        var f = Run(a, A("b", "Nora Vale, 26, spoke in New York. The Harlan County Prosecutor Office said charges were filed."));
        Assert.NotSame(Of(f, a, "Nora Vale"), Of(f, a, "Vales"));
        Assert.DoesNotContain(f.Entities, e => e.Aliases.Contains("New York") && e.Aliases.Count > 1);
        var us = Run(A("a", "Officials of the United States of America met in Geneva. The United States said talks would go on."), A("b", "The United States declined to comment."));
        Assert.Contains(us.Entities, e => e.Aliases.Contains("United States") && e.Aliases.Contains("United States of America"));
        Assert.NotSame(Of(f, a, "Harlan County Prosecutor Office"), Of(f, a, "Harlan County"));
    }

    [Fact]
    public void Numbers_of_different_things_and_times_ago_are_not_conflicts_but_one_fact_worded_alike_is()
    {
        var f = Run(
            A("a", "The family boasts seven students enrolled in college courses online. Crosby, another 3-year-old dog, and Banjo, a 2-year-old dog, were hurt. I updated two hours ago. Eight people including three children were injured in the gas explosion."),
            A("b", "Mona Harding says ten students live at home. Banjo, a 3-year-old dog, was hurt. I updated 1.5 hours ago. Eight people, including two children, were injured after the gas explosion."));
        var conflict = Assert.Single(f.Conflicts);
        Assert.Equal(["3", "2"], conflict.Values.Select(v => v.Value));
    }
}
