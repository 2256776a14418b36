using Roundup.Summarization;

namespace Roundup.Tests.Summarization;

/// <summary>
/// A short summary gives a person's title once (issue #11, <see cref="TitledNames"/>): the same title and name again
/// read as the surname. Sentences written for these tests.
/// </summary>
public sealed class TitledNamesTests
{
    [Theory]
    [InlineData("House Minority Leader Jane Harlow said she would speak to her members first.", "“We may not be able to support it,” Minority Leader Jane Harlow told reporters.",
        "“We may not be able to support it,” Harlow told reporters.")]
    [InlineData("Mayor Anna Kovac opened the bridge on Monday.", "Mayor Anna Kovac said the bridge cost $4 million.", "Kovac said the bridge cost $4 million.")]
    [InlineData("Mayor Anna Kovac opened the bridge on Monday.", "The cost was confirmed by Mayor Anna Kovac's office.", "The cost was confirmed by Kovac's office.")]
    [InlineData("Governor John Reed signed the harbour bill.", "The bill was praised by former Governor John Reed.", "The bill was praised by former Governor John Reed.")] // a description, not a second reference
    [InlineData("Jane Harlow spoke to reporters.", "Minority Leader Jane Harlow said the vote would wait.", "Minority Leader Jane Harlow said the vote would wait.")] // the title is new
    [InlineData("Nola died at San Diego Zoo Safari Park on Sunday.", "San Diego Zoo Safari Park staff said she was 41.", "San Diego Zoo Safari Park staff said she was 41.")] // a place, not a person
    public void A_title_and_name_given_before_read_as_the_surname(string earlier, string later, string expected)
    {
        var texts = new[] { earlier, later };
        int shortened = TitledNames.ShortenRepeated(texts);
        Assert.Equal(earlier, texts[0]);
        Assert.Equal(expected, texts[1]);
        Assert.Equal(expected == later ? 0 : 1, shortened);
    }
}
