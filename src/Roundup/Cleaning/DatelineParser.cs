using System.Globalization;
using System.Text.RegularExpressions;
using Roundup.Model;

namespace Roundup.Cleaning;

/// <summary>
/// Reads the publication time from a dateline/timestamp line such as "13/12/2016 15:04 GMT | Updated …",
/// "TBILISI -- April 19, 2026" (an all-caps place and a dash before the date, a feature's dateline alone on its line),
/// "Published: 10:32 EST, 3 March 2014", "Posted: Jun 11, 2018 5:30 PM CDT", "Sunday, July 31, 2011 21:39 EDT" or
/// ISO 8601 ("2016-12-13T15:04:00Z").
/// The first date and the first time on the line win (the "published" part comes before "updated").
/// Without a zone the time is taken as UTC; without a time, midnight. A numeric date ("03/04/2016") is read day
/// first when the first number cannot be a month, when it is written with dots, or when the line's zone is marked
/// day-first in the lexicon's <c>time-zones</c> (European, Indian, Australian); else month first, unless the caller
/// knows better (the facts stage passes what the story's other dates say). Zones, their offsets and day-first marks
/// come from that one list. The one parser of datelines: the cleaner, the facts stage and the entity recognizer all use it.
/// </summary>
public static partial class DatelineParser
{
    /// <summary>The first three letters of each month's name, lower case, in calendar order (lexicon <c>months</c>).</summary>
    private static readonly string[] Months = [.. Lexicon.LanguageLexicon.English.Lines("months").Select(m => m[..3].ToLowerInvariant())];

    /// <summary>Each zone of the lexicon's <c>time-zones</c> list: its offset from UTC and whether it means day-first dates.</summary>
    private static readonly Dictionary<string, ZoneEntry> Zones = ReadZones(Lexicon.LanguageLexicon.English.Lines("time-zones"));

    /// <summary>
    /// A time zone of the lexicon: its offset from UTC and whether it means day-first dates. A class, not a tuple, so
    /// that the table is a dictionary over references, whose code is compiled ahead of time (a dictionary over a
    /// tuple of value types would be compiled at run time in every process).
    /// </summary>
    internal sealed record ZoneEntry(TimeSpan Offset, bool DayFirst);

    /// <summary>What a date without a zone is read with: UTC, month first.</summary>
    private static readonly ZoneEntry NoZone = new(TimeSpan.Zero, false);

