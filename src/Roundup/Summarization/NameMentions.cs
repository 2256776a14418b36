using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Roundup.Lexicon;

namespace Roundup.Summarization;

/// <summary>
/// Names and speakers a sentence brings in that a reader of the summary was never told about, beyond the persons of
/// <see cref="UnintroducedPerson"/>: an organisation, a product or a technical term named bare ("The longest a patient
/// has lived with Acme's heart is …", "Zn44 has also been linked with …", "Roe did attend …") and a quotation or report
/// given to a bare "he" or "she" when the summary names no person at all ("“I kind of overdid it,” he laughs.").
/// </summary>
public static partial class SentenceRules
{
    /// <summary>A capitalised word that may be a name: letters and digits, with an apostrophe part ("O'Grady"); possessive "'s" not included.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}'’-])[A-Z][A-Za-z0-9]*(?:['’][A-Z][A-Za-z0-9]+)?(?![\p{L}\p{Nd}])", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    /// <summary>A quotation given to a bare pronoun with a verb of any kind ("…,” he laughs.", "…” she shrugged.").</summary>
    [GeneratedRegex(@"[""”]\s*,?\s+(?:he|she)\s+[a-z]{2,}(?:s|ed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PronounSpeaker();

    /// <summary>
    /// True when <paramref name="text"/> holds two capitalised words in a row, the first not a function word (a name
    /// of some kind, "When Ana Roe reported …"): the nearest antecedent a "he" or "she" of the same sentence can have.
    /// </summary>
    public static bool HoldsNamePair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = NameWord().Matches(text);
        for (int k = 0; k + 1 < words.Count; k++)
            if (words[k + 1].Index == words[k].Index + words[k].Length + 1 && text[words[k].Index + words[k].Length] == ' '
                && !FunctionWords.Contains(words[k].Value.ToLowerInvariant())) return true;
        return false;
    }

    private static readonly FrozenSet<string> CalendarWords = LanguageLexicon.English.Words("calendar-words");

    private static readonly FrozenSet<string> MonthNames = LanguageLexicon.English.Words("months");

    /// <summary>
    /// True when <paramref name="word"/> reads as a name rather than a capitalised common word: at least two
    /// characters, a lower-case letter or a digit after the first ("SynCardia", "Zn44", "O'Grady"; not "NASA", not
    /// "U"), not a function word ("But", "The"), a title ("President"), a weekday or month, a US state or a world
    /// region (<c>places-us-states</c>, <c>places-regions</c>).
    /// </summary>
    private static bool IsNameWord(string word)
    {
        if (word.Length < 2) return false;
        bool small = false;
        for (int k = 1; k < word.Length; k++) if (char.IsLower(word[k]) || char.IsDigit(word[k])) { small = true; break; }
        if (!small) return false;
        string lower = word.ToLowerInvariant();
        return !FunctionWords.Contains(lower) && !PersonTitles.Contains(word) && !CalendarWords.Contains(lower) && !MonthNames.Contains(lower) && !StatesAndRegions.Contains(word);
    }

    /// <summary>
    /// True when the name at <paramref name="start"/>..<paramref name="end"/> of a summary sentence stands alone: no
    /// capitalised word right before it (inside the sentence) or after it ("Hattie Roe", "Acme Systems", "Apple CEO"),
    /// no article before it ("the Zn44 gene", "a Roe manager"), and no description (<see cref="Described"/>: a role
    /// before it, an apposition or "of …" after it).
    /// </summary>
    private static bool StandsBare(string text, int start, int end)
    {
        var after = text.AsSpan(end);
        bool possessive = after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal);
        if (!possessive && after.Length > 1 && after[0] == ' ' && char.IsUpper(after[1])) return false;
        var (previous, previousAt) = WordBefore(text, start);
        if (!AtSentenceStart(text, start) && previous.Length > 0 && (char.IsUpper(previous[0]) || previous is "the" or "a" or "an")) return false;
        // "House and Senate committees", "secretary of Housing and Urban Development": a part of a longer name.
        if (previous is "and" or "of" or "&" && previousAt > 0 && WordBefore(text, previousAt) is ({ Length: > 0 } outer, _) && char.IsUpper(outer[0])) return false;
        if (!possessive && (after.StartsWith(" and ", StringComparison.Ordinal) || after.StartsWith(" of ", StringComparison.Ordinal) || after.StartsWith(" & ", StringComparison.Ordinal)))
        {
            var rest = after[(after[1..].IndexOf(' ') + 2)..];
            if (rest.Length > 0 && char.IsUpper(rest[0])) return false;
        }
        // "marry in Pennsylvania", "researchers from Denmark": a place where something is, not someone to meet.
        if (previous.Length > 0 && PlacePrepositions.Contains(previous)) return false;
        if (!possessive && after.Length > 1 && after[0] == ' ' && char.IsLower(after[1]))
        {
            // "a Victorian diary", "their Gresham bakery": a name that modifies the noun after it, not the one the
            // sentence is about ("McDaniel did …", "Roe in particular …" are).
            var next = after[1..];
            int length = 0;
            while (length < next.Length && char.IsLetter(next[length])) length++;
            var verb = next[..length];
            if (length > 0 && !FunctionWords.Contains(verb) && !Auxiliaries.Contains(verb) && !SayVerbs.Contains(verb) && !IrregularPasts.Contains(verb)
                && !verb.EndsWith("ed", StringComparison.Ordinal) && !verb.EndsWith("s", StringComparison.Ordinal)) return false;
        }
        return !Described(text, start, end);
    }

