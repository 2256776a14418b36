using Roundup.Cleaning;
using System.Globalization;
using System.Text.RegularExpressions;
using Roundup.Model;

namespace Roundup.Facts;

/// <summary>A number found in one article with what it counts or measures.</summary>
internal sealed record NumberMention(ArticleContext Context, TextSpan Span, NumberKind Kind, double Amount, string Unit, string Subject, EntityFact? Entity)
{
    public string Key => Kind switch
    {
        NumberKind.Age => "age:" + (Entity?.Id ?? "?"),
        NumberKind.Duration => "duration:" + Unit,
        NumberKind.Count => "count:" + Subject,
        NumberKind.Money => "money:" + Unit + ":" + Subject,
        NumberKind.Percent => "percent:" + Subject,
        _ => "measure:" + Unit,
    };
}

/// <summary>
/// Finds numbers with what they count or measure: ages ("Trump, 70,", "16-year-old"), durations ("15 minutes",
/// "a nine-day stay"), money ("$1.2 billion", "€45 million"), percentages, measurements (degrees, acres,
/// magnitude) and counts ("12 workers", "three masked men"), in digits or words.
/// </summary>
internal static partial class NumberExtractor
{
    private const string Num = @"(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:\s(?<mult>million|billion|thousand|hundred))?";

