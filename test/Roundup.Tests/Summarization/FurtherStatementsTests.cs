using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>A statement that goes further than one told before it leans on that one (issue #11).</summary>
public sealed class FurtherStatementsTests
{
    [Theory]
    [InlineData("Harbour union leader Abel Ross went further by calling it a crazy decision.", true)]
    [InlineData("The council has gone a step further, banning cars from the pier.", true)]
    [InlineData("The mayor went further than the council, calling for a ban on night crossings.", false)] // says than what
    [InlineData("“We will go further,” the mayor said on Monday.", false)] // inside a quotation
    [InlineData("Ferries that go further north need bigger crews.", false)] // a distance
    [InlineData("The search went further out to sea on Tuesday.", false)]
    [InlineData("The council made no further comment on the tenders.", false)]
    public void A_statement_that_goes_further_than_another_points_back(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.GoesFurther(text));

    [Fact]
    public void In_a_short_summary_a_statement_that_goes_further_comes_only_with_the_sentence_before_it()
    {
        var cluster = Fixtures.Story(
            new Article("a", string.Join("\n",
                "The island council issued tenders on Monday for 400 new houses near the Gull Island ferry pier.",
                "Residents said the houses would double traffic on the pier road.",
                "Harbour union leader Abel Ross went further by calling it a crazy decision.")),
            new Article("b", string.Join("\n",
                "Gull Island's council issued tenders on Monday for 400 new houses near the ferry pier.",
                "The council said young families were leaving the island for the mainland.")));
        var f = ClusterFeatures.Build(cluster);
        var all = Enumerable.Repeat(true, f.Sentences.Length).ToArray();
        var (_, glued, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: true);
        int further = Array.FindIndex(f.Texts, t => t.Contains("went further", StringComparison.Ordinal));
        Assert.True(glued[further]);
        // A long summary (no pronoun gluing) leaves it free.
        var (_, loose, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: false);
        Assert.False(loose[further]);
    }
}