    /// <summary>Reads "GMT +00:00 day-first" records; fails, naming the line, on any other form.</summary>
    internal static Dictionary<string, ZoneEntry> ReadZones(IEnumerable<string> lines)
    {
        var zones = new Dictionary<string, ZoneEntry>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length is < 2 or > 3 || (f.Length == 3 && f[2] != "day-first") || f[1].Length != 6 || f[1][0] is not ('+' or '-')
                || !TimeSpan.TryParseExact(f[1].AsSpan(1), @"hh\:mm", CultureInfo.InvariantCulture, out var offset)
                || !zones.TryAdd(f[0], new ZoneEntry(f[1][0] == '-' ? -offset : offset, f.Length == 3)))
                throw new FormatException($"time-zones: '{line}' is not 'ZONE +hh:mm [day-first]' (or the zone is listed twice).");
        }
        return zones;
    }

    /// <summary>Longest line that can be a whole timestamp line.</summary>
    private const int MaxTimestampLine = 120;

    /// <summary>Tries to read a date (and time, and zone) from <paramref name="line"/>.</summary>
    public static bool TryParse(string line, out DateTimeOffset published) => TryParse(line, null, out published);

    /// <summary>
    /// Reads <paramref name="line"/> as a dateline: null when no date can be read from it. <paramref name="dayFirst"/>
    /// decides an ambiguous numeric date (null: the line's own cues decide).
    /// </summary>
    public static Dateline? Parse(string line, TextSpan span = default, bool? dayFirst = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        var whole = line.Length <= MaxTimestampLine ? TimestampLine.Match(line) : Match.Empty;
        // A whole timestamp line is read from its leading date (an ISO one with its time); any other line from the
        // first date in it.
        var date = whole.Success ? whole.Groups["date"] : null;
        if (!TryParse(line, date is null ? line : date.Value, date?.Index, dayFirst, out var published)) return null;
        return new Dateline(span, line, published, whole.Success);
    }

    /// <summary>True when the whole of <paramref name="line"/> is a timestamp line with a readable date.</summary>
    public static bool IsTimestampLine(string line) => Parse(line) is { IsTimestampLine: true };

    private static bool TryParse(string line, bool? dayFirst, out DateTimeOffset published) => TryParse(line, line, null, dayFirst, out published);

    /// <summary>
    /// Reads the date from <paramref name="dateText"/> (an ISO one, with its time, from the line: at
    /// <paramref name="dateAt"/> when given, else anywhere), time and zone from the line.
    /// </summary>
    private static bool TryParse(string line, string dateText, int? dateAt, bool? dayFirstHint, out DateTimeOffset published)
    {
        ArgumentNullException.ThrowIfNull(line);
        published = default;
        var iso = Iso().Match(line, dateAt ?? 0);
        if (iso.Success && (dateAt is null || iso.Index == dateAt) && DateTimeOffset.TryParse(iso.Value, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out published))
            return published.Year is >= 1990 and <= 2100;
        var zone = Zone.Match(line);
        var (offset, zoneDayFirst) = zone.Success ? Zones[zone.Value] : NoZone;

        int year, month, day;
        var m = Numeric().Match(dateText);
        if (m.Success)
        {
            int a = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            int b = int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            year = int.Parse(m.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
            if (year < 100) year += 2000;
            bool dayFirst = a > 12 || (b <= 12 && (dayFirstHint ?? (m.Groups[0].Value.Contains('.', StringComparison.Ordinal) || zoneDayFirst)));
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

        Match MonthFirst() => MonthDayYear().Match(dateText);
        Match DayFirst() => DayMonthYear().Match(dateText);
    }

    private static int MonthOf(string name) => Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+\-]\d{2}:?\d{2})?)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    // A month is any word that starts with a month's name or abbreviation ("Sept", "Sep" and "September" alike; any case).
    [Lexicon.WordPattern(RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal const string MonthDayYearPattern = @"\b({@months}|{@month-abbreviations})[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b";

    [Lexicon.WordPattern(RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal const string DayMonthYearPattern = @"\b(\d{1,2})(?:st|nd|rd|th)? ({@months}|{@month-abbreviations})[a-z]*,? (\d{4})\b";

    private static Regex MonthDayYearRegex { get; } = Lexicon.WordPatterns.Get(MonthDayYearPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static Regex DayMonthYearRegex { get; } = Lexicon.WordPatterns.Get(DayMonthYearPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static Regex MonthDayYear() => MonthDayYearRegex;

    private static Regex DayMonthYear() => DayMonthYearRegex;

    [GeneratedRegex(@"\b(\d{1,2})[:.](\d{2})(?!\d|[/.]\d)\s*(?:([ap])\.?m\.?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [Lexicon.WordPattern(RegexOptions.CultureInvariant)]
    internal const string ZonePattern = @"\b{@time-zones:1}\b";

    private static Regex Zone { get; } = Lexicon.WordPatterns.Get(ZonePattern, RegexOptions.CultureInvariant);

    private const string Mon = "{@months}|{@month-abbreviations}";

    [Lexicon.WordPattern]
    internal const string TimestampLinePattern = @"^\s*(?:[A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*){0,3}(?:,\s*[A-Z][A-Za-z.\- ]{1,25})?\s+(?:--|[—–])\s+)?(?:(?:Published|Updated|Posted|Last updated|Date)[:\s]+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?<date>\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:" + Mon + @")\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:" + Mon + @")\.?\s+\d{4})(?:[\sT,]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?(?:\s*(?:{@time-zones:1}|Z|[+-]\d{2}:?\d{2}))?\s*(?:\|.*|[-–—]\s*(?:Updated|Published).*)?$";

    private static Regex TimestampLine { get; } = Lexicon.WordPatterns.Get(TimestampLinePattern);

    /// <summary>
    /// The wire dateline that opens <paramref name="text"/> ("KATHMANDU, Nepal (AP) — ", "NEW YORK — ", "(CNN) ",
    /// "TAIPING (XINHUA) -- ", "NAIROBI, June 24 (Xinhua) -- ", "FT LAUDERDALE (CBSMiami) – ",
    /// "SAN FRANCISCO--(BUSINESS WIRE)--"), with its place, date and agency; null when it opens with none. A weekday
    /// where the place goes ("MONDAY, July 2 (HealthDay News) -- ") is no place.
    /// </summary>
    public static WireDateline? ParseWire(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseWire(text, 0, text.Length);
    }

    /// <summary>
    /// The wire dateline of <paramref name="article"/>: the one the cleaner read from its current text (kept on
    /// <see cref="Article.WireDateline"/>), else read now from the text's opening and kept. Readers (the entity
    /// recogniser, the summarizer) call this instead of parsing a sentence again.
    /// </summary>
    public static WireDateline? WireOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.WireDatelineRead) return article.WireDateline;
        var wire = ReadOpening(article.Text, article.Title);
        article.WireDateline = wire;
        return wire;
    }

    /// <summary>
    /// The wire dateline at the opening of a whole text (after white space, a list mark and an "Updated | " label,
    /// as the summarizer's sentence rules skip them), within its first line, with spans into <paramref name="text"/>.
    /// A first line that is the article's <paramref name="title"/> (a text file's headline line stays in its text) is
    /// not the story's opening: the dateline is read from the line after it ("Storm hits coast\n\nPORT DELMAR — …").
    /// </summary>
    internal static WireDateline? ReadOpening(string text, string? title = null)
    {
        int start = SkipOpening(text, 0);
        if (!string.IsNullOrWhiteSpace(title))
        {
            var t = title.AsSpan().Trim();
            int nl0 = text.IndexOf('\n', start);
            if (nl0 > start && text.AsSpan(start, nl0 - start).Trim().SequenceEqual(t)) start = SkipOpening(text, nl0 + 1);
        }
        if (string.CompareOrdinal(text, start, "Updated | ", 0, 10) == 0 && text.Length > start + 10 && char.IsUpper(text[start + 10])) start += 10;
        int nl = text.IndexOf('\n', start);
        return ParseWire(text, start, (nl < 0 ? text.Length : nl) - start);
    }

    /// <summary>Past white space, invisible marks and a list mark from <paramref name="start"/>.</summary>
    private static int SkipOpening(string text, int start)
    {
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] is '\u200b' or '\ufeff' or '\u2060'
            || (text[start] is '-' or '–' or '—' or '•' or '*' or '·' && start + 1 < text.Length && char.IsWhiteSpace(text[start + 1]))))
            start++;
        return start;
    }

    private static readonly HashSet<string> WeekdayNames = new(Lexicon.LanguageLexicon.English.Lines("weekdays"), StringComparer.OrdinalIgnoreCase);

    /// <summary>The wire dateline at the start of <paramref name="text"/>'s <paramref name="length"/> characters from <paramref name="start"/> (no copy made); spans are into <paramref name="text"/>.</summary>
    private static WireDateline? ParseWire(string text, int start, int length)
    {
        // Every form has a parenthesis or a dash near the start: most sentences are turned away here.
        if (length == 0 || !(char.IsUpper(text[start]) || text[start] == '(') || text.AsSpan(start, Math.Min(80, length)).IndexOfAny("(—–-") < 0)
            return null;
        // Every form but the last has a parenthesis; the last ("NEW YORK — ") opens with three capitals, dots,
        // apostrophes, hyphens or spaces. A sentence with neither is no dateline, and the pattern is not tried.
        if (text.AsSpan(start, length).IndexOf('(') < 0 && !(length >= 3 && IsCapsTownChar(text[start + 1]) && IsCapsTownChar(text[start + 2])))
            return null;
        var m = Wire.Match(text, start, length); // "^" is the start of the range
        if (!m.Success) return null;
        static string? Value(Group g) => g.Success && g.Value.Trim().Length > 0 ? g.Value.Trim() : null;
        var place = Value(m.Groups["place"]);
        var town = m.Groups["town"];
        if (place is not null && WeekdayNames.Contains(town.Value.Trim())) place = null; // "MONDAY, July 2 (HealthDay News)"
        var date = m.Groups["date"];
        int headingEnd = date.Success ? date.Index + date.Length : m.Groups["place"].Success ? m.Groups["place"].Index + m.Groups["place"].Length : 0;
        var heading = headingEnd > 0 ? text[start..headingEnd].Trim() : null;
        var agency = m.Groups["agency"];
        return new WireDateline(m.Length, place, Value(agency))
        {
            Span = new TextSpan(m.Index, m.Length),
            Heading = string.IsNullOrEmpty(heading) ? null : heading,
            Date = date.Success ? date.Value : null,
            Month = date.Success ? MonthOf(date.Value) : null,
            Day = date.Success ? int.Parse(date.Value.AsSpan(date.Value.AsSpan().LastIndexOfAnyExceptInRange('0', '9') + 1), CultureInfo.InvariantCulture) : null,
            TownSpan = place is not null && town.Success ? new TextSpan(town.Index, town.Value.TrimEnd().Length) : default,
            AgencySpan = agency.Success ? new TextSpan(agency.Index, agency.Length) : default,
        };
    }

    /// <summary>A character the last form's all-caps place may hold after its first letter: <c>[A-Z.'\- ]</c>.</summary>
    private static bool IsCapsTownChar(char c) => c is (>= 'A' and <= 'Z') or '.' or '\'' or '-' or ' ';

    // The pieces of a wire dateline. A region ("Nepal", "N.J.") never starts like a date, so "NAIROBI, June 24" is a
    // town and a date.
    private const string WireDate = @"(?:{@months}|{@month-abbreviations})\.?\s+\d{1,2}\b";
    private const string WireRegion = @"(?:\s*\([A-Z][A-Za-z]{2,20}\))?(?:,\s*(?!" + WireDate + @")[A-Z][A-Za-z0-9.\- ]{1,25})?";
    private const string WireDated = @"(?:,\s*(?<date>" + WireDate + "))?";
    private const string WireCapsTown = @"(?<town>[A-Z][A-Z.']*(?:[ \-][A-Z][A-Z.']*){0,4})";

    /// <summary>
    /// A town may be followed by its province in parentheses ("BEIDAIHE (Hebei), March 5 (Xinhua) --"), a region
    /// and a date. Known agencies, any case, dash optional (a missing closing parenthesis before "--" forgiven:
    /// "WASHINGTON (AP -- "); an all-caps code in parentheses before a dash; a station or service
    /// named in mixed case or two words ("CBSMiami", "CBS SF", "HealthDay News", "BUSINESS WIRE"), with an all-caps
    /// place or none, before a dash; a bare code before a capitalised word ("(CNN) The"); an all-caps place before a dash.
    /// </summary>
    [Lexicon.WordPattern(RegexOptions.CultureInvariant)]
    internal const string WirePattern =
        @"^(?:(?<place>(?<town>[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,5})" + WireRegion + ")" + WireDated + @"\s*)?\((?<agency>(?i:AP|Reuters|AFP|CNN|UPI|Bloomberg|dpa|Xinhua))(?:\)|(?=\s+--))\s*[-—–:]*\s*"
        + @"|^(?:(?<place>(?<town>[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,5})" + WireRegion + ")" + WireDated + @"\s*)?\((?<agency>[A-Z][A-Z0-9]{2,5}(?:-TV)?)\)\s*[—–-]{1,2}\s*"
        + @"|^(?:(?<place>" + WireCapsTown + WireRegion + ")" + WireDated + @"\s*(?:--)?)?\((?<agency>[A-Z][A-Za-z0-9]{1,15}(?:[ \-][A-Z][A-Za-z0-9]{1,10})?)\)\s*[—–-]{1,2}\s*"
        + @"|^\((?<agency>[A-Z][A-Z0-9]{2,5}(?:-TV)?)\)\s+(?=[A-Z][a-z])"
        + @"|^(?<place>(?<town>[A-Z][A-Z.'\- ]{2,30})" + WireRegion + ")" + WireDated + @"\s+[—–-]{1,2}\s+";

    private static Regex Wire { get; } = Lexicon.WordPatterns.Get(WirePattern, RegexOptions.CultureInvariant);
}
