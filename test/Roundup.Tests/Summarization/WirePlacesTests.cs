using Roundup.Cleaning;
using Roundup.Model;
using Roundup.Segmentation;
using Roundup.Summarization;
using Xunit;

namespace Roundup.Tests.Summarization;

public class WirePlacesTests
{
    [Theory]
    [InlineData("OSLOVIK, March 3 (Xinhua) -- The harbour board met on Monday.", "in Oslovik")]
    [InlineData("PORT ELLIS, Kestland (AP) — Ferries stopped.", "in Port Ellis")]
    [InlineData("UNITED NATIONS (AP) — The agencies agreed.", "at the United Nations")]
    [InlineData("The harbour board met on Monday.", null)]
    [InlineData("OSLOVIK (Nordmark), March 5 (Xinhua) -- The harbour board met.", "in Oslovik")]
    public void The_dateline_place_gives_the_phrase(string opening, string? expected) =>
        Assert.Equal(expected, WirePlaces.PhraseFor(DatelineParser.ParseWire(opening)));

    [Theory]
    [InlineData("The conference on ferries ended here Wednesday.", "The conference on ferries ended in Oslovik Wednesday.")]
    [InlineData("Officials here said the port would reopen.", "Officials in Oslovik said the port would reopen.")]
    [InlineData("The ferry left from here at dawn.", "The ferry left from here at dawn.")]
    [InlineData("“We are staying here,” the captain said.", "“We are staying here,” the captain said.")]
    [InlineData("The news is that here is the new pier.", "The news is that here is the new pier.")]
    [InlineData("Everywhere the boats were late.", "Everywhere the boats were late.")]
    public void Only_a_dateline_here_becomes_the_place(string text, string expected) =>
        Assert.Equal(expected, WirePlaces.Localize(text, "in Oslovik"));

    [Fact]
    public void A_summary_of_wire_copy_names_the_place_its_here_stood_for()
    {
        var first = new Article("a", "OSLOVIK, March 3 (Xinhua) -- The Kestland harbour board closed the northern ferry pier on Monday after a storm cracked its pilings. The board said the pier would stay closed for a month. Engineers from the port authority inspected the damage here Tuesday.");
        var second = new Article("b", "The Kestland harbour board has closed the northern ferry pier after a storm cracked its pilings, the board said on Monday. Engineers inspected the damage on Tuesday and said repairs would take a month. Ferry passengers were sent to the southern pier.");
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(first, second), new SummaryOptions { Words = 400 });
        Assert.DoesNotContain(summary.Sentences, s => s.Text.Contains(" here ", StringComparison.Ordinal));
        Assert.Contains(summary.Sentences, s => s.Text.Contains("in Oslovik", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("OSLOVIK, March 3 (Xinhua) -- The harbour board met on Monday.", "OSLOVIK, March 3 — ")]
    [InlineData("MADISON COUNTY, Ala. (AP) — Deputies searched a house.", "MADISON COUNTY, Ala. — ")]
    [InlineData("(CNN) The harbour board met on Monday.", null)]
    [InlineData("The harbour board met on Monday.", null)]
    [InlineData("MONDAY, July 2 (HarlowDay News) -- The harbour board met.", null)]
    public void The_opening_dateline_keeps_the_place_and_drops_the_agency(string sentence, string? expected) =>
        Assert.Equal(expected, WirePlaces.OpeningDateline(FirstSentence(sentence + " The ferries ran late.")));

    private static Sentence FirstSentence(string text)
    {
        var article = new Article("a", text);
        new BoilerplateCleaner().Clean(article);
        new SentenceSegmenter().Segment(article);
        return article.Sentences[0];
    }

    [Fact]
    public void The_opening_dateline_is_the_articles_not_a_later_sentences()
    {
        var article = new Article("a", "The harbour board met on Monday. OSLOVIK, March 3 (Xinhua) -- The ferries ran late.");
        new BoilerplateCleaner().Clean(article);
        new SentenceSegmenter().Segment(article);
        Assert.Null(article.WireDateline);
        Assert.All(article.Sentences, s => Assert.Null(WirePlaces.OpeningDateline(s)));
    }

    [Fact]
    public void The_summarizer_reads_the_dateline_kept_on_the_article()
    {
        // The kept dateline is what counts: one set by hand (another place) is what the summary opens with and
        // what "here" becomes, so nothing parses the sentence again.
        var first = new Article("a", "OSLOVIK, March 3 (Xinhua) -- The Kestland harbour board closed the northern ferry pier on Monday after a storm cracked its pilings. The board said the pier would stay closed for a month. Engineers from the port authority inspected the damage here Tuesday.");
        var story = Fixtures.Story(first);
        var read = first.WireDateline!;
        Assert.Equal("OSLOVIK", read.Place);
        first.WireDateline = read with { Place = "PORT ELLIS", Heading = "PORT ELLIS, March 3" };
        var summary = Fixtures.Summarize("coverage", story, new SummaryOptions { Words = 400 });
        Assert.Contains(summary.Sentences, s => s.Text.Contains("damage in Port Ellis Tuesday", StringComparison.Ordinal));
        var anchored = Fixtures.Summarize("coverage", story, new SummaryOptions { Words = 40 });
        Assert.StartsWith("PORT ELLIS, March 3 — The Kestland harbour board", anchored.Sentences[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_summary_that_opens_with_a_wire_lead_keeps_its_dateline_within_the_budget()
    {
        var first = new Article("a", "OSLOVIK, March 3 (Xinhua) -- The Kestland harbour board closed the northern ferry pier on Monday after a storm cracked its pilings. The board said the pier would stay closed for a month. Engineers from the port authority inspected the damage on Tuesday.");
        var options = new SummaryOptions { Words = 40 };
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(first), options);
        Assert.StartsWith("OSLOVIK, March 3 — The Kestland harbour board closed", summary.Sentences[0].Text, StringComparison.Ordinal);
        Assert.True(summary.Sentences.Sum(s => Sentence.CountWords(s.Text)) <= options.Words);
    }
}
