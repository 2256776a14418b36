using System.Collections.Frozen;
using Roundup.Lexicon;

namespace Roundup.Summarization;

/// <summary>
/// The figure of the main event that most reports give: the death toll, the number trapped, the count of houses
/// tendered ("All 217 people aboard … died", "the 118 submariners aboard"). A report about a side of the story (a cause
/// claim, a review of one part) still repeats it, and a reader of a short summary that leaves it out does not learn
/// what happened. A figure is a number of two digits or more, not a year ("1995"), not a day of a date ("Oct. 31",
/// "17 August") and not part of a name ("Flight 990", "Boeing 767"); the headline figure is the one that at least
/// half the articles of a cluster of <see cref="MinArticles"/> or more give, the first seen among those given most.
/// </summary>
internal static class HeadlineFigures
{
    /// <summary>
    /// The fewest articles a cluster has for a figure half of them give to be its headline figure: a topic of many
    /// reports over weeks (as <see cref="CoverageOptions.LargeClusterArticles"/>), where a short summary's anchor may
    /// come from a report about one side of the story. In Multi-News clusters of three to ten, half the articles is
    /// two to five, and the figure so found was as often a side fact ("12 miles out of Nulato", the 239 aboard in a
    /// report on the ninth week of a search) that pushed out the story's own next fact ("Troopers arrested Demoski").
    /// </summary>
    internal const int MinArticles = 12;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Months =
        LanguageLexicon.English.Lines("months").Concat(LanguageLexicon.English.Lines("month-abbreviations"))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();


    /// <summary>
    /// When the cluster has a headline figure that the anchor unit does not give, multiplies the value of every unit
    /// that gives it by <paramref name="factor"/> (the summary goes on to say it) and returns the boost, to be undone
    /// once one of them is taken (<see cref="UnitBoost.Taken"/>); else null.
    /// </summary>
    public static UnitBoost? Boost(ClusterFeatures f, List<(int Start, int Count)> units, int anchor, double[] unitValue, double factor)
    {
        if (factor <= 1 || f.Articles.Length < MinArticles) return null;
        var figures = SentenceFigures(f);
        if (Find(f, figures) is not { } figure || Holds(figures, units[anchor], figure)) return null;
        var boosted = new List<int>();
        for (int u = 0; u < units.Count; u++)
            if (u != anchor && Holds(figures, units[u], figure)) boosted.Add(u);
        return UnitBoost.Apply([boosted], unitValue, factor);
    }

    /// <summary>Each sentence's figures (<see cref="Figures"/>), null for a sentence with none.</summary>
    private static List<string>?[] SentenceFigures(ClusterFeatures f)
    {
        var figures = new List<string>?[f.Texts.Length];
        List<string>? found = null;
        for (int i = 0; i < figures.Length; i++)
        {
            found ??= [];
            Figures(f.Texts[i], found);
            if (found.Count > 0) { figures[i] = found; found = null; }
        }
        return figures;
    }

    /// <summary>The headline figure of the cluster, or null when none is given by half its articles.</summary>
    internal static string? Find(ClusterFeatures f) => f.Articles.Length < MinArticles ? null : Find(f, SentenceFigures(f));

    private static string? Find(ClusterFeatures f, List<string>?[] figures)
    {
        int articles = f.Articles.Length;
        var counts = new Dictionary<string, (int Articles, int Last, int First)>(StringComparer.Ordinal);
        for (int i = 0; i < figures.Length; i++)
        {
            if (figures[i] is not { } found) continue;
            foreach (var figure in found)
            {
                int article = f.ArticleOf[i];
                if (!counts.TryGetValue(figure, out var c)) counts[figure] = (1, article, i);
                else if (c.Last != article) counts[figure] = (c.Articles + 1, article, c.First);
            }
        }
        string? best = null;
        (int Articles, int Last, int First) top = (0, 0, int.MaxValue);
        foreach (var (figure, c) in counts)
            if (c.Articles * 2 >= articles && (c.Articles > top.Articles || (c.Articles == top.Articles && c.First < top.First)))
            {
                best = figure;
                top = c;
            }
        return best;
    }

    /// <summary>True when a sentence of <paramref name="unit"/> gives <paramref name="figure"/>.</summary>
    private static bool Holds(List<string>?[] figures, (int Start, int Count) unit, string figure)
    {
        for (int i = unit.Start; i < unit.Start + unit.Count; i++)
            if (figures[i] is { } found && found.Contains(figure)) return true;
        return false;
    }

