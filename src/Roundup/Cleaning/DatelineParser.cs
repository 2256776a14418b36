using System.Globalization;
using System.Text.RegularExpressions;

namespace Roundup.Cleaning;

/// <summary>
/// Reads the publication time from a dateline/timestamp line such as "13/12/2016 15:04 GMT | Updated …",
/// "Published: 10:32 EST, 3 March 2014", "Posted: Jun 11, 2018 5:30 PM CDT", "Sunday, July 31, 2011 21:39 EDT" or
/// ISO 8601 ("2016-12-13T15:04:00Z").
/// The first date and the first time on the line win (the "published" part comes before "updated").
/// Without a zone the time is taken as UTC; without a time, midnight.
/// </summary>
public static partial class DatelineParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Tries to read a date (and time, and zone) from <paramref name="line"/>.</summary>
    public static bool TryParse(string line, out DateTimeOffset published)
    {
        ArgumentNullException.ThrowIfNull(line);
        published = default;
        var iso = Iso().Match(line);
        if (iso.Success && DateTimeOffset.TryParse(iso.Value, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out published))
            return published.Year is >= 1990 and <= 2100;
        var zone = Zone().Match(line);
        var offset = zone.Success ? OffsetOf(zone.Value) : TimeSpan.Zero;

        int year, month, day;
        var m = Numeric().Match(line);
        if (m.Success)
        {
            int a = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            int b = int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            year = int.Parse(m.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
            if (year < 100) year += 2000;
            bool dayFirst = a > 12 || (b <= 12 && (m.Groups[0].Value.Contains('.', StringComparison.Ordinal) || (zone.Success && zone.Value is "GMT" or "BST" or "CET" or "CEST" or "UTC" or "AEST" or "AEDT" or "IST")));
            (day, month) = dayFirst ? (a, b) : (b, a);
        }
        else if ((m = MonthFirst()).Success)
        {
            month = MonthOf(m.Groups[1].Value);
            day = int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            year = int.Parse(m.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        }
        else if ((m = DayFirst()).Success)
        {
            day = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            month = MonthOf(m.Groups[2].Value);
            year = int.Parse(m.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        }
        else return false;

        if (month is < 1 or > 12 || day < 1 || year is < 1990 or > 2100 || day > DateTime.DaysInMonth(year, month)) return false;

        int hour = 0, minute = 0;
        var t = Time().Match(line);
        if (t.Success)
        {
            hour = int.Parse(t.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            minute = int.Parse(t.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            var ampm = t.Groups[3].Value;
            if (ampm.Length > 0)
            {
                bool pm = char.ToLowerInvariant(ampm[0]) == 'p';
                if (hour == 12) hour = pm ? 12 : 0;
                else if (pm) hour += 12;
            }
            if (hour > 23 || minute > 59) { hour = 0; minute = 0; }
        }
        published = new DateTimeOffset(year, month, day, hour, minute, 0, offset);
        return true;

        Match MonthFirst() => MonthDayYear().Match(line);
        Match DayFirst() => DayMonthYear().Match(line);
    }

    private static int MonthOf(string name) => Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    private static TimeSpan OffsetOf(string zone) => zone switch
    {
        "BST" or "CET" => TimeSpan.FromHours(1),
        "CEST" => TimeSpan.FromHours(2),
        "EST" or "ET" or "CDT" => TimeSpan.FromHours(-5),
        "EDT" => TimeSpan.FromHours(-4),
        "CST" or "CT" or "MDT" => TimeSpan.FromHours(-6),
        "MST" => TimeSpan.FromHours(-7),
        "PST" or "PT" => TimeSpan.FromHours(-8),
        "PDT" => TimeSpan.FromHours(-7),
        "AEST" => TimeSpan.FromHours(10),
        "AEDT" => TimeSpan.FromHours(11),
        "IST" => new TimeSpan(5, 30, 0),
        _ => TimeSpan.Zero,
    };

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+\-]\d{2}:?\d{2})?)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,? (\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(\d{1,2})[:.](\d{2})(?!\d|[/.]\d)\s*(?:([ap])\.?m\.?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"\b(GMT|UTC|BST|CEST|CET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|AEST|AEDT|IST)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Zone();
}
