using System.Collections.Frozen;
using Roundup.Lexicon;

namespace Roundup.Summarization;

/// <summary>
/// What a story of a study or a record is: the sentence that says what the study found or where it was published
/// ("Researchers have found that people living in the highlands … are at an increased risk …", "The research is
/// published in the journal Science."), and the sentence that gives a figure its weight as a record or a comparison
/// ("… making it the fastest movie to reach $1 billion", "… at least 50 times lower"). A short summary that spends its
/// words on background, a quotation or a cast list instead never tells the reader what the story is. When several
/// reports of a cluster (<see cref="MinArticles"/>) carry such a sentence and the anchor unit does not hold one, each unit
/// that does weighs more until the summary takes one: the finding is said once.
/// </summary>
internal static class Findings
{
    /// <summary>The fewest articles of the cluster that carry a kind of finding sentence for it to count as the story's.</summary>
    internal const int MinArticles = 2;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Verbs =
        LanguageLexicon.English.Words("finding-verbs").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Sources =
        LanguageLexicon.English.Words("finding-sources").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RecordWords =
        LanguageLexicon.English.Words("record-words").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords =
        LanguageLexicon.English.Words("number-words").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// For each kind (a study's finding, a record or comparison figure) that at least <see cref="MinArticles"/> articles
    /// carry outside quotation marks and the anchor unit does not, multiplies the value of every other unit that holds
    /// one by <paramref name="factor"/>, and returns the boost, undone for a kind once a unit of it is taken
    /// (<see cref="UnitBoost.Taken"/>); else null.
    /// </summary>
    public static UnitBoost? Boost(ClusterFeatures f, List<(int Start, int Count)> units, int anchor, double[] unitValue, double factor)
    {
        if (factor <= 1) return null;
        int n = f.Texts.Length;
        // Bit 1: reports a finding, bit 2: gives a record. A report that carries it inside a quotation ("“… 100 times
        // greater than in ancient Dakhleh,” the researchers wrote") counts as carrying it; the summary says it in the
        // writer's words, so only a unit outside quotation marks weighs more.
        var all = new int[n];
        var kinds = new int[n];
        var quoted = f.Quotes.Quoted;
        var inside = f.Quotes.StartsInside;
        for (int i = 0; i < n; i++)
        {
            all[i] = (ReportsFinding(f.Texts[i]) ? 1 : 0) | (GivesRecord(f.Texts[i]) ? 2 : 0);
            if (!quoted[i] && !inside[i]) kinds[i] = all[i];
        }
        var boosted = new List<int>[2];
        for (int k = 0; k < 2; k++)
        {
            boosted[k] = [];
            int bit = 1 << k;
            if (Holds(all, units[anchor], bit) || ArticlesWith(f, all, bit) < MinArticles) continue;
            for (int u = 0; u < units.Count; u++)
                if (u != anchor && Holds(kinds, units[u], bit)) boosted[k].Add(u);
        }
        return UnitBoost.Apply(boosted, unitValue, factor);
    }

    private static bool Holds(int[] kinds, (int Start, int Count) unit, int bit)
    {
        for (int i = unit.Start; i < unit.Start + unit.Count; i++)
            if ((kinds[i] & bit) != 0) return true;
        return false;
    }

    private static int ArticlesWith(ClusterFeatures f, int[] kinds, int bit)
    {
        var seen = new HashSet<int>();
        for (int i = 0; i < kinds.Length; i++)
            if ((kinds[i] & bit) != 0) seen.Add(f.ArticleOf[i]);
        return seen.Count;
    }

    /// <summary>True when the sentence holds a word of <c>finding-verbs</c> and one of <c>finding-sources</c> ("The study, published in …", "researchers found").</summary>
    internal static bool ReportsFinding(string text)
    {
        bool verb = false, source = false;
        int i = 0;
        while (NextWord(text, ref i) is var (start, end) && end > start)
        {
            var word = text.AsSpan(start, end - start);
            verb |= Verbs.Contains(word);
            source |= Sources.Contains(word);
            if (verb && source) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the sentence holds a digit and a word of <c>record-words</c> ("the fastest movie to reach $1 billion"), or a
    /// number, "times" and a comparative ("50 times lower", "three times as many").
    /// </summary>
    internal static bool GivesRecord(string text)
    {
        var span = text.AsSpan();
        bool digit = span.IndexOfAnyInRange('0', '9') >= 0;
        (int Start, int End) before = default, previous = default;
        int i = 0;
        while (NextWord(text, ref i) is var (start, end) && end > start)
        {
            var word = span[start..end];
            if (digit && RecordWords.Contains(word)) return true;
            // The word before: "times" between a number and a comparative.
            if (previous.End > previous.Start && before.End > before.Start && span[previous.Start..previous.End].Equals("times", StringComparison.OrdinalIgnoreCase)
                && IsNumber(span[before.Start..before.End]) && IsComparative(word))
                return true;
            before = previous;
            previous = (start, end);
        }
        return false;
    }

    private static bool IsNumber(ReadOnlySpan<char> word) => char.IsDigit(word[0]) || NumberWords.Contains(word);

    private static bool IsComparative(ReadOnlySpan<char> word) =>
        word.Equals("as", StringComparison.OrdinalIgnoreCase) || word.Equals("more", StringComparison.OrdinalIgnoreCase) || word.Equals("less", StringComparison.OrdinalIgnoreCase)
        || word.Equals("fewer", StringComparison.OrdinalIgnoreCase) || (word.Length > 4 && word.EndsWith("er", StringComparison.OrdinalIgnoreCase));

    /// <summary>The next word of the sentence from <paramref name="i"/>: a run of letters and digits (a digit run keeps its commas and points: "1,087", "2.5"); (end, end) at the end.</summary>
    private static (int Start, int End) NextWord(string text, ref int i)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
        int start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i > start && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])))) i++;
        return (start, i);
    }
}
