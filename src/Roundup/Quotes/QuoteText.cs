using System.Collections.Frozen;
using Roundup.Lexicon;

namespace Roundup.Quotes;

/// <summary>A word or punctuation token of an article, by offsets (the text is never copied).</summary>
internal readonly record struct Tok(int Start, int End, bool IsWord)
{
    public int Length => End - Start;
}

internal enum Gender { Unknown, Male, Female }

/// <summary>The words the quotes stage reads (from the lexicon) and its tokenizer.</summary>
internal static partial class QuoteText
{
    private static readonly LanguageLexicon En = LanguageLexicon.English;

    public static FrozenSet<string> Verbs { get; } = En.Words("quote-verbs");
    public static FrozenSet<string> Modifiers { get; } = En.Words("quote-verb-modifiers");

    /// <summary>Verbs of saying written as a verb and its particle ("pointed out", "shot back"): <c>quote-phrasal-verbs</c>.</summary>
    public static FrozenSet<string> PhrasalVerbs { get; } = En.Words("quote-phrasal-verbs");

    /// <summary>Words ending in "-ly" that are no adverb of manner before a verb ("family", "rally", "the elderly"): <c>quote-ly-nonadverbs</c>.</summary>
    private static readonly FrozenSet<string> LyNonAdverbs = En.Words("quote-ly-nonadverbs");
    public static FrozenSet<string> Documents { get; } = En.Words("quote-documents");
    public static FrozenSet<string> OrganisationWords { get; } = En.Words("quote-organisation-words");
    public static FrozenSet<string> FemaleNames { get; } = En.Words("quote-female-names");
    public static FrozenSet<string> MaleNames { get; } = En.Words("quote-male-names");

    /// <summary>Given names of either sex (the gendered lists and <c>given-names</c>; any case): the summarizer's name introductions and the facts stage's display names read them.</summary>
    public static FrozenSet<string> GivenNames { get; } = MaleNames.Concat(FemaleNames).Concat(En.Words("given-names")).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The lexicon's title lines ("Sen.", "Mrs. female", "Mr. male"): a title and, for some, the gender it carries (the
    // first line of a title decides). Kept as sets of strings, not a table of genders: a summary reads the titles on
    // every run, and sets of strings share the code every word list uses instead of loading and compiling a dictionary
    // type of their own at startup.
    private static readonly string[][] TitleLines = [.. En.Lines("quote-titles").Select(l => l.Split(' ', 2))];

    private static FrozenSet<string> TitlesOf(Gender gender) => TitleLines
        .GroupBy(p => p[0], StringComparer.Ordinal)
        .Where(g => gender == Gender.Unknown || (g.First().Length > 1 ? (g.First()[1] == "female" ? Gender.Female : Gender.Male) : Gender.Unknown) == gender)
        .Select(g => g.Key)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Titles before a name ("Sen.", "Mr.").</summary>
    public static FrozenSet<string> Titles { get; } = TitlesOf(Gender.Unknown);

    private static readonly FrozenSet<string> FemaleTitles = TitlesOf(Gender.Female);
    private static readonly FrozenSet<string> MaleTitles = TitlesOf(Gender.Male);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleSpans = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FemaleTitleSpans = FemaleTitles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaleTitleSpans = MaleTitles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is a title, and the gender it carries (<see cref="Gender.Unknown"/> for most).</summary>
    public static bool IsTitle(ReadOnlySpan<char> word, out Gender gender)
    {
        gender = Gender.Unknown;
        if (!TitleSpans.Contains(word)) return false;
        gender = FemaleTitleSpans.Contains(word) ? Gender.Female : MaleTitleSpans.Contains(word) ? Gender.Male : Gender.Unknown;
        return true;
    }

    /// <summary>Lower-case words that join the parts of a name ("Abu Bakr al-Baghdadi", "Beto de Leon").</summary>
    public static bool IsNameConnector(string w) => IsNameConnector(w.AsSpan());

    /// <summary>As <see cref="IsNameConnector(string)"/>, for a word read in place.</summary>
    public static bool IsNameConnector(ReadOnlySpan<char> w) => w is "de" or "da" or "di" or "del" or "della" or "van" or "von" or "der" or "den" or "bin" or "ibn" or "al" or "el" or "la" or "le" or "du" or "dos" or "das" or "St.";

    /// <summary>No tokens.</summary>
    public static readonly Tok[] NoTokens = Array.Empty<Tok>();

    [ThreadStatic] private static Tok[]? t_tokens;