    private static readonly FrozenSet<string> PlacePrepositions = LanguageLexicon.English.Words("place-prepositions");

    private static readonly FrozenSet<string> StatesAndRegions =
        LanguageLexicon.English.Words("places-us-states", caseSensitive: true).Union(LanguageLexicon.English.Words("places-regions", caseSensitive: true)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="text"/> (an article's text) introduces <paramref name="name"/> with more than the bare
    /// word somewhere: inside a longer capitalised name ("Hattie Roe", "Acme Systems", "President Roe"), with an
    /// article and a noun ("the Zn44 gene"), in an apposition ("a lab company, Roe,", "Roe, a lab company"), or with a
    /// bracket after it. Only <paramref name="text"/>[0, <paramref name="limit"/>) is read.
    /// </summary>
    private static bool IntroducesAtLength(string text, int limit, string name)
    {
        for (int k = IndexBefore(text, name, 0, limit); k >= 0; k = IndexBefore(text, name, k + 1, limit))
        {
            int end = k + name.Length;
            if (k > 0 && (char.IsLetterOrDigit(text[k - 1]) || text[k - 1] is '\'' or '’' or '-')) continue;
            if (end < limit && char.IsLetterOrDigit(text[end])) continue;
            var after = text.AsSpan(end, limit - end);
            // "Acme Systems"; not "Caracas Wednesday" (a date after a place).
            if (after.Length > 1 && after[0] == ' ' && char.IsUpper(after[1]) && !IsCalendarWord(after[1..])) return true;
            // "Roe (a lab company)"; not a dateline's agency, "CARACAS, Venezuela (AP)".
            if (after.StartsWith(" (", StringComparison.Ordinal) && after.IndexOf(')') is > 2 and var close && after[2..close].ContainsAnyInRange('a', 'z')) return true;
            if (after.Length > 2 && after.StartsWith(", ", StringComparison.Ordinal) && (after[2..].StartsWith("a ", StringComparison.Ordinal)
                || after[2..].StartsWith("an ", StringComparison.Ordinal) || after[2..].StartsWith("the ", StringComparison.Ordinal))) return true;
            var before = text.AsSpan(0, k).TrimEnd(' ');
            if (before.IsEmpty) continue;
            if (before[^1] == ',')
            {
                // "a lab company, Roe,": a noun in lower case before the comma.
                var head = before[..^1];
                int from = head.Length;
                while (from > 0 && char.IsLetter(head[from - 1])) from--;
                var noun = head[from..].ToString();
                if (noun.Length > 2 && char.IsLower(noun[0]) && !FunctionWords.Contains(noun)) return true;
                continue;
            }
            if (before[^1] is '.' or '!' or '?' or '"' or '“' or '”' or '(' or ':' or ';') continue; // a sentence's start
            var (previous, _) = WordBefore(text, k);
            if (previous.Length == 0) continue;
            bool nounAfter = after.Length > 1 && after[0] == ' ' && char.IsLower(after[1]);
            if (previous is "the" or "The" or "a" or "A" or "an" or "An") { if (nounAfter) return true; continue; }
            if (char.IsUpper(previous[0]) && !previous.EndsWith('.')) return true;
        }
        return false;
    }

    /// <summary>Where <paramref name="value"/> first stands in <paramref name="text"/> from <paramref name="from"/>, ending by <paramref name="limit"/>; -1 when nowhere.</summary>
    private static int IndexBefore(string text, string value, int from, int limit) =>
        from > limit - value.Length ? -1 : text.IndexOf(value, from, limit - from, StringComparison.Ordinal);

    /// <summary>True when <paramref name="rest"/> opens with a weekday or a month ("Wednesday", "Feb.").</summary>
    private static bool IsCalendarWord(ReadOnlySpan<char> rest)
    {
        int length = 0;
        while (length < rest.Length && char.IsLetter(rest[length])) length++;
        string word = rest[..length].ToString().ToLowerInvariant();
        return CalendarWords.Contains(word) || MonthNames.Contains(word);
    }

    /// <summary>
    /// The first name <paramref name="text"/> uses bare (<see cref="StandsBare"/>) that the reader has not met
    /// (<paramref name="known"/> is false) while its own article, before the sentence (<paramref name="articleBefore"/>),
    /// introduced it at more length (<see cref="IntroducesAtLength"/>): "McDaniel did attend the premiere." after the
    /// article's "Hattie McDaniel as Mammy", "… lived with SynCardia's heart" after "SynCardia Systems". The sentence
    /// leans on that introduction, which the summary lacks. Null when there is none.
    /// </summary>
    public static string? NameIntroducedBefore(string text, string articleBefore, Func<string, bool> known)
    {
        ArgumentNullException.ThrowIfNull(articleBefore);
        return NameIntroducedBefore(text, articleBefore, articleBefore.Length, known);
    }

    /// <summary>
    /// <see cref="NameIntroducedBefore(string, string, Func{string, bool})"/> with the article's text up to
    /// <paramref name="before"/> (the sentence's start), read in place.
    /// </summary>
    internal static string? NameIntroducedBefore(string text, string article, int before, Func<string, bool> known)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(known);
        foreach (Match m in NameWord().Matches(text))
        {
            string word = m.Value;
            if (!IsNameWord(word) || known(word) || !StandsBare(text, m.Index, m.Index + m.Length)) continue;
            if (!IntroducesAtLength(article, before, word)) continue;
            // "Business is looking better …": a common word the article also writes in lower case.
            string lower = word.ToLowerInvariant();
            if (HoldsWordBefore(article, lower, before) || HoldsWordBefore(text, lower, text.Length)) continue;
            return word;
        }
        return null;
    }

    /// <summary>
    /// The first name a summary sentence uses bare where a reader needs to know what it is, read from the summary
    /// alone (the reader check), never met before (<paramref name="known"/>), with nothing that says what it is
    /// (<see cref="StandsBare"/>) and not a given name (persons are <see cref="UnintroducedPerson"/>'s): a speaker
    /// before a verb of <c>say-verbs-speaker</c> or <c>say-verbs-core</c> ("said", "says", "told") at the sentence's start or after a capitalised word or punctuation
    /// ("O'Grady told …", "Roe said …"; not a plural "Experts say", not a place after a
    /// preposition "researchers from Denmark say"), a speaker after such a verb that closes the clause ("…, said
    /// Roe."), or a word that cannot be a capitalised common word (a capital, a digit or an apostrophe inside it) as
    /// the subject that opens the sentence or as a possessive ("McDaniel did …", "GDF5 has …", "SynCardia's heart").
    /// A plain possessive ("Syria's", "Obama's") is not counted: places and well-known names are most of them, and
    /// the check cannot tell them from the rest.
    /// </summary>
    public static string? BareName(string text, Func<string, bool> known)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(known);
        foreach (Match m in NameWord().Matches(text))
        {
            string word = m.Value;
            int end = m.Index + m.Length;
            if (!IsNameWord(word) || GivenNameLookup.Contains(word) || known(word) || !StandsBare(text, m.Index, end)) continue;
            // "Police said …" is a group, not a name; "… by Sen. Ana Roe …, Roe said" met her in the same sentence.
            if (PluralNouns.Contains(word.ToLowerInvariant()) || HoldsWordBefore(text, word, m.Index)) continue;
            var after = text.AsSpan(end);
            bool possessive = after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal);
            bool inner = word.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c) || c is '\'' or '’');
            bool opens = AtSentenceStart(text, m.Index);
            if (inner && (opens || possessive)) return word;
            if (possessive) continue;
            var next = after.TrimStart(' ');
            int length = 0;
            while (length < next.Length && char.IsLetter(next[length])) length++;
            bool plural = word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);
            if (length > 0 && next.Length < after.Length && (SpeakerVerbs.Contains(next[..length].ToString()) || CoreSayVerbs.Contains(next[..length].ToString())) && !plural)
            {
                var (previous, _) = WordBefore(text, m.Index);
                if (opens || previous.Length == 0 || !char.IsLower(previous[0])) return word;
            }
            var (verb, _) = WordBefore(text, m.Index);
            if (verb.Length > 0 && SpeakerVerbs.Contains(verb) && (after.IsEmpty || after[0] is '.' or ',' or ';' or '!' or '?')) return word;
        }
        return null;
    }

    /// <summary>True when <paramref name="text"/> holds <paramref name="word"/> as a whole word before <paramref name="index"/>.</summary>
    internal static bool HoldsWordBefore(string text, string word, int index)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0 && at < index; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> SpeakerVerbs = LanguageLexicon.English.Words("say-verbs-speaker");

    private static readonly FrozenSet<string> CoreSayVerbs = LanguageLexicon.English.Words("say-verbs-core");

    /// <summary>
    /// True when the sentence gives a quotation or reported speech to a bare "he" or "she" ("…,” he said.", "…,” he
    /// laughs.", "…, she told reporters."): its speaker must be someone the reader has met.
    /// </summary>
    public static bool GivenToPronoun(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Every form has "he" or "she" as a word: most sentences are ruled out without a pattern ("they said" is a group).
        if (!HoldsPronoun(text, "he") && !HoldsPronoun(text, "she")) return false;
        return QuotesPronoun(text) && !QuotesOnlyThey(text) || ReportsPronoun(text) || PronounSpeaker().IsMatch(text);

        static bool HoldsPronoun(string text, string pronoun)
        {
            for (int at = text.IndexOf(pronoun, StringComparison.Ordinal); at >= 0; at = text.IndexOf(pronoun, at + 1, StringComparison.Ordinal))
            {
                int end = at + pronoun.Length;
                if (at > 0 && !char.IsLetter(text[at - 1]) && (end >= text.Length || !char.IsLetter(text[end]))) return true;
            }
            return false;
        }

        static bool QuotesOnlyThey(string text) => PronounAttribution.Match(text) is { Success: true } m && m.Value.Contains("they", StringComparison.Ordinal)
            && !PronounAttribution.IsMatch(text.AsSpan(m.Index + m.Length));
    }

    /// <summary>
    /// True when <paramref name="text"/> names a person: a given name (lexicon) and a capitalised surname, a courtesy
    /// title and a surname, or a title of <c>person-titles</c> before a capitalised word ("Gov. Roe", "President Roe").
    /// A band or a film ("Led Zeppelin") is no person; two capitalised words with an apposition after them ("Devon Roe,
    /// a Florida-based entertainer,", "Ana Roe, 34,", "Ana Roe, who studies …") or set off after a noun ("the driver,
    /// Jed Roe,") are one.
    /// </summary>
    public static bool NamesPerson(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Word by word, so that "Singer Robert Roe" finds Robert Roe behind the capitalised role.
        var words = NameWord().Matches(text);
        for (int k = 0; k < words.Count; k++)
        {
            var m = words[k];
            string word = m.Value;
            int end = m.Index + m.Length;
            if (end < text.Length && text[end] == '.') end++;
            var after = text.AsSpan(end);
            bool nameAfter = after.Length > 1 && after[0] == ' ' && char.IsUpper(after[1]);
            if (!nameAfter) continue;
            if (GivenNameLookup.Contains(word) || PersonTitles.Contains(word) || PersonTitles.Contains(word + ".") || word is "Mr" or "Mrs" or "Ms" or "Miss") return true;
            // "Devon Roe, a Boston-based entertainer,", "Ana Roe, 34,", "Ana Roe, who studies …", "the driver, Jed Roe,".
            if (k + 1 < words.Count && words[k + 1].Index == end + 1)
            {
                var rest = text.AsSpan(words[k + 1].Index + words[k + 1].Length);
                if (rest.StartsWith(", ", StringComparison.Ordinal) && (rest[2..].StartsWith("a ", StringComparison.Ordinal) || rest[2..].StartsWith("an ", StringComparison.Ordinal)
                    || rest[2..].StartsWith("who ", StringComparison.Ordinal) || rest.Length > 2 && char.IsDigit(rest[2]))) return true;
                var before = text.AsSpan(0, m.Index);
                if (rest.StartsWith(",", StringComparison.Ordinal) && before.EndsWith(", ", StringComparison.Ordinal) && before.Length > 2 && char.IsLower(before[^3])) return true;
            }
        }
        return false;
    }
}

