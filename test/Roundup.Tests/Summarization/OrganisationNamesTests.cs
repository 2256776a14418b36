using Roundup.Model;
using Roundup.Summarization;
using Xunit;

namespace Roundup.Tests.Summarization;

/// <summary>An organisation a summary first meets as "the foundation" gets the name its article gave it, when that is certain.</summary>
public class OrganisationNamesTests
{
    private static (ClusterFeatures F, int Index) Features(string text, string sentenceStart)
    {
        var f = ClusterFeatures.Build(Fixtures.Story(new Article("wire", text)));
        return (f, Array.FindIndex(f.Texts, t => t.StartsWith(sentenceStart, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_foundation_gets_the_one_name_its_article_gave_it()
    {
        var (f, i) = Features(string.Join("\n",
            "Voters approved a rule on Tuesday that requires ferry crews to wear life vests, which the Gull Island Harbour Foundation had sought for years.",
            "The rule is paid for by the foundation, which has pushed for it since 2010."), "The rule is paid");
        var texts = OrganisationNames.Introduce([f.Texts[i]], [i], f);
        Assert.Equal("The rule is paid for by the Gull Island Harbour Foundation, which has pushed for it since 2010.", texts[0]);
    }

    [Fact]
    public void A_name_with_of_after_its_kind_is_found_too_and_a_sentence_opening_keeps_its_capital()
    {
        var (f, i) = Features(string.Join("\n",
            "Researchers at the University of Elland found that ferries burn less fuel in calm water.",
            "The university said the study took three years."), "The university said");
        var texts = OrganisationNames.Introduce([f.Texts[i]], [i], f);
        Assert.Equal("The University of Elland said the study took three years.", texts[0]);
    }

    [Fact]
    public void Nothing_changes_when_the_article_names_two_of_that_kind_or_the_summary_named_one_already()
    {
        var (f, i) = Features(string.Join("\n",
            "The Harbour Foundation and the Island Arts Foundation both backed the rule on Tuesday.",
            "The rule is paid for by the foundation, which has pushed for it since 2010."), "The rule is paid");
        Assert.Equal(f.Texts[i], OrganisationNames.Introduce([f.Texts[i]], [i], f)[0]); // which one is meant is not certain

        var (g, j) = Features(string.Join("\n",
            "Voters approved a rule on Tuesday that the Gull Island Harbour Foundation had sought for years.",
            "The rule is paid for by the foundation, which has pushed for it since 2010."), "The rule is paid");
        int first = Array.FindIndex(g.Texts, t => t.StartsWith("Voters", StringComparison.Ordinal));
        var texts = OrganisationNames.Introduce([g.Texts[first], g.Texts[j]], [first, j], g);
        Assert.Equal(g.Texts[j], texts[1]); // the summary has just named it
    }

    [Fact]
    public void A_kind_the_lexicon_does_not_list_or_an_unnamed_one_stays_as_written()
    {
        var (f, i) = Features(string.Join("\n",
            "Voters approved a rule on Tuesday that a harbour foundation had sought for years.",
            "The rule is paid for by the foundation, and the ferry will carry the vests."), "The rule is paid");
        Assert.Equal(f.Texts[i], OrganisationNames.Introduce([f.Texts[i]], [i], f)[0]);
    }
}