    /// <summary>
    /// Adds the figures of <paramref name="text"/> to <paramref name="found"/>: numbers of two digits or more ("118",
    /// "2,600", "52.4", "$300"), not years, not a date's day, not a name's number (after a capitalised word that is not
    /// the sentence's first) and not joined to another number or word ("767-300", "14,700-23,860"). With
    /// <paramref name="clauseEnd"/>, the word a number counts may end its clause ("the tribe's 1,200 members, many …").
    /// </summary>
    internal static void Figures(string text, List<string> found, bool clauseEnd = false)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange('0', '9') < 0) return;
        int i = 0, wordIndex = -1;
        Range previous = default;
        while (i < span.Length)
        {
            while (i < span.Length && char.IsWhiteSpace(span[i])) i++;
            if (i >= span.Length) break;
            int start = i;
            while (i < span.Length && !char.IsWhiteSpace(span[i])) i++;
            wordIndex++;
            var word = span[start..i];
            var range = new Range(start, i);
            var number = Number(word);
            if (number.Length >= 2 && !IsYear(number) && !(wordIndex > 0 && AfterName(span[previous], wordIndex > 1))
                && Counts(word, number, NextWord(span, i), clauseEnd) && !Found(found, number))
                found.Add(number.ToString());
            previous = range;
        }
    }

    /// <summary>
    /// True when the number counts something: money ("$130,000"), a share ("52%", "52.4 percent") or a number
    /// written straight before a lower-case word that is not a unit of time ("217 people", "118 submariners"; not "35
    /// years", "called 911.", an age between commas ", 58,", nor a date's day "17 August").
    /// </summary>
    private static bool Counts(ReadOnlySpan<char> word, ReadOnlySpan<char> number, ReadOnlySpan<char> next, bool clauseEnd)
    {
        if (clauseEnd) next = next.TrimEnd(",;:.");
        var before = word[..word.IndexOf(number)];
        var after = word[(word.IndexOf(number) + number.Length)..];
        if (before.EndsWith("$")) return true;
        if (after.StartsWith("%")) return true;
        if (!after.IsEmpty) return false; // "58," "911." "(30)"
        var letters = Letters(next);
        if (letters.IsEmpty || !char.IsLower(letters[0]) || letters.Length != next.Length) return false;
        return !TimeUnits.Contains(letters);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeUnits =
        LanguageLexicon.English.Words("time-units").GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool Found(List<string> found, ReadOnlySpan<char> number)
    {
        foreach (var s in found)
            if (number.SequenceEqual(s)) return true;
        return false;
    }

    /// <summary>The number a word is ("$2,600," → "2,600"; "52.4%" → "52.4"), or empty when it is not one.</summary>
    private static ReadOnlySpan<char> Number(ReadOnlySpan<char> word)
    {
        word = word.TrimStart("$(\"'`‘“").TrimEnd(".,;:)\"'?!%’”");
        if (word.IsEmpty || !char.IsAsciiDigit(word[0]) || !char.IsAsciiDigit(word[^1])) return [];
        int digits = 0, points = 0;
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            if (char.IsAsciiDigit(c)) { digits++; continue; }
            if (c == ',' && IsGroup(word, k)) continue;
            if (c == '.' && points++ == 0) continue;
            return [];
        }
        return digits >= 2 ? word : [];
    }

    /// <summary>True when the comma at <paramref name="k"/> separates a thousands group (three digits, then the end or another comma).</summary>
    private static bool IsGroup(ReadOnlySpan<char> word, int k) =>
        word.Length >= k + 4 && char.IsAsciiDigit(word[k + 1]) && char.IsAsciiDigit(word[k + 2]) && char.IsAsciiDigit(word[k + 3])
        && (k + 4 == word.Length || word[k + 4] == ',');

    /// <summary>A plain four-digit number from 1800 to 2099 reads as a year.</summary>
    private static bool IsYear(ReadOnlySpan<char> number) =>
        number.Length == 4 && int.TryParse(number, out int year) && year is >= 1800 and <= 2099;

    /// <summary>
    /// True when the word before a number makes it a date's day ("Oct. 31") or a name's number ("Flight 990"); a
    /// capitalised word counts only <paramref name="inside"/> the sentence (not its first word: "About 100 experts").
    /// </summary>
    private static bool AfterName(ReadOnlySpan<char> word, bool inside)
    {
        var letters = Letters(word);
        if (letters.IsEmpty) return false;
        if (IsMonth(letters)) return true;
        // A capitalised word runs into the number as a name ("Flight 990"); one that ends a clause does not.
        return inside && char.IsUpper(letters[0]) && letters.Length == word.TrimEnd('.').Length && !word.EndsWith(",");
    }

    private static bool IsMonth(ReadOnlySpan<char> letters) => !letters.IsEmpty && Months.Contains(letters);

    /// <summary>The word's letters without the punctuation around it ("Oct." → "Oct"), or empty when it has other characters.</summary>
    private static ReadOnlySpan<char> Letters(ReadOnlySpan<char> word)
    {
        word = word.Trim("\"'`‘“’”(),.;:");
        foreach (char c in word)
            if (!char.IsLetter(c)) return [];
        return word;
    }

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> span, int i)
    {
        while (i < span.Length && char.IsWhiteSpace(span[i])) i++;
        int start = i;
        while (i < span.Length && !char.IsWhiteSpace(span[i])) i++;
        return span[start..i];
    }
}
