using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Roundup.Lexicon;
using Roundup.Model;

namespace Roundup.Summarization;

/// <summary>
/// Gives a person their full name where a summary first mentions them by surname alone ("Bauer noted …" after no
/// "Gary Bauer"): a reader of the summary has not read the article that introduced them. The full name comes from
/// the cluster's own text and is used only when it is certain: the surname follows exactly one given name anywhere
/// in the cluster (a given name from the lexicon's lists of given names), so two people sharing a surname are never
/// confused. "Mr./Mrs./Ms./Miss X" becomes the full name; another title keeps its place ("Gov. Bush" → "Gov. George
/// Bush"). Nothing else in the sentence changes.
/// </summary>
internal static partial class NameIntroductions
{
    /// <summary>Given names of either sex (the quotes stage's gendered lists and <c>given-names</c>; any case).</summary>
    internal static readonly FrozenSet<string> GivenNames = Quotes.QuoteText.GivenNames;

    /// <summary>Each short form of a given name with its full form (lexicon <c>given-name-forms</c>); a name with two full forms ("Ted") maps to none.</summary>
    private static readonly FrozenDictionary<string, string> FullForms = BuildFullForms();

    private static FrozenDictionary<string, string> BuildFullForms()
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var line in LanguageLexicon.English.Lines("given-name-forms"))
        {
            var forms = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var form in forms.Skip(1))
                map[form] = map.TryGetValue(form, out var known) && known != forms[0] ? null : forms[0];
        }
        return map.Where(x => x.Value is not null).ToFrozenDictionary(x => x.Key, x => x.Value!, StringComparer.Ordinal);
    }

    private static string Canonical(string given) => FullForms.TryGetValue(given, out var full) ? full : given;

    private static readonly FrozenSet<string> CalendarWords = LanguageLexicon.English.Words("calendar-words");

    private static readonly FrozenSet<string> Determiners = new[] { "the", "The", "a", "A", "an", "An" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Honorifics = new[] { "Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A given name, an optional middle initial, and a surname: "Gary Bauer", "George W. Bush" (all but the given
    /// name in a lookahead, so "Chairman Jim Hall" still finds "Jim Hall" after trying "Chairman Jim").
    /// </summary>
    [GeneratedRegex(@"\b(?<given>[A-Z][a-z]+)\s+(?=(?:(?<initial>[A-Z]\.)\s+)?(?<surname>(?:Ma?c)?[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex FullName();

    /// <summary>A capitalised word.</summary>
    [GeneratedRegex(@"\b(?:Ma?c)?[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    /// <summary>A surname followed by another capitalised word: "Ingram Industries", "Bush Administration".</summary>
    [GeneratedRegex(@"\b(?<surname>(?:Ma?c)?[A-Z][a-z]+)\s+(?=(?<next>[A-Z][a-z]+))", RegexOptions.CultureInvariant)]
    private static partial Regex NameBeforeCapital();

    /// <summary>
    /// Each surname of <paramref name="clusterTexts"/> that follows exactly one given name (and middle initial), with
    /// that full name. With <paramref name="only"/> (the capitalised words of a summary), only those surnames are
    /// looked for, and only texts holding one of them are read: the summary's few names, not the cluster's many.
    /// </summary>
    public static Dictionary<string, string> FullNames(IEnumerable<string> clusterTexts, IReadOnlySet<string>? only = null)
    {
        var forms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string>? fullTitles = null; // "surname title" for each title written before a full name
        HashSet<string>? titledFull = null; // the surnames whose full name has a title somewhere
        Dictionary<string, int>? otherTitled = null; // "surname title" mentions with a title no full name has
        var texts = clusterTexts as IReadOnlyCollection<string> ?? [.. clusterTexts];
        if (only is not null)
        {
            if (only.Count == 0) return [];
            texts = TextsHoldingAny(texts, only);
        }
        foreach (var text in texts)
            foreach (Match m in FullName().Matches(text))
            {
                string given = m.Groups["given"].Value, surname = m.Groups["surname"].Value;
                if (!GivenNames.Contains(given) || GivenNames.Contains(surname)) continue;
                if (only is not null && !only.Contains(surname)) continue;
                // At a sentence's start a given name may be a plain word ("Will Canada …?", "Bill Gates"-like
                // headlines aside): only a name inside a sentence counts, or one that a description or a verb of
                // saying follows ("Richard Doherty, director of …", "Ana Roe said …").
                if (IsSentenceStart(text, m.Index) && !IntroducedAtStart(text, m)) continue;
                string full = m.Groups["initial"].Success ? $"{given} {m.Groups["initial"].Value} {surname}" : $"{given} {surname}";
                if (!forms.TryGetValue(surname, out var set)) forms[surname] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(full);
                if (PreviousWord(text, m.Index).Word is { Length: > 0 } title && TitleLookup.Contains(title) && !IsCourtesyTitle(title))
                {
                    (fullTitles ??= new(StringComparer.Ordinal)).Add(surname + " " + title); // "Gov. George Clinton"
                    (titledFull ??= new(StringComparer.Ordinal)).Add(surname);
                }
            }
        // A surname that also goes before another capitalised word names something else too ("Ingram Industries"):
        // a bare mention may mean that, so it is left alone. The full name's own given name does not count.
        var alsoOther = new HashSet<string>(StringComparer.Ordinal);
        if (forms.Count == 0) return new Dictionary<string, string>(StringComparer.Ordinal); // no full name: nothing below can add one
        var surnames = forms.Keys.ToArray();
        foreach (var text in texts)
        {
            // Only a text that holds one of the surnames can match one (most texts hold none: skip their matching).
            if (IndexOfAny(text, surnames) < 0) continue;
            foreach (Match m in NameBeforeCapital().Matches(text))
                if (forms.ContainsKey(m.Groups["surname"].Value) && !CalendarWords.Contains(m.Groups["next"].Value))
                    alsoOther.Add(m.Groups["surname"].Value); // "Bauer Tuesday" is still the man
            // "President Clinton" where the only full name is "Gov. George Clinton": a title the titled full name never
            // has goes with the bare surname, so it may be another person of that name ("Mr." and "Ms." say nothing).
            if (titledFull is null) continue;
            foreach (var surname in surnames)
                if (titledFull.Contains(surname))
                for (int at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + 1, StringComparison.Ordinal))
                {
                    int end = at + surname.Length;
                    if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end]))) continue;
                    if (PreviousWord(text, at).Word is { Length: > 0 } title && TitleLookup.Contains(title) && !IsCourtesyTitle(title)
                        && !fullTitles!.Contains(surname + " " + title))
                    {
                        // Twice at least: a surname used so is that person's name in the cluster ("a Justice Sandoval"
                        // once is a guess about the same man).
                        var key = surname + " " + title;
                        otherTitled ??= new(StringComparer.Ordinal);
                        otherTitled[key] = otherTitled.GetValueOrDefault(key) + 1;
                        if (otherTitled[key] >= 2) alsoOther.Add(surname);
                    }
                }
        }
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (surname, set) in forms)
        {
            // "George Bush" and "George W. Bush" are one person told two ways; "Barack" and "Michelle" are two.
            var givens = set.Select(x => Canonical(x[..x.IndexOf(' ', StringComparison.Ordinal)])).Distinct(StringComparer.Ordinal).ToList();
            if (givens.Count == 1 && !alsoOther.Contains(surname)) names[surname] = set.MaxBy(x => x.Length)!;
        }
        // A word after a given name is a surname only if the cluster also uses it for a person: before a verb of
        // saying ("Bauer said"), after a title ("Dr. Bauer"), or with an age ("Gary Bauer, 53,"). "… giving Kyle
        // Ritalin" is a boy and a drug, and "take Ritalin" must not become "take Kyle Ritalin".
        if (names.Count > 0)
        {
            var person = new HashSet<string>(StringComparer.Ordinal);
            var named = names.Keys.ToArray();
            foreach (var text in texts)
            {
                if (IndexOfAny(text, named) < 0) continue; // no word of it can be one of the names
                foreach (var m in CapitalisedWord().EnumerateMatches(text))
                {
                    // The name the word is (compared ordinally, as the dictionary does), without making a string of every word.
                    int at = IndexOfEqual(text.AsSpan(m.Index, m.Length), named);
                    if (at >= 0 && !person.Contains(named[at]) && UsedForAPerson(text, m.Index, m.Length)) person.Add(named[at]);
                }
            }
            foreach (var surname in names.Keys.ToList())
                if (!person.Contains(surname)) names.Remove(surname);
        }
        return names;
    }

    /// <summary>
    /// The words of <paramref name="only"/> that the cluster's <paramref name="clusterTexts"/> use as a person's surname:
    /// after a given name somewhere (even at a sentence's start, and whatever the given name) and for a person somewhere
    /// (before a verb of saying, after a title, with an age). Wider than <see cref="FullNames"/>, which must also be
    /// sure of the one full name: "Lustgarten said" is a person's words even where "Erik Lustgarten and Tracy Neff …"
    /// is the only full name.
    /// </summary>
    internal static HashSet<string> PersonSurnames(IReadOnlyList<string> clusterTexts, IReadOnlySet<string> only, Dictionary<string, (string Given, string Surname)[]>? fullNames = null)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (only.Count == 0) return result;
        var texts = TextsHoldingAny(clusterTexts, only);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
            foreach (var (given, surname) in FullNamesIn(text, fullNames))
                if (only.Contains(surname) && GivenNames.Contains(given) && !GivenNames.Contains(surname))
                    surnames.Add(surname);
        if (surnames.Count == 0) return result;
        var named = surnames.ToArray();
        foreach (var text in texts)
        {
            if (IndexOfAny(text, named) < 0) continue;
            foreach (var m in CapitalisedWord().EnumerateMatches(text))
            {
                int at = IndexOfEqual(text.AsSpan(m.Index, m.Length), named);
                if (at >= 0 && !result.Contains(named[at]) && UsedForAPerson(text, m.Index, m.Length)) result.Add(named[at]);
            }
        }
        return result;
    }

    /// <summary>The given names and surnames of the full names in <paramref name="text"/>, read once where a <paramref name="memo"/> keeps them.</summary>
    private static (string Given, string Surname)[] FullNamesIn(string text, Dictionary<string, (string Given, string Surname)[]>? memo)
    {
        if (memo is not null && memo.TryGetValue(text, out var known)) return known;
        var matches = FullName().Matches(text);
        var found = new (string, string)[matches.Count];
        for (int k = 0; k < found.Length; k++) found[k] = (matches[k].Groups["given"].Value, matches[k].Groups["surname"].Value);
        if (memo is not null) memo[text] = found;
        return found;
    }

    /// <summary>
    /// <see cref="PersonSurnames"/> over the whole cluster for <paramref name="candidates"/>, each word looked up once per
    /// cluster (a summary asks about the same names for many units).
    /// </summary>
    internal static HashSet<string> KnownSurnames(ClusterFeatures f, HashSet<string> candidates)
    {
        var memo = f.SurnameMemo;
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in candidates) if (!memo.ContainsKey(word)) missing.Add(word);
        if (missing.Count > 0)
        {
            var found = PersonSurnames(f.Texts, missing, f.FullNameMemo);
            foreach (var word in missing) memo[word] = found.Contains(word);
        }
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in candidates) if (memo[word]) result.Add(word);
        return result;
    }

    /// <summary>
    /// The texts that contain one of <paramref name="words"/> (ordinal). A few words, as a summary's unit asks about, are
    /// looked for one by one: building a multi-string searcher costs more than it saves for them.
    /// </summary>
    private static List<string> TextsHoldingAny(IEnumerable<string> texts, IReadOnlySet<string> words)
    {
        if (words.Count > FewWords)
        {
            var wanted = SearchValues.Create([.. words], StringComparison.Ordinal);
            return [.. texts.Where(t => t.AsSpan().IndexOfAny(wanted) >= 0)];
        }
        var few = words.ToArray();
        return [.. texts.Where(t => IndexOfAny(t, few) >= 0)];
    }

    /// <summary>Up to this many words are looked for one by one (see <see cref="TextsHoldingAny"/>).</summary>
    private const int FewWords = 8;

    /// <summary>The index in <paramref name="words"/> of the first one <paramref name="text"/> contains (ordinal), or -1.</summary>
    private static int IndexOfAny(string text, string[] words)
    {
        for (int i = 0; i < words.Length; i++)
            if (text.Contains(words[i], StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>The index in <paramref name="words"/> of the one equal to <paramref name="word"/> (ordinal), or -1.</summary>
    private static int IndexOfEqual(ReadOnlySpan<char> word, string[] words)
    {
        for (int i = 0; i < words.Length; i++)
            if (word.Equals(words[i], StringComparison.Ordinal)) return i;
        return -1;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SayVerbs =
        LanguageLexicon.English.Words("say-verbs", caseSensitive: true).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the word at <paramref name="start"/> stands for a person there: a verb of saying after it, a title before it (one given name may stand between), or an age after it.</summary>
    private static bool UsedForAPerson(string text, int start, int length)
    {
        var after = text.AsSpan(start + length);
        if (after.StartsWith(", ", StringComparison.Ordinal) && after.Length > 2 && char.IsDigit(after[2])) return true;
        var next = after.TrimStart(' ');
        int end = 0;
        while (end < next.Length && char.IsLetter(next[end])) end++;
        if (end > 0 && next.Length < after.Length && SayVerbs.Contains(next[..end])) return true;
        var before = text.AsSpan(0, start).TrimEnd(' ');
        for (int words = 0; words < 2 && before.Length > 0; words++)
        {
            int begin = before.Length;
            while (begin > 0 && !char.IsWhiteSpace(before[begin - 1])) begin--;
            var word = before[begin..];
            if (TitleLookup.Contains(word)) return true;
            if (word.Length == 0 || !char.IsUpper(word[0])) return false;
            before = before[..begin].TrimEnd(' ');
        }
        return false;
    }

    /// <summary>
    /// The capitalised words of <paramref name="texts"/> that could be a surname met alone: not given names, and,
    /// with <paramref name="nameLike"/>, only words the cluster writes as names (a hyphenated one: both its parts).
    /// </summary>
    public static HashSet<string> Candidates(IEnumerable<string> texts, IReadOnlySet<string>? nameLike = null)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
            foreach (Match m in CapitalisedWord().Matches(text))
                if (!GivenNames.Contains(m.Value) && (nameLike is null || nameLike.Contains(m.Value) || HyphenatedName(m.Value, nameLike))) words.Add(m.Value);
        return words;
    }

    /// <summary>"Okonkwo-Bell": a hyphenated word whose parts the cluster writes as names (the cluster's words are its parts).</summary>
    private static bool HyphenatedName(string word, IReadOnlySet<string> nameLike)
    {
        int dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && nameLike.Contains(word[..dash]) && nameLike.Contains(word[(dash + 1)..]);
    }

    /// <summary>
    /// The summary's sentences, in reading order, with each person's first mention given their full name where it
    /// is a bare surname and <paramref name="fullNames"/> knows it (see <see cref="FullNames"/>).
    /// </summary>
    public static string[] Introduce(IReadOnlyList<string> texts, IReadOnlyDictionary<string, string> fullNames)
    {
        var result = new string[texts.Count];
        var met = new HashSet<string>(StringComparer.Ordinal); // surnames the reader has met
        for (int k = 0; k < texts.Count; k++)
        {
            string text = texts[k];
            if (fullNames.Count == 0) { result[k] = text; continue; }
            text = SpacedCompound(text, fullNames, met);
            var sb = new StringBuilder(text.Length + 16);
            int last = 0;
            foreach (Match word in CapitalisedWord().Matches(text))
            {
                if (!fullNames.TryGetValue(word.Value, out var full)) continue;
                if (met.Contains(word.Value)) continue;
                met.Add(word.Value);
                var (previous, previousAt) = PreviousWord(text, word.Index);
                // "the Clinton administration": the surname stands for more than the person, leave it; after an
                // initial ("Christopher R. Miller") the name is already whole.
                if (Determiners.Contains(previous) || previous is [>= 'A' and <= 'Z', '.']) continue;
                if (previous.Length > 0 && !Honorifics.Contains(previous) && !previous.EndsWith('.')
                    && char.IsUpper(previous[0]) && !IsSentenceStart(text, previousAt))
                    continue; // already a full name ("Gary Bauer"), or part of a longer name
                if (text.Contains(full, StringComparison.Ordinal)) continue;
                // "Jacob Coin, former director …" opening the sentence ("Jim Hall …" for "James E. Hall"): the given name
                // is there already, only the initial is not.
                if (previous.Length > 0 && (GivenNames.Contains(previous) || full.StartsWith(previous + " ", StringComparison.Ordinal))) continue;
                if (Honorifics.Contains(previous))
                {
                    sb.Append(text, last, previousAt - last).Append(full);
                }
                else
                {
                    sb.Append(text, last, word.Index - last);
                    // A title before the surname keeps its place: "Gov. Bush" → "Gov. George W. Bush".
                    sb.Append(full);
                }
                last = word.Index + word.Length;
            }
            sb.Append(text, last, text.Length - last);
            result[k] = sb.ToString();
            // Every full name now in the text is met.
            foreach (Match m in FullName().Matches(result[k])) met.Add(m.Groups["surname"].Value);
        }
        return result;
    }

    /// <summary>
    /// A hyphenated surname the cluster gives a full name ("Teresa Okonkwo-Bell") met first written with a space
    /// ("Mayor Okonkwo Bell defended …"), as another report spells it: that mention is the surname alone, so it becomes
    /// the full name ("Mayor Teresa Okonkwo-Bell defended …") and the surname is met. Not when another capitalised
    /// word than a title goes before it ("Ada Okonkwo Bell" is someone named in full) or a determiner ("the Okonkwo Bell plan").
    /// </summary>
    private static string SpacedCompound(string text, IReadOnlyDictionary<string, string> fullNames, HashSet<string> met)
    {
        foreach (var (surname, full) in fullNames)
        {
            int dash = surname.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || met.Contains(surname)) continue;
            var spaced = string.Concat(surname.AsSpan(0, dash), " ", surname.AsSpan(dash + 1));
            for (int at = text.IndexOf(spaced, StringComparison.Ordinal); at >= 0; at = text.IndexOf(spaced, at + 1, StringComparison.Ordinal))
            {
                int end = at + spaced.Length;
                if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end]))) continue;
                var (previous, _) = PreviousWord(text, at);
                // "Ada Okonkwo Bell" is someone named in full; a title or "Mr." before it leaves the surname alone.
                if (Determiners.Contains(previous) || (previous.Length > 0 && char.IsUpper(previous[0]) && !previous.EndsWith('.')
                    && !Honorifics.Contains(previous) && !TitleLookup.Contains(previous))) break;
                met.Add(surname);
                if (text.Contains(full, StringComparison.Ordinal)) break;
                return string.Concat(text.AsSpan(0, at), full, text.AsSpan(end));
            }
        }
        return text;
    }

    /// <summary>
    /// True when a sentence of <paramref name="unit"/> brings in someone or something a reader of the summary has not
    /// met (see <see cref="CoverageOptions.IntroducedMentions"/>): a person named without saying who they are
    /// (<see cref="SentenceRules.UnintroducedPerson"/>) whom no chosen sentence and no earlier sentence of the unit
    /// names; "The charges …" (a noun of <c>anaphoric-nouns</c> that is not one of <c>person-nouns</c>) when neither holds
    /// that noun; or "the X's" whose noun its article named before it (capitalised, or a noun of <c>anaphoric-nouns</c>)
    /// and neither holds (<see cref="SentenceRules.DefinitePossessiveNoun"/>). A person the cluster names by surname
    /// alone counts when the cluster uses the word for a person (<see cref="PersonSurnames"/>).
    /// </summary>
    internal static bool BringsInStranger(ClusterFeatures f, (int Start, int Count) unit, List<int> chosen)
    {
        IReadOnlySet<string>? surnames = null;
        for (int i = unit.Start; i < unit.Start + unit.Count; i++)
        {
            int upTo = i;
            bool Known(string word) => SaidBefore(f, chosen, unit.Start, upTo, text => HoldsWord(text, word));
            string text = f.Texts[i];
            surnames ??= KnownSurnames(f, Candidates(f.Texts.Skip(unit.Start).Take(unit.Count), f.NameWords));
            if (SentenceRules.UnintroducedPerson(text, Known, surnames) is not null) return true;
            // A thing is known in any case ("the premier's allies" after "Italian Premier Silvio Berlusconi").
            bool Met(string noun) => SaidBefore(f, chosen, unit.Start, upTo, text => CoverageSummarizer.HoldsNoun(text, noun));
            // "The charges come amid …", "The rest goes to …" with no charge or whole in the summary: the article's
            // headline or another word named them. People and bodies are named with other words ("The boy" after "her
            // son", "The company" after its name) and are left to the rules that read pronouns and names.
            if (SentenceRules.DefiniteReference(text) is { } opening && !PersonNouns.Contains(opening) && !Met(opening) && !Met(opening.TrimEnd('s')))
                return true;
            var sentence = f.Sentences[i];
            string? before = null; // the article's text before the sentence, read only for a possessive
            // "the tribunal's pending review": its article named the tribunal ("the Constitutional Tribunal"), or it is
            // a noun that points back ("the show's", "the company's"); "the government's" of a story about one
            // country is not asked for.
            if (SentenceRules.DefinitePossessiveNoun(text, noun =>
                {
                    if (Met(noun)) return false;
                    before ??= sentence.Article.Text[..Math.Min(sentence.Span.Start, sentence.Article.Text.Length)];
                    return HoldsCapitalised(before, noun) || (SentenceRules.IsAnaphoricNoun(noun) && CoverageSummarizer.HoldsNoun(before, noun));
                }) is not null)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Says who the people of <paramref name="unit"/> are where <see cref="BringsInStranger"/> finds someone the
    /// summary has not met, named in full, and the cluster describes them (<see cref="SentenceRules.DescribePerson"/>),
    /// adding at most <paramref name="wordsLeft"/> words: the sentence is rewritten in <paramref name="f"/> and true is
    /// returned when nothing unintroduced is left. Otherwise nothing changes and false is returned.
    /// </summary>
    internal static bool IntroduceStrangers(ClusterFeatures f, (int Start, int Count) unit, List<int> chosen, int wordsLeft)
    {
        var original = new string[unit.Count];
        for (int k = 0; k < unit.Count; k++) original[k] = f.Texts[unit.Start + k];
        int added = 0;
        Dictionary<string, string>? names = null;
        HashSet<string>? people = null;
        for (int tries = 0; tries < MaxIntroductions && BringsInStranger(f, unit, chosen); tries++)
        {
            bool rewrote = false;
            for (int i = unit.Start; i < unit.Start + unit.Count && !rewrote; i++)
            {
                int upTo = i;
                bool Known(string word) => SaidBefore(f, chosen, unit.Start, upTo, text => HoldsWord(text, word));
                names ??= FullNames(f.Texts, Candidates(original, f.NameWords));
                people ??= KnownSurnames(f, Candidates(original, f.NameWords));
                var (surname, name) = SentenceRules.FindUnintroducedPerson(f.Texts[i], Known, people);
                if (surname is null) continue;
                string text = f.Texts[i];
                // "Zuckerberg said", "Ms. Murphy pays": the full name the cluster gives, then who they are.
                if (name is null && names.TryGetValue(surname, out var full))
                {
                    if (WithFullName(text, surname, full, titled: false) is not { } named) continue;
                    text = named;
                    name = full;
                }
                if (name is null || SentenceRules.DescribePerson(text, name, f.Texts) is not { } described) continue;
                int extra = Sentence.CountWords(described) - Sentence.CountWords(f.Texts[i]);
                if (added + extra > wordsLeft) continue;
                added += extra;
                f.Texts[i] = described;
                rewrote = true;
            }
            if (!rewrote) break;
        }
        if (added > 0 && !BringsInStranger(f, unit, chosen))
        {
            for (int i = unit.Start; i < unit.Start + unit.Count; i++) f.Words[i] = Sentence.CountWords(f.Texts[i]);
            return true;
        }
        for (int k = 0; k < unit.Count; k++) f.Texts[unit.Start + k] = original[k];
        return false;
    }

    /// <summary>
    /// Says who the people of an assembled summary are where a sentence from the third on (<see cref="LatePersonSentence"/>)
    /// names someone without saying who they are (<see cref="SentenceRules.UnintroducedPerson"/>) and no earlier sentence
    /// names them: where the cluster describes them (<see cref="SentenceRules.DescribePerson"/>; a "Mr. Doherty" first
    /// given the full name the cluster is sure of), the description is added at that first mention, while the added
    /// words stay within <paramref name="wordsLeft"/>. <paramref name="texts"/> (in reading order) is rewritten in place;
    /// returns how many people were described.
    /// </summary>
    internal static int DescribeLatePeople(string[] texts, ClusterFeatures f, int wordsLeft)
    {
        int described = 0;
        Dictionary<string, string>? names = null;
        for (int k = LatePersonSentence; k < texts.Length && wordsLeft > 0; k++)
        {
            int upTo = k;
            var skipped = new HashSet<string>(StringComparer.Ordinal);
            bool Known(string word) => skipped.Contains(word) || texts.Take(upTo).Any(t => HoldsWord(t, word));
            for (int tries = 0; tries < MaxIntroductions; tries++)
            {
                var (surname, name) = SentenceRules.FindUnintroducedPerson(texts[k], Known);
                if (surname is null) break;
                skipped.Add(surname); // looked at once, described or not
                string text = texts[k];
                // "Mr. Doherty said": the full name the cluster gives, then who they are.
                if (name is null)
                {
                    names ??= FullNames(f.Texts, Candidates(texts, f.NameWords));
                    if (!names.TryGetValue(surname, out var full)) continue;
                    if (WithFullName(text, surname, full, titled: true) is not { } named) continue;
                    text = named;
                    name = full;
                }
                if (SentenceRules.DescribePerson(text, name, f.Texts) is not { } rewritten) continue;
                int extra = Sentence.CountWords(rewritten) - Sentence.CountWords(texts[k]);
                if (extra > wordsLeft) continue;
                wordsLeft -= extra;
                texts[k] = rewritten;
                described++;
            }
        }
        return described;
    }

    /// <summary>
    /// <paramref name="text"/> with its first mention of <paramref name="surname"/> — after "Mr.", "Mrs.", "Ms." or
    /// "Miss", which goes with it, and only so when <paramref name="titled"/> — replaced by <paramref name="full"/>; null
    /// when there is no such mention.
    /// </summary>
    private static string? WithFullName(string text, string surname, string full, bool titled)
    {
        var title = titled ? @"(?:Mr|Mrs|Ms|Miss)\.?\s+" : @"(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?";
        var mention = Regex.Match(text, @"\b" + title + Regex.Escape(surname) + @"\b", RegexOptions.CultureInvariant);
        return mention.Success ? text[..mention.Index] + full + text[(mention.Index + mention.Length)..] : null;
    }

    /// <summary>From this sentence of a summary on (0-based), a person must be introduced: the first two introduce its people (as <see cref="Evaluation.SummaryChecks.PersonIntroductionSentences"/> reads them).</summary>
    internal const int LatePersonSentence = 2;

    /// <summary>True when a chosen sentence, or a sentence of the unit from <paramref name="unitStart"/> before <paramref name="upTo"/>, satisfies <paramref name="holds"/>.</summary>
    internal static bool SaidBefore(ClusterFeatures f, List<int> chosen, int unitStart, int upTo, Func<string, bool> holds)
    {
        foreach (int c in chosen) if (holds(f.Texts[c])) return true;
        for (int k = unitStart; k < upTo; k++) if (holds(f.Texts[k])) return true;
        return false;
    }

    /// <summary>How many people one unit may have described (see <see cref="IntroduceStrangers"/>).</summary>
    private const int MaxIntroductions = 3;

    /// <summary>Nouns of <c>anaphoric-nouns</c> that stand for people or bodies (lexicon <c>person-nouns</c>).</summary>
    private static readonly FrozenSet<string> PersonNouns = LanguageLexicon.English.Words("person-nouns");

    /// <summary>True when <paramref name="text"/> holds <paramref name="noun"/> capitalised as a whole word ("the Constitutional Tribunal" for "tribunal").</summary>
    private static bool HoldsCapitalised(string text, string noun) => HoldsWord(text, char.ToUpperInvariant(noun[0]) + noun[1..]);

    /// <summary>True when <paramref name="text"/> holds <paramref name="word"/> as a whole word (ordinal).</summary>
    private static bool HoldsWord(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end]))) return true;
        }
        return false;
    }

    /// <summary>The word right before <paramref name="index"/> (letters, digits, periods, apostrophes) and where it starts; empty when none.</summary>
    private static (string Word, int At) PreviousWord(string text, int index)
    {
        int end = index;
        while (end > 0 && text[end - 1] == ' ') end--;
        if (end == index) return ("", index); // no space before: "(Bauer" or the text's start
        int start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '\'' or '’')) start--;
        return (text[start..end], start);
    }

    /// <summary>
    /// True when the full name <paramref name="m"/> at a sentence's start is followed by ", " and a word in lower case
    /// (a description: "Richard Doherty, director of …") or by a verb of saying ("Ana Roe said …").
    /// </summary>
    private static bool IntroducedAtStart(string text, Match m)
    {
        var surname = m.Groups["surname"];
        var after = text.AsSpan(surname.Index + surname.Length);
        if (after.StartsWith(", ", StringComparison.Ordinal)) return after.Length > 2 && char.IsLower(after[2]);
        if (after.IsEmpty || after[0] != ' ') return false;
        after = after[1..];
        int end = 0;
        while (end < after.Length && char.IsLetter(after[end])) end++;
        return end > 0 && SayVerbs.Contains(after[..end]);
    }

    private static bool IsSentenceStart(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd("\"“‘'( ");
        if (before.IsEmpty || before[^1] is '!' or '?' or ':' or '—') return true;
        if (before[^1] != '.') return false;
        int start = before.LastIndexOf(' ') + 1; // "Gov. Bush" and "Mr. Roe" are not a sentence's start
        return !TitleLookup.Contains(before[start..]);
    }

    /// <summary>"Mr.", "Mrs.", "Ms.", "Miss": a title any person of the name may have.</summary>
    private static bool IsCourtesyTitle(string title) => title.TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Miss";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup =
        LanguageLexicon.English.Words("person-titles", caseSensitive: true).GetAlternateLookup<ReadOnlySpan<char>>();
}
