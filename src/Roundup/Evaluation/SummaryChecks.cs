using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Roundup.Lexicon;

namespace Roundup.Evaluation;

/// <summary>What the reader-level checks found in one summary sentence (see <see cref="SummaryChecks"/>).</summary>
[Flags]
public enum SentenceProblem
{
    /// <summary>Nothing found.</summary>
    None = 0,

    /// <summary>Starts mid-sentence (a lower-case word, a comma, a closing bracket) or has no final punctuation.</summary>
    Fragment = 1,

    /// <summary>"He", "they", "the deal" … with nothing earlier in the summary for it to point to.</summary>
    DanglingReference = 2,

    /// <summary>A speaker tag without its quotation ("The commission's president said.").</summary>
    LoneSpeakerTag = 4,

    /// <summary>The continuation of a quotation ("…,” he added.") without its lead-in right before it.</summary>
    OrphanedContinuation = 8,

    /// <summary>Says again what an earlier sentence of the summary said (most of its content words already there).</summary>
    RepeatedFact = 16,

    /// <summary>
    /// From the summary's third sentence on, a person named without saying who they are and not named before
    /// ("Elliott Norse said …"; <see cref="Summarization.SentenceRules.UnintroducedPerson"/>). Counted apart from
    /// <see cref="DanglingReference"/>: a reader can follow the sentence, but does not know who the person is.
    /// </summary>
    UnintroducedPerson = 32,

    /// <summary>
    /// From the summary's third sentence on, a name used bare where the reader needs to know what it is and not named
    /// before ("… lived with SynCardia's heart", "O'Grady told LiveScience", "GDF5 has also been linked …";
    /// <see cref="Summarization.SentenceRules.BareName"/>), or, at any place, a quotation or report given to "he" or
    /// "she" when no sentence so far names a person ("“I kind of overcooked it,” he laughs." after sentences about a
    /// band; <see cref="Summarization.SentenceRules.GivenToPronoun"/>). Counted apart, like <see cref="UnintroducedPerson"/>.
    /// </summary>
    UnintroducedName = 64,
}

/// <summary>The shares of summary sentences with each problem, over a set of summaries.</summary>
/// <param name="Sentences">Summary sentences checked.</param>
/// <param name="Fragments">Sentences that are fragments.</param>
/// <param name="DanglingReferences">Sentences with a dangling reference.</param>
/// <param name="LoneSpeakerTags">Lone speaker tags.</param>
/// <param name="OrphanedContinuations">Orphaned quotation continuations.</param>
/// <param name="RepeatedFacts">Sentences repeating an earlier one.</param>
/// <param name="UnintroducedPersons">Sentences naming a person without saying who they are (<see cref="SentenceProblem.UnintroducedPerson"/>).</param>
/// <param name="DanglingOrUnintroduced">Sentences with a dangling reference, an unintroduced person or both (the strict total's part; see <paramref name="DanglingOrUnintroducedAny"/>).</param>
/// <param name="UnintroducedNames">Sentences with a name used bare or a quotation given to an unnamed "he"/"she" (<see cref="SentenceProblem.UnintroducedName"/>).</param>
/// <param name="DanglingOrUnintroducedAny">Sentences with a dangling reference, an unintroduced person, an unintroduced name or more than one (the wider total's part).</param>
public sealed record SummaryCheckReport(int Sentences, int Fragments, int DanglingReferences, int LoneSpeakerTags, int OrphanedContinuations, int RepeatedFacts,
    int UnintroducedPersons = 0, int DanglingOrUnintroduced = 0, int UnintroducedNames = 0, int DanglingOrUnintroducedAny = 0)
{
    /// <summary>Share of sentences (0–1) for a count.</summary>
    public double Share(int count) => Sentences == 0 ? 0 : (double)count / Sentences;

    /// <summary>Dangling references, lone tags and orphaned continuations together (the issue's "cannot stand alone").</summary>
    public int CannotStandAlone => DanglingReferences + LoneSpeakerTags + OrphanedContinuations;

    /// <summary>
    /// The strict total: <see cref="CannotStandAlone"/> with the unintroduced persons too (a sentence with a dangling
    /// reference and an unintroduced person counted once).
    /// </summary>
    public int CannotStandAloneStrict => Math.Max(DanglingOrUnintroduced, DanglingReferences) + LoneSpeakerTags + OrphanedContinuations;

    /// <summary>
    /// The wider total: <see cref="CannotStandAloneStrict"/> with the unintroduced names and unnamed speakers too (a
    /// sentence with several of them counted once).
    /// </summary>
    public int CannotStandAloneWider => Math.Max(DanglingOrUnintroducedAny, Math.Max(DanglingOrUnintroduced, DanglingReferences)) + LoneSpeakerTags + OrphanedContinuations;
}

