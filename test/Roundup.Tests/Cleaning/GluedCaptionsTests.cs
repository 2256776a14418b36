using Roundup.Cleaning;
using Roundup.Model;
using Roundup.Summarization;
using Roundup.Tests.Summarization;

namespace Roundup.Tests.Cleaning;

/// <summary>
/// A photo caption a page runs into the story's first words, closed by its credit in square brackets (issue #11): the
/// caption and the credit go, the story's words stay, so the lead no longer opens with the picture's scene.
/// </summary>
public sealed class GluedCaptionsTests
{
    // Written for this test in the layout of a page that runs its photo caption into the lead paragraph.
    internal const string Page = """
        Harbor Town Mayor Quits Over Ferry Contract

        Crowds have gathered outside the town hall every evening since the contract was signed [Reuters] The mayor of Harbor Town resigned on Tuesday after weeks of protests over a ferry contract awarded to her brother's company.

        "I am leaving so the town can heal," she told reporters outside the town hall.

        The council will choose an acting mayor on Friday, and an election is expected in the spring.
        """;

    private static Article Clean(string raw)
    {
        var a = new Article("t", raw);
        new BoilerplateCleaner().Clean(a);
        return a;
    }

    [Fact]
    public void The_caption_and_its_credit_are_removed_and_the_lead_kept()
    {
        var a = Clean(Page);
        var removed = Assert.Single(a.Removed, r => r.Reason == BoilerplateReason.PhotoCredit);
        Assert.Equal("Crowds have gathered outside the town hall every evening since the contract was signed [Reuters]", removed.Text);
        Assert.Equal(removed.Text, a.RawText.Substring(removed.Span.Start, removed.Span.Length));
        Assert.Contains("\n\nThe mayor of Harbor Town resigned on Tuesday", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Crowds have gathered", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[Reuters]", a.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Crowds gather outside the town hall on Monday [Reuters] The mayor resigned on Tuesday.", 56)]
    [InlineData("Firefighters at the quay after the blaze [AFP/Getty Images] The harbour reopened on Sunday.", 60)]
    [InlineData("The ferry leaves the quay at dawn [File: Reuters] Ferry fares will rise in May.", 50)]
    [InlineData("Dr. Ana Ruiz at the clinic in St. Paul [AP] The clinic closed on Friday.", 44)]
    [InlineData("\"We will not go,\" said a protester outside the hall [Reuters] The mayor resigned.", 0)] // a quotation
    [InlineData("She said that as [Harbor] Secretary she would act [Reuters] The mayor resigned.", 0)] // another bracket first
    [InlineData("The council met. Crowds gathered outside [Reuters] The mayor resigned.", 0)] // a sentence ends before it
    [InlineData("Ferry strike ends after deal with union [Politico] Harbor Town's council met.", 0)] // a link's source, no photo credit
    [InlineData("Crowds gather outside the town hall [Reuters]", 0)] // nothing follows
    [InlineData("Crowds gather outside the town hall [Reuters] and the mayor resigned.", 0)] // the sentence goes on
    [InlineData("Crowds gather [Reuters] The mayor resigned on Tuesday.", 0)] // too short for a caption
    [InlineData("[Reuters] The mayor resigned on Tuesday.", 0)]
    public void A_glued_caption_is_words_without_a_sentence_end_before_a_photo_credit_and_a_capital(string line, int length) =>
        Assert.Equal(length, GluedCaptions.Length(line));

    [Fact]
    public void A_summary_opens_with_the_lead_not_the_caption()
    {
        var page = new Article("page", Page) { Source = "Harbor Post" };
        var summary = Fixtures.Summarize("coverage", Fixtures.Story(page), new SummaryOptions { Words = 120 });
        var texts = summary.Sentences.Select(s => s.Text).ToList();
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, t => t.Contains("[Reuters]", StringComparison.Ordinal) || t.Contains("Crowds have gathered", StringComparison.Ordinal));
        Assert.StartsWith("The mayor of Harbor Town resigned", texts[0], StringComparison.Ordinal);
    }
}
