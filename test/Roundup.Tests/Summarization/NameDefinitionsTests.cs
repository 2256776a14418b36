using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>A late sentence that says what a name is, in a summary that never named it (issue #11).</summary>
public sealed class NameDefinitionsTests
{
    [Theory]
    [InlineData("Portmere is a fishing town of 3,000 people on the north channel.", "Portmere")]
    [InlineData("Gull Island is the largest island in the bay, with about 900 residents.", "Gull Island")]
    [InlineData("GIFA was one of the first ferry unions in the country.", "GIFA")]
    [InlineData("The ferry is the island's only link to the mainland.", null)] // a determiner, not a name
    [InlineData("It is the largest island in the bay.", null)]
    [InlineData("Portmere voted on Monday to buy a new ferry.", null)] // not a definition
    [InlineData("Mayor Dana Pruitt is expected to sign the deal.", null)] // "is" then no article
    public void A_sentence_that_opens_by_saying_what_a_name_is_defines_it(string text, string? expected) =>
        Assert.Equal(expected, NameDefinitions.DefinedName(text));

    [Theory]
    [InlineData("The tenders include 1,000 houses in Gull Island.", "Gull Island", true)]
    [InlineData("Ferries leave Gull for the mainland twice a day.", "Gull Island", true)] // one of its words
    [InlineData("Gull Island Ferry Association members voted to strike.", "GIFA", true)] // the words it abbreviates
    [InlineData("Cases of Gull Island fever rose in May.", "GIF", true)] // lower-case words count too
    [InlineData("The ferry deal was signed on Monday.", "Gull Island", false)]
    [InlineData("The ferry deal was signed on Monday.", "GIFA", false)]
    public void A_name_is_named_by_one_of_its_words_or_by_what_it_abbreviates(string text, string name, bool expected) =>
        Assert.Equal(expected, NameDefinitions.Names(text, name));

    /// <summary>Four reports of the ferry tenders; one ends on what Portmere is, a town the others never mention.</summary>
    private static Cluster Tenders()
    {
        var reports = new List<Article>();
        string[] leads =
        [
            "The island council issued tenders on Monday for 400 new houses near the Gull Island ferry pier, angering residents who fear the harbour will be overbuilt.",
            "Gull Island's council angered residents on Monday by issuing tenders for 400 new houses near the ferry pier.",
            "Residents of Gull Island protested on Monday after the council issued tenders for 400 new houses near the ferry pier.",
            "Tenders for 400 new houses near the Gull Island ferry pier, issued by the council on Monday, drew protests from residents.",
        ];
        for (int k = 0; k < 4; k++)
        {
            var lines = new List<string>
            {
                leads[k],
                k % 2 == 0
                    ? "The residents' association said the houses would double traffic on the pier road and crowd the ferry queue."
                    : "The council said the new houses were needed because young families were leaving the island for the mainland.",
            };
            if (k == 3) lines.Add("Portmere is the largest town on the mainland shore, with about 6,000 people.");
            reports.Add(new Article($"tenders{k}", string.Join("\n", lines)));
        }
        return Fixtures.Story([.. reports]);
    }

    [Fact]
    public void A_short_summary_does_not_end_on_what_a_name_it_never_mentioned_is()
    {
        var cluster = Tenders();
        var options = new SummaryOptions { Words = 120 };
        var summary = new CoverageSummarizer().Summarize(cluster, options);
        Assert.NotEmpty(summary.Sentences);
        Assert.DoesNotContain(summary.Sentences, s => s.Sentence.Text.StartsWith("Portmere", StringComparison.Ordinal));
        // Without the rule it closes the summary.
        var without = new CoverageSummarizer(new CoverageOptions { DefinedMentions = false }).Summarize(cluster, options);
        Assert.Contains(without.Sentences, s => s.Sentence.Text.StartsWith("Portmere", StringComparison.Ordinal));
    }
}