/// <summary>
/// Automatic reader-level checks of a summary, sentence by sentence, in the order a reader meets them:
/// <list type="bullet">
/// <item><b>fragment</b>: the sentence starts with a lower-case letter (not a brand such as "iPhone": a lower-case
/// letter followed by another lower-case one), a comma, semicolon, colon or closing bracket, or does not end with
/// . ! ? … (possibly inside closing quotes or brackets);</item>
/// <item><b>dangling reference</b>: it is the summary's first sentence and has "he", "she", "they", "his", …
/// before any name of two capitalised words ("Police said Tuesday he lived …"), or it opens with a pronoun (he,
/// she, they, it, his, her, their, its; also this, these, those) and is the summary's first sentence, or with he/she/his/her and no earlier sentence names anyone
/// (a capitalised word inside a sentence); or it opens with "The" and a noun from the <c>anaphoric-nouns</c>
/// lexicon ("The deal …") that no earlier sentence holds, or holds "the show's" with such a noun that no earlier
/// sentence holds;</item>
/// <item><b>unintroduced person</b> (counted apart from dangling references): from the third sentence on, it names a
/// person by a bare full name, "Mr. X" or "X" said without saying who they are ("Elliott Norse said …", not "Elliott
/// Norse, a marine biologist, said …" nor "analyst Richard Doherty") when no earlier sentence has that surname
/// (<see cref="Summarization.SentenceRules.UnintroducedPerson"/>);</item>
/// <item><b>unintroduced name</b> (counted apart too): from the third sentence on, a name used bare where the reader
/// needs to know what it is, not met before — a speaker ("O'Grady told …", "… said Roe."), a possessive or an opening
/// subject that cannot be a capitalised common word ("SynCardia's heart", "GDF5 has …", "McDaniel did …";
/// <see cref="Summarization.SentenceRules.BareName"/>); or, anywhere, a quotation or report given to "he"/"she" while
/// no sentence so far names a person (<see cref="Summarization.SentenceRules.GivenToPronoun"/>);</item>
/// <item><b>lone speaker tag</b>: a speaker and a verb of saying and nothing else ("The commission's president
/// said.", "Smith added on Monday."): at most seven words, no comma, no quotation mark;</item>
/// <item><b>orphaned continuation</b>: its first quotation mark is a closing one (it continues a quotation opened
/// before) and no quotation is open where it starts (marks counted from the summary's start: “ opens, ” closes, a
/// straight " opens or closes);</item>
/// <item><b>repeated fact</b>: the same words and numbers as an earlier sentence, at any length ("She was 86." twice),
/// or at least five of its content words, and at least 70% of them, stand in one earlier sentence (compared on their
/// first five letters, lower case).</item>
/// </list>
/// The checks read only the summary's text, so any system's output can be checked the same way.
/// </summary>
public static partial class SummaryChecks
{
    private static readonly FrozenSet<string> Stop = LanguageLexicon.English.Words("content-stopwords");