    /// <summary>Splits text[start, end) into words (letters and digits, with inner apostrophes, hyphens and dots;
    /// a title or an initial keeps its period: "Mr.", "J.") and single punctuation marks.</summary>
    /// <remarks>
    /// An array, not a list: the ReadyToRun build compiles the readers' loops over it ahead of time, where a list of this
    /// struct would be compiled at run time in every process and reached through a call per token.
    /// </remarks>
    public static Tok[] Tokenize(string text, int start, int end)
    {
        // A token holds at least one character: a scratch array of that size never overflows (the thread keeps one for
        // texts up to 64K characters, so a long article does not pin a large array).
        var list = t_tokens;
        if (list is null || list.Length < end - start)
        {
            list = new Tok[Math.Max(256, end - start)];
            if (list.Length <= 1 << 16) t_tokens = list;
        }
        int n = 0;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                int j = i + 1;
                while (j < end && (char.IsLetterOrDigit(text[j]) || (text[j] is '\'' or '’' or '-' or '.' or '&' && j + 1 < end && char.IsLetterOrDigit(text[j + 1])))) j++;
                if (j < end && text[j] == '.' && KeepsPeriod(text, i, j)) j++;
                list[n++] = new Tok(i, j, true);
                i = j;
                continue;
            }
            if (c == '\'' && i + 1 < end && text[i + 1] == '\'') { list[n++] = new Tok(i, i + 2, false); i += 2; continue; }
            if (c == '`' && i + 1 < end && text[i + 1] == '`') { list[n++] = new Tok(i, i + 2, false); i += 2; continue; }
            list[n++] = new Tok(i, i + 1, false);
            i++;
        }
        if (n == 0) return NoTokens;
        var tokens = new Tok[n];
        Array.Copy(list, tokens, n);
        return tokens;
    }

    private static bool KeepsPeriod(string text, int start, int end)
    {
        int len = end - start;
        if (len == 1 && char.IsUpper(text[start])) return true;
        if (text.AsSpan(start, len).Contains('.')) return true;   // "U.S." / "a.m."
        var word = string.Concat(text.AsSpan(start, len), ".");
        return Titles.Contains(word) || word is "Jr." or "Sr." or "St." or "Inc." or "Co." or "Corp." or "Ltd." or "No.";
    }

    public static string Str(string text, Tok t) => text.Substring(t.Start, t.Length);

    public static bool IsCap(string text, Tok t) => t.IsWord && char.IsUpper(text[t.Start]);

    public static bool IsLower(string text, Tok t) => t.IsWord && char.IsLower(text[t.Start]);

    public static bool Is(string text, Tok t, string word) => t.Length == word.Length && string.CompareOrdinal(text, t.Start, word, 0, word.Length) == 0;

    public static bool IsVerb(string text, Tok t) => t.IsWord && Verbs.Contains(Str(text, t));

    /// <summary>A party and state tag after a legislator's name: "D-Calif", "R-Texas", "I-Vt" (as a token: the period is not in it).</summary>
    public static bool IsPartyStateTag(string word) => PartyStateTag().IsMatch(word);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[DRI]-\p{Lu}[\p{L}.]{1,12}$")]
    private static partial System.Text.RegularExpressions.Regex PartyStateTag();

    /// <summary>The particles of <see cref="PhrasalVerbs"/> ("out", "back"), read in place before a pair is made into a string.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles =
        PhrasalVerbs.Select(p => p[(p.IndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether tokens <paramref name="k"/> and the one after are a verb of saying and its particle ("pointed out").</summary>
    public static bool IsPhrasalVerb(string text, Tok[] toks, int k) =>
        k + 1 < toks.Length && toks[k].IsWord && toks[k + 1].IsWord && char.IsLower(text[toks[k].Start])
        && Particles.Contains(text.AsSpan(toks[k + 1].Start, toks[k + 1].Length))
        && PhrasalVerbs.Contains(string.Concat(text.AsSpan(toks[k].Start, toks[k].Length), " ", text.AsSpan(toks[k + 1].Start, toks[k + 1].Length)));

    /// <summary>
    /// Whether token <paramref name="k"/> may stand between a speaker and the verb of saying: a word of
    /// <c>quote-verb-modifiers</c> ("also", "reportedly"), or a lower-case adverb of manner in "-ly" ("Roe jokingly said"),
    /// but not a noun or adjective in "-ly" (<c>quote-ly-nonadverbs</c>: "the family said") nor a word after a determiner, a
    /// possessive, an auxiliary or a negation ("the elderly said", "Roe's family said", "have not successfully snapped").
    /// </summary>
    public static bool IsVerbModifier(string text, Tok[] toks, int k)
    {
        if (!IsLower(text, toks[k])) return false;
        var w = Str(text, toks[k]);
        if (Modifiers.Contains(w)) return true;
        if (w.Length < 6 || !w.EndsWith("ly", StringComparison.Ordinal) || LyNonAdverbs.Contains(w)) return false;
        if (k == 0 || !toks[k - 1].IsWord) return true;
        var before = Str(text, toks[k - 1]);
        // "have not successfully snapped": after an auxiliary or a negation the verb is no verb of saying's tense ("then
        // loudly asked" is).
        return !IsDeterminer(before) && before is not ("has" or "have" or "had" or "would" or "will" or "could" or "might" or "may" or "not" or "never" or "to" or "be" or "been")
            && !before.EndsWith("'s", StringComparison.Ordinal) && !before.EndsWith("’s", StringComparison.Ordinal);
    }

    public static bool IsPunct(string text, Tok t, char c) => !t.IsWord && text[t.Start] == c;

    public static bool IsPronoun(string w) => w is "he" or "He" or "she" or "She" or "they" or "They" or "it" or "It" or "I" or "we" or "We";

    public static bool IsDeterminer(string w) => w.ToLowerInvariant() is "a" or "an" or "the" or "his" or "her" or "their" or "its" or "one" or "another" or "this" or "that" or "these" or "those" or "some" or "our" or "my" or "your" or "each" or "every" or "both";

    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '`' or '\'';
}
