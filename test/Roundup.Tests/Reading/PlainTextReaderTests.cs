using Roundup.Reading;

namespace Roundup.Tests.Reading;

public sealed class PlainTextReaderTests
{
    [Fact]
    public void Headline_like_first_line_becomes_the_title_and_stays_in_the_text()
    {
        var a = PlainTextReader.Read("a.txt", "Storm closes coastal road\r\n\r\nA storm closed the coastal road on Friday.\r\n");
        Assert.Equal("Storm closes coastal road", a.Title);
        Assert.Equal("Storm closes coastal road\n\nA storm closed the coastal road on Friday.\n", a.RawText);
    }

    [Fact]
    public void A_dateline_before_the_headline_is_not_taken_as_the_title()
    {
        var a = PlainTextReader.Read("a.txt", "04/03/2021 09:15 GMT | Updated 04/03/2021 11:02 GMT\n\nStorm closes coastal road\n\nA storm closed the coastal road on Friday.\n");
        Assert.Equal("Storm closes coastal road", a.Title);
    }

    [Theory]
    [InlineData("A storm closed the coastal road on Friday.\nMore text.")]
    [InlineData("Only one line without a break")]
    [InlineData("Hi\nMore text.")]
    [InlineData("The mayor said:\nMore text.")]
    public void Sentence_like_or_lone_first_lines_are_not_titles(string text)
        => Assert.Null(PlainTextReader.Read("a", text).Title);

    [Fact]
    public void Front_matter_gives_metadata_and_is_not_part_of_the_text()
    {
        var a = PlainTextReader.Read("a.txt", "---\nsource: Valley Post\nurl: https://valleypost.example/x\npublished: 2026-02-03T08:00:00Z\nbyline: Sam Reyes\n---\nDam opens early\n\nThe dam opened on Monday.\n");
        Assert.Equal(("Valley Post", "https://valleypost.example/x", "Sam Reyes", "Dam opens early"), (a.Source, a.Url, a.Byline, a.Title));
        Assert.Equal(new DateTimeOffset(2026, 2, 3, 8, 0, 0, TimeSpan.Zero), a.Published);
        Assert.StartsWith("Dam opens early", a.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_horizontal_rule_that_is_not_front_matter_is_kept()
    {
        var text = "---\nJust a rule, then prose.\n---\nMore.";
        Assert.Equal(text, PlainTextReader.Read("a", text).RawText);
    }
}
