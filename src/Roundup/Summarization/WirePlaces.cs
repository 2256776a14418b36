using System.Collections.Frozen;
using System.Globalization;
using Roundup.Cleaning;
using Roundup.Lexicon;
using Roundup.Model;

namespace Roundup.Summarization;

/// <summary>
/// Wire copy says "here" for the place in its dateline ("NAIROBI (Xinhua) -- … the conference which ended here
/// Wednesday"). A summary drops the dateline and mixes reports from several places, so such a "here" points nowhere:
/// it becomes "in Nairobi". Only a "here" outside quotation marks, not after a word that makes it something else
/// ("from here", "is here"; lexicon <c>wire-here-guards</c>) and not before "is"/"are", is rewritten.
/// </summary>
internal static class WirePlaces
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Guards =
        LanguageLexicon.English.Words("wire-here-guards").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string> Phrases = LanguageLexicon.English.Lines("wire-here-places")
        .Select(l => l.Split('|', 2)).Where(p => p.Length == 2)
        .ToFrozenDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The phrase that stands for "here" in the sentences of an article whose wire dateline is <paramref name="wire"/>
    /// ("in Nairobi"), or null when it has none or none with a place.
    /// </summary>
    public static string? PhraseFor(WireDateline? wire)
    {
        if (wire is not { Place: { } place }) return null;
        int comma = place.AsSpan().IndexOfAny(",(");
        var town = (comma > 0 ? place[..comma] : place).Trim();
        if (town.Length < 2) return null;
        var name = town.Any(char.IsLower) ? town : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(town.ToLowerInvariant());
        return Phrases.TryGetValue(name, out var phrase) ? phrase : "in " + name;
    }

    /// <summary>
    /// The dateline an anchored summary opens with: "NAIROBI, June 24 — " for the sentence that opened its wire report
    /// with "NAIROBI, June 24 (Xinhua) -- " (place and date as the report wrote them, the agency left out), or null
    /// for a sentence that holds no wire dateline with a place. Read from the article's dateline
    /// (<see cref="DatelineParser.WireOf"/>), not from the sentence. A summary that drops it loses where (and often
    /// when) the story happened.
    /// </summary>
    public static string? OpeningDateline(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return DatelineParser.WireOf(sentence.Article) is { Place: not null, Heading: { Length: > 1 } heading } wire
            && wire.Span.Start >= sentence.Span.Start && wire.Span.Start < sentence.Span.End
            ? heading + " — " : null;
    }

    /// <summary>What "here" means in sentence <paramref name="i"/> of <paramref name="f"/>: the place of its article's wire dateline, or null.</summary>
    public static string? PlaceOf(ClusterFeatures f, int i) => PhraseFor(DatelineParser.WireOf(f.Sentences[i].Article));

    /// <summary>
    /// The words each sentence of <paramref name="f"/> gains when its "here" is given its place (0 for most), so the
    /// summarizer counts them against the budget before it chooses.
    /// </summary>
    public static int[] ExtraWords(ClusterFeatures f)
    {
        var extra = new int[f.Texts.Length];
        int article = -1;
        string? phrase = null; // the place of the article last looked up: its sentences are together
        for (int i = 0; i < extra.Length; i++)
        {
            var text = f.Texts[i];
            if (!text.Contains("here", StringComparison.Ordinal)) continue;
            if (f.ArticleOf[i] != article) { article = f.ArticleOf[i]; phrase = PlaceOf(f, i); }
            var localized = Localize(text, phrase);
            if (!ReferenceEquals(localized, text)) extra[i] = Math.Max(0, Sentence.CountWords(localized) - Sentence.CountWords(text));
        }
        return extra;
    }

    /// <summary>
    /// <paramref name="text"/> with each dateline "here" replaced by <paramref name="phrase"/> (see the class); the
    /// same string when nothing applies or the phrase is null.
    /// </summary>
    public static string Localize(string text, string? phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (phrase is null || !text.Contains("here", StringComparison.Ordinal)) return text;
        System.Text.StringBuilder? sb = null;
        int copied = 0;
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '“' or '”' or '"') quoted = c == '“' || (c == '"' ? !quoted : false);
            if (quoted || c != 'h' || !IsWordAt(text, i, "here")) continue;
            var before = PreviousWord(text, i);
            var after = NextWord(text, i + 4);
            if (before.IsEmpty || Guards.Contains(before) || after is "is" or "are" or "'s" or "’s") continue;
            sb ??= new System.Text.StringBuilder(text.Length + phrase.Length);
            sb.Append(text, copied, i - copied).Append(phrase);
            copied = i + 4;
        }
        if (sb is null) return text;
        return sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsWordAt(string text, int i, string word) =>
        string.CompareOrdinal(text, i, word, 0, word.Length) == 0
        && (i == 0 || !char.IsLetter(text[i - 1])) && (i + word.Length == text.Length || !char.IsLetterOrDigit(text[i + word.Length]));

    private static ReadOnlySpan<char> PreviousWord(string text, int i)
    {
        int end = i;
        while (end > 0 && text[end - 1] == ' ') end--;
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text.AsSpan(start, end - start);
    }

    private static string NextWord(string text, int i)
    {
        int start = i;
        while (start < text.Length && text[start] == ' ') start++;
        int end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '’')) end++;
        return text[start..end];
    }
}
