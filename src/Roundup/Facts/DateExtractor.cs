using System.Globalization;
using System.Text.RegularExpressions;
using Roundup.Cleaning;
using Roundup.Model;
using Roundup.Lexicon;

namespace Roundup.Facts;

/// <summary>A date expression found in an article, before and after resolution.</summary>
internal sealed class DateMention
{
    public required ArticleContext Context { get; init; }
    public required TextSpan Span { get; init; }
    public required string Kind { get; init; }
    public required Match Match { get; init; }
    public FactDate? Date { get; set; }
    public string Relative { get; init; } = "";
    public DayOfWeek? PrefixWeekday { get; init; }

    /// <summary>Set when a weekday written with the date contradicts the resolved day.</summary>
    public string? Warning { get; set; }

    /// <summary>True for expressions that need the publication date (weekdays, "yesterday", "last month", a day without a year).</summary>
    public bool NeedsAnchor => Kind is "month" or "weekday" or "relday" or "period" or "ago"
        || (Kind is "monthday" or "daymonth" && !Match.Groups["y"].Success);
    public string Text => Context.Text.Substring(Span.Start, Span.Length);
}

/// <summary>
/// Finds absolute and relative date expressions ("Tuesday", "last month", "13/12/2016", "Dec. 13, 2016",
/// "yesterday", "two days ago") and resolves them to ISO dates against the article's publication date or its
/// dateline. With neither known, relative expressions stay unresolved: a date the text mentions is never the anchor.
/// A weekday written with a date that contradicts it is reported (<see cref="DateMention.Warning"/>). Uses no clock.
/// </summary>
internal static partial class DateExtractor
{
    private const string Wd = "{@weekdays}";
    private const string Mon = "{@months}|{@month-abbreviations}";
    private const string Yr = "(?:19|20)\\d{2}";

    [GeneratedRegex(@"\b(?<y>" + Yr + @")-(?<m>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>" + Yr + @"|\d{2})\b(?![/.]\d)")]
    private static partial Regex Numeric();

