using System.Collections.Frozen;
using Roundup.Lexicon;

namespace Roundup.Summarization;

/// <summary>
/// A sentence that opens by saying what a name is ("Ma'aleh Adumim is the largest settlement east of Jerusalem.",
/// "Portmere is a fishing town of 3,000 people.") explains a name for a reader who has met it. In a short summary
/// that never names it, it is an unconnected fact: the reader cannot tell what it has to do with the story.
/// </summary>
internal static class NameDefinitions
{
    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(["is", "was", "are", "were", "remains"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Articles = FrozenSet.ToFrozenSet(["a", "an", "the", "one"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = LanguageLexicon.English.Words("determiners");

    /// <summary>
    /// The name that <paramref name="text"/> opens by defining: a run of capitalised words, then "is"/"was"/"are"/
    /// "were"/"remains" and "a"/"an"/"the"/"one" ("Ma'aleh Adumim is the …"); null when it does not open so, or the
    /// run starts with a determiner or a pronoun ("The ferry is a …", "It is the …").
    /// </summary>
    internal static string? DefinedName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int run = 0;
        while (run < words.Length && IsCapitalised(words[run])) run++;
        if (run == 0 || run + 2 > words.Length || !Copulas.Contains(words[run]) || !Articles.Contains(words[run + 1])) return null;
        var first = words[0].ToLowerInvariant();
        if (Determiners.Contains(first) || first is "it" or "he" or "she" or "they" or "this" or "that" or "these" or "those" or "there") return null;
        return string.Join(' ', words[..run]);
    }

    private static bool IsCapitalised(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && !word.EndsWith(',') && !word.EndsWith(':');

    /// <summary>
    /// True when <paramref name="name"/> is named in <paramref name="text"/>: one of its capitalised words of three
    /// letters or more stands there as a word, or, for an abbreviation ("RMSF"), the words it abbreviates do
    /// ("Rocky Mountain spotted fever").
    /// </summary>
    internal static bool Names(string text, string name)
    {
        foreach (var word in name.Split(' '))
        {
            var w = word.Trim('"', '\'', '“', '”', '‘', '’', '(', ')');
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) w = w[..^2];
            if (w.Length >= 3 && CoverageSummarizer.HoldsNoun(text, w)) return true;
            if (w.Length is >= 2 and <= 6 && w.All(char.IsUpper) && Abbreviates(text, w)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="text"/> has consecutive words whose first letters spell <paramref name="abbreviation"/>.</summary>
    private static bool Abbreviates(string text, string abbreviation)
    {
        var words = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        for (int start = 0; start + abbreviation.Length <= words.Length; start++)
        {
            int k = 0;
            while (k < abbreviation.Length && Initial(words[start + k]) == abbreviation[k]) k++;
            if (k == abbreviation.Length) return true;
        }
        return false;
    }

    /// <summary>A word's first letter in upper case ("(Rocky" → 'R'), or a space when it has none before other characters.</summary>
    private static char Initial(string word)
    {
        var w = word.AsSpan().TrimStart("\"(“‘'");
        return w.Length > 0 && char.IsLetter(w[0]) ? char.ToUpperInvariant(w[0]) : ' ';
    }

    /// <summary>
    /// True when the first sentence of <paramref name="unit"/> opens by saying what a name is (<see cref="DefinedName"/>)
    /// and no chosen sentence names it (<see cref="Names"/>).
    /// </summary>
    internal static bool DefinesUnmentioned(ClusterFeatures f, (int Start, int Count) unit, List<int> chosen)
    {
        if (DefinedName(f.Texts[unit.Start]) is not { } name) return false;
        foreach (int c in chosen)
            if (Names(f.Texts[c], name)) return false;
        return true;
    }
}