    [GeneratedRegex(@"(?<cur>US\$|\$|£|€|¥)\s?(?<num>\d[\d,]*(?:\.\d+)?)(?:\s?(?<mult>million|billion|trillion|thousand|bn|m|k)\b)?|\b(?<num>\d[\d,]*(?:\.\d+)?)\s?(?<mult>million|billion)?\s(?<cur>dollars|euros|pounds|yen)\b")]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?<num>\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\G" + Num + @"[\s-](?<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b(?!\s+(?:ago|old|earlier|later|before)\b)(?!-old)")]
    private static partial Regex Duration();

    [GeneratedRegex(@"\G" + Num + @"\s?(?<unit>degrees|degree|mph|km/h|kilometres|kilometers|km|miles|metres|meters|feet|acres|hectares|tonnes|tons|kg|inches|centimetres|cm)\b")]
    private static partial Regex Measure();

    [GeneratedRegex(@"\b(?<unit>[Mm]agnitude)(?:[\s-]|\sof\s)(?<num>\d+(?:\.\d+)?)\b|\b(?<num>\d+(?:\.\d+)?)\s+on\s+the\s+(?<unit>Richter)\s+scale\b")]
    private static partial Regex Magnitude();

    [GeneratedRegex(@"\G" + Num + @"-year-old\b")]
    private static partial Regex YearOld();

    [GeneratedRegex(@"\G" + Num + @"\b(?![.,]\d)")]
    private static partial Regex Bare();

    [GeneratedRegex(@"^(?:,\s(?<n>\d{1,3}),|,\saged\s(?<n>\d{1,3})\b|(?:,[^,.]{1,40},)?\s(?:is|was)\s(?<n>\d{1,3})[.,;](?!\d)|(?:,[^,.]{1,40},)?\s(?:has\s|had\s)?died\b[^,.;]{0,30}?\s(?:aged|at)\s(?<n>\d{1,3})\b(?![.,]\d|\s*(?:%|percent|p\.m|a\.m)))")]
    private static partial Regex AgeAfterName();

    [GeneratedRegex(@"\b(?<w>[a-z]+) of (?:about |around |some |nearly |almost |more than )?$")]
    private static partial Regex OfBefore();

    [GeneratedRegex(@"^ of (?:the |all |its |their )?(?<w>[a-z]+)")]
    private static partial Regex OfAfter();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    // The words before a count that make it a death toll: "toll" or "number of dead/deaths/victims", then within the
    // clause (no sentence sign, comma or semicolon) a verb or preposition that gives the figure.
    [GeneratedRegex(@"\b(?:toll|number of (?:dead|deaths|victims|people killed))\b[^.,;!?]{0,50}?\b(?:rose to|climbed to|jumped to|risen to|reached|hit|stood at|stands at|was|is|at|to|of)\s+(?:at least |more than |nearly |about |some )?$", RegexOptions.IgnoreCase)]
    private static partial Regex TollBefore();

    // The words before a figure that make it a crowd's size: "crowd" or "attendance" (not an election's "turnout", a
    // count of voters), then within the clause
    // a verb or preposition that gives the figure ("put the crowd at", "the crowd was estimated at", "a crowd of").
    [GeneratedRegex(@"\b(?:crowds?|attendance)\b[^.,;!?]{0,30}?\b(?:at|of|was|reached|topped|numbered)\s+(?:at least |more than |nearly |about |some |around |roughly |only )?$", RegexOptions.IgnoreCase)]
    private static partial Regex CrowdBefore();

    [GeneratedRegex(@"^\s*(?:[ap]\.?m\b|o'clock|:\d)", RegexOptions.IgnoreCase)]
    private static partial Regex ClockAfter();

    // A figure with no noun that is the subject of taking part: "police said about 18,000 took part".
    [GeneratedRegex(@"^\s+(?:had\s+|have\s+)?(?:took part|taken part|turned out|marched|rallied|attended|joined (?:the|in) (?:march|protest|rally|demonstration))\b")]
    private static partial Regex CrowdAfter();

    [GeneratedRegex(@"(?<=(?:^|[.!?][”""’']?\s+))(?:He|She) was (?<n>\d{1,3})\.(?!\d)", RegexOptions.Multiline)]
    private static partial Regex PronounAge();

    [GeneratedRegex(@"\b[Tt]he (?:[a-z]+ )?[a-z]+, (?<n>\d{1,2}),")]
    private static partial Regex DescribedAge();

    private static readonly HashSet<string> Irregular = new(StringComparer.Ordinal) { "men", "women", "children", "people", "police", "staff", "feet", "teeth", "cattle", "sheep", "fish", "aircraft", "personnel", "crew", "mice", "geese", "data" };

    /// <summary>Finds the numbers of one article outside the spans of dates.</summary>
    public static List<NumberMention> Find(ArticleContext ctx, IReadOnlyList<TextSpan> dateSpans)
    {
        var text = ctx.Text;
        var starts = NumberStarts(text);
        var result = new List<NumberMention>();
        var taken = new SpanCoverage(text.Length);
        foreach (var d in dateSpans) taken.Take(d);
        bool Free(TextSpan s) => !taken.Overlaps(s) && !InDateline(ctx, s.Start);
        void Take(NumberMention n) { result.Add(n); taken.Take(n.Span); }

        // Ages attached to entity mentions.
        foreach (var (span, entity) in ctx.Mentions)
        {
            if (entity.EntityKind != EntityKind.Person) continue;
            var m = AgeAfterName().Match(text[span.End..Math.Min(text.Length, span.End + 60)]);
            if (!m.Success) continue;
            var g = m.Groups["n"];
            var s = new TextSpan(span.End + g.Index, g.Length);
            if (!Free(s)) continue;
            int age = int.Parse(g.Value, CultureInfo.InvariantCulture);
            if (age is < 1 or > 120) continue;
            Take(new NumberMention(ctx, s, NumberKind.Age, age, "year", "age", entity));
        }
        // "the rapper, 39,": a description with an age is about the person the text is about.
        foreach (Match m in DescribedAge().Matches(text))
        {
            var g = m.Groups["n"];
            var s = new TextSpan(g.Index, g.Length);
            if (!Free(s) || ctx.InQuote(m.Index)) continue;
            var who = ctx.MentionStartingAt(m.Index) ?? QuoteExtractor.ResolvePronoun(ctx, m.Index);
            if (who is null) continue;
            Take(new NumberMention(ctx, s, NumberKind.Age, int.Parse(g.Value, CultureInfo.InvariantCulture), "year", "age", who));
        }
        // "Margaret Ellison … died on Sunday. She was 86.": a sentence that only gives a pronoun's age (obituaries).
        foreach (Match m in PronounAge().Matches(text))
        {
            var g = m.Groups["n"];
            var s = new TextSpan(g.Index, g.Length);
            if (!Free(s) || ctx.InQuote(m.Index)) continue;
            int age = int.Parse(g.Value, CultureInfo.InvariantCulture);
            if (age is < 1 or > 120) continue;
            if (SubjectOfSentenceBefore(ctx, m.Index) is not { } who) continue;
            Take(new NumberMention(ctx, s, NumberKind.Age, age, "year", "age", who));
        }
        foreach (var m in At(YearOld(), text, starts))
        {
            var s = new TextSpan(m.Index, m.Length);
            if (!Free(s) || Value(m) is not { } age) continue;
            EntityFact? entity = null;
            // "66-year-old Frank Macomber", "a 16-year-old student, Ann Lee": the person named next in the same phrase,
            // not across a comma and another name ("Crosby, another 3-year-old male, and Banjo").
            for (int k = ctx.FirstMentionFrom(s.End); k < ctx.Mentions.Count && ctx.Mentions[k].Span.Start <= s.End + 30; k++)
            {
                if (ctx.Mentions[k].Entity.EntityKind != EntityKind.Person) continue;
                var between = text.AsSpan(s.End, ctx.Mentions[k].Span.Start - s.End);
                if (between.IndexOf(',') < 0 || (between.Count(',') == 1 && between.TrimEnd().EndsWith(","))) entity = ctx.Mentions[k].Entity;
                break;
            }
            Take(new NumberMention(ctx, s, NumberKind.Age, age, "year", "age", entity));
        }
        foreach (Match m in Money().Matches(text))
        {
            var s = new TextSpan(m.Index, m.Length);
            if (!Free(s) || Value(m) is not { } amount) continue;
            var cur = m.Groups["cur"].Value switch { "$" or "dollars" => "USD", "US$" => "USD", "£" or "pounds" => "GBP", "€" or "euros" => "EUR", "¥" or "yen" => "JPY", var c => c };
            Take(new NumberMention(ctx, s, NumberKind.Money, amount, cur, MoneySubject(text, s), null));
        }
        foreach (Match m in Percent().Matches(text))
        {
            var s = new TextSpan(m.Index, m.Length);
            if (!Free(s)) continue;
            var percentSubject = PercentSubject(text, s);
            if (Threshold(text, s.Start)) percentSubject += " (needed)";
            // "with 62 percent of the vote counted" is how far the count has gone, not anyone's share: its own slot.
            else if (CountProgress.IsMatch(text.AsSpan(s.End, Math.Min(60, text.Length - s.End)))) percentSubject += " (counted)";
            // "up from 2.9 percent in September": where the figure came from, its own slot (never compared with the figure).
            else if (FromBefore(text, s.Start)) percentSubject += " (previous)";
            Take(new NumberMention(ctx, s, NumberKind.Percent, double.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture), "%", percentSubject, null));
        }
        foreach (Match m in Magnitude().Matches(text))
        {
            var s = new TextSpan(m.Index, m.Length);
            if (!Free(s)) continue;
            Take(new NumberMention(ctx, s, NumberKind.Measure, double.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture), "magnitude", "magnitude", null));
        }
        foreach (var m in At(Duration(), text, starts))
        {
            var s = new TextSpan(m.Index, m.Length);
            if (!Free(s) || Value(m) is not { } amount) continue;
            Take(new NumberMention(ctx, s, NumberKind.Duration, amount, m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s'), "", null));
        }
        foreach (var m in At(Measure(), text, starts))
        {
            var s = new TextSpan(m.Index, m.Length);
            if (!Free(s) || Value(m) is not { } amount) continue;
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            if (unit.EndsWith('s') && unit != "inches") unit = unit[..^1];
            Take(new NumberMention(ctx, s, NumberKind.Measure, amount, unit, unit, null));
        }
        foreach (var m in At(Bare(), text, starts))
        {
            var numText = m.Groups["num"].Value;
            var s = new TextSpan(m.Index, m.Length);
            if (!Free(s) || Value(m) is not { } amount) continue;
            if (numText.Length == 4 && !numText.Contains(',', StringComparison.Ordinal) && amount is >= 1900 and <= 2100) continue;
            if (m.Index > 0 && text[m.Index - 1] is ':' or '/' or '-' or '.') continue;
            int after = s.End;
            if (after < text.Length && text[after] is ':' or '/') continue;
            var head = CountHead(text, after);
            // "two hours ago" is a time, not a count of hours.
            if (head is not null && AgoAfter().IsMatch(text.AsSpan(after, Math.Min(40, text.Length - after)))) head = null;
            // "the death toll rose to 340 on Tuesday", "put the number of dead at 328": a toll counts the dead.
            if (head is null && TollBefore().IsMatch(text.AsSpan(Math.Max(0, s.Start - 80), s.Start - Math.Max(0, s.Start - 80)))) head = "dead";
            // "Police put the crowd at about 18,000", "estimated the crowd at 11,000", "police said about 18,000 took
            // part": the size of a crowd, which outlets (and police and organisers) give differently.
            // Not a clock time ("injured the crowd at around 2 a.m.").
            if (head is null && (CrowdBefore().IsMatch(text.AsSpan(Math.Max(0, s.Start - 60), s.Start - Math.Max(0, s.Start - 60)))
                || CrowdAfter().IsMatch(text.AsSpan(after, Math.Min(30, text.Length - after))))
                && !ClockAfter().IsMatch(text.AsSpan(after, Math.Min(12, text.Length - after)))) head = "crowd";
            if (head is not null)
            {
                if (amount == 1 && !char.IsDigit(numText[0])) continue;
                // "needed 60 votes" is a threshold, not a result: its own slot, never compared with "won 67 votes".
                // "six of the past seven contests", "his last three films": a period the count is taken over, not a count
                // of the story's event: its own slot, never compared. ("The band's first three albums" are three albums.)
                var subject = Threshold(text, s.Start) ? head + " (needed)"
                    : PeriodBefore().IsMatch(text.AsSpan(Math.Max(0, s.Start - 16), s.Start - Math.Max(0, s.Start - 16))) ? head + " (period)" : head;
                Take(new NumberMention(ctx, s, NumberKind.Count, amount, head, subject, null));
            }
            else if (numText.Contains('.', StringComparison.Ordinal))
            {
                Take(new NumberMention(ctx, s, NumberKind.Measure, amount, "", "", null));
            }
        }
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    /// <summary>Start offsets of words that begin a number (a digit or a number word): the only places the number patterns are tried.</summary>
    private static List<int> NumberStarts(string text)
    {
        var starts = new List<int>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int s = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (char.IsDigit(text[s])) { starts.Add(s); continue; }
            if (i - s >= 3 && i - s <= 9 && Gazetteer.NumberWords.ContainsKey(text.AsSpan(s, i - s).ToString())) starts.Add(s);
        }
        return starts;
    }

    private static IEnumerable<Match> At(Regex regex, string text, List<int> starts)
    {
        int after = 0;
        foreach (var s in starts)
        {
            if (s < after) continue;
            var m = regex.Match(text, s);
            if (!m.Success) continue;
            after = m.Index + m.Length;
            yield return m;
        }
    }

    private static bool InDateline(ArticleContext ctx, int pos)
    {
        int si = ctx.SentenceIndexAt(pos);
        return si >= 0 && ctx.DatelineSentences.Contains(si);
    }

    private static double? Value(Match m)
    {
        var t = m.Groups["num"].Value;
        double v;
        if (char.IsDigit(t[0]))
        {
            if (!double.TryParse(t.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out v)) return null;
        }
        else
        {
            var w = t.ToLowerInvariant();
            v = Gazetteer.NumberWords.TryGetValue(w, out var n) ? n : double.NaN;
            if (double.IsNaN(v)) return null;
        }
        var mult = m.Groups["mult"].Success ? m.Groups["mult"].Value.ToLowerInvariant() : "";
        v *= mult switch { "thousand" or "k" => 1e3, "million" or "m" => 1e6, "billion" or "bn" => 1e9, "trillion" => 1e12, "hundred" => 100, _ => 1 };
        return Math.Round(v, 6);
    }

    /// <summary>The counted noun after a number: the last plural word of the next three words before a function word.</summary>
    private static string? CountHead(string text, int pos)
    {
        string? head = null;
        int i = pos;
        for (int k = 0; k < 3; k++)
        {
            // One space, or a hard wrap ("10,000\ngallons" in wire copy).
            if (i >= text.Length || text[i] is not (' ' or '\n')) break;
            int s = ++i;
            while (i < text.Length && (char.IsLower(text[i]) || text[i] == '-')) i++;
            if (i == s) break;
            var w = text[s..i];
            if (Gazetteer.Stop.Contains(w) || w is "whose") break;
            if (IsPlural(w)) head = w;
            else if (head is not null) break;
            if (i < text.Length && text[i] is not (' ' or '\n')) break;
        }
        return head;
    }

    // "… of the vote counted", "… of precincts reporting": the share of a count done so far.
    [Lexicon.WordPattern]
    internal const string CountProgressPattern = @"^\s+of\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+){1,2}?(?:{@count-progress-words})\b";

    private static Regex CountProgress { get; } = Lexicon.WordPatterns.Get(CountProgressPattern);

    [GeneratedRegex(@"^(?:\s+[a-z-]+){1,3}?\s+ago\b")]
    private static partial Regex AgoAfter();

    [GeneratedRegex(@"\b(?:needs?|needed|requires?|required|requiring|a\s+minimum\s+of|threshold\s+of|the\s+support\s+of|majority\s+of|quorum\s+of|(?:needs?|needed|has|have|had)\s+to(?:\s+do\s+is)?\s+(?:win|get|take|capture|carry|secure|earn|reach)|must\s+(?:win|get|take|capture|carry|secure|earn|reach))\s+(?:the\s+|a\s+|about\s+|some\s+|at\s+least\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ThresholdBefore();

    [GeneratedRegex(@"\b(?:past|last|previous|next)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodBefore();

    /// <summary>True when the number at <paramref name="start"/> is a requirement ("needed 60 votes", "the support of 51 percent", "he
    /// would need to win 55 percent", "all he has to do is win 91 percent"); "at least 190 people" is a count.</summary>
    private static bool Threshold(string text, int start)
    {
        int from = Math.Max(0, start - 40);
        return ThresholdBefore().IsMatch(text.AsSpan(from, start - from));
    }

    /// <summary>
    /// The person named first in the sentence before the one at <paramref name="pos"/>, when the name opens it (after
    /// the wire dateline): "Colin Kroll, a tech executive …, has died. He was 35." A sentence that opens otherwise
    /// ("Prodigy, the rapper …" unrecognised, "A champion of …") names nobody here: its first name may be anyone.
    /// </summary>
    private static EntityFact? SubjectOfSentenceBefore(ArticleContext ctx, int pos)
    {
        int si = ctx.SentenceIndexAt(pos);
        if (si <= 0) return null;
        var s = ctx.Sentences[si - 1];
        int start = s.Start;
        if (DatelineParser.WireOf(ctx.Article) is { } wire && wire.Span.Start <= start + 1 && wire.Span.End > start) start = wire.Span.End;
        while (start < s.End && char.IsWhiteSpace(ctx.Text[start])) start++;
        int mi = ctx.FirstMentionFrom(start);
        if (mi >= ctx.Mentions.Count) return null;
        var (span, entity) = ctx.Mentions[mi];
        return span.Start == start && entity.EntityKind == EntityKind.Person ? entity : null;
    }

    private static bool IsPlural(string w) => Irregular.Contains(w) || (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal));

    private static string MoneySubject(string text, TextSpan s)
    {
        // "$310 million budget" → budget; "a fee of €45 million" → fee.
        int i = s.End;
        if (i < text.Length && text[i] == ' ')
        {
            int st = i + 1, e = st;
            while (e < text.Length && char.IsLower(text[e])) e++;
            var w = text[st..e];
            if (w.Length > 2 && !Gazetteer.Stop.Contains(w) && w is not ("in" or "for" or "from" or "to")) return w;
        }
        var before = text[Math.Max(0, s.Start - 30)..s.Start];
        var m = OfBefore().Match(before);
        return m.Success ? m.Groups["w"].Value : "";
    }

    private static string PercentSubject(string text, TextSpan s)
    {
        var after = text[s.End..Math.Min(text.Length, s.End + 40)];
        var m = OfAfter().Match(after);
        if (m.Success) return m.Groups["w"].Value;
        var before = text[Math.Max(0, s.Start - 40)..s.Start];
        var words = Word().Matches(before).Select(x => x.Value).Reverse().ToList();
        for (int k = 0; k < words.Count; k++)
        {
            var lw = words[k].ToLowerInvariant();
            // "the bank's 2% goal": the possessive's "s" is no subject.
            if (lw.Length < 2 || Gazetteer.Stop.Contains(lw) || lw is "rose" or "fell" or "cut" or "up" or "down" or "by" or "was" or "is" or "reached") continue;
            // "Core inflation was 3.4 percent" is another measure than "inflation at 3.1 percent".
            if (k + 1 < words.Count && PercentQualifiers.Contains(words[k + 1])) return words[k + 1].ToLowerInvariant() + " " + lw;
            return lw;
        }
        return "";
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> PercentQualifiers = Lexicon.LanguageLexicon.English.Words("percent-qualifiers");

    /// <summary>"up from 2.9 percent", "from 5% in March": a value the figure moved from, not the figure.</summary>
    private static bool FromBefore(string text, int start)
    {
        int e = start;
        while (e > 0 && text[e - 1] == ' ') e--;
        return e >= 5 && text.AsSpan(e - 4, 4).SequenceEqual("from") && !char.IsLetter(text[e - 5]);
    }
}
