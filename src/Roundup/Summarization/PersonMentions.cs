using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Roundup.Lexicon;

namespace Roundup.Summarization;

/// <summary>
/// People and things a sentence brings in without saying who or what they are. Late in a short summary, "Elliott
/// Norse said the evidence … is overwhelming." or "… conferences like Spencer's NPI" names someone the reader has never
/// met (blind judges: "ends on an unintroduced Norse"); "Israel's Foreign Ministry said it hopes the tribunal's pending
/// review …" points at a tribunal the summary never named.
/// </summary>
public static partial class SentenceRules
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonTitles =
        LanguageLexicon.English.Words("person-titles", caseSensitive: true).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = Lookup("content-stopwords");

    /// <summary>A given name, an optional middle initial and a surname ("Elliott Norse", "George W. Bush"), or a courtesy title and a surname ("Mr. Doherty").</summary>
    [GeneratedRegex(@"\b(?:(?<given>[A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?|(?<honorific>Mr|Mrs|Ms|Miss)\.?\s+)(?<surname>(?:Ma?c)?[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedPerson();

    /// <summary>A capitalised word (a surname met alone).</summary>
    [GeneratedRegex(@"\b(?:Ma?c)?[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedName();

    /// <summary>
    /// The surname of the first person <paramref name="text"/> names without saying who they are, when
    /// <paramref name="known"/> says the reader has not met them; else null. A person is a given name (lexicon) with a
    /// surname ("Elliott Norse said …", "… said Richard Doherty."), "Mr./Mrs./Ms./Miss" with a surname, or one of
    /// <paramref name="surnames"/> alone ("Spencer's NPI"; the cluster's certain surnames, see
    /// <see cref="NameIntroductions.FullNames"/>). The sentence says who they are with a title or a role before the
    /// name ("Gov. …", "analyst Richard Doherty", "Apple CEO Tim Cook"), or with a description after it (", a marine
    /// biologist,", ", 53,", ", who …", " of the institute", " (D-Calif.)"). Errs towards "introduced": a lower-case word
    /// before the name that is not a function word, a verb of saying or a past verb counts as a role.
    /// </summary>
    public static string? UnintroducedPerson(string text, Func<string, bool> known, IReadOnlySet<string>? surnames = null) =>
        FindUnintroducedPerson(text, known, surnames).Surname;

    /// <summary><see cref="UnintroducedPerson"/>'s surname, with the full name as the sentence writes it when it gives one ("Elliott Norse"; null for "Mr. Doherty" or a surname alone).</summary>
    internal static (string? Surname, string? FullName) FindUnintroducedPerson(string text, Func<string, bool> known, IReadOnlySet<string>? surnames = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(known);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in NamedPerson().Matches(text))
        {
            var given = m.Groups["given"];
            var name = m.Groups["surname"];
            int end = name.Index + name.Length;
            // "Mr. Comey’s associates": the possessive is not part of the surname.
            if (name.Value.EndsWith("'s", StringComparison.Ordinal) || name.Value.EndsWith("’s", StringComparison.Ordinal)) end -= 2;
            string surname = text[name.Index..end];
            if (given.Success && (!GivenNameLookup.Contains(given.ValueSpan) || GivenNameLookup.Contains(surname))) continue;
            if (!seen.Add(surname) || known(surname)) continue;
            // A full name's possessive ("Carrie Bradshaw's home") names whose thing it is; a surname alone ("Spencer's NPI")
            // expects the reader to know them.
            if ((!given.Success || Salient(text, m.Index, end, possessive: false)) && !Described(text, m.Index, end))
                return (surname, given.Success ? text[m.Index..end] : null);
        }
        if (surnames is null || surnames.Count == 0) return (null, null);
        foreach (Match m in CapitalisedName().Matches(text))
        {
            int length = m.Length;
            if (m.Value.EndsWith("'s", StringComparison.Ordinal) || m.Value.EndsWith("’s", StringComparison.Ordinal)) length -= 2; // "Wren's boatyard"
            string word = text.Substring(m.Index, length);
            if (!surnames.Contains(word) || seen.Contains(word) || known(word)) continue;
            seen.Add(word);
            var (previous, _) = WordBefore(text, m.Index);
            // Part of a longer name ("Gary Bauer", read above), or "the Clinton administration".
            if (previous.Length > 0 && (char.IsUpper(previous[0]) && !AtSentenceStart(text, m.Index) || previous is "the" or "The" or "a" or "an")) continue;
            if (Salient(text, m.Index, m.Index + length) && !Described(text, m.Index, m.Index + length)) return (word, null);
        }
        return (null, null);
    }

    /// <summary>A definite possessive, "the tribunal's" (a lower-case noun after "the").</summary>
    [GeneratedRegex(@"\b[Tt]he (?<noun>[a-z]{3,})['’]s\b", RegexOptions.CultureInvariant)]
    private static partial Regex DefinitePossessive();

    /// <summary>
    /// The noun of the first definite possessive in <paramref name="text"/> ("… hopes the tribunal's pending review
    /// will …" → "tribunal") for which <paramref name="pointsBack"/> is true; else null. "The X's" takes X as known, as
    /// "the X" does: a reader looks for the tribunal in what came before.
    /// </summary>
    public static string? DefinitePossessiveNoun(string text, Func<string, bool> pointsBack)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pointsBack);
        foreach (Match m in DefinitePossessive().Matches(text))
            if (pointsBack(m.Groups["noun"].Value)) return m.Groups["noun"].Value;
        return null;
    }

    /// <summary>
    /// Where the bare full name <paramref name="fullName"/> stands in <paramref name="text"/> (its first mention), and
    /// the cluster's <paramref name="texts"/> say who the person is, the sentence with that description: an apposition
    /// ("Michael Weinstein, president of the AIDS Healthcare Foundation, said …"; at most <see cref="DescriptionWords"/>
    /// words that start in lower case) or else a role word before the name ("said producer Jordan Horowitz"). Null
    /// when the cluster gives none or the mention is a possessive.
    /// </summary>
    public static string? DescribePerson(string text, string fullName, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(texts);
        int at = text.IndexOf(fullName, StringComparison.Ordinal);
        if (at < 0) return null;
        int end = at + fullName.Length;
        var after = text.AsSpan(end);
        if (after.Length > 0 && char.IsLetter(after[0])) return null;
        bool possessive = after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal);
        string? role = null;
        foreach (var other in texts)
        {
            for (int k = other.IndexOf(fullName, StringComparison.Ordinal); k >= 0; k = other.IndexOf(fullName, k + 1, StringComparison.Ordinal))
            {
                var rest = other.AsSpan(k + fullName.Length);
                if (!possessive && rest.StartsWith(", ", StringComparison.Ordinal) && rest.Length > 2 && char.IsLower(rest[2]))
                {
                    int stop = rest[2..].IndexOfAny(',', '.', ';');
                    if (stop > 0)
                    {
                        var description = rest.Slice(2, stop).ToString();
                        // "a Bay-area writer who hit the big 3-0 last April": an indefinite role stands without its clause
                        // (a definite one, "the biologist who heads …", needs it).
                        int clause = description.IndexOf(" who ", StringComparison.Ordinal);
                        if (clause > 0 && (description.StartsWith("a ", StringComparison.Ordinal) || description.StartsWith("an ", StringComparison.Ordinal)))
                            description = description[..clause];
                        int words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                        // "the Air Component Command" names a body, not the person's role in it: a role has a word in lower case
                        // after its article ("the Galileo chief scientist").
                        var head = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        bool names = head.Length > 0 && char.IsLower(head[0][0]) && head.Skip(head[0] is "a" or "an" or "the" ? 1 : 0).Any(w => char.IsLower(w[0]))
                            // "For Ana Roe, it has been …", "Ana Roe, which …", "Ana Roe, told ABC News …": a clause, not who she is.
                            && (head[0] is "a" or "an" or "the" || !FunctionWords.Contains(head[0]) && !SayVerbs.Contains(head[0]) && !IrregularPasts.Contains(head[0]) && !Auxiliaries.Contains(head[0]));
                        if (names && words <= DescriptionWords && description.IndexOfAny(['"', '“', '”', '(', '—']) < 0 && !description.StartsWith("who ", StringComparison.Ordinal)
                            && !description.StartsWith("said", StringComparison.Ordinal))
                        {
                            // "… said Richard Doherty." → "… said Richard Doherty, director of Envisioneering."
                            string close = after.Length > 0 && after[0] == ' ' ? "," : "";
                            return text[..end] + ", " + description + close + after.ToString();
                        }
                    }
                }
                if (TitleBefore(other, k) is { } title && (role is null || title.Length > role.Length)) role = title;
            }
        }
        if (role is null) return null;
        var opening = text.AsSpan(0, at).TrimEnd(' ');
        if (opening.IsEmpty || opening[^1] == '“') role = char.ToUpperInvariant(role[0]) + role[1..];
        return string.Concat(text.AsSpan(0, at), role, " ", text.AsSpan(at));
    }

    /// <summary>
    /// The title or role right before the name at <paramref name="index"/> in <paramref name="text"/>: one lower-case
    /// role word ("producer", "analyst"; not a function word, a verb of saying or a past verb), or up to
    /// <see cref="TitleWords"/> capitalised words that end in a title of <c>person-titles</c> or an abbreviation in
    /// capitals ("AIDS Healthcare Foundation President", "Facebook CEO"), stopping at a lower-case word; null when none.
    /// </summary>
    private static string? TitleBefore(string text, int index)
    {
        var (word, at) = WordBefore(text, index);
        if (word.Length < 3 || at < 0 || AtSentenceStart(text, index)) return null;
        if (char.IsLower(word[0]))
        {
            // A role before a name is one person's, singular: "notes Ana Roe" is a verb of saying.
            if (!IsRoleWord(word) || word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) return null;
            // "press secretary Josh Roe", "Libyan leader Ana Roe": the role's one modifier comes with it (a lone
            // "secretary" would say something else); a longer run before it would be cut, so none is taken.
            var (modifier, modifierAt) = WordBefore(text, at);
            if (modifier.Length == 0 || modifierAt < 0 || FunctionWords.Contains(modifier) || SayVerbs.Contains(modifier)) return word;
            if (char.IsLower(modifier[0]) && !IsRoleWord(modifier)) return word; // "arrested analyst …"
            if (char.IsUpper(modifier[0]) && (modifier is "The" or "A" or "An" || !modifier.All(c => char.IsLetter(c)))) return word;
            if (AtSentenceStart(text, modifierAt)) return text[modifierAt..(at + word.Length)];
            var (outer, _) = WordBefore(text, modifierAt);
            if (outer.Length > 0 && (char.IsUpper(outer[0]) || IsRoleWord(outer)) && !FunctionWords.Contains(outer) && !SayVerbs.Contains(outer)) return null;
            return text[modifierAt..(at + word.Length)];
        }
        if (!PersonTitles.Contains(word) && !(word.Length >= 2 && word.All(char.IsUpper))) return null;
        int start = at;
        for (int n = 1; ; n++)
        {
            // "Guitarist Jimmy Page, 70, has …": one capitalised word opening the sentence may be a role in lower case.
            if (AtSentenceStart(text, start)) { if (n == 1 && !word.All(char.IsUpper)) return null; break; }
            var (previous, previousAt) = WordBefore(text, start);
            // "When Judge Ana Roe wrote …": a small word that opens the sentence is not part of the title.
            if (previousAt >= 0 && AtSentenceStart(text, previousAt) && FunctionWords.Contains(previous.ToLowerInvariant())) break;
            // "Ways and Means Committee Chairman": a connective inside a capitalised run makes it a longer name.
            if (previous is "and" or "of" or "for" or "&") return null;
            if (previous.Length == 0 || previousAt < 0 || !char.IsUpper(previous[0]) || previous is "The" or "A" or "An")
            {
                // "Editor in Chief": a capitalised title around a small word is longer than its last words.
                if (previous.Length > 0 && previousAt >= 0 && FunctionWords.Contains(previous) && WordBefore(text, previousAt) is ({ Length: > 0 } title, _) && char.IsUpper(title[0])
                    && (PersonTitles.Contains(title) || PersonTitles.Contains(title.TrimEnd('.')))) return null;
                if (previous.Length > 0 && char.IsLower(previous[0]) && !FunctionWords.Contains(previous) && !SayVerbs.Contains(previous))
                {
                    // "former House Speaker Newt Roe": one modifier in lower case, after a small word or a verb of saying, opens
                    // the title; "McSally campaign CEO" would be cut.
                    if (!IsRoleWord(previous) || previousAt < 0 || AtSentenceStart(text, previousAt)) return null;
                    var (outer, _) = WordBefore(text, previousAt);
                    if (outer.Length > 0 && !FunctionWords.Contains(outer) && !SayVerbs.Contains(outer)) return null;
                    start = previousAt;
                }
                break;
            }
            if (n == TitleWords) return null; // a longer name than a title ("Ways and Means Committee …")
            start = previousAt;
        }
        return text[start..(at + word.Length)];
    }

    /// <summary>A lower-case word that can name a role or modify one ("producer", "press", "former"): letters only, not a function word, a verb of saying, an auxiliary or a past or -ing form.</summary>
    private static bool IsRoleWord(string word) =>
        word.Length >= 3 && char.IsLower(word[0]) && word.All(char.IsLetter) && !FunctionWords.Contains(word) && !SayVerbs.Contains(word) && !IrregularPasts.Contains(word)
        && !Auxiliaries.Contains(word) && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The most capitalised words <see cref="TitleBefore"/> takes.</summary>
    private const int TitleWords = 4;

    /// <summary>The longest apposition <see cref="DescribePerson"/> takes from the cluster.</summary>
    internal const int DescriptionWords = 8;

    /// <summary>
    /// True when the name at <paramref name="start"/>..<paramref name="end"/> stands where a reader needs to know who it
    /// is: it opens the sentence (its subject), speaks ("Norse said", "said Richard Doherty"), or, with
    /// <paramref name="possessive"/>, owns something ("Spencer's NPI"). A name in a list or after a preposition
    /// ("alongside Will Ferrell", "such as Nancy Reagan") is an example, not a character of the story.
    /// </summary>
    private static bool Salient(string text, int start, int end, bool possessive = true)
    {
        var after = text.AsSpan(end);
        if (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal)) return possessive;
        if (AtSentenceStart(text, start)) return true;
        var next = after.TrimStart(' ');
        int length = 0;
        while (length < next.Length && char.IsLetter(next[length])) length++;
        if (length > 0 && next.Length < after.Length && SayVerbs.Contains(next[..length])) return true;
        var (previous, at) = WordBefore(text, start);
        if (previous.Length == 0 || !SayVerbs.Contains(previous)) return false;
        // "a cotton merchant who was called James Maybrick": "was called" names the person, who does not speak.
        if (previous is "called" or "named" && at > 0 && WordBefore(text, at) is ({ Length: > 0 } aux, _) && Auxiliaries.Contains(aux)) return false;
        return true;
    }

    /// <summary>
    /// True when the name at <paramref name="start"/>..<paramref name="end"/> comes with who the person is: a title, a
    /// role or an organisation's capitalised words before it, or a description after it.
    /// </summary>
    private static bool Described(string text, int start, int end)
    {
        var after = text.AsSpan(end);
        // "Elliott Norse Institute": part of a longer name, not a person.
        if (after.Length > 1 && after[0] == ' ' && char.IsUpper(after[1])) return true;
        // "under the name “Carlos Danger.”": a name in quotation marks is an alias or a title, not someone met.
        if (start > 0 && text[start - 1] is '“' or '"' && after.TrimStart(".,!?") is [('”' or '"'), ..]) return true;
        if (after.StartsWith(", ", StringComparison.Ordinal) && DescribedAfterComma(after[2..])) return true;
        if (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal)) after = ReadOnlySpan<char>.Empty; // "Spencer's NPI": a possessive says nothing of them
        else if (after.StartsWith(", ", StringComparison.Ordinal) && after.Length > 2 && (char.IsLower(after[2]) || char.IsDigit(after[2]))) return true;
        else if (after.StartsWith(" (", StringComparison.Ordinal) || after.StartsWith(" of ", StringComparison.Ordinal) || after.StartsWith(" from ", StringComparison.Ordinal)) return true;
        var (previous, at) = WordBefore(text, start);
        if (previous.Length == 0 || AtSentenceStart(text, start)) return false;
        if (PersonTitles.Contains(previous.TrimEnd('.')) || PersonTitles.Contains(previous)) return true;
        // "Apple CEO Tim Cook", "Foreign Minister Ana Roe": capitalised words of a title or an organisation.
        if (char.IsUpper(previous[0])) return true;
        if (!char.IsLower(previous[0])) return false;
        // "analyst Richard Doherty", "fan Jordan Roe": a role noun; "said Richard Doherty", "with Will Roe", "arrested
        // Ana Roe": no description.
        if (FunctionWords.Contains(previous) || SayVerbs.Contains(previous) || IrregularPasts.Contains(previous) || Auxiliaries.Contains(previous)) return false;
        if (previous.EndsWith("ed", StringComparison.Ordinal) || previous.EndsWith("ing", StringComparison.Ordinal)) return false;
        return at >= 0;
    }

    /// <summary>
    /// True when the words after a name's comma say who the person is although they start with a capital: a title
    /// ("Rebecca Dolgin, Editor in Chief of …", "John Roe, CEO of …"; <c>person-titles</c> or an abbreviation in
    /// capitals), a possessive and the role it owns within the first words ("John Fuller, Hayes' attorney,", "Jim
    /// Roe, Occidental's director of communications", "Todd Harper, Cancer Council Victoria’s CEO"), or a party and
    /// state ("Charles Roe, R-Fla., …").
    /// </summary>
    private static bool DescribedAfterComma(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || !char.IsUpper(rest[0])) return false;
        int stop = rest.IndexOfAny(',', ';', '“');
        var words = (stop >= 0 ? rest[..stop] : rest).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        // "Editor in Chief of …", "CEO of …"; not "Sen. Ana Roe" (another person, in a list).
        if (IsTitle(words[0].TrimEnd('.')) && (words.Length == 1 || !char.IsUpper(words[1][0]) || IsTitle(words[1]))) return true;
        if (Regex.IsMatch(words[0], @"^[RDI]-[A-Z][A-Za-z]*\.?$", RegexOptions.CultureInvariant)) return true;
        for (int k = 0; k + 1 < words.Length && k < DescriptionOwnerWords; k++)
        {
            var w = words[k];
            if (!char.IsUpper(w[0])) return false; // the possessive must belong to the capitalised run that opens it
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("s'", StringComparison.Ordinal) || w.EndsWith("s’", StringComparison.Ordinal))
            {
                var role = words[k + 1];
                return char.IsLower(role[0]) && !SayVerbs.Contains(role) && !FunctionWords.Contains(role) || IsTitle(role);
            }
        }
        return false;

        static bool IsTitle(string word) => PersonTitles.Contains(word) || (word.Length >= 2 && word.All(char.IsUpper));
    }

    /// <summary>How many capitalised words may stand before the possessive of a description after a comma ("Cancer Council Victoria’s CEO").</summary>
    private const int DescriptionOwnerWords = 4;

    /// <summary>The word (letters, digits, periods, apostrophes, hyphens) right before <paramref name="index"/> after spaces, and where it starts; empty when a space is missing or nothing is there.</summary>
    private static (string Word, int At) WordBefore(string text, int index)
    {
        int end = index;
        while (end > 0 && text[end - 1] == ' ') end--;
        if (end == index) return ("", -1);
        int start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '\'' or '’' or '-')) start--;
        return (text[start..end], start);
    }

    /// <summary>True when <paramref name="index"/> starts the sentence, or follows a quotation's close or an opening quotation mark or bracket.</summary>
    private static bool AtSentenceStart(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd(' ');
        if (before.IsEmpty) return true;
        char c = before[^1];
        return c is '"' or '“' or '”' or '‘' or '(' or ':' or '—' or ';' || (c == ',' && before.Length > 1 && before[^2] is '"' or '”');
    }
}