    [GeneratedRegex(@"^(?:He|She|They|It|His|Her|Their|Its|This|These|Those)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PronounOpening();

    [GeneratedRegex(@"\p{L}[\p{L}\p{Nd}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>The sentence's words and numbers in lower case, one space apart (no punctuation, no source marks).</summary>
    private static string WordKey(string sentence)
    {
        var sb = new System.Text.StringBuilder(sentence.Length);
        foreach (Match m in WordOrNumber().Matches(sentence))
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(m.Value.ToLowerInvariant());
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}][\p{L}\p{Nd}'’.,-]*[\p{L}\p{Nd}]|[\p{L}\p{Nd}]", RegexOptions.CultureInvariant)]
    private static partial Regex WordOrNumber();

    /// <summary>Checks one summary, sentence by sentence in reading order.</summary>
    public static IReadOnlyList<SentenceProblem> Check(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new SentenceProblem[sentences.Count];
        var earlierWords = new List<HashSet<string>>();
        var earlierKeys = new HashSet<string>(StringComparer.Ordinal);
        bool nameSeen = false, quoteOpen = false, personSeen = false;
        var seenWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i].Trim();
            var p = SentenceProblem.None;
            if (s.Length == 0) { result[i] = p; continue; }
            if (IsFragment(s)) p |= SentenceProblem.Fragment;
            if (IsDangling(s, i, nameSeen, seenWords)) p |= SentenceProblem.DanglingReference;
            if (IsUnintroducedPerson(s, i, seenWords)) p |= SentenceProblem.UnintroducedPerson;
            if (!personSeen && Summarization.SentenceRules.NamesPerson(s)) personSeen = true;
            if (IsUnintroducedName(s, i, seenWords, personSeen)) p |= SentenceProblem.UnintroducedName;
            if (IsLoneSpeakerTag(s)) p |= SentenceProblem.LoneSpeakerTag;
            if (!quoteOpen && ContinuesQuotation(s)) p |= SentenceProblem.OrphanedContinuation;
            quoteOpen = QuotationOpenAfter(s, quoteOpen);
            var content = ContentStems(s);
            // The same words as an earlier sentence repeat it at any length: "She was 86." from two reports has no
            // five content words to compare (its number is no word).
            var key = WordKey(s);
            if (key.Length > 0 && !earlierKeys.Add(key)) p |= SentenceProblem.RepeatedFact;
            else if (content.Count >= 5)
                foreach (var earlier in earlierWords)
                {
                    int shared = content.Count(earlier.Contains);
                    if (shared >= 5 && shared * 10 >= content.Count * 7) { p |= SentenceProblem.RepeatedFact; break; }
                }
            earlierWords.Add(content);
            foreach (Match m in Word().Matches(s))
            {
                seenWords.Add(m.Value);
                if (m.Index > 0 && char.IsUpper(m.Value[0]) && !PronounOpening().IsMatch(m.Value)) nameSeen = true;
            }
            result[i] = p;
        }
        return result;
    }

    /// <summary>
    /// The names of the problems in <paramref name="problem"/>, in the enum's order, as the per-item file writes them:
    /// "fragment", "dangling-reference", "lone-speaker-tag", "orphaned-continuation", "repeated-fact",
    /// "unintroduced-person".
    /// </summary>
    public static IReadOnlyList<string> Names(SentenceProblem problem)
    {
        var names = new List<string>();
        if (problem.HasFlag(SentenceProblem.Fragment)) names.Add("fragment");
        if (problem.HasFlag(SentenceProblem.DanglingReference)) names.Add("dangling-reference");
        if (problem.HasFlag(SentenceProblem.LoneSpeakerTag)) names.Add("lone-speaker-tag");
        if (problem.HasFlag(SentenceProblem.OrphanedContinuation)) names.Add("orphaned-continuation");
        if (problem.HasFlag(SentenceProblem.RepeatedFact)) names.Add("repeated-fact");
        if (problem.HasFlag(SentenceProblem.UnintroducedPerson)) names.Add("unintroduced-person");
        if (problem.HasFlag(SentenceProblem.UnintroducedName)) names.Add("unintroduced-name");
        return names;
    }

    /// <summary>Checks many summaries and counts the problems.</summary>
    public static SummaryCheckReport Report(IEnumerable<IReadOnlyList<string>> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        int n = 0, fragments = 0, dangling = 0, tags = 0, orphans = 0, repeats = 0, persons = 0, either = 0, names = 0, any = 0;
        foreach (var summary in summaries)
            foreach (var p in Check(summary))
            {
                n++;
                if (p.HasFlag(SentenceProblem.Fragment)) fragments++;
                if (p.HasFlag(SentenceProblem.DanglingReference)) dangling++;
                if (p.HasFlag(SentenceProblem.LoneSpeakerTag)) tags++;
                if (p.HasFlag(SentenceProblem.OrphanedContinuation)) orphans++;
                if (p.HasFlag(SentenceProblem.RepeatedFact)) repeats++;
                if (p.HasFlag(SentenceProblem.UnintroducedPerson)) persons++;
                if ((p & (SentenceProblem.DanglingReference | SentenceProblem.UnintroducedPerson)) != 0) either++;
                if (p.HasFlag(SentenceProblem.UnintroducedName)) names++;
                if ((p & (SentenceProblem.DanglingReference | SentenceProblem.UnintroducedPerson | SentenceProblem.UnintroducedName)) != 0) any++;
            }
        return new SummaryCheckReport(n, fragments, dangling, tags, orphans, repeats, persons, either, names, any);
    }

    /// <summary>
    /// Starts mid-sentence, has no final punctuation, or cannot stand as a statement although it looks like one (no
    /// finite verb, no subject, a cut relative clause, an address to the reader: <see cref="Summarization.SentenceRules.IsFragmentary"/>).
    /// </summary>
    public static bool IsFragment(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        s = s.Trim();
        if (s.Length == 0) return false;
        char c = s[0];
        if (c is ',' or ';' or ':' or ')' or ']' or '}') return true;
        if (char.IsLower(c) && !(s.Length > 1 && char.IsUpper(s[1]))) return true;
        var end = s.AsSpan().TrimEnd("\"'”’)] ");
        if (end.Length == 0 || end[^1] is not ('.' or '!' or '?' or '…')) return true;
        return Summarization.SentenceRules.IsFragmentary(s);
    }

    private static bool IsDangling(string s, int index, bool nameSeen, HashSet<string> seenWords)
    {
        bool first = index == 0;
        if (first && Summarization.SentenceRules.PronounBeforeName(s)) return true;
        var pronoun = PronounOpening().Match(s);
        if (pronoun.Success)
        {
            if (first) return true;
            return pronoun.Value is "He" or "She" or "His" or "Her" && !nameSeen;
        }
        if (Summarization.SentenceRules.DefiniteReference(s) is { } noun && !Seen(noun)) return true;
        // "The other tenders …", "the plane's other black box": the set it belongs to must have been named.
        if (Summarization.SentenceRules.OtherReference(s) is { } other && !Seen(other)) return true;
        // "… during those games.": what "those" points at must have been named.
        if (Summarization.SentenceRules.DemonstrativeReference(s) is { } demonstrated && !Seen(demonstrated)) return true;
        // "… hopes the show's finale …": a possessive "the <noun>'s" of a noun that points back, named nowhere before.
        return Summarization.SentenceRules.DefinitePossessiveNoun(s, noun => Summarization.SentenceRules.IsAnaphoricNoun(noun) && !Seen(noun)) is not null;

        bool Seen(string noun) => seenWords.Contains(noun) || seenWords.Contains(noun.TrimEnd('s')) || seenWords.Contains(noun + "s");
    }

    /// <summary>
    /// After the first two sentences, a person named without saying who they are and not named before ("Elliott
    /// Norse said …", "… said Mr. Doherty."; <see cref="Summarization.SentenceRules.UnintroducedPerson"/>).
    /// </summary>
    private static bool IsUnintroducedPerson(string s, int index, HashSet<string> seenWords)
    {
        return index >= PersonIntroductionSentences && Summarization.SentenceRules.UnintroducedPerson(s, Met) is not null;

        // "Eastwood's film" met Eastwood.
        bool Met(string name) => seenWords.Contains(name) || seenWords.Contains(name + "'s") || seenWords.Contains(name + "’s");
    }

    /// <summary>
    /// After the first two sentences, a name used bare where the reader needs to know what it is, not named before
    /// (<see cref="Summarization.SentenceRules.BareName"/>); or, anywhere, a quotation given to "he"/"she" while no
    /// sentence so far (this one included) names a person (<see cref="Summarization.SentenceRules.GivenToPronoun"/>,
    /// <see cref="Summarization.SentenceRules.NamesPerson"/>).
    /// </summary>
    private static bool IsUnintroducedName(string s, int index, HashSet<string> seenWords, bool personSeen)
    {
        if (!personSeen && !Summarization.SentenceRules.HoldsNamePair(s) && Summarization.SentenceRules.GivenToPronoun(s)) return true;
        return index >= PersonIntroductionSentences && Summarization.SentenceRules.BareName(s, Met) is not null;

        bool Met(string name) => seenWords.Contains(name) || seenWords.Contains(name + "'s") || seenWords.Contains(name + "’s");
    }

    /// <summary>From this sentence on (0-based), a person must be introduced: the first two sentences of a summary introduce its people.</summary>
    public const int PersonIntroductionSentences = 2;

    /// <summary>A speaker tag without its quotation (see <see cref="Summarization.SentenceRules.IsLoneSpeakerTag"/>).</summary>
    public static bool IsLoneSpeakerTag(string s) => Summarization.SentenceRules.IsLoneSpeakerTag(s);

    /// <summary>The sentence's first quotation mark is a closing curly one ("…,” she added."): it continues a quotation.</summary>
    public static bool ContinuesQuotation(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        foreach (char c in s)
        {
            if (c is '“' or '"') return false;
            if (c == '”') return true;
        }
        return false;
    }

    /// <summary>Whether a quotation is open after <paramref name="s"/>, given whether one was open before it.</summary>
    public static bool QuotationOpenAfter(string s, bool openBefore)
    {
        ArgumentNullException.ThrowIfNull(s);
        bool open = openBefore;
        foreach (char c in s)
        {
            if (c == '“') open = true;
            else if (c == '”') open = false;
            else if (c == '"') open = !open;
        }
        return open;
    }

    private static HashSet<string> ContentStems(string s)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(s))
        {
            var w = m.Value.ToLowerInvariant();
            if (w.Length < 3 || Stop.Contains(w)) continue;
            set.Add(w.Length > 5 ? w[..5] : w);
        }
        return set;
    }
}