    [WordPattern]
    internal const string MonthDayPattern = @"\b(?<mon>" + Mon + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per cent|-))(?:,?\s+(?<y>" + Yr + @")\b)?";

    private static Regex MonthDay { get; } = WordPatterns.Get(MonthDayPattern);

    [WordPattern]
    internal const string DayMonthPattern = @"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + Mon + @")\b\.?(?:,?\s+(?<y>" + Yr + @")\b)?";

    private static Regex DayMonth { get; } = WordPatterns.Get(DayMonthPattern);

    [WordPattern]
    internal const string MonthYearPattern = @"\b(?<mon>{@months})\s+(?<y>" + Yr + @")\b";

    private static Regex MonthYear { get; } = WordPatterns.Get(MonthYearPattern);

    [WordPattern]
    internal const string MonthAlonePattern = @"\b(?<mon>{@months})\b";

    private static Regex MonthAlone { get; } = WordPatterns.Get(MonthAlonePattern);

    [GeneratedRegex(@"(?<=\b(?:in|In|since|Since|of|by|until|from|before|after|during|between|through|and)\s)(?<y>" + Yr + @")\b(?!\s*(?:%|percent|[a-z]+s\b))")]
    private static partial Regex YearAlone();

    [WordPattern]
    internal const string WeekdayPattern = @"\b(?<wd>" + Wd + @")(?!s\b)\b";

    private static Regex Weekday { get; } = WordPatterns.Get(WeekdayPattern);

    [GeneratedRegex(@"\b(?<w>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening)|the\s+day\s+before\s+yesterday|the\s+day\s+before|the\s+previous\s+day|the\s+next\s+day|the\s+following\s+day)\b")]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Ee]arlier this|[Ll]ater this|the|[Oo]ver the|[Bb]y the)\s+)(?<unit>week|month|year|weekend)\b")]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few)\s+(?<unit>days?|weeks?|months?|years?)\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    [GeneratedRegex(@"\b(?:will|would|could|can|'ll|plans?\s+to|planned\s+to|scheduled|expects?|expected|due|hopes?|going\s+to|set\s+to|upcoming|intends?|next)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    [GeneratedRegex(@"\b(?:[Tt]his|[Ee]arlier this|[Ll]ater this)\s+year\b")]
    private static partial Regex ThisYear();

    /// <summary>A future modal among the next words of the expression's clause ("in June it will vote").</summary>
    private static bool FutureAfter(DateMention d)
    {
        var text = d.Context.Text;
        int i = d.Span.Start + d.Span.Length;
        for (int words = 0; words < 4 && i < text.Length; words++)
        {
            while (i < text.Length && text[i] == ' ') i++;
            int s = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '’')) i++;
            if (i == s) return false;
            var w = text[s..i];
            if (w is "will" or "would" or "shall" || w.EndsWith("'ll", StringComparison.Ordinal) || w.EndsWith("’ll", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> PastVerbs = LanguageLexicon.English.Words("past-event-verbs");

    private static readonly System.Collections.Frozen.FrozenSet<string> ScheduleWords = LanguageLexicon.English.Words("schedule-words");

    /// <summary>
    /// The date of a whole timestamp line ("13/12/2016 15:04 GMT | Updated …", "July 2, 2024 4:05 PM"), read by the
    /// one dateline parser (<see cref="DatelineParser"/>); null if the line is not one.
    /// </summary>
    public static DateOnly? ParseDateline(string line, bool? dayFirst = null) =>
        DatelineParser.Parse(line, dayFirst: dayFirst) is { IsTimestampLine: true } d ? d.Date : null;

    /// <summary>Finds the date expressions of one article (unresolved). Skips dateline sentences.</summary>
    public static List<DateMention> Find(ArticleContext ctx)
    {
        var text = ctx.Text;
        for (int i = 0; i < Math.Min(3, ctx.Sentences.Count); i++)
        {
            var s = ctx.Sentences[i];
            if (ParseDateline(text.Substring(s.Start, s.Length)) is not null) ctx.DatelineSentences.Add(i);
        }
        var found = new List<DateMention>();
        void Scan(Regex r, string kind)
        {
            foreach (Match m in r.Matches(text))
            {
                int si = ctx.SentenceIndexAt(m.Index);
                if (si >= 0 && ctx.DatelineSentences.Contains(si)) continue;
                found.Add(new DateMention { Context = ctx, Span = new TextSpan(m.Index, m.Length), Kind = kind, Match = m });
            }
        }
        Scan(Iso(), "iso");
        Scan(Numeric(), "numeric");
        foreach (var (regex, kind) in new[] { (MonthDay, "monthday"), (DayMonth, "daymonth") })
            foreach (Match m in regex.Matches(text))
            {
                int si = ctx.SentenceIndexAt(m.Index);
                if (si >= 0 && ctx.DatelineSentences.Contains(si)) continue;
                // "Tuesday, December 13": a weekday just before the date belongs to it.
                int start = m.Index;
                DayOfWeek? wd = null;
                int p = start;
                while (p > 0 && text[p - 1] is ' ' or ',') p--;
                var prev = PrevWord(text, p, out int prevStart) ?? (p < start ? PrevWordAt(text, p, out prevStart) : null);
                if (prev is not null && Gazetteer.Weekdays.TryGetValue(prev, out var w) && start - (prevStart + prev.Length) <= 3) { wd = w; start = prevStart; }
                found.Add(new DateMention { Context = ctx, Span = new TextSpan(start, m.Index + m.Length - start), Kind = kind, Match = m, PrefixWeekday = wd });
            }
        Scan(MonthYear, "monthyear");
        // Month names and weekdays: the relative word before them ("last Thursday", "next March") is read in code.
        foreach (Match m in MonthAlone.Matches(text))
        {
            var prev = PrevWord(text, m.Index, out int prevStart);
            bool rel = prev is "last" or "Last" or "next" or "Next" or "this" or "This" or "early" or "Early" or "late" or "Late";
            if (m.Value == "May" && !rel && prev is not ("in" or "since" or "by" or "until" or "from" or "In" or "Since" or "By" or "Until" or "From")) continue;
            int si = ctx.SentenceIndexAt(m.Index);
            if (si >= 0 && ctx.DatelineSentences.Contains(si)) continue;
            int start = rel ? prevStart : m.Index;
            found.Add(new DateMention { Context = ctx, Span = new TextSpan(start, m.Index + m.Length - start), Kind = "month", Match = m, Relative = rel ? prev!.ToLowerInvariant() : "" });
        }
        foreach (Match m in Weekday.Matches(text))
        {
            var prev = PrevWord(text, m.Index, out int prevStart);
            bool rel = prev is "last" or "Last" or "next" or "Next" or "this" or "This" or "coming" or "Coming" or "past" or "Past";
            int si = ctx.SentenceIndexAt(m.Index);
            if (si >= 0 && ctx.DatelineSentences.Contains(si)) continue;
            int start = rel ? prevStart : m.Index;
            found.Add(new DateMention { Context = ctx, Span = new TextSpan(start, m.Index + m.Length - start), Kind = "weekday", Match = m, Relative = rel ? prev!.ToLowerInvariant() : "" });
        }
        Scan(YearAlone(), "year");
        Scan(RelativeDay(), "relday");
        Scan(RelativePeriod(), "period");
        for (int at = text.IndexOf("ago", StringComparison.Ordinal); at >= 0; at = text.IndexOf("ago", at + 3, StringComparison.Ordinal))
        {
            // "two days ago", also wrapped over a line ("21 days\nago").
            if (at == 0 || !char.IsWhiteSpace(text[at - 1])) continue;
            at--;
            int from = Math.Max(0, at - 30);
            for (var m = Ago().Match(text, from, Math.Min(text.Length, at + 4) - from); m.Success; m = m.NextMatch())
            {
                if (m.Index + m.Length != at + 4) continue;
                int si = ctx.SentenceIndexAt(m.Index);
                if (si >= 0 && ctx.DatelineSentences.Contains(si)) continue;
                found.Add(new DateMention { Context = ctx, Span = new TextSpan(m.Index, m.Length), Kind = "ago", Match = m });
            }
        }
        // Keep the longest of overlapping expressions (earliest on ties).
        found.Sort((x, y) => x.Span.Length != y.Span.Length ? y.Span.Length.CompareTo(x.Span.Length) : x.Span.Start.CompareTo(y.Span.Start));
        var kept = new List<DateMention>();
        var taken = new SpanCoverage(text.Length);
        foreach (var d in found)
        {
            if (d.Kind == "period" && d.Match.Groups["rel"].Value is "the" && d.Match.Groups["unit"].Value != "weekend") continue;
            if (taken.Overlaps(d.Span)) continue;
            taken.Take(d.Span);
            kept.Add(d);
        }
        kept.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return kept;
    }

    /// <summary>Explicit full dates (with a year, to the day) of a mention list, before any anchor is known.</summary>
    public static DateOnly? ExplicitDay(DateMention d, bool dayFirst)
    {
        var m = d.Match;
        switch (d.Kind)
        {
            case "iso": return Make(Year(m.Groups["y"].Value), Int(m.Groups["m"].Value), Int(m.Groups["d"].Value));
            case "numeric":
                {
                    int a = Int(m.Groups["a"].Value), b = Int(m.Groups["b"].Value);
                    bool df = a > 12 || (b <= 12 && dayFirst);
                    return Make(Year(m.Groups["y"].Value), df ? b : a, df ? a : b);
                }
            case "monthday" or "daymonth" when m.Groups["y"].Success:
                return Make(Year(m.Groups["y"].Value), Gazetteer.Months[m.Groups["mon"].Value], Int(m.Groups["d"].Value));
            default: return null;
        }
    }

    /// <summary>Resolves every mention of one article against its anchor.</summary>
    public static void Resolve(List<DateMention> mentions, DateOnly? anchor, StoryDateContext story)
    {
        DateOnly? lastDay = null;
        foreach (var d in mentions)
        {
            d.Date = anchor is null && d.NeedsAnchor ? null : ResolveOne(d, anchor, story, lastDay);
            if (d.Date is { Granularity: DateGranularity.Day } fd)
            {
                lastDay = fd.Start;
                if (d.PrefixWeekday is { } wd && fd.Start.DayOfWeek != wd)
                    d.Warning = $"'{d.Text}': {fd.Iso} is a {fd.Start.DayOfWeek}, not a {wd}";
            }
        }
    }

    private static FactDate? ResolveOne(DateMention d, DateOnly? anchor, StoryDateContext story, DateOnly? lastDay)
    {
        var m = d.Match;
        var sentence = SentenceText(d);
        bool future = FutureCue().IsMatch(sentence);
        switch (d.Kind)
        {
            case "iso":
            case "numeric":
                {
                    var day = d.Kind == "numeric" ? NumericDay(m, story) : ExplicitDay(d, false);
                    return day is { } x ? FactDate.Day(x) : null;
                }
            case "monthday":
            case "daymonth":
                {
                    int month = Gazetteer.Months[m.Groups["mon"].Value];
                    int dayNum = Int(m.Groups["d"].Value);
                    if (dayNum is < 1 or > 31) return null;
                    if (m.Groups["y"].Success) return Make(Year(m.Groups["y"].Value), month, dayNum) is { } x ? FactDate.Day(x) : null;
                    if (anchor is not { } a) return null;
                    // The year nearest the publication date; a weekday written with it never moves the date (a
                    // contradiction is reported instead, see Resolve).
                    DateOnly? best = null;
                    foreach (var y in new[] { a.Year - 1, a.Year, a.Year + 1 })
                        if (Make(y, month, dayNum) is { } c && (best is null || Better(c, best.Value, a, future))) best = c;
                    return best is { } b ? FactDate.Day(b) : null;
                }
            case "monthyear":
                {
                    var start = new DateOnly(Year(m.Groups["y"].Value), Gazetteer.Months[m.Groups["mon"].Value], 1);
                    return new FactDate(start, start.AddMonths(1).AddDays(-1), DateGranularity.Month);
                }
            case "month":
                {
                    if (anchor is not { } a) return null;
                    int month = Gazetteer.Months[m.Groups["mon"].Value];
                    var rel = d.Relative;
                    int y = a.Year;
                    if (rel == "last") y = month < a.Month ? a.Year : a.Year - 1;
                    else if (rel == "next") y = month > a.Month ? a.Year : a.Year + 1;
                    // "The bank cut rates three times this year, from 5% in March": the sentence names the year.
                    else if (rel != "this" && ThisYear().IsMatch(sentence)) y = a.Year;
                    else if (future && rel != "this") y = month >= a.Month ? a.Year : a.Year + 1;
                    else if (rel != "this")
                    {
                        // Nearest occurrence.
                        int diff = month - a.Month;
                        if (diff > 6) y--; else if (diff < -6) y++;
                        // "had been inspected in March", written in January: a past verb puts the month before the
                        // report, never in the months ahead; not when the month's own clause goes on in the future
                        // ("has voted for change, and in June it will vote again").
                        if ((y > a.Year || (y == a.Year && month > a.Month)) && Direction(d) < 0 && !FutureAfter(d)) y--;
                    }
                    var start = new DateOnly(y, month, 1);
                    return new FactDate(start, start.AddMonths(1).AddDays(-1), DateGranularity.Month);
                }
            case "year":
                {
                    var start = new DateOnly(Year(m.Groups["y"].Value), 1, 1);
                    return new FactDate(start, start.AddYears(1).AddDays(-1), DateGranularity.Year);
                }
            case "weekday": return ResolveWeekday(d, anchor);
            case "relday":
                {
                    var w = string.Join(' ', m.Groups["w"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    if (w is "the day before" or "the previous day" or "the next day" or "the following day")
                    {
                        var basis = lastDay ?? anchor;
                        if (basis is not { } b) return null;
                        return FactDate.Day(b.AddDays(w is "the next day" or "the following day" ? 1 : -1));
                    }
                    if (anchor is not { } a) return null;
                    int offset = w switch { "yesterday" or "last night" => -1, "tomorrow" => 1, "the day before yesterday" => -2, _ => 0 };
                    return FactDate.Day(a.AddDays(offset));
                }
            case "period":
                {
                    if (anchor is not { } a) return null;
                    var rel = m.Groups["rel"].Value.ToLowerInvariant();
                    var unit = m.Groups["unit"].Value;
                    int dir = rel switch { "last" or "past" => -1, "next" or "coming" => 1, "by the" => 1, _ => 0 };
                    if (unit == "weekend")
                    {
                        bool forward = dir > 0 || (dir == 0 && future);
                        var sat = a;
                        if (forward) { do sat = sat.AddDays(1); while (sat.DayOfWeek != DayOfWeek.Saturday); }
                        else { do sat = sat.AddDays(-1); while (sat.DayOfWeek != DayOfWeek.Saturday); }
                        return new FactDate(sat, sat.AddDays(1), DateGranularity.Range);
                    }
                    if (rel is "the" or "over the") return null;
                    switch (unit)
                    {
                        case "week":
                            {
                                var day = a.AddDays(7 * dir);
                                int back = ((int)day.DayOfWeek + 6) % 7;
                                var monday = day.AddDays(-back);
                                return new FactDate(monday, monday.AddDays(6), DateGranularity.Week);
                            }
                        case "month":
                            {
                                var first = new DateOnly(a.Year, a.Month, 1).AddMonths(dir);
                                return new FactDate(first, first.AddMonths(1).AddDays(-1), DateGranularity.Month);
                            }
                        default:
                            {
                                var first = new DateOnly(a.Year + dir, 1, 1);
                                return new FactDate(first, first.AddYears(1).AddDays(-1), DateGranularity.Year);
                            }
                    }
                }
            case "ago":
                {
                    if (anchor is not { } a) return null;
                    var nText = m.Groups["n"].Value.ToLowerInvariant();
                    int n = int.TryParse(nText, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : nText.Contains("few", StringComparison.Ordinal) ? 3 : Gazetteer.NumberWords.GetValueOrDefault(nText, 1);
                    var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
                    return unit switch
                    {
                        "day" => FactDate.Day(a.AddDays(-n)),
                        "week" => FactDate.Day(a.AddDays(-7 * n)),
                        "month" => MonthOf(new DateOnly(a.Year, a.Month, 1).AddMonths(-n)),
                        _ => new FactDate(new DateOnly(a.Year - n, 1, 1), new DateOnly(a.Year - n, 12, 31), DateGranularity.Year),
                    };
                }
            default: return null;
        }
    }

    private static FactDate MonthOf(DateOnly first) => new(first, first.AddMonths(1).AddDays(-1), DateGranularity.Month);

    /// <summary>Weekday resolution ("Tuesday", "last Thursday", "by Monday").</summary>
    private static FactDate? ResolveWeekday(DateMention d, DateOnly? anchor)
    {
        if (anchor is not { } a) return null;
        var m = d.Match;
        if (!m.Groups["wd"].Success) return null;
        var wd = Gazetteer.Weekdays[m.Groups["wd"].Value];
        var rel = d.Relative;
        int back = ((int)a.DayOfWeek - (int)wd + 7) % 7;       // days back to the most recent such day (0 = anchor)
        int fwd = ((int)wd - (int)a.DayOfWeek + 7) % 7;        // days forward (0 = anchor)
        int offset;
        if (rel is "last" or "past") offset = -(back == 0 ? 7 : back);
        else if (rel is "next" or "coming") offset = fwd == 0 ? 7 : fwd;
        else
        {
            var direction = Direction(d);
            if (direction > 0) offset = fwd == 0 ? 7 : fwd;
            else offset = -back;
        }
        return FactDate.Day(a.AddDays(offset));
    }

    /// <summary>+1 when the sentence speaks of the future around this expression, -1 for the past, 0 when unclear.</summary>
    private static int Direction(DateMention d)
    {
        var text = d.Context.Text;
        var before = Words(text, d.Span.Start, 8);
        if (before.Count > 0 && before[^1] is "by" or "until" or "till" or "before") return 1;
        // The verb nearest before the weekday decides ("who hopes to become …, opened his campaign on Monday"; a
        // schedule word of schedule-words looks ahead), unless a future word comes after it.
        for (int k = before.Count - 1; k >= 0; k--)
        {
            var w = before[k];
            if (w is "will" or "would" or "to" or "shall" or "could" or "can" or "may" or "might" or "should" or "must") break;
            // "The Comets host Lakeport on Tuesday", "the vote is scheduled for Tuesday": a schedule, ahead; of a word
            // joined by hyphens only a participle counts ("a long-planned vote"; "a semi-open primary" schedules nothing).
            int hyphen = w.LastIndexOf('-');
            if (hyphen < 0 ? ScheduleWords.Contains(w) : w[(hyphen + 1)..] is var last && ScheduleWords.Contains(last) && last.EndsWith("ed", StringComparison.Ordinal)) return 1;
            // "has fallen since the first cut in March": what a "since" dates is past.
            if (w == "since") return -1;
            // "the situation Clinton is facing in Tuesday's primary": a present progressive looks ahead.
            if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 && k > 0 && before[k - 1] is "is" or "are" or "am") return 1;
            if (PastVerbs.Contains(w) || (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)) return -1;
        }
        // "On Monday, PolitiFact announced it will have …": with no verb before the weekday, the clause's first verb after it
        // decides before any future word later in the sentence.
        if (before.Count == 0 && OpensTheSentence(d) && FirstVerbAfter(d) is int after) return after;
        return FutureCue().IsMatch(SentenceText(d)) ? 1 : 0;
    }

    /// <summary>Whether nothing but "On" stands before the expression in its sentence ("On Monday, …", "Monday, …").</summary>
    internal static bool OpensTheSentence(DateMention d)
    {
        int si = d.Context.SentenceIndexAt(d.Span.Start);
        if (si < 0) return false;
        var opening = d.Context.Text.AsSpan(d.Context.Sentences[si].Start, d.Span.Start - d.Context.Sentences[si].Start).Trim();
        return opening.IsEmpty || opening.Equals("On", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// -1 when the first of the next six words after the expression (after its comma) that is a past verb comes before
    /// any word of the future ("On Monday, PolitiFact announced it will …"), +1 when a future word comes first, else null.
    /// </summary>
    private static int? FirstVerbAfter(DateMention d)
    {
        foreach (var w in WordsAfter(d, 6, skipPoints: false))
        {
            if (w is "will" or "would" or "shall" || w.EndsWith("'ll", StringComparison.Ordinal) || w.EndsWith("’ll", StringComparison.Ordinal)) return 1;
            if (PastVerbs.Contains(w) || (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)) return -1;
        }
        return null;
    }

    /// <summary>
    /// The next <paramref name="count"/> words after the expression, lower-cased (letters, apostrophes and hyphens), over
    /// spaces and commas (and points, with <paramref name="skipPoints"/>: "Sen. Hall said"); they end at any other mark.
    /// </summary>
    internal static IEnumerable<string> WordsAfter(DateMention d, int count, bool skipPoints)
    {
        var text = d.Context.Text;
        int i = d.Span.Start + d.Span.Length;
        for (int words = 0; words < count && i < text.Length; words++)
        {
            while (i < text.Length && (text[i] is ' ' or ',' || (skipPoints && text[i] == '.'))) i++;
            int s = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '’' or '-')) i++;
            if (i == s) yield break;
            yield return text[s..i].ToLowerInvariant();
        }
    }

    private static string? PrevWord(string text, int pos, out int start)
    {
        int e = pos;
        while (e > 0 && text[e - 1] == ' ') e--;
        int s = e;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '-')) s--;
        start = s;
        return s < e && e < pos ? text[s..e].TrimEnd('-') : null;
    }

    /// <summary>The word ending exactly at <paramref name="end"/>.</summary>
    private static string? PrevWordAt(string text, int end, out int start)
    {
        int s = end;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        start = s;
        return s < end ? text[s..end] : null;
    }

    private static List<string> Words(string text, int end, int count)
    {
        var words = new List<string>();
        int i = end - 1;
        while (i >= 0 && words.Count < count)
        {
            while (i >= 0 && !char.IsLetter(text[i]))
            {
                // A single line break is a hard wrap inside the sentence; a blank line or punctuation ends it, but not
                // the point of a decimal ("left rates at 4.25% on Thursday").
                bool decimalPoint = text[i] == '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
                // Nor the point of an abbreviation before a comma ("Littleton, Colo., on Tuesday") or after one letter ("4 p.m.").
                bool abbreviation = text[i] == '.' && ((i + 1 < text.Length && text[i + 1] is ',' or ';')
                    || (i >= 2 && char.IsLetter(text[i - 1]) && !char.IsLetter(text[i - 2])) || (i == 1 && char.IsLetter(text[0])));
                if ((text[i] is '.' && !decimalPoint && !abbreviation) || text[i] is '!' or '?' or '"' or '“' or '”' || (text[i] == '\n' && (i == 0 || text[i - 1] == '\n'))) return Reverse(words);
                i--;
            }
            int e = i + 1;
            // A hyphen between letters joins one word ("semi-open", "re-elected").
            while (i >= 0 && (char.IsLetter(text[i]) || text[i] == '\'' || (text[i] == '-' && i > 0 && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])))) i--;
            var w = text[(i + 1)..e].ToLowerInvariant();
            if (w != "on") words.Add(w);
        }
        return Reverse(words);

        static List<string> Reverse(List<string> l) { l.Reverse(); return l; }
    }

    private static string SentenceText(DateMention d)
    {
        int si = d.Context.SentenceIndexAt(d.Span.Start);
        if (si < 0) return "";
        var s = d.Context.Sentences[si];
        var chars = d.Context.Text.Substring(s.Start, s.Length).ToCharArray();
        // Quoted words speak of their own time ("I would have voted"): blank them out.
        foreach (var q in d.Context.QuoteSpans)
        {
            if (q.Start >= s.End) break;
            for (int k = Math.Max(q.Start, s.Start); k < Math.Min(q.End, s.End); k++) chars[k - s.Start] = ' ';
        }
        return new string(chars);
    }

    private static bool Better(DateOnly candidate, DateOnly best, DateOnly anchor, bool future)
    {
        if (future)
        {
            bool cOk = candidate.DayNumber >= anchor.DayNumber - 7, bOk = best.DayNumber >= anchor.DayNumber - 7;
            if (cOk != bOk) return cOk;
        }
        return Math.Abs(candidate.DayNumber - anchor.DayNumber) < Math.Abs(best.DayNumber - anchor.DayNumber);
    }

    private static DateOnly? NumericDay(Match m, StoryDateContext story)
    {
        int a = Int(m.Groups["a"].Value), b = Int(m.Groups["b"].Value);
        int y = Year(m.Groups["y"].Value);
        bool dayFirst;
        if (a > 12) dayFirst = true;
        else if (b > 12) dayFirst = false;
        else if (story.MonthDays.Contains((b, a)) && !story.MonthDays.Contains((a, b))) dayFirst = true;
        else if (story.MonthDays.Contains((a, b)) && !story.MonthDays.Contains((b, a))) dayFirst = false;
        else dayFirst = story.DayFirst;
        return Make(y, dayFirst ? b : a, dayFirst ? a : b);
    }

    internal static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Year(string s)
    {
        int y = Int(s);
        return s.Length == 2 ? 2000 + y : y;
    }

    internal static DateOnly? Make(int y, int m, int d)
    {
        if (y is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d);
    }

    /// <summary>(month, day) pairs and years mentioned anywhere in the story, and numeric-date order evidence.</summary>
    public static StoryDateContext StoryContext(IEnumerable<DateMention> all, IEnumerable<string> datelines)
    {
        var monthDays = new HashSet<(int, int)>();
        int? minYear = null;
        int dayFirstVotes = 0;
        foreach (var d in all)
        {
            var m = d.Match;
            if (d.Kind is "monthday" or "daymonth") monthDays.Add((Gazetteer.Months[m.Groups["mon"].Value], Int(m.Groups["d"].Value)));
            if (m.Groups["y"].Success && m.Groups["y"].Value.Length == 4) { int y = Int(m.Groups["y"].Value); minYear = minYear is null ? y : Math.Max(minYear.Value, y); }
            if (d.Kind == "numeric") { if (Int(m.Groups["a"].Value) > 12) dayFirstVotes++; else if (Int(m.Groups["b"].Value) > 12) dayFirstVotes--; }
        }
        foreach (var line in datelines)
        {
            var n = Numeric().Match(line);
            if (n.Success) { if (Int(n.Groups["a"].Value) > 12) dayFirstVotes++; else if (Int(n.Groups["b"].Value) > 12) dayFirstVotes--; }
        }
        return new StoryDateContext(monthDays, minYear, dayFirstVotes > 0);
    }
}

/// <summary>What the story as a whole says about dates: month/day pairs, the latest explicit year, numeric order.</summary>
internal sealed record StoryDateContext(HashSet<(int Month, int Day)> MonthDays, int? MinYear, bool DayFirst);