/// <summary>
/// In a short (anchored) summary, a unit that leans on an introduction the summary lacks (see
/// <see cref="CoverageOptions.IntroducedNames"/>): a name its article introduced at more length before it
/// (<see cref="SentenceRules.NameIntroducedBefore(string, string, Func{string, bool})"/>), or a quotation given to "he" or "she" when nothing chosen and
/// nothing before it in the unit names a person (<see cref="SentenceRules.GivenToPronoun"/>).
/// </summary>
internal static class NameMentions
{
    internal static bool LeansOnMissingIntroduction(ClusterFeatures f, (int Start, int Count) unit, List<int> chosen)
    {
        bool? personNamed = null;
        for (int i = unit.Start; i < unit.Start + unit.Count; i++)
        {
            int upTo = i;
            string text = f.Texts[i];
            var sentence = f.Sentences[i];
            var article = sentence.Article.Text;
            bool Said(string word) => NameIntroductions.SaidBefore(f, chosen, unit.Start, upTo, t => SentenceRules.HoldsWordBefore(t, word, t.Length));
            if (SentenceRules.NameIntroducedBefore(text, article, Math.Min(sentence.Span.Start, article.Length), Said) is not null) return true;
            if (SentenceRules.GivenToPronoun(text))
            {
                personNamed ??= chosen.Any(c => SentenceRules.NamesPerson(f.Texts[c]));
                if (personNamed != true && !SentenceRules.HoldsNamePair(text) && !Enumerable.Range(unit.Start, upTo - unit.Start + 1).Any(k => SentenceRules.NamesPerson(f.Texts[k]))) return true;
            }
        }
        return false;
    }
}
