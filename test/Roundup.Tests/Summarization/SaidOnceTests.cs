using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// A short summary says one fact once (issue #11): it does not open on a deck that its article's body restates
/// (<see cref="CoverageOptions.DeckRestated"/>), and it does not give a speaker's words again where a quotation runs
/// on from the sentence before (<see cref="SentenceRules.RepeatsQuotation"/>).
/// Every article here is written for these tests.
/// </summary>
public sealed class SaidOnceTests
{
    private const string Deck = "Passing the Osprey, the Heron now trails only the Albatross for the bay record.";
    private const string Body = "The Heron, a ferry built in Tarrow last year, crossed Kell Bay in 41 minutes on Saturday, the port authority said.";

    // A ferry report that opens on a deck (a headline-length line in its own paragraph) and then tells the same fact.
    private static Article DeckedReport() => new("decked", $"""
        {Deck}

        {Body} The crossing put the Heron ahead of the Osprey, which took 44 minutes in 2019.

        The Heron now trails only the Albatross, which crossed the bay in 38 minutes in 1987.

        The port authority said the Heron would try again in the spring when the winds are calmer.
        """);

    private static Article OtherReport() => new("other", """
        The Heron ferry crossed Kell Bay in 41 minutes on Saturday, the second fastest crossing on record, the port authority said.

        Only the Albatross has crossed the bay faster, in 38 minutes in 1987, and the Osprey now holds third place.

        Crowds watched from the Tarrow pier as the ferry came in.
        """);

    private static readonly SummaryOptions Short = new() { Words = 60 };

    [Fact]
    public void A_short_summary_opens_on_the_body_a_deck_restates_and_leaves_the_deck_out()
    {
        var cluster = Fixtures.Story(DeckedReport());
        var texts = new CoverageSummarizer().Summarize(cluster, Short).Sentences.Select(s => s.Text).ToList();
        Assert.Equal(Body, texts[0]);
        Assert.DoesNotContain(Deck, texts);
        // Without the rule the deck opens the summary and its body follows, one fact twice.
        var off = new CoverageSummarizer(new CoverageOptions { DeckRestated = 0 }).Summarize(cluster, Short).Sentences.Select(s => s.Text).ToList();
        Assert.Equal(Deck, off[0]);
    }

    [Fact]
    public void A_longer_lead_in_its_own_paragraph_stays_when_its_body_adds_to_it()
    {
        const string lead = "Ferry crews at Kell Bay walked off the job on Saturday morning, leaving thousands of travellers stranded at the Tarrow pier, the port authority said.";
        var report = new Article("lead", $"""
            {lead}

            The union said the crews want a new contract before the summer season begins.

            The port authority said buses would carry passengers around the bay until the ferries run again.
            """);
        var other = new Article("other", """
            Thousands of travellers were stranded at the Tarrow pier on Saturday after ferry crews at Kell Bay walked off the job.

            The union wants a new contract for the crews.
            """);
        var texts = new CoverageSummarizer().Summarize(Fixtures.Story(report, other), Short).Sentences.Select(s => s.Text).ToList();
        Assert.Equal(lead, texts[0]);
    }

    [Fact]
    public void A_deck_restated_by_its_body_is_found_and_a_lead_that_is_not_is_kept()
    {
        var cluster = Fixtures.Story(DeckedReport(), OtherReport());
        var f = ClusterFeatures.Build(cluster);
        int deck = Array.FindIndex(f.Texts, t => t == Deck);
        Assert.True(deck >= 0);
        // Every word of the deck but "passing" and "record" comes back in the next sentences of its article.
        var member = new bool[f.Sentences.Length];
        Array.Fill(member, true);
        var units = Enumerable.Range(0, f.Sentences.Length).Select(i => (Start: i, Count: 1)).ToList();
        var glued = new bool[f.Sentences.Length];
        var position = CoverageSummarizer.StoryPositions(f, member);
        var (_, words) = CoverageSummarizer.ConceptWeights(f, new CoverageOptions());
        Assert.Equal(deck + 1, CoverageSummarizer.RestatedDeck(f, units, glued, position, member, words, deck, 0.6));
        Assert.Equal(-1, CoverageSummarizer.RestatedDeck(f, units, glued, position, member, words, deck, 0.99));
        // The other report's lead shares its paragraph with nothing but is longer than a deck and not all restated.
        int lead = Array.FindIndex(f.Texts, t => t.StartsWith("The Heron ferry crossed", StringComparison.Ordinal));
        Assert.Equal(-1, CoverageSummarizer.RestatedDeck(f, units, glued, position, member, words, lead, 0.6));
    }

    [Theory]
    [InlineData("Our job is to keep the promises we made to the voters.”", true, "The mayor urged the council on Monday to “keep the promises we made to the voters” before the vote.", true)]
    [InlineData("Our job is to keep the promises we made to the voters.”", false, "The mayor urged the council on Monday to “keep the promises we made to the voters” before the vote.", false)] // read alone, it quotes nothing
    [InlineData("Our job is to keep our promises to the voters.”", true, "The mayor urged the council on Monday to “keep their promises to the voters” before the vote.", false)] // another's promises: the speaker's fuller words, kept (judged blind, notes/11-summaries15-twice.md)
    [InlineData("We are going to build the sea wall even higher,” she wrote.", true, "The mayor said she would raise the sea wall “even higher” after the storm.", false)] // two words of a longer passage
    [InlineData("The harbour will be rebuilt by the spring.”", true, "The mayor urged the council on Monday to “keep their promises to the voters” before the vote.", false)]
    public void A_quotation_that_runs_on_is_still_a_repeat(string text, bool startsInside, string other, bool expected)
    {
        Assert.Equal(expected, SentenceRules.RepeatsQuotation(text, other, startsInside, false));
        Assert.Equal(expected, SentenceRules.RepeatsQuotation(other, text, false, startsInside));
    }
}
