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

    [Theory]
    [InlineData("Harbour master Ana Roe said that's because the pier was never rebuilt after the storm.", true)]
    [InlineData("That is why the council closed the pier road on Monday.", true)]
    [InlineData("This is because the old ferry needs a crew of twelve.", true)]
    [InlineData("The ferry company says that’s why fares rose by a fifth.", true)]
    [InlineData("The council feared the threat of a strike, which is why it raised wages on Monday.", false)] // within the sentence
    [InlineData("Fares rose by a fifth, and that's why the island's shops closed early.", false)] // within the sentence
    [InlineData("“That's because nobody asked us,” the harbour master said.", false)] // inside a quotation
    [InlineData("The council closed the pier because the storm damaged it.", false)]
    public void A_statement_that_explains_the_sentence_before_it_points_back(string text, bool expected) =>
        Assert.Equal(expected, SentenceRules.ExplainsEarlier(text));

    [Fact]
    public void In_a_short_summary_an_explanation_of_the_sentence_before_comes_only_with_that_sentence()
    {
        var cluster = Fixtures.Story(
            new Article("a", string.Join("\n",
                "Gull Island opened a casino at its ferry pier in 2019 to bring money to the island.",
                "Two-thirds of the island's families still live below the poverty line.",
                "Harbour master Ana Roe said that's because most casino jobs went to people from the mainland.")),
            new Article("b", string.Join("\n",
                "The Gull Island casino at the ferry pier opened in 2019.",
                "Few visitors came, and the casino closed less than a year later.")));
        var f = ClusterFeatures.Build(cluster);
        var all = Enumerable.Repeat(true, f.Sentences.Length).ToArray();
        var (_, glued, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: true);
        int because = Array.FindIndex(f.Texts, t => t.Contains("that's because", StringComparison.Ordinal));
        Assert.True(because > 0);
        Assert.True(glued[because]);
        var (_, loose, _) = CoverageSummarizer.Units(f, all, all, glueReferences: true, glueSpeakers: true, gluePronouns: false);
        Assert.False(loose[because]);
    }
}
