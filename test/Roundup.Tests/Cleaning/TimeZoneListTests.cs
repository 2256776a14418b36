using Roundup.Cleaning;
using Roundup.Facts;
using Roundup.Lexicon;

namespace Roundup.Tests.Cleaning;

/// <summary>
/// Time zones live in one list (<c>Lexicon/en/time-zones.txt</c>: zone, offset, day-first): the dateline parser finds
/// a zone, takes its offset and its day-first mark from it, and a whole timestamp line may end with any of them.
/// </summary>
public sealed class TimeZoneListTests
{
    private static IEnumerable<(string Zone, TimeSpan Offset, bool DayFirst)> Listed() =>
        DatelineParser.ReadZones(LanguageLexicon.English.Lines("time-zones")).Select(z => (z.Key, z.Value.Offset, z.Value.DayFirst));

    [Fact]
    public void Every_listed_zone_gives_its_offset_and_ends_a_timestamp_line()
    {
        var zones = Listed().ToList();
        Assert.Equal(19, zones.Count);
        foreach (var (zone, offset, _) in zones)
        {
            var line = $"Posted: March 3, 2016 10:00 AM {zone}";
            var read = DatelineParser.Parse(line);
            Assert.NotNull(read);
            Assert.Equal(offset, read.Published.Offset);
            Assert.Equal(new DateTimeOffset(2016, 3, 3, 10, 0, 0, offset), read.Published);
            Assert.True(read.IsTimestampLine, zone); // "… ET", "… IST" used to fall outside the timestamp-line pattern
            Assert.Equal(new DateOnly(2016, 3, 3), DateExtractor.ParseDateline(line));
        }
        Assert.Contains(zones, z => z.Zone == "IST" && z.Offset == new TimeSpan(5, 30, 0));
    }

    [Fact]
    public void The_list_decides_which_zones_read_a_numeric_date_day_first()
    {
        foreach (var (zone, _, dayFirst) in Listed())
        {
            var read = DatelineParser.Parse($"03/04/2016 10:00 {zone}");
            Assert.NotNull(read);
            Assert.Equal(dayFirst ? new DateOnly(2016, 4, 3) : new DateOnly(2016, 3, 4), read.Date);
        }
        Assert.Contains(Listed(), z => z.Zone == "AEST" && z.DayFirst);
        Assert.Contains(Listed(), z => z.Zone == "PT" && !z.DayFirst);
    }

    [Theory]
    [InlineData("GMT")]
    [InlineData("GMT 0")]
    [InlineData("GMT +0:00")]
    [InlineData("GMT +00:00 month-first")]
    [InlineData("GMT +00:00 day-first extra")]
    public void A_malformed_zone_record_fails_naming_its_line(string line)
    {
        var e = Assert.Throws<FormatException>(() => DatelineParser.ReadZones([line]));
        Assert.Contains(line, e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => DatelineParser.ReadZones(["EST -05:00", "EST -04:00"]));
    }

    [Fact]
    public void A_pattern_names_one_field_of_a_record_list()
    {
        Assert.StartsWith("(?:GMT|UTC|BST|CEST|CET|", WordPatterns.Expand("{@time-zones:1}"), StringComparison.Ordinal);
        Assert.Equal(WordPatterns.Expand("{@say-verbs-listener}"), LanguageLexicon.English.ExpandPattern("{@say-verbs-listener}"));
        Assert.Throws<FormatException>(() => WordPatterns.Expand("{@time-zones:0}"));
        Assert.Throws<FormatException>(() => WordPatterns.Expand("{@time-zones:4}"));
        // No zone is spelled out in a pattern any more: the zone pattern is the list.
        Assert.DoesNotContain("GMT", DatelineParser.ZonePattern, StringComparison.Ordinal);
        Assert.DoesNotContain("GMT", DatelineParser.TimestampLinePattern, StringComparison.Ordinal);
    }
}
