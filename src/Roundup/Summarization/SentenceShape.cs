using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Roundup.Lexicon;

namespace Roundup.Summarization;

/// <summary>
/// The shape of a sentence as a reader sees it: whether it has a finite verb, a subject, and whom it addresses. The
/// checks are deliberately cautious (a word that may be a verb counts as one), so a sentence is only called a fragment
/// when nothing in it can carry the clause: a list entry ("Jane Roe, 21, of Springfield."), a credit line
/// ("Starring …"), a clipped bullet item ("Opposed any major tax cuts, a goal of …"), a relative clause cut from its
/// sentence ("Which is a good thing for …"), or a line that addresses the reader ("Listen to …").
/// </summary>
public static partial class SentenceRules
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPasts = Lookup("finite-verb-forms");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Lookup("auxiliary-verbs");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonVerbEd = Lookup("nonverb-ed-words");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ImperativeOpeners = Lookup("imperative-openers");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralSubjects = Lookup("bare-verb-subjects");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbAdverbs = Lookup("verb-adverbs");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Lookup("determiners");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonVerbs = Lookup("non-verbs");

    /// <summary>A lexicon list (case-insensitive) looked up by span.</summary>
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string kind) =>
        LanguageLexicon.English.Words(kind).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeOpeners = Lookup("relative-openers");

    /// <summary>
    /// True when the sentence cannot stand as a statement of its own although it starts with a capital and ends with
    /// a period: it has no finite verb (<see cref="LacksFiniteVerb(string)"/>), opens with a verb that has no subject
    /// (<see cref="LacksSubject(string)"/>), is a relative clause cut from its sentence ("Which is why …", "Who was involved
    /// in …"), or addresses the reader (<see cref="AddressesReader(string)"/>).
    /// </summary>
    public static bool IsFragmentary(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.AsSpan().Trim();
        var words = WordRanges(t); // read once for every check below
        return LacksFiniteVerb(t, words) || LacksSubject(t, words) || OpensAsRelativeClause(text) || AddressesReader(t, words);
    }

    /// <summary>
    /// True when no word of the sentence (or of its first clause, before a semicolon) can be a finite verb: no auxiliary or modal, no contraction ("n't", "'re",
    /// "it's"), no listed irregular past, no word in -ed (but one after a determiner, "a cherished goal"), no -s word with more of its clause after it ("rebels control",
    /// "says the") or after an adverb ("also lurks"), no subject whose verb has no ending ("they", "she", "people", …)
    /// before a lower-case word, no content word right before a determiner ("Mercer read the …") or right after a number
    /// ("35,000 live in …"). A line in capitals is not judged. A sentence that is all quotation is the speaker's and is not
    /// judged here.
    /// </summary>
    public static bool LacksFiniteVerb(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.AsSpan().Trim();
        return LacksFiniteVerb(t, WordRanges(t));
    }

    /// <summary><see cref="LacksFiniteVerb(string)"/> of a trimmed text whose words are read.</summary>
    private static bool LacksFiniteVerb(ReadOnlySpan<char> t, ReadOnlySpan<(int Start, int Length)> words)
    {
        if (t.Length == 0 || t[0] is '"' or '“' or '\'' or '‘') return false; // a quotation (or one's tail): the speaker's words
        if (!t.ContainsAnyInRange('a', 'z')) return false; // a line in capitals is a heading, judged elsewhere
        return NoVerbFrom(t, words, 0) || FirstClauseLacksVerb(t, words) || BlotterEntry().IsMatch(t);
    }

    /// <summary>
    /// A police blotter's entry: a name, an age and an address, then "charged with …" ("Jon Holm, 22, of Harbour Road,
    /// Weston, charged with …"). The participle belongs to the list entry; the sentence has no verb of its own.
    /// </summary>
    [GeneratedRegex(@"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}, \d{1,3}, of [^;:""“”]{2,80}?, (?:charged|arrested|cited|booked|accused|indicted) (?:with|for|on)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BlotterEntry();

    /// <summary>
    /// "Jane Roe, 21, and John Doe, 22, all of Mill Road; each charged with …": a semicolon joins clauses, so the words
    /// before the first one need a verb of their own (at least three words, no quotation mark before it).
    /// </summary>
    private static bool FirstClauseLacksVerb(ReadOnlySpan<char> t, ReadOnlySpan<(int Start, int Length)> words)
    {
        int semicolon = t.IndexOf("; ", StringComparison.Ordinal); // a clause break, not a code ("&amp;", "]0;title")
        if (semicolon < 0 || HasQuotationMark(t[..semicolon])) return false;
        int n = 0;
        while (n < words.Length && words[n].Start < semicolon) n++;
        return n >= 3 && NoVerbFrom(t, words[..n], 0);
    }

    /// <summary>True when none of the words from <paramref name="from"/> on can be a finite verb (see <see cref="LacksFiniteVerb(string)"/>).</summary>
    private static bool NoVerbFrom(ReadOnlySpan<char> t, ReadOnlySpan<(int Start, int Length)> words, int from, bool counted = false, bool relative = false)
    {
        int clause = 0; // words left in which a relative clause's verb may come
        for (int k = from; k < words.Length; k++)
        {
            var (start, length) = words[k];
            var w = t.Slice(start, length);
            // "… official on November 3 who received a message …": the verb right after a relative pronoun ("who", "which";
            // lexicon relative-openers), past an auxiliary or adverb, is the relative clause's; the sentence still needs
            // its own (only where a verb already opened it: see LacksSubject).
            if (relative && RelativeOpeners.Contains(w)) continue; // no verb itself ("2008 who" is no number's verb)
            if (relative && k > from && RelativeOpeners.Contains(t.Slice(words[k - 1].Start, words[k - 1].Length))) clause = 3;
            if (clause > 0)
            {
                clause--;
                if (Auxiliaries.Contains(w) || VerbAdverbs.Contains(w)) continue;
                if (IsVerbForm(w) || EndsInVerbS(w)) { clause = 0; continue; }
                clause = 0;
            }
            // "a cherished goal", "the injured man": after a determiner a word in -ed describes a noun.
            bool describes = k > from && EndsInEd(w) && !Auxiliaries.Contains(w) && Adjacent(t, words[k - 1], words[k])
                && Determiners.Contains(t.Slice(words[k - 1].Start, words[k - 1].Length));
            if (IsVerbForm(w) && !describes) return false;
            // "they rarely agree", "people say": the verb after such a subject has no ending. A participle after it is
            // no verb ("People eating, people sleeping."); "they bring" is (no vowel before its -ing).
            if (PluralSubjects.Contains(w) && k + 1 < words.Length && Adjacent(t, words[k], words[k + 1])
                && char.IsLower(t[words[k + 1].Start]) && !IsParticiple(t.Slice(words[k + 1].Start, words[k + 1].Length))) return false;
            bool lower = char.IsLower(w[0]);
            // "thrusting their hands through …": after a determiner a word in -s is a noun. (After a number too, but
            // "… usually begin 3–14 days following …" has no other verb the test can see, so numbers are left out.)
            // After a participle that opens the sentence, so is one after a number word ("Charged with eight counts of
            // …"; a sentence's own "Two suspects remain …" keeps its verb).
            bool noun = k > from && Adjacent(t, words[k - 1], words[k]) && (Determiners.Contains(t.Slice(words[k - 1].Start, words[k - 1].Length))
                || (counted && NumberWords.Contains(t.Slice(words[k - 1].Start, words[k - 1].Length))));
            if (EndsInVerbS(w) && (lower || k == from) && !noun) // a capitalised one inside the sentence is a name ("Tomas Berg")
            {
                // "rebels control", "says the", "shows Abigail": the clause goes on after it ("with English subtitles."
                // ends there); "also lurks," has an adverb before it.
                if (k + 1 < words.Length && Adjacent(t, words[k], words[k + 1])) return false;
                if (k > from && lower && VerbAdverbs.Contains(t.Slice(words[k - 1].Start, words[k - 1].Length))) return false;
            }
            // "About 35,000 live in …", "41 percent rate him": after a number, a content word is a verb.
            if (lower && k > from && k + 1 < words.Length && Adjacent(t, words[k - 1], words[k])
                && (char.IsDigit(t[words[k - 1].Start + words[k - 1].Length - 1]) || t.Slice(words[k - 1].Start, words[k - 1].Length).Equals("percent", StringComparison.OrdinalIgnoreCase))
                && !NonVerbs.Contains(w) && !Determiners.Contains(w) && !EndsInVerbS(w) && !w.EndsWith("ing", StringComparison.Ordinal)) return false;
            // "Mercer read the …", "personality take a back seat": a content word right before a determiner is a verb.
            if (lower && k + 1 < words.Length && Adjacent(t, words[k], words[k + 1])
                && Determiners.Contains(t.Slice(words[k + 1].Start, words[k + 1].Length))
                && !NonVerbs.Contains(w) && !Determiners.Contains(w) && !w.EndsWith("ing", StringComparison.Ordinal) && !w.EndsWith("ly", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>
    /// True for a clipped list item: the sentence opens with a past verb ("Called the economy's performance
    /// 'sparkling.'", "Opposed any major tax cuts, a goal of …", "Directed by …") and no other word of it can be a finite
    /// verb, as one would be after a participle that modifies a noun ("Armed men seized …"), an inverted sentence
    /// ("Included in the plan is …") or a participial opening ("Asked about the plan, Smith said …"). The verb of a relative
    /// clause is not the sentence's own: "Spoke to the harbour master on March 3 who received a call …" (a list line
    /// whose subject was a paragraph before) is a fragment; "Armed men who stormed the bank seized …" is not.
    /// </summary>
    public static bool LacksSubject(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.AsSpan().Trim();
        return LacksSubject(t, WordRanges(t));
    }

    private static bool LacksSubject(ReadOnlySpan<char> t, ReadOnlySpan<(int Start, int Length)> words)
    {
        if (words.Length < 2 || words[0].Start != 0) return false;
        var first = t.Slice(words[0].Start, words[0].Length);
        if (!char.IsUpper(first[0]) || Auxiliaries.Contains(first)) return false;
        if (!(EndsInEd(first) || IrregularPasts.Contains(first))) return false;
        if (!char.IsLower(t[words[1].Start])) return false; // "United Airlines …", "Led Zeppelin …"
        // "Armed men seized …", "Included in the plan is …", "Asked about it, Smith said …": a verb after it has a subject.
        return NoVerbFrom(t, words, 1, counted: true, relative: true);
    }

    /// <summary>
    /// "Which is a good thing for …", "Who was involved in the effort.": a relative clause whose sentence was cut off
    /// before it; "Though the crews have also obfuscated their premise.": a subordinate clause with no comma after which
    /// a main clause could stand.
    /// </summary>
    private static bool OpensAsRelativeClause(string text)
    {
        var t = text.AsSpan().Trim();
        int end = 0;
        while (end < t.Length && char.IsLetter(t[end])) end++;
        if (end == 0) return false;
        bool cut = RelativeOpeners.Contains(t[..end]) || (SubordinateOpeners.Contains(t[..end]) && t.IndexOf(',') < 0);
        return cut && !IsQuestion(text) && !HoldsSpeech(t); // the speech test reads the words: only for the few that open so
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubordinateOpeners = Lookup("subordinate-openers");

    /// <summary>
    /// True when the sentence opens with a verb that addresses the reader ("Listen to the most important stories of
    /// the day.", "Take a break from …"): page furniture or the writer's aside, not what the sources report. A word of
    /// the list used as a noun ("Watch sales rose …") is left alone when a verb-like word follows it.
    /// </summary>
    public static bool AddressesReader(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.AsSpan().Trim();
        return AddressesReader(t, WordRanges(t));
    }

    private static bool AddressesReader(ReadOnlySpan<char> t, ReadOnlySpan<(int Start, int Length)> words)
    {
        if (words.Length < 2 || words[0].Start != 0) return false;
        var first = t.Slice(words[0].Start, words[0].Length);
        if (PointsAtPage(t, words)) return true;
        if (ForbidsAfterOpening(t, words)) return true;
        if (!char.IsUpper(first[0]) || !ImperativeOpeners.Contains(first)) return false;
        if (HasQuotationMark(t)) return false; // "Don't panic," he said: a speaker's words
        var second = t.Slice(words[1].Start, words[1].Length);
        return !(IsVerbForm(second) || EndsInVerbS(second));
    }

    /// <summary>
    /// "As for adults, don't worry about napping.": an opening phrase, a comma, then "don't" or "do not" and a verb
    /// with no subject, outside quotation marks: the writer tells the reader what to do.
    /// </summary>
    private static bool ForbidsAfterOpening(ReadOnlySpan<char> t, ReadOnlySpan<(int Start, int Length)> words)
    {
        int comma = t.IndexOf(',');
        if (comma < 0 || HasQuotationMark(t)) return false;
        int k = 1; // the first word after the comma, within the first nine words, with a word after it
        while (k < words.Length && words[k].Start < comma) k++;
        if (k > 8 || k + 1 >= words.Length || t[comma..words[k].Start].Trim().Length != 1) return false;
        var w = t.Slice(words[k].Start, words[k].Length);
        return w is "don't" or "don’t" || (w is "do" && t.Slice(words[k + 1].Start, words[k + 1].Length) is "not");
    }

    /// <summary>
    /// "Here's his take on border security, in his own words.", "Here are the highlights.", "Here is what we know.":
    /// the page's pointer at what follows it (a video, a list, a gallery), outside quotation marks.
    /// </summary>
    private static bool PointsAtPage(ReadOnlySpan<char> t, ReadOnlySpan<(int Start, int Length)> words)
    {
        if (!t.StartsWith("Here", StringComparison.Ordinal) || HasQuotationMark(t)) return false;
        var first = t.Slice(words[0].Start, words[0].Length);
        if (first is "Here's" or "Here’s") return true;
        if (!first.Equals("Here", StringComparison.Ordinal)) return false;
        var second = t.Slice(words[1].Start, words[1].Length);
        return second is "is" or "are";
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords = Lookup("number-words");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherIdioms = Lookup("other-idioms");

    /// <summary>
    /// The noun of "the other …" or "…'s other …" in the sentence ("The other tenders were for …", "The plane's other
    /// black box …", "the other two attackers": "tenders", "black", "attackers"), which points back at a set the reader
    /// must have met; null when there is none, it is an idiom ("the other day", "on the other hand") or it means
    /// everyone else ("all the other leaders").
    /// </summary>
    public static string? OtherReference(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.AsSpan();
        if (!t.Contains("other", StringComparison.Ordinal)) return null; // most sentences: no word to look at
        var words = WordRanges(t);
        for (int k = 1; k + 1 < words.Length; k++)
        {
            var w = t.Slice(words[k].Start, words[k].Length);
            if (!w.Equals("other", StringComparison.Ordinal)) continue;
            var before = t.Slice(words[k - 1].Start, words[k - 1].Length);
            bool definite = before.Equals("the", StringComparison.OrdinalIgnoreCase) || before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal);
            if (!definite || !Adjacent(t, words[k - 1], words[k]) || !Adjacent(t, words[k], words[k + 1])) continue;
            // "all the other leaders", "all of the other leaders": everyone else, not a set named before.
            if (k >= 2 && t.Slice(words[k - 2].Start, words[k - 2].Length) is var w2 && (w2.Equals("all", StringComparison.OrdinalIgnoreCase)
                || (w2.Equals("of", StringComparison.Ordinal) && k >= 3 && t.Slice(words[k - 3].Start, words[k - 3].Length).Equals("all", StringComparison.OrdinalIgnoreCase)))) continue;
            int at = k + 1; // "the other two attackers": the noun after a number word
            if (NumberWords.Contains(t.Slice(words[at].Start, words[at].Length)) && at + 1 < words.Length && Adjacent(t, words[at], words[at + 1])) at++;
            var noun = t.Slice(words[at].Start, words[at].Length);
            if (!char.IsLower(noun[0]) || IsVerbForm(noun) || OtherIdioms.Contains(noun) || Determiners.Contains(noun) || NonVerbs.Contains(noun)) continue;
            return noun.ToString();
        }
        return null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DemonstrativeIdioms = Lookup("demonstrative-idioms");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DemonstrativeNouns = Lookup("demonstrative-nouns");

    /// <summary>
    /// The noun of "those …" or "these …" inside a sentence of narration ("… tested positive during those games." →
    /// "games"), or of "that …" or "this …" before a noun of <c>demonstrative-nouns</c> ("… commented on that possibility"), or of "later that …" or "earlier that …" before a unit of time ("… later that month"
    /// → "month"), which points back at something the reader must have met; null when there is none, the sentence holds
    /// a quotation (a speaker's "these substances" is the speaker's), or it is an idiom ("these days").
    /// </summary>
    public static string? DemonstrativeReference(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.AsSpan();
        if (HasQuotationMark(t)) return null;
        var words = WordRanges(t);
        for (int k = 1; k + 1 < words.Length; k++)
        {
            var w = t.Slice(words[k].Start, words[k].Length);
            // "… hasn't commented on that possibility": "that" or "this" before a noun that stands for something said
            // (demonstrative-nouns) points back as well.
            if ((w.Equals("that", StringComparison.Ordinal) || w.Equals("this", StringComparison.Ordinal)) && Adjacent(t, words[k], words[k + 1])
                && DemonstrativeNouns.Contains(t.Slice(words[k + 1].Start, words[k + 1].Length)) && !DefinedByClause(t, words, k + 1))
                return t.Slice(words[k + 1].Start, words[k + 1].Length).ToString();
            // "… campaigned for his wife later that month": a time counted from one told before.
            if (w.Equals("that", StringComparison.Ordinal) && Adjacent(t, words[k - 1], words[k]) && Adjacent(t, words[k], words[k + 1])
                && (t.Slice(words[k - 1].Start, words[k - 1].Length).Equals("later", StringComparison.OrdinalIgnoreCase)
                    || t.Slice(words[k - 1].Start, words[k - 1].Length).Equals("earlier", StringComparison.OrdinalIgnoreCase))
                && TimeUnits.Contains(t.Slice(words[k + 1].Start, words[k + 1].Length)))
                return t.Slice(words[k + 1].Start, words[k + 1].Length).ToString();
            if (!w.Equals("those", StringComparison.Ordinal) && !w.Equals("these", StringComparison.Ordinal)) continue;
            if (!Adjacent(t, words[k], words[k + 1])) continue;
            var noun = t.Slice(words[k + 1].Start, words[k + 1].Length);
            // "those making less than …", "those killed": people described, not a set named before.
            if (!char.IsLower(noun[0]) || IsVerbForm(noun) || IsParticiple(noun) || DemonstrativeIdioms.Contains(noun) || Determiners.Contains(noun)
                || NonVerbs.Contains(noun) || RelativeOpeners.Contains(noun) || NumberWords.Contains(noun)) continue;
            // "… during those many naps they take …", "… those rules that apply …": a clause right after the noun
            // says which ones, so nothing before is needed.
            if (DefinedByClause(t, words, k + 1)) continue;
            return noun.ToString();
        }
        return null;
    }

    /// <summary>
    /// True when, within the three words after word <paramref name="at"/> and before any punctuation, a relative word
    /// or a subject pronoun opens a clause that defines the phrase ("those naps they take", "those rules that apply").
    /// </summary>
    private static bool DefinedByClause(ReadOnlySpan<char> t, ReadOnlySpan<(int Start, int Length)> words, int at)
    {
        for (int k = at + 1; k < words.Length && k <= at + 3; k++)
        {
            if (!Adjacent(t, words[k - 1], words[k])) return false;
            var w = t.Slice(words[k].Start, words[k].Length);
            if (RelativeOpeners.Contains(w) || ClauseSubjects.Contains(w)) return true;
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseSubjects = Lookup("defining-clause-openers");

    private static bool HasQuotationMark(ReadOnlySpan<char> t) => t.IndexOfAny("\"“”") >= 0;

    /// <summary>
    /// True when the quotation marks of the sentence hold someone's words: a mark left open or closing one opened
    /// before the sentence, or a verb of saying beside a closed quotation. A closed quotation alone is a title
    /// ("Which is a good thing for “Star Wars” creator George Lucas.") and the sentence is judged as the writer's.
    /// </summary>
    private static bool HoldsSpeech(ReadOnlySpan<char> t)
    {
        if (!HasQuotationMark(t)) return false;
        int open = t.Count('“'), close = t.Count('”'), straight = t.Count('"');
        if (open != close || straight % 2 != 0) return true;
        foreach (var (start, length) in WordRanges(t))
            if (SayVerbs.Contains(t.Slice(start, length))) return true;
        return false;
    }

    private static bool IsVerbForm(ReadOnlySpan<char> w)
    {
        if (Auxiliaries.Contains(w) || IrregularPasts.Contains(w) || EndsInEd(w)) return true;
        // Contractions: "isn't", "they're", "we've", "she'll", "he'd", "I'm", "it's"/"that's" (a pronoun's 's is a verb).
        int apostrophe = w.LastIndexOfAny('\'', '’');
        if (apostrophe <= 0) return false;
        var tail = w[(apostrophe + 1)..];
        if (tail.Equals("t", StringComparison.OrdinalIgnoreCase) && w[apostrophe - 1] is 'n' or 'N') return true;
        if (tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("ll", StringComparison.OrdinalIgnoreCase) || tail.Equals("d", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("m", StringComparison.OrdinalIgnoreCase)) return true;
        if (tail.Equals("s", StringComparison.OrdinalIgnoreCase))
        {
            var head = w[..apostrophe];
            return head.Equals("it", StringComparison.OrdinalIgnoreCase) || head.Equals("that", StringComparison.OrdinalIgnoreCase)
                || head.Equals("there", StringComparison.OrdinalIgnoreCase) || head.Equals("here", StringComparison.OrdinalIgnoreCase)
                || head.Equals("he", StringComparison.OrdinalIgnoreCase) || head.Equals("she", StringComparison.OrdinalIgnoreCase)
                || head.Equals("what", StringComparison.OrdinalIgnoreCase) || head.Equals("who", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>A word in -ing with a vowel before the ending ("eating", "sleeping"), not "bring" or "swing".</summary>
    private static bool IsParticiple(ReadOnlySpan<char> w) =>
        w.Length >= 5 && w.EndsWith("ing", StringComparison.Ordinal) && w[..^3].IndexOfAny(Vowels) >= 0;

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    private static bool EndsInEd(ReadOnlySpan<char> w) =>
        w.Length >= 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NonVerbEd.Contains(w);

    /// <summary>A word that may be a verb in the third person singular or a plural subject: ends in -s, not -ss, -us, -is or 's.</summary>
    private static bool EndsInVerbS(ReadOnlySpan<char> w) =>
        w.Length >= 4 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i' or '\'' or '’') && char.IsLetter(w[^2]);

    /// <summary>True when nothing that ends a phrase stands between two words: only spaces or a sign ("includes $140 billion").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralOpeners = Lookup("plural-openers");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralNouns = Lookup("plural-nouns");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseBreakingWords = Lookup("phrase-breaking-words");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralVerbs = Lookup("elliptical-verbs");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SayVerbs = Lookup("say-verbs");

    /// <summary>Given names ("Thomas said they …" names a man, not a group): <see cref="NameIntroductions.GivenNames"/>.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNameLookup =
        NameIntroductions.GivenNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ThirdPersonPronouns = Lookup("pronouns-third-person");

    private static readonly System.Buffers.SearchValues<char> PhraseBreaks = System.Buffers.SearchValues.Create(",;:—–()");

    /// <summary>
    /// True when <paramref name="text"/> (what comes before a "they", "them" or "their") names a group the pronoun can
    /// point at: a plural noun (<c>plural-nouns</c>: "people", "police"; a word in -people or -women) or a word in -s
    /// that reads as one: up to four words after a word that opens a plural phrase ("two EMTs", "some family members",
    /// "The two professors", "Seven million Chinese workers"; lexicon <c>plural-openers</c>, or a number) with no
    /// punctuation, preposition, conjunction or verb between (<c>phrase-breaking-words</c>; "the captain warned of storms"), opening the sentence before a lower-case word ("Farmers upset over …", "Scientists said …"),
    /// or right before an auxiliary, a verb of saying, "who" or a verb in the past ("investigators say", "EMTs who",
    /// "rescuers joined their …"); never a given name
    /// ("Thomas said …").
    /// A word in -s that a determiner or pronoun follows is a verb ("says the", "bit them"), as is a verb of saying.
    /// </summary>
    private static bool NamesGroup(ReadOnlySpan<char> text)
    {
        var words = WordRanges(text);
        int opener = -1; // the last word that opens a plural phrase
        for (int k = 0; k < words.Length; k++)
        {
            var w = text.Slice(words[k].Start, words[k].Length);
            if (PluralNouns.Contains(w) || w.EndsWith("people", StringComparison.OrdinalIgnoreCase) || w.EndsWith("women", StringComparison.OrdinalIgnoreCase))
                return true;
            if (PluralOpeners.Contains(w) || char.IsDigit(w[^1])) { opener = k; continue; }
            if (PhraseBreakingWords.Contains(w) || Auxiliaries.Contains(w) || SayVerbs.Contains(w)) opener = -1; // the phrase has ended
            if (!LooksPlural(w) || (char.IsUpper(w[0]) && GivenNameLookup.Contains(w))) continue;
            var next = k + 1 < words.Length ? text.Slice(words[k + 1].Start, words[k + 1].Length) : default;
            if (SayVerbs.Contains(w) || (!next.IsEmpty && Adjacent(text, words[k], words[k + 1]) && (Determiners.Contains(next) || ThirdPersonPronouns.Contains(next))))
                continue; // "says the …", "bit them": a verb
            if (opener >= 0 && k - opener <= 4 && text[(words[opener].Start + words[opener].Length)..words[k].Start].IndexOfAny(PhraseBreaks) < 0)
                return true;
            if (k == 0 && words[0].Start == 0 && char.IsUpper(w[0]) && !next.IsEmpty && char.IsLower(next[0]))
                return true;
            if (!next.IsEmpty && (Auxiliaries.Contains(next) || SayVerbs.Contains(next) || next.Equals("who", StringComparison.OrdinalIgnoreCase)))
                return true;
            // "British and Norwegian rescuers joined their …": a verb in the past right after it has it as subject.
            if (!next.IsEmpty && Adjacent(text, words[k], words[k + 1]) && char.IsLower(next[0]) && (EndsInEd(next) || IrregularPasts.Contains(next)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The noun of a definite description the sentence opens with ("The 100% edible cup is made …" → "cup", "The cup,
    /// named …" → "cup", "The study finds …" → "study"): the last lower-case word after "The" (numbers skipped) before a
    /// comma, an auxiliary, a verb of saying, a word in -ed, a preposition, conjunction or adverb (<c>phrase-breaking-words</c>: "The workers later denied …" → "workers")
    /// or, after a noun, a word in -s that no such verb follows. Null when the sentence does not open with "The " or a capitalised word (a name,
    /// "The White House") comes first.
    /// </summary>
    public static string? DefiniteOpeningNoun(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith("The ", StringComparison.Ordinal)) return null;
        var t = text.AsSpan();
        var words = WordRanges(t);
        string? noun = null;
        for (int k = 1; k < words.Length && k < 8; k++)
        {
            var w = t.Slice(words[k].Start, words[k].Length);
            if (char.IsDigit(w[0]) || NumberWords.Contains(w)) continue;
            if (!char.IsLower(w[0])) return noun;
            // "The planned law …": a word in -ed before any noun describes it.
            if (noun is null && EndsInEd(w) && k + 1 < words.Length && words[k + 1].Start == words[k].Start + words[k].Length + 1 && char.IsLower(t[words[k + 1].Start]) && !PhraseBreakingWords.Contains(t.Slice(words[k + 1].Start, words[k + 1].Length))) continue;
            if (Auxiliaries.Contains(w) || SayVerbs.Contains(w) || PhraseBreakingWords.Contains(w) || EndsInEd(w)) return noun;
            // "The charges come amid …": a plural's own verb ends it (lexicon elliptical-verbs: verbs of plural subjects).
            if (noun is not null && noun.EndsWith('s') && PluralVerbs.Contains(w)) return noun;
            // "The study finds that …": a word in -s after a noun is its verb, unless a verb follows it ("The harbour
            // pilots said …").
            if (noun is not null && EndsInVerbS(w) && !(k + 1 < words.Length && StartsPredicate(t.Slice(words[k + 1].Start, words[k + 1].Length))))
                return noun;
            noun = w.ToString();
            int end = words[k].Start + words[k].Length;
            if (end < t.Length && t[end] is ',' or ';' or ':') return noun;
        }
        return noun;
    }

    /// <summary>
    /// The head nouns of a sentence's definite descriptions outside quotations, read as <see cref="DefiniteOpeningNoun"/>
    /// reads an opening one ("Mr. Oppenheim shot down the request, …" → "request"; "On Feb. 28, Cohen emailed the
    /// restraining order to …" → "order"; "The co-workers had pooled …" → "co-workers"). Left out: a noun of under four
    /// letters, one that says what it is of or which one it is ("the rest of the crew", "the request that he made"), and
    /// one an appositive names ("The boy, Jordan Belliveau, died …").
    /// </summary>
    public static List<string> DefiniteNouns(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<string>();
        for (int at = 0; at + 4 < text.Length; at++)
        {
            if (text[at] is not ('t' or 'T') || string.CompareOrdinal(text, at + 1, "he ", 0, 3) != 0) continue;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
            if (InsideQuotation(text, at) || !OpensSubjectOrObject(text, at)) continue;
            var phrase = "The " + text[(at + 4)..];
            if (DefiniteOpeningNoun(phrase) is not { Length: >= 4 } noun) continue;
            int end = NounEnd(phrase, noun);
            // "playing the determined intern trying to …": a participle after the noun is no head; nor is a word past
            // another determiner ("were the norm around the world": the phrase ended before "around").
            if (end < 0 || (IsParticiple(noun) && end - noun.Length > 4) || HoldsDeterminer(phrase.AsSpan(4, end - noun.Length - 4))) continue;
            var rest = phrase.AsSpan(end);
            if (rest.StartsWith(" of ", StringComparison.Ordinal) || RestrictiveAfterNoun(rest) || NamesAfterNoun(rest)) continue;
            if (rest.Length > 2 && rest[0] == ',' && rest[1] == ' ' && char.IsUpper(rest[2])) continue;
            // "… the statement said": an attribution, not a thing the sentence tells of.
            if (rest.Length > 1 && rest[0] == ' ' && SayVerbs.Contains(FirstWord(rest[1..]))) continue;
            if (!found.Contains(noun)) found.Add(noun);
        }
        return found;
    }

    /// <summary>
    /// True when the "the" at <paramref name="at"/> opens the sentence (past an opening quotation mark) or follows a
    /// lower-case word that is not a preposition, conjunction or adverb (<c>phrase-breaking-words</c>, <c>place-prepositions</c>): the subject or
    /// a verb's object ("shot down the request"), not a place or circumstance ("in the press room", "according to the memo").
    /// </summary>
    private static bool OpensSubjectOrObject(string text, int at)
    {
        int end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        if (end == 0 || (end == 1 && text[0] is '"' or '“' or '\'')) return true;
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        if (start == end || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '\'' or '’'))) return false;
        var word = text.AsSpan(start, end - start);
        if (!char.IsLower(word[0]) || PhraseBreakingWords.Contains(word) || PlaceWords.Contains(word)) return false;
        // "… launched a search to find the reported gunman": an infinitive's object says what was meant, not what happened.
        return !text.AsSpan(0, start).EndsWith(" to ", StringComparison.Ordinal);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceWords = Lookup("place-prepositions");

    /// <summary>True when "between", "with" or "against" and a name follow the noun ("the exchange between Acosta and …", "the lawsuit against Trump"): they say which one.</summary>
    private static bool NamesAfterNoun(ReadOnlySpan<char> rest)
    {
        if (rest.Length < 2 || rest[0] != ' ') return false;
        var word = FirstWord(rest[1..]);
        int after = 1 + word.Length;
        return word is "between" or "with" or "against" && after + 1 < rest.Length && rest[after] == ' ' && char.IsUpper(rest[after + 1]);
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> t)
    {
        int k = 0;
        while (k < t.Length && char.IsLetter(t[k])) k++;
        return t[..k];
    }

    /// <summary>Where the first whole-word <paramref name="noun"/> after "The " ends in <paramref name="phrase"/>, or -1.</summary>
    private static int NounEnd(string phrase, string noun)
    {
        for (int at = phrase.IndexOf(noun, 4, StringComparison.Ordinal); at >= 0; at = phrase.IndexOf(noun, at + 1, StringComparison.Ordinal))
        {
            int end = at + noun.Length;
            if (!char.IsLetter(phrase[at - 1]) && (end >= phrase.Length || !char.IsLetter(phrase[end]))) return end;
        }
        return -1;
    }

    /// <summary>True when a determiner ("the", "a", "an") stands among the words before the noun: two phrases were read as one.</summary>
    private static bool HoldsDeterminer(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
            if (words[range] is "the" or "a" or "an") return true;
        return false;
    }

    /// <summary>True when a relative pronoun follows the noun ("the request that he made"): the clause says which one.</summary>
    private static bool RestrictiveAfterNoun(ReadOnlySpan<char> rest) =>
        rest.StartsWith(" that ", StringComparison.Ordinal) || rest.StartsWith(" who ", StringComparison.Ordinal)
        || rest.StartsWith(" which ", StringComparison.Ordinal) || rest.StartsWith(" whose ", StringComparison.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DescriptionSpeakers = Lookup("description-speakers");

    /// <summary>
    /// True when a quotation in the sentence is attributed to a body described, not named: a closing quotation mark,
    /// then "the", up to two more words and a noun of <c>description-speakers</c>, then a verb of saying ("…,” the study
    /// panel said."). Who that is was said before the sentence.
    /// </summary>
    public static bool QuotesDescription(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.AsSpan();
        for (int q = t.IndexOfAny('”', '"'); q >= 0; q = NextMark(t, q))
        {
            // Read the words only where the first one after the mark is "the" ("…,” the").
            var rest = t[(q + 1)..];
            int first = 0;
            while (first < rest.Length && !char.IsLetterOrDigit(rest[first])) first++;
            if (!rest[first..].StartsWith("the", StringComparison.Ordinal) || (first + 3 < rest.Length && char.IsLetterOrDigit(rest[first + 3]))) continue;
            var words = WordRanges(rest);
            if (words.Length < 3 || !rest.Slice(words[0].Start, words[0].Length).Equals("the", StringComparison.Ordinal)) continue;
            for (int k = 1; k < words.Length - 1 && k <= 3; k++)
            {
                var w = rest.Slice(words[k].Start, words[k].Length);
                if (!char.IsLower(w[0])) break;
                if (DescriptionSpeakers.Contains(w) && SayVerbs.Contains(rest.Slice(words[k + 1].Start, words[k + 1].Length))) return true;
            }
        }
        return false;
    }

    private static int NextMark(ReadOnlySpan<char> t, int q)
    {
        int next = t[(q + 1)..].IndexOfAny('”', '"');
        return next < 0 ? -1 : q + 1 + next;
    }

    /// <summary>An auxiliary, a verb of saying or a word in -ed: what may follow a subject.</summary>
    private static bool StartsPredicate(ReadOnlySpan<char> w) => Auxiliaries.Contains(w) || SayVerbs.Contains(w) || EndsInEd(w);

    /// <summary>A word of at least four letters in -s that is not "-ss", "-us", "-is" or a possessive.</summary>
    private static bool LooksPlural(ReadOnlySpan<char> w) =>
        w.Length >= 4 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i' or '\'' or '’') && char.IsLetter(w[^2]);

    private static bool Adjacent(ReadOnlySpan<char> t, (int Start, int Length) a, (int Start, int Length) b)
    {
        var between = t[(a.Start + a.Length)..b.Start];
        foreach (char c in between) if (c is not (' ' or '$' or '£' or '€' or '#')) return false;
        return true;
    }

    [ThreadStatic]
    private static (int Start, int Length)[]? t_words;

    /// <summary>
    /// The words of a text: runs of letters, digits and inner apostrophes or hyphens. The buffer is the thread's own
    /// and is refilled by the next call: the checks of one sentence share one reading of its words. (An array, not a
    /// <c>List</c> of tuples: a list over tuples is compiled at run time in every process, and each of its calls is a
    /// real call from precompiled code.)
    /// </summary>
    private static ReadOnlySpan<(int Start, int Length)> WordRanges(ReadOnlySpan<char> t)
    {
        var words = t_words ??= new (int, int)[64];
        int count = 0;
        int i = 0;
        while (i < t.Length)
        {
            if (!char.IsLetterOrDigit(t[i])) { i++; continue; }
            int start = i;
            while (i < t.Length && (char.IsLetterOrDigit(t[i])
                || (t[i] is '\'' or '’' or '-' && i + 1 < t.Length && char.IsLetterOrDigit(t[i + 1])))) i++;
            if (count == words.Length)
            {
                var more = new (int, int)[words.Length * 2];
                for (int k = 0; k < count; k++) more[k] = words[k];
                t_words = words = more;
            }
            words[count++] = (start, i - start);
        }
        return words.AsSpan(0, count);
    }
}
