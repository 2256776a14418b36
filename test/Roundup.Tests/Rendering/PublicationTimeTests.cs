using Roundup.Model;
using Roundup.Rendering;

namespace Roundup.Tests.Rendering;

public sealed class PublicationTimeTests
{
    [Theory]
    [InlineData("2016-04-27T00:00:00+00:00", "2016-04-27")] // a date-only field: no time of day was reported
    [InlineData("2026-03-04T10:05:00+00:00", "2026-03-04 10:05")]
    [InlineData("2026-03-04T00:00:00-05:00", "2026-03-04")] // midnight in its own offset
    [InlineData("2026-03-04T00:00:30+00:00", "2026-03-04 00:00")] // a time was reported, if only seconds past midnight
    public void A_time_is_shown_with_its_time_of_day_only_when_one_was_given(string time, string shown)
        => Assert.Equal(shown, PublicationTime.Format(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-03-04T00:00:00+00:00", "2026-03-04")]
    [InlineData("2026-03-04T00:00:00-05:00", "2026-03-04 05:00 UTC")] // midnight in New York is a time of day in UTC
    public void In_UTC_a_time_of_day_is_marked(string time, string shown)
        => Assert.Equal(shown, PublicationTime.FormatUtc(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_story_listing_shows_a_date_only_source_without_a_midnight_time()
    {
        var dated = new Article("a", "The dam opened on Monday.") { Source = "Valley Post", Published = new DateTimeOffset(2016, 4, 27, 0, 0, 0, TimeSpan.Zero) };
        var timed = new Article("b", "The dam opened early on Monday.") { Source = "Ridge Times", Published = new DateTimeOffset(2016, 4, 27, 9, 30, 0, TimeSpan.Zero) };
        var writer = new StringWriter();
        DigestRenderer.WriteStoriesMarkdown([new Cluster("story-1", [dated, timed])], writer);
        var text = writer.ToString();
        Assert.Contains("Valley Post (2016-04-27)\n", text);
        Assert.Contains("Ridge Times (2016-04-27 09:30)\n", text);
    }
}
