using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// A quotation that opens an article and is nothing but a quotation (a pull quote over the story) has no speaker in any
/// sentence before it (issue #11: the blind judges faulted "a quote with no speaker"): it never starts a unit, at any length.
/// </summary>
public sealed class PullQuoteTests
{
    // Written for this test: a page that opens with a pull quote, and a wire report of the same vote.
    private static Article Page() => new("page", """
        "Nobody in this town wanted to lose the boat."

        Gull Island voted on Tuesday night to keep its last ferry running through the winter, overturning the council's plan to replace it with a bus link over the new causeway.

        The vote was 412 to 96, the town clerk said, the largest turnout the island has seen in a local ballot.

        Marta Okonjo, who runs the bakery on the pier, organised the petition that forced the vote. "The ferry is the only way the children get to school," she said.

        The council must now find the money for a new engine before December.
        """) { Source = "Island Post" };

    private static Article Wire() => new("wire", """
        Residents of Gull Island voted on Tuesday to keep the island's last ferry in service through the winter, rejecting the council's plan for a bus link over the causeway.

        The ballot drew 508 voters, the largest turnout for a local vote on the island, according to the town clerk.

        The council had said the ferry's engine needs replacing before December and the town has no money set aside for it.
        """) { Source = "Harbor Wire" };

    [Theory]
    [InlineData(120)]
    [InlineData(250)]
    public void A_pull_quote_over_the_story_is_never_in_the_summary(int words)
    {
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(Page(), Wire()), new SummaryOptions { Words = words });
        var texts = summary.Sentences.Select(s => s.Text).ToList();
        Assert.True(texts.Count >= 2, string.Join(" | ", texts));
        Assert.DoesNotContain(texts, t => t.Contains("Nobody in this town wanted", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_quotation_starts_no_unit_when_it_opens_its_article_but_comes_with_its_speakers_sentence()
    {
        var f = ClusterFeatures.Build(Fixtures.Story(new Article("a", """
            "We will not close the school."

            The mayor of Harbor Town spoke to parents on Monday evening about the plan to merge the two primary schools. "We will keep both buildings open," she told them.

            "The children stay where they are."
            """)));
        var o = new CoverageOptions();
        var (eligible, member, _) = CoverageSummarizer.Candidates(f, o);
        var (units, glued, _) = CoverageSummarizer.Units(f, eligible, member, glueReferences: true, glueSpeakers: true, gluePronouns: true);
        int pull = Array.FindIndex(f.Texts, t => t.Contains("We will not close", StringComparison.Ordinal));
        int later = Array.FindIndex(f.Texts, t => t.Contains("The children stay", StringComparison.Ordinal));
        Assert.True(pull >= 0 && later > pull, string.Join(" | ", f.Texts));
        Assert.DoesNotContain(units, u => u.Start == pull);
        // The later bare quotation is no article's opening: it is taken only with the sentence before it (the speaker's).
        Assert.True(glued[later]);
        Assert.Contains(units, u => u.Start == later);
    }
}
