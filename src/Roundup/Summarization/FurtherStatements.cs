using Roundup.Lexicon;

namespace Roundup.Summarization;

/// <summary>
/// A statement that goes further than another ("PNA Information Minister Yasser Abed Rabbo went further by calling it
/// …") is made against what someone said before it: without that, the reader does not know further than what.
/// </summary>
public static partial class SentenceRules
{
    private static readonly string[] FurtherPhrases = [.. LanguageLexicon.English.Lines("further-phrases").Select(p => " " + p)];

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FurtherDirections =
        LanguageLexicon.English.Words("further-directions").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when <paramref name="text"/> has a phrase of <c>further-phrases</c> ("went further", "has gone a step
    /// further") outside quotation marks (none opened before it), not followed by a word of <c>further-directions</c>
    /// ("go further north" is a distance), with no "than" after it ("went further than the council" says against what).
    /// </summary>
    public static bool GoesFurther(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        if (!span.Contains(" further", StringComparison.Ordinal)) return false;
        foreach (var phrase in FurtherPhrases)
        {
            int at = PhraseOutsideQuotes(span, phrase, StringComparison.Ordinal);
            if (at < 0) continue;
            int end = at + phrase.Length;
            // "go further north": a distance.
            var next = span[end..].TrimStart(' ');
            int word = 0;
            while (word < next.Length && char.IsLetter(next[word])) word++;
            if (word > 0 && FurtherDirections.Contains(next[..word])) continue;
            return !span[end..].Contains(" than ", StringComparison.Ordinal);
        }
        return false;
    }

    private static readonly string[] ExplainingPhrases = [.. LanguageLexicon.English.Lines("explaining-phrases")];

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExplainingSayVerbs = Lookup("say-verbs-core");

    /// <summary>
    /// Where <paramref name="phrase"/> first stands in <paramref name="span"/>, when no letter runs on after it and no
    /// quotation mark opens before it (the writer's words, not a speaker's); else -1.
    /// </summary>
    private static int PhraseOutsideQuotes(ReadOnlySpan<char> span, string phrase, StringComparison comparison)
    {
        int at = span.IndexOf(phrase, comparison);
        if (at < 0) return -1;
        int end = at + phrase.Length;
        if (end < span.Length && char.IsLetter(span[end])) return -1;
        return span[..at].IndexOfAny('"', '“') >= 0 ? -1 : at;
    }

    /// <summary>
    /// True when <paramref name="text"/> has a phrase of <c>explaining-phrases</c> ("that's because", "this is why") as
    /// whole words outside quotation marks (none opened before it): its "that" stands for what the sentence before it
    /// said ("Jacob Coin … said that's because 75 percent of jobs …"), so it leans on that sentence; after another one it
    /// would explain the wrong fact.
    /// </summary>
    public static bool ExplainsEarlier(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        if (!span.Contains(" because", StringComparison.Ordinal) && !span.Contains(" why", StringComparison.Ordinal)) return false;
        foreach (var phrase in ExplainingPhrases)
        {
            int at = PhraseOutsideQuotes(span, phrase, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || (at > 0 && char.IsLetter(span[at - 1]))) continue;
            // It opens the sentence, or follows a verb of saying ("said that's because"); after a clause of its own
            // sentence ("…, and that's why …") it points within the sentence.
            if (at == 0) return true;
            if (!char.IsLower(span[at])) continue; // "… of That's Because Records": a title
            var before = span[..at].TrimEnd(' ');
            int word = before.Length;
            while (word > 0 && char.IsLetter(before[word - 1])) word--;
            if (word < before.Length && ExplainingSayVerbs.Contains(before[word..])) return true;
        }
        return false;
    }
}
