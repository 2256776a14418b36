using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Roundup.Cleaning;
using Roundup.Lexicon;
using Roundup.Model;

namespace Roundup.Summarization;

/// <summary>
/// Lexical rules that keep a summary readable: which sentences may be shown at all (no headlines, fragments,
/// questions to the reader or widget text), which need the sentence before them (an opening pronoun or
/// connective), and how a sentence is compressed so the budget buys more story (datelines, attributions,
/// parentheticals) without ever cutting into a quotation.
/// </summary>
public static partial class SentenceRules
{
    private static readonly System.Collections.Frozen.FrozenSet<string> DanglingOpeners = LanguageLexicon.English.Words("dangling-openers");

    private static readonly string[] DroppableConnectives =
    [
        "However, ", "But ", "And ", "Also, ", "Meanwhile, ", "Still, ", "Moreover, ", "Furthermore, ", "In addition, ",
        "Additionally, ", "Nevertheless, ", "Indeed, ", "Yet ", "So ", "Instead, ", "Besides, ", "Now, ",
    ];

    /// <summary>
    /// True when <paramref name="text"/> can stand in a summary: not a headline, long enough, ends like a
    /// sentence, starts like one, is not a question to the reader, is not in capitals inside an article written in
    /// lower case, and does not look like page furniture.
    /// </summary>
    public static bool IsEligible(Sentence sentence, string text, int minWords = 6, int maxWords = 60)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(text);
        if (sentence.IsHeadline || text.Length == 0) return false;
        int words = Sentence.CountWords(text);
        if (words < minWords || words > maxWords) return false;
        if (IsQuestion(text)) return false;
        if (IsLoneSpeakerTag(text)) return false;
        char first = text[0];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '“' or '\'' or '‘')) return false;
        // It ends like a sentence: a period or an exclamation mark, possibly inside closing quotes or brackets
        // (“… 'one of the great leaders of our time'” or a quoted title without one is a fragment).
        var end = text.AsSpan().TrimEnd("\"'”’)");
        if (end.IsEmpty || end[^1] is not ('.' or '!' or '…')) return false;
        if (!ParenthesesBalance(text)) return false; // the sentence was cut out of a citation or an aside
        if (text.AsSpan().IndexOfAny('(', '[') >= 0 && WordsOutsideBrackets(text) < MinWordsOutsideBrackets) return false; // "13 (1962) (“…”)." is a citation's tail
        if (EndsWithAbbreviation(text) && !(EndsWithDottedAbbreviation(text) && (EndsParagraph(sentence) || NextOpensSentence(sentence)))) return false;
        if (CutOffMidPhrase(text)) return false;
        if (LooksLikeCaption(text)) return false;
        if (CarriesReferenceNumbers(text)) return false;
        if (OpensWithCapitalLabel(text)) return false;
        // A sentence in capitals inside an article written in lower case is a subhead or a promotion.
        if (IsShouted(text) && !IsShouted(sentence.Article.Text.AsSpan(0, Math.Min(sentence.Article.Text.Length, 2_000)))) return false;
        if (text.AsSpan().ContainsAny(FurnitureMarks) || text.AsSpan().ContainsAny(Furniture)) return false;
        // Page furniture inside a story paragraph ("Hide Caption 3 of 43 Photos: …", "Follow him on Twitter: @…",
        // "Jane Roe contributed to this report."): what the cleaner would remove as a line of its own, classified once
        // per sentence and kept on it.
        if (BoilerplateCleaner.Verdict(sentence) is not null) return false;
        // A sentence with no finite verb or no subject, a cut relative clause or an address to the reader (a list
        // entry, a credit line, a clipped bullet item) reads as a fragment although it looks like a sentence.
        return !IsFragmentary(text);
    }

    /// <summary>
    /// True when the sentence carries a scientific paper's reference numbers glued to its words ("… in central
    /// Oregon13.", "… the mantle wedge11,12,13,14", "… anomalies¹⁵."): a paper's own text copied under a report,
    /// written for specialists and pointing at a bibliography the reader does not have. A word counts when it has at
    /// least three letters, all lower case, and stands alone (after a space, a bracket, a hyphen or a quotation mark,
    /// so no address or handle), and its digits (one to three, or a list of such with commas or dashes) end it; a
    /// capitalised word counts only with a second one ("… Mount St Helens9,17 and Oregon13"), as "Denver7" or "Buzz60"
    /// alone is a station's or a channel's name.
    /// </summary>
    public static bool CarriesReferenceNumbers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.AsSpan();
        int capitals = 0;
        for (int i = t.IndexOfAny(ReferenceDigits); i >= 0 && i < t.Length; i++)
        {
            if (!IsReferenceDigit(t[i])) // on to the next digit
            {
                int next = t[i..].IndexOfAny(ReferenceDigits);
                if (next < 0) return false;
                i += next;
            }
            if (i < 3 || !char.IsLower(t[i - 1])) continue;
            int start = i;
            while (start > 0 && char.IsLower(t[start - 1])) start--;
            bool capital = start > 0 && char.IsUpper(t[start - 1]); // "Oregon13"
            if (capital) start--;
            if (i - start < 3 || (start > 0 && !(t[start - 1] is ' ' or '(' or '"' or '“' or '‘' or '-'))) continue;
            int end = i, group = 0;
            bool ok = true;
            while (end < t.Length)
            {
                if (IsReferenceDigit(t[end])) { if (++group > 3) { ok = false; break; } end++; }
                else if (t[end] is ',' or '–' or '-' && end + 1 < t.Length && IsReferenceDigit(t[end + 1]) && group > 0) { group = 0; end++; }
                else break;
            }
            if (ok && (end == t.Length || t[end] is ' ' or '.' or ',' or ';' or ':' or ')') && (!capital || ++capitals == 2)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the sentence opens with a label in capitals and a colon: a transcript's speaker ("PRESIDENT OBAMA: Well,
    /// you know …", "MARTIN: …"), a fact box's field ("IMPACT: More than 100,000 computers affected worldwide.", "HOW IT
    /// WORKS: …"), a question-and-answer mark ("Q: …") or a page's note ("UPDATE: …"). Such a line belongs to its box or
    /// its transcript and does not read as a sentence of a story (up to six words of capitals, apostrophes, dots,
    /// ampersands or hyphens, then ": ").
    /// </summary>
    public static bool OpensWithCapitalLabel(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int i = 0, words = 0, letters = 0;
        while (i < text.Length && words < 6)
        {
            if (!char.IsUpper(text[i])) return false;
            while (i < text.Length && (char.IsUpper(text[i]) || text[i] is '\'' or '’' or '.' or '&' or '-'))
            {
                if (char.IsLetter(text[i])) letters++;
                i++;
            }
            words++;
            if (i < text.Length && text[i] == ':') return letters > 0 && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]);
            if (i >= text.Length || text[i] != ' ') return false;
            i++;
        }
        return false;
    }

    private static readonly SearchValues<char> ReferenceDigits = SearchValues.Create("0123456789¹²³⁰⁴⁵⁶⁷⁸⁹");

    private static bool IsReferenceDigit(char c) => c is >= '0' and <= '9' or '¹' or '²' or '³' or (>= '⁰' and <= '⁹');

    /// <summary>
    /// True when the text is a teaser cut off in the middle of a phrase: it ends in dots right after a comma or a
    /// word that cannot end a sentence ("… has begun debating before...", "… investigating whether...",
    /// "… said shows...", "… in Washington, Tuesday,..."). Dots after a word that may end one are left alone.
    /// </summary>
    private static bool CutOffMidPhrase(string text)
    {
        if (!(text.EndsWith("..", StringComparison.Ordinal) || text.EndsWith('…'))) return false;
        var t = text.AsSpan().TrimEnd(".… ");
        if (t.IsEmpty) return false;
        if (t[^1] is ',' or ';' or ':' or '—' or '-') return true;
        int start = t.Length;
        while (start > 0 && char.IsLetter(t[start - 1])) start--;
        return CannotEndSentence.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t[start..]);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> CannotEndSentence = LanguageLexicon.English.Words("cannot-end-sentence");

    /// <summary>True when every parenthesis the text closes it also opened, and every one it opens it closes.</summary>
    /// <summary>A sentence with brackets needs at least this many words outside them to say anything of its own.</summary>
    internal const int MinWordsOutsideBrackets = 3;

    /// <summary>How many words of the text stand outside parentheses and square brackets.</summary>
    internal static int WordsOutsideBrackets(string text)
    {
        int depth = 0, words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (c is '(' or '[') { depth++; inWord = false; continue; }
            if (c is ')' or ']') { if (depth > 0) depth--; inWord = false; continue; }
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && depth == 0) words++;
            inWord = letter;
        }
        return words;
    }

    private static bool ParenthesesBalance(string text)
    {
        int depth = 0;
        foreach (char c in text)
        {
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) return false;
        }
        return depth == 0;
    }

    /// <summary>True when at least ten letters are in the text and nine in ten of them are capitals.</summary>
    private static bool IsShouted(ReadOnlySpan<char> text)
    {
        int letters = 0, upper = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters >= 10 && upper * 10 >= letters * 9;
    }

    /// <summary>
    /// True when the text ends with an abbreviation of dotted letters ("U.S.", "D.C.", "a.m."), not a title or an
    /// initial, in a sentence written in lower case.
    /// </summary>
    internal static bool EndsWithDottedAbbreviation(string text)
    {
        if (text.Length < 4 || text[^1] != '.') return false;
        int space = text.AsSpan(0, text.Length - 1).LastIndexOfAny(' ', '(', '"');
        var token = text.AsSpan(space + 1);
        if (!(token.Length is >= 4 and <= 5 && token[..^1].Contains('.') && char.IsLetter(token[0]) && token[^2] != '.')) return false;
        // Not at the end of a line in capitals ("… WHEN YOU CAME TO THE SHOW IN S.D."): the abbreviation or the word
        // before it holds a lower-case letter.
        if (token.ContainsAnyInRange('a', 'z')) return true;
        var before = text.AsSpan(0, space + 1).TrimEnd(" ,");
        int start = before.LastIndexOf(' ') + 1;
        return before[start..].ContainsAnyInRange('a', 'z');
    }

    /// <summary>
    /// True when <paramref name="sentence"/> is the last of its paragraph: there it ends, even on an abbreviation ("…
    /// will end her petition in Washington, D.C." before a new paragraph), as no sentence runs on into the next paragraph.
    /// </summary>
    internal static bool EndsParagraph(Sentence sentence) => InArticle(sentence) && NextInParagraph(sentence) is null;

    /// <summary>True when <paramref name="sentence"/> stands at its index in its article's sentences (it was segmented from it).</summary>
    private static bool InArticle(Sentence sentence)
    {
        var sentences = sentence.Article.Sentences;
        return sentence.Index < sentences.Count && ReferenceEquals(sentences[sentence.Index], sentence);
    }

    /// <summary>The sentence after <paramref name="sentence"/> in its paragraph, or null when it ends the paragraph.</summary>
    private static Sentence? NextInParagraph(Sentence sentence)
    {
        var sentences = sentence.Article.Sentences;
        int next = sentence.Index + 1;
        return next < sentences.Count && sentences[next].Paragraph == sentence.Paragraph ? sentences[next] : null;
    }

    /// <summary>
    /// True when the sentence after <paramref name="sentence"/> in its paragraph opens with a word that opens sentences
    /// ("… when someone opened fire around 10:45 p.m." / "A stray bullet hit …"): the segmenter ended the sentence on
    /// the abbreviation for that reason, so it is complete, as one that ends its paragraph is.
    /// </summary>
    internal static bool NextOpensSentence(Sentence sentence) =>
        InArticle(sentence) && NextInParagraph(sentence) is { } next && Segmentation.SentenceSegmenter.OpensWithOpener(next.Text);

    /// <summary>
    /// True when the text ends with a title or initial abbreviation ("… and Sen.", "… at U.S.", "Mr."), a sign
    /// that the segmenter cut the sentence in the middle.
    /// </summary>
    public static bool EndsWithAbbreviation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length < 2 || text[^1] != '.') return false;
        int start = text.Length - 1;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '"' or '“')) start--;
        var token = text.AsSpan(start, text.Length - 1 - start);
        if (token.IsEmpty) return false;
        if (token.Contains('.') && token.Length <= 5) return true; // U.S. / D.C. / a.m.
        if (token.Length == 1 && char.IsUpper(token[0])) return true; // middle initial
        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> Abbreviations = LanguageLexicon.English.Words("abbreviations-cut-sentence", caseSensitive: true);

    /// <summary>True when the text opens with a quotation mark.</summary>
    internal static bool OpensWithQuotation(string text) => text.Length > 0 && text[0] is '"' or '“';

    /// <summary>
    /// True for a photo caption in wire style, which ends with the full date the photo was taken
    /// ("… in San Bernardino, Calif., Tuesday, April 11, 2017.").
    /// </summary>
    public static bool LooksLikeCaption(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 12 && char.IsDigit(text[^2]) && CaptionDate.IsMatch(text);
    }

    [WordPattern]
    internal const string CaptionDatePattern = @",\s(?:{@month-abbreviations-ap}|{@months})\s\d{1,2},\s(?:19|20)\d\d\.$";

    private static Regex CaptionDate { get; } = WordPatterns.Get(CaptionDatePattern);

    /// <summary>True for a question (ends with a question mark, also inside a closing quote).</summary>
    public static bool IsQuestion(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.AsSpan().TrimEnd("\"'”’) ");
        return t.Length > 0 && t[^1] == '?';
    }

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",\"“”:;");

    /// <summary>
    /// "The reservation's unemployment rate also plummeted …", "The plaintiffs are also represented by …": a subject
    /// with "the" whose verb comes with "also" (within its first seven words, before any comma or quotation mark) adds
    /// to what its article said just before, about a thing named there.
    /// </summary>
    public static bool AddsToEarlier(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith("The ", StringComparison.Ordinal)) return false;
        int at = text.IndexOf(" also ", StringComparison.Ordinal);
        if (at < 0) return false;
        var before = text.AsSpan(0, at);
        if (before.IndexOfAny(ClauseBreaks) >= 0 || before.EndsWith(" and", StringComparison.Ordinal)) return false; // "… voted and also approved …" adds to itself
        return before.Count(' ') <= 6;
    }

    private static readonly FrozenSet<string> ParentheticalReferences = LanguageLexicon.English.Words("parenthetical-references");

    /// <summary>
    /// "The plane lost altitude, however, and crashed …", "Generation X, on the other hand, is …": a word or phrase of
    /// <c>parenthetical-references</c> set off by commas right after the sentence's first words (at most seven, with
    /// no quotation mark before it) turns on what was said before, as an opening "However," does.
    /// </summary>
    public static bool InterruptsWithReference(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0) return false;
        var head = text.AsSpan(0, comma);
        if (head.IndexOfAny(ClauseBreaks) >= 0 || head.Count(' ') > 6) return false;
        int start = comma + 2, end = text.IndexOf(',', start);
        if (end < 0 || end - start > 20) return false;
        return ParentheticalReferences.Contains(text[start..end]);
    }

    /// <summary>
    /// True when the sentence opens with a word that points back at the sentence before it ("He added…",
    /// "However, …", "This is…"), so it reads badly without that sentence.
    /// </summary>
    public static bool OpensWithReference(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.AsSpan().TrimStart("\"“'‘ ");
        int end = 0;
        while (end < t.Length && char.IsLetter(t[end])) end++;
        if (end == 0) return false;
        var lookup = DanglingOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(t[..end]) || OpensWithBareQuantifier(t) || OpensWithDanglingPhrase(t) || OpensWithBareComparison(t)
            || OpensWithTimeLater(t);
    }

    private static readonly string[] ColumnOpeners = [.. LanguageLexicon.English.Lines("column-openers")];

    /// <summary>
    /// "Hard to believe it now, but …", "Believe it or not, …", "Well…. with just a moment of analysis, …": a writer's
    /// aside of <c>column-openers</c> as the sentence's first words speaks in the writer's own voice, as a column or a
    /// feature does and the news does not. A single word counts only as a pause of its own, with "…", a dot or "!"
    /// right after it ("Well, the council has …" and "Well over 100 people …" go on to say what happened).
    /// </summary>
    public static bool OpensAsColumn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.AsSpan().TrimStart();
        foreach (var phrase in ColumnOpeners)
        {
            if (t.Length <= phrase.Length || !t.StartsWith(phrase, StringComparison.Ordinal)) continue;
            char next = t[phrase.Length];
            if (phrase.Contains(' ') ? !char.IsLetterOrDigit(next) && next is not ('-' or '\'' or '’') : next is '.' or '…' or '!')
                return true;
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeUnits =
        LanguageLexicon.English.Words("time-units").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeQuantities =
        LanguageLexicon.English.Words("time-quantities").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Two years later, …", "A little over a year later, …": a time counted from an event told before the sentence
    /// (a quantity, a unit of time-units, then "later" as the sentence's opening words, at most six before it).
    /// </summary>
    private static bool OpensWithTimeLater(ReadOnlySpan<char> t)
    {
        int at = 0, words = 0;
        bool unit = false;
        while (at < t.Length && words < 7)
        {
            int end = at;
            while (end < t.Length && (char.IsLetterOrDigit(t[end]) || t[end] == '-')) end++;
            if (end == at) return false;
            var word = t[at..end];
            if (unit) return word.Equals("later", StringComparison.Ordinal) && (end == t.Length || t[end] is ',' or ' ');
            if (TimeUnits.Contains(word) && words > 0) unit = true;
            else if (!(TimeQuantities.Contains(word) || char.IsDigit(word[0]))) return false;
            words++;
            if (end >= t.Length || t[end] != ' ') return false;
            at = end + 1;
        }
        return false;
    }

    private static readonly string[] ComparativeOpeners = [.. LanguageLexicon.English.Lines("comparative-openers")];

    /// <summary>"Far fewer workers would be needed.": a comparison opening the sentence with no "than" after it compares with what came before.</summary>
    private static bool OpensWithBareComparison(ReadOnlySpan<char> t)
    {
        foreach (var phrase in ComparativeOpeners)
            if (t.Length > phrase.Length && t.StartsWith(phrase, StringComparison.Ordinal) && t[phrase.Length] == ' ')
                return !t.Contains(" than ", StringComparison.Ordinal);
        return false;
    }

    private static readonly string[] DanglingPhrases = [.. LanguageLexicon.English.Lines("dangling-phrases")];

    /// <summary>"On the other hand, …", "By contrast, …": a phrase that sets the sentence against one before it.</summary>
    private static bool OpensWithDanglingPhrase(ReadOnlySpan<char> t)
    {
        foreach (var phrase in DanglingPhrases)
            if (t.Length > phrase.Length && t.StartsWith(phrase, StringComparison.Ordinal) && t[phrase.Length] is ',' or ' ')
                return true;
        return false;
    }

    private static readonly string[] Quantifiers = [.. LanguageLexicon.English.Lines("elliptical-quantifiers").OrderByDescending(q => q.Length)];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EllipticalVerbs =
        LanguageLexicon.English.Words("elliptical-verbs", caseSensitive: true).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"More than half work for GM.": a quantifier that opens the sentence with a verb, not a noun, after it stands for a group named before.</summary>
    private static bool OpensWithBareQuantifier(ReadOnlySpan<char> t)
    {
        foreach (var q in Quantifiers)
        {
            if (t.Length <= q.Length + 1 || !t.StartsWith(q, StringComparison.OrdinalIgnoreCase) || t[q.Length] != ' ') continue;
            var rest = t[(q.Length + 1)..];
            int end = 0;
            while (end < rest.Length && char.IsLetter(rest[end])) end++;
            return end > 0 && EllipticalVerbs.Contains(rest[..end]);
        }
        return false;
    }

    /// <summary>
    /// True when the writer speaks in the first person outside quotation marks ("I asked the mayor …", "We found
    /// that …", "our readers"): "I" before a lower-case word or a contraction (not after a capitalised word inside
    /// the sentence: "World War I veterans"), we/my/our/me/us in any case but "US". Words inside “…” or "…" are the
    /// speaker's, not the writer's. "our" before a word of <c>inclusive-our-nouns</c> ("our ancestors", "our species") is
    /// everyone's, not the writer's.
    /// </summary>
    public static bool FirstPersonNarration(string text) => FirstPersonNarration(text, false);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SecondPersonIdioms =
        LanguageLexicon.English.Words("second-person-idioms").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when the writer addresses the reader outside quotation marks: "you", "your", "yours" or "yourself" ("Once
    /// the carrier gets the phone, you can bid farewell to …", "The choice is always yours!"), not "your" before a word of <c>second-person-idioms</c>
    /// ("just your average couple"). Words inside “…” or "…" are the speaker's.
    /// </summary>
    public static bool SecondPersonNarration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AnyNarrationWord(text, false, afterDot: false, static (text, start, end) =>
        {
            var word = text.AsSpan(start, end - start);
            if (word is "you" or "You" or "yourself" or "yours" or "Yours") return true;
            if (word is not ("your" or "Your")) return false;
            int next = end + 1, stop = next;
            while (stop < text.Length && char.IsLetter(text[stop])) stop++;
            return !(end < text.Length && text[end] == ' ' && SecondPersonIdioms.Contains(text.AsSpan(next, stop - next)));
        });
    }

    /// <summary>Tests one word of a sentence: <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>].</summary>
    private delegate bool NarrationWordTest(string text, int start, int end);

    /// <summary>
    /// True when <paramref name="test"/> holds for a word of the writer's narration: outside “…” and "…" (the
    /// sentence starts inside a quotation when <paramref name="quoteOpen"/>), and not the tail of a word after an
    /// apostrophe, a digit or (with <paramref name="afterDot"/>) a dot.
    /// </summary>
    private static bool AnyNarrationWord(string text, bool quoteOpen, bool afterDot, NarrationWordTest test)
    {
        bool quoted = quoteOpen;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '“') { quoted = true; i++; continue; }
            if (c == '”') { quoted = false; i++; continue; }
            if (c == '"') { quoted = !quoted; i++; continue; }
            if (!char.IsLetter(c)) { i++; continue; }
            int start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (quoted || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '\'' or '’' || (afterDot && text[start - 1] == '.')))) continue;
            if (test(text, start, i)) return true;
        }
        return false;
    }

    /// <summary>As <see cref="FirstPersonNarration(string)"/>, for a sentence that starts inside a quotation opened before it when <paramref name="quoteOpen"/>.</summary>
    public static bool FirstPersonNarration(string text, bool quoteOpen)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AnyNarrationWord(text, quoteOpen, afterDot: true, static (text, start, i) =>
        {
            var word = text.AsSpan(start, i - start);
            if (word is "I")
            {
                // "World War I veterans", "Part I report": a numeral after a capitalised word that does not open the sentence.
                int back = start - 1;
                while (back >= 0 && text[back] == ' ') back--;
                int prev = back;
                while (prev >= 0 && char.IsLetter(text[prev])) prev--;
                if (back >= 0 && back > prev && char.IsUpper(text[prev + 1]) && text.AsSpan(0, prev + 1).Trim().Length > 0) return false;
                if (i < text.Length && text[i] is '\'' or '’') return true;
                return i + 1 < text.Length && text[i] == ' ' && char.IsLower(text[i + 1]);
            }
            if (word is "our" or "Our")
            {
                // "our ancestors", "our species": everyone's, not the writer's (lexicon inclusive-our-nouns).
                int next = i + 1, stop = next;
                while (stop < text.Length && char.IsLetter(text[stop])) stop++;
                return !(i < text.Length && text[i] == ' ' && InclusiveOurNouns.Contains(text.AsSpan(next, stop - next)));
            }
            return word is "we" or "We" or "my" or "My" or "me" or "us";
        });
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InclusiveOurNouns =
        LanguageLexicon.English.Words("inclusive-our-nouns").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when a personal pronoun (he, she, they, him, his, her, them, their) stands in the sentence before any
    /// name of two capitalised words ("Police said Tuesday he lived in east London"): as a summary's first sentence
    /// it would point at nobody. A sentence that opens with its own indefinite subject ("A lawyer said his client …")
    /// gives the pronoun someone to point at, and a group named before "they", "them" or "their" gives it a group
    /// ("Scientists said they …", "two EMTs who say a correspondent bit them"; see <see cref="NamesGroup"/>).
    /// </summary>
    public static bool PronounBeforeName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = PersonalPronoun().Match(text);
        if (!m.Success) return false;
        // "A Baltimore defense attorney was charged … his client": the pronoun has the sentence's own subject.
        if (text.StartsWith("A ", StringComparison.Ordinal) || text.StartsWith("An ", StringComparison.Ordinal)) return false;
        for (; m.Success; m = m.NextMatch())
        {
            var before = text.AsSpan(0, m.Index);
            if (HoldsName(before)) return false; // a name before it: this pronoun and the rest may point there
            // "Scientists said on Wednesday they …", "two EMTs who say a correspondent bit them": a group named before.
            if (!(m.ValueSpan is "they" or "them" or "their" && NamesGroup(before))) return true;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="before"/> (the start of a sentence) holds two capitalised words in a row that can be a
    /// name. A date's month or weekday (<c>calendar-words</c> before a number) is no part of one: "In November 2009, one
    /// of the tickets he bought …" names nobody before its "he" ("The California couple … they" still counts, as
    /// before). A weekday alone still counts, as before: "On Thursday, Colbert ticked off the traits he thought …" names
    /// its subject in one word, which this test cannot see, and blind judges preferred the summary that kept it.
    /// </summary>
    private static bool HoldsName(ReadOnlySpan<char> before)
    {
        foreach (var m in CapitalisedRun().EnumerateMatches(before))
        {
            int run = 0;
            foreach (var w in RunWord().EnumerateMatches(before.Slice(m.Index, m.Length)))
            {
                int after = m.Index + w.Index + w.Length;
                if (CalendarLookup.Contains(before.Slice(m.Index + w.Index, w.Length).TrimEnd('.')) && DigitFollows(before, after)) { run = 0; continue; }
                if (++run >= 2) return true;
            }
        }
        return false;
    }

    /// <summary>True when a number follows <paramref name="index"/> after spaces (a date: "November 2009", "March 4").</summary>
    private static bool DigitFollows(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '.') index++;
        return index < text.Length && char.IsAsciiDigit(text[index]);
    }

    [GeneratedRegex(@"\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"[A-Z][\w'’.-]+", RegexOptions.CultureInvariant)]
    private static partial Regex RunWord();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarLookup =
        LanguageLexicon.English.Words("calendar-words").GetAlternateLookup<ReadOnlySpan<char>>();

    [WordPattern(RegexOptions.CultureInvariant)]
    internal const string PersonalPronounPattern = @"\b(?:{@pronouns-third-person})\b";

    private static Regex PersonalPronoun() => PersonalPronounRegex;

    private static Regex PersonalPronounRegex { get; } = WordPatterns.Get(PersonalPronounPattern, RegexOptions.CultureInvariant);

    /// <summary>
    /// True when the writer's own words set up what the next sentence tells ("Obama didn't just work harder to clear
    /// this hurdle.", "The two candidates are no strangers to a long count.", "Read on for the reactions."; lexicon
    /// <c>setup-phrases</c>): alone such a sentence is a teaser, and a summary that closes on it dangles. Not inside a
    /// quotation, and not when a semicolon, a dash, a colon or "but" after the phrase goes on within the sentence.
    /// </summary>
    public static bool SetsUpNext(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Replace('’', '\'');
        foreach (var (phrase, atStart) in SetupPhrases)
        {
            if (atStart)
            {
                if (t.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && WordEndsAt(t, phrase.Length)) return true;
                continue;
            }
            for (int at = t.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = t.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if ((at > 0 && char.IsLetter(t[at - 1])) || !WordEndsAt(t, at + phrase.Length)) continue;
                if (InsideQuotation(t, at)) continue;
                var rest = t.AsSpan(at + phrase.Length);
                if (rest.IndexOfAny(';', '—', ':') >= 0 || rest.Contains(" – ", StringComparison.Ordinal) || rest.Contains(" but ", StringComparison.Ordinal)) continue;
                return true;
            }
        }
        return false;
    }

    private static bool WordEndsAt(string text, int index) => index >= text.Length || !char.IsLetter(text[index]);

    /// <summary>True when <paramref name="index"/> lies inside a quotation opened before it in the sentence.</summary>
    private static bool InsideQuotation(string text, int index)
    {
        int straight = 0, open = 0;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '"') straight++;
            else if (text[i] == '“') open++;
            else if (text[i] == '”' && open > 0) open--;
        }
        return open > 0 || straight % 2 == 1;
    }

    private static readonly (string Phrase, bool AtStart)[] SetupPhrases = [.. LanguageLexicon.English.Lines("setup-phrases")
        .Select(l => l.StartsWith('^') ? (l[1..].Replace('’', '\''), true) : (l.Replace('’', '\''), false))];

    /// <summary>Nouns that, opening a sentence as "The deal …", point back to something named before (lexicon <c>anaphoric-nouns</c>).</summary>
    private static readonly FrozenSet<string> AnaphoricNouns = LanguageLexicon.English.Words("anaphoric-nouns", caseSensitive: true);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AnaphoricLookup = AnaphoricNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="noun"/> is one of the nouns that point back as "the deal" does (lexicon <c>anaphoric-nouns</c>).</summary>
    public static bool IsAnaphoricNoun(string noun) => AnaphoricNouns.Contains(noun);

    /// <summary>
    /// The noun of a definite reference the sentence opens with ("The deal was signed …" → "deal"; the nouns are in
    /// the <c>anaphoric-nouns</c> lexicon), or null. Such a sentence needs the deal named before it.
    /// </summary>
    public static string? DefiniteReference(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith("The ", StringComparison.Ordinal)) return null;
        int end = 4;
        while (end < text.Length && char.IsLower(text[end])) end++;
        if (end == 4 || (end < text.Length && char.IsLetter(text[end]))) return null;
        var noun = text.AsSpan(4, end - 4);
        // "The rest of the crew …", "The report of the commission …": the noun says what it is of.
        if (text.AsSpan(end).StartsWith(" of ", StringComparison.Ordinal)) return null;
        return AnaphoricLookup.Contains(noun) ? noun.ToString() : null;
    }

    /// <summary>
    /// True when the sentence opens by describing someone by age instead of naming them ("The 25-year-old singer is …",
    /// "The 46-year-old inventor has …"): the name is in a sentence or headline before it, so the sentence cannot open
    /// a summary or be the first of an article's sentences shown.
    /// </summary>
    public static bool OpensWithAgeDescription(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.StartsWith("The ", StringComparison.Ordinal) && AgeDescription().IsMatch(text);
    }

    /// <summary>A bare dateline at the start of a text: one to four words in capitals, the first of three capitals or more
    /// ("WASHINGTON", "NEW YORK"), perhaps a comma and a state or country of one or two words ("WASHINGTON, D.C."), then a
    /// space before a word that opens sentences ("The Senate", "A court", "Police said"; "A" only before a lower-case word,
    /// so a text all in capitals is left alone).</summary>
    [GeneratedRegex(@"^(?=[A-Z.'’-]*[A-Z]{3})[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}(?:, [A-Z][A-Za-z.]*\.?(?: [A-Z][a-z]+\.?)?)? (?=(?:The|An|In|On|At|For|After|As|When|While|With|Two|Three|Police|Officials|Authorities) [A-Za-z0-9]|A [a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex BareDateline();

    [GeneratedRegex(@"^The \d{1,3}-year-old [a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex AgeDescription();

    /// <summary>
    /// True when a quotation in the sentence is attributed to a bare pronoun ("…,” she said." / "…,” said he"), so
    /// the reader needs the sentence before it to know who is speaking.
    /// </summary>
    public static bool QuotesPronoun(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny("\"”") >= 0 && PronounAttribution.IsMatch(text);
    }

    /// <summary>
    /// True when the sentence closes on reported speech attributed to a bare pronoun ("A boil-water advisory will stay
    /// in place until Saturday, he said.", "…, she told reporters on Monday."), with no quotation mark: like "…,” he
    /// said." (<see cref="QuotesPronoun"/>) its speaker is in the sentence before it, and after another report's
    /// sentence about someone else the pronoun would read as that person.
    /// </summary>
    public static bool ReportsPronoun(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny("\"“”") < 0 && PronounReport.IsMatch(text);
    }

    /// <summary>
    /// True when the whole sentence is one quotation with no attribution ("“Closing on Sundays would hurt.”"): its
    /// speaker is in the sentences before it.
    /// </summary>
    public static bool IsBareQuotation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.AsSpan().Trim();
        if (t.Length < 4 || t[0] is not ('"' or '“')) return false;
        int close = t[1..].IndexOfAny("\"”");
        if (close < 0) return false;
        close += 1;
        return t[(close + 1)..].TrimStart(".,!?)] ").IsEmpty;
    }

    /// <summary>
    /// Names the speaker of a quotation attributed to "he" or "she" when the sentence before it (same article)
    /// names exactly one person as a speaker: "Jane Roe, the mayor, said on Monday …" then
    /// "“…,” she said." gives "“…,” Jane Roe said.". Returns null when the speaker is not certain, so the caller
    /// keeps the sentence tied to the one before it.
    /// </summary>
    public static string? NameSpeaker(string text, string previous)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(previous);
        return LonePronounSpeaker(text) is { } pronoun && !OtherGenderIn(previous, pronoun) && SpeakerNamedIn(previous) is { } name ? WithSpeaker(text, pronoun, name) : null;
    }

    /// <summary>
    /// Names the speaker of a quotation attributed to "he" or "she" after the subject of the sentence before it, when
    /// that subject is a person's name ("Madden accused the campaign of …" then "“…,” he said." gives "“…,” Madden
    /// said."): the preferred antecedent of a pronoun is the previous sentence's subject. The name is the trailing
    /// run of words that <paramref name="isName"/> accepts (a title before it is left out). Null when uncertain.
    /// </summary>
    public static string? SubjectSpeaker(string text, string previous, Func<string, bool> isName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(isName);
        return LonePronounSpeaker(text) is { } pronoun && !OtherGenderIn(previous, pronoun) && SubjectName(previous, isName) is { } name ? WithSpeaker(text, pronoun, name) : null;
    }

    /// <summary>
    /// Resolves a sentence that opens with "He" or "She" as its subject to the previous sentence's subject when that
    /// is a person's name and the only name in that sentence ("Madden accused the board of delays." then "He said the
    /// vote was rigged." gives "Madden said the vote was rigged."): the subject is the pronoun's preferred antecedent.
    /// Null when uncertain: another name in the previous sentence could be the antecedent ("Silva said Scott paused.
    /// He put his foot on the fence."), and so could someone the previous sentence calls by the other pronoun.
    /// </summary>
    public static string? ResolveSubjectPronoun(string text, string previous, Func<string, bool> isName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(isName);
        // The pronoun opens the sentence, or follows a short opening phrase ("Speaking to reporters later, he insisted …").
        int at = 0;
        if (!(text.StartsWith("He ", StringComparison.Ordinal) || text.StartsWith("She ", StringComparison.Ordinal)))
        {
            // Cheap test first: this runs on every candidate sentence.
            if (!text.Contains(", he ", StringComparison.Ordinal) && !text.Contains(", she ", StringComparison.Ordinal)) return null;
            var phrase = PronounAfterOpeningPhrase().Match(text);
            if (!phrase.Success) return null;
            at = phrase.Groups["p"].Index;
            // A name in the opening phrase may be the pronoun's antecedent ("If Roe had known, she would …").
            if (HasName(text, 1, at - 1, isName)) return null;
        }
        bool he = text[at] is 'H' or 'h';
        int cut = text.IndexOf(' ', at);
        if (cut < 0 || cut + 1 >= text.Length || !char.IsLower(text[cut + 1])) return null;
        if ((he ? FemininePronoun() : MasculinePronoun()).IsMatch(previous)) return null;
        if (SubjectName(previous, isName) is not { } name) return null;
        // No other name may stand in the previous sentence.
        int subjectEnd = previous.IndexOf(name, StringComparison.Ordinal) + name.Length;
        if (HasName(previous, subjectEnd, previous.Length - subjectEnd, isName)) return null;
        return string.Concat(text.AsSpan(0, at), name, text.AsSpan(cut));
    }

    /// <summary>
    /// True when the sentence's subject is "he" or "she" after an opening participle phrase ("Speaking to Vanity Fair
    /// shortly before the video debuted, he insisted: …", "Asked about the vote, she said …"): the phrase's doer is
    /// the subject, so a name inside the phrase is not its antecedent and the pronoun points at someone told before
    /// the sentence: placed after another person it would read as theirs. In a short summary such a sentence leans on
    /// the one before it as one opening with "He" does, an article's first such sentence starts no unit, and none
    /// opens a summary (see <see cref="CoverageSummarizer.Units"/> and <see cref="SummaryAssembler"/>). A phrase opened
    /// by a preposition ending in "-ing" ("During the hearing, he …", lexicon <c>prepositions-ending-ing</c>) does not
    /// count; past participles are listed in <c>participle-openers</c>.
    /// </summary>
    public static bool PronounAfterParticiple(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Cheap test first: this runs on every sentence.
        if (!text.Contains(", he ", StringComparison.Ordinal) && !text.Contains(", she ", StringComparison.Ordinal)) return false;
        int end = 0;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        if (end < 4 || end >= text.Length || text[end] != ' ') return false;
        var first = text.AsSpan(0, end);
        bool participle = first.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? !IngPrepositions.Contains(first) : ParticipleOpeners.Contains(first);
        if (!participle) return false;
        var phrase = PronounAfterParticiplePhrase().Match(text);
        if (!phrase.Success) return false;
        // The pronoun is the clause's subject: a lower-case word follows it ("he insisted", not "he, too, …").
        int cut = text.IndexOf(' ', phrase.Groups["p"].Index);
        return cut > 0 && cut + 1 < text.Length && char.IsLower(text[cut + 1]);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IngPrepositions =
        LanguageLexicon.English.Words("prepositions-ending-ing").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticipleOpeners =
        LanguageLexicon.English.Words("participle-openers").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when one sentence denies what the other says plainly: exactly one of them is negative (a word of lexicons
    /// <c>negation-words</c>, <c>negation-verbs</c> or <c>negation-markers</c>, or any "…n't"), and a content word it
    /// denies stands in the other (the same word, or the same stem by the terms stage's English analysis: "concede" /
    /// "conceded").
    /// The denied word is the first after "not", "never", "cannot" or "…n't" (or after a word of negation-verbs and
    /// "to": "refused to comment"), passing over up to three words of <c>negation-fillers</c> ("has not yet been
    /// charged"); "whether or not", "not only" and "not … until" deny nothing. Such a sentence is no support for the
    /// other, however many words they share. Two negative sentences ("cannot withhold" / "does not allow … to
    /// withhold") agree, and so do "It's not clear whether …" and "It is unclear whether …" (no "clear" in the other).
    /// </summary>
    public static bool OppositePolarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var wa = PolarityWords(a);
        var wb = PolarityWords(b);
        bool na = IsNegative(wa), nb = IsNegative(wb);
        if (na == nb) return false; // neither denies anything, or both deny something
        return na ? DeniesWhatOtherSays(wa, wb) : DeniesWhatOtherSays(wb, wa);
    }

    /// <summary>True when <paramref name="text"/> denies something, as <see cref="OppositePolarity"/> counts negative sentences.</summary>
    public static bool Negative(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsNegative(PolarityWords(text));
    }

    /// <summary>
    /// True when <paramref name="pending"/> denies a step of lexicon <c>settled-stage-verbs</c> ("Police didn't identify
    /// whose bodies were found", "has not been charged") that <paramref name="report"/>, with no negation of its own,
    /// says was taken by one of that step's words ("Authorities identified the two bodies", "confirmed the identities",
    /// "was charged with murder"): as <see cref="OppositePolarity"/>, with the denied word one of those verbs (by stem).
    /// </summary>
    public static bool SettledBy(string pending, string report)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(report);
        var wp = PolarityWords(pending);
        if (!IsNegative(wp)) return false;
        var wr = PolarityWords(report);
        if (IsNegative(wr)) return false;
        var taken = new List<string>();
        foreach (var word in wr)
            if (SettledStepWords.TryGetValue(word, out var verb)) taken.Add(verb);
        return taken.Count > 0 && DeniesWhatOtherSays(wp, taken);
    }

    // Each word that says a step was taken, with its verb ("identities" → "identify"): lexicon settled-stage-verbs.
    private static readonly FrozenDictionary<string, string> SettledStepWords = LanguageLexicon.English.Lines("settled-stage-verbs")
        .Select(line => line.Split(':', 2))
        .SelectMany(parts => parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => (Word: word.ToLowerInvariant(), Verb: parts[0].Trim().ToLowerInvariant())))
        .ToFrozenDictionary(p => p.Word, p => p.Verb);

    private static List<string> PolarityWords(string text)
    {
        var words = new List<string>();
        foreach (var m in PolarityWord().EnumerateMatches(text))
            words.Add(text.Substring(m.Index, m.Length).ToLowerInvariant().Replace('’', '\''));
        return words;
    }

    private static bool IsNegative(List<string> words)
    {
        for (int k = 0; k < words.Count; k++)
            if (Denies(words, k) >= 0 || NegationMarkers.Contains(words[k]) || NegationVerbs.Contains(words[k])) return true;
        return false;
    }

    /// <summary>
    /// Where the words the negation at <paramref name="k"/> denies start (the word after it, or after "to" for a word of
    /// negation-verbs), or -1 when the word at k denies nothing there ("whether or not", "not only", "a failed attempt").
    /// </summary>
    private static int Denies(List<string> words, int k)
    {
        var word = words[k];
        if (NegationVerbs.Contains(word))
            return k + 2 < words.Count && words[k + 1] == "to" ? k + 2 : -1;
        // "had no plans to close it", "no intention of selling": the verb after the intent is denied.
        if (word == "no" && k + 3 < words.Count && NegationIntents.Contains(words[k + 1]) && words[k + 2] is "to" or "of") return k + 3;
        if (!NegationWords.Contains(word) && !word.EndsWith("n't", StringComparison.Ordinal)) return -1;
        if (word == "not" && ((k > 0 && words[k - 1] == "or") || (k + 1 < words.Count && words[k + 1] == "only"))) return -1;
        return k + 1;
    }

    /// <summary>True when a content word <paramref name="denying"/> denies stands in <paramref name="saying"/>.</summary>
    private static bool DeniesWhatOtherSays(List<string> denying, List<string> saying)
    {
        for (int k = 0; k < denying.Count; k++)
        {
            int w = Denies(denying, k);
            if (w < 0) continue;
            int skipped = 0;
            while (w < denying.Count && skipped < 3 && NegationFillers.Contains(denying[w])) { w++; skipped++; }
            if (w >= denying.Count || Denies(denying, w) >= 0) continue;
            var denied = denying[w];
            // A content word (not a stopword of the terms stage), compared by its stem ("concede" / "conceded").
            var term = Text.TermAnalyzer.English.Word(denied);
            if (denied.Length < 4 || term.IsStopword) continue;
            // "had not been reported … until August": a first time, not a denial.
            bool until = false;
            for (int u = w + 1; u < denying.Count && u <= w + 6; u++) until |= denying[u] is "until" or "till";
            if (until) continue;
            foreach (var word in saying)
                if (word == denied || Text.TermAnalyzer.English.Word(word).Term == term.Term) return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> NegationWords = LanguageLexicon.English.Words("negation-words");

    private static readonly FrozenSet<string> NegationFillers = LanguageLexicon.English.Words("negation-fillers");

    private static readonly FrozenSet<string> NegationVerbs = LanguageLexicon.English.Words("negation-verbs");

    private static readonly FrozenSet<string> NegationIntents = LanguageLexicon.English.Words("negation-intents");

    private static readonly FrozenSet<string> NegationMarkers = LanguageLexicon.English.Words("negation-markers");

    // A word with its apostrophe ("didn't") and its hyphens ("no-smoking" is one word, not "no" before "smoking").
    [GeneratedRegex(@"[\p{L}]+(?:['’-][\p{L}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex PolarityWord();

    /// <summary>True when a capitalised word in <paramref name="text"/>[start, start + length) is a name (a possessive "'s" aside).</summary>
    private static bool HasName(string text, int start, int length, Func<string, bool> isName)
    {
        foreach (var m in CapitalisedWord().EnumerateMatches(text.AsSpan(start, length)))
        {
            var word = text.Substring(start + m.Index, m.Length);
            if (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
            if (isName(word)) return true;
        }
        return false;
    }

    // "Speaking to reporters later, he insisted …": a short opening phrase without a quotation, then the pronoun.
    [GeneratedRegex(@"^[A-Z][^,;:""“”]{1,60},\s+(?<p>he|she)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PronounAfterOpeningPhrase();

    // "Speaking to Vanity Fair shortly before the video debuted online, he insisted …": a participle phrase runs longer.
    [GeneratedRegex(@"^[A-Z][^,;:""“”]{1,120},\s+(?<p>he|she)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PronounAfterParticiplePhrase();

    [GeneratedRegex(@"^(?:The|A|An|Where|When|Whenever|If|While|Although|Though|Because|As|Since|Until|Unless|Once|Whether|After|Before)\s")]
    private static partial Regex NotASubjectStart();

    [WordPattern(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal const string FemininePronounPattern = @"\b(?:{@pronouns-feminine})\b";

    [WordPattern(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal const string MasculinePronounPattern = @"\b(?:{@pronouns-masculine})\b";

    private static Regex FemininePronoun() => FemininePronounRegex;

    private static Regex MasculinePronoun() => MasculinePronounRegex;

    private static Regex FemininePronounRegex { get; } = WordPatterns.Get(FemininePronounPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Regex MasculinePronounRegex { get; } = WordPatterns.Get(MasculinePronounPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\-’']+", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    /// <summary>
    /// Both of the above in one pass: the speaker the previous sentence names (<see cref="NameSpeaker(string, string)"/>),
    /// else its subject when that is a person's name (<see cref="SubjectSpeaker"/>). Null when neither is certain.
    /// </summary>
    public static string? NameSpeaker(string text, string previous, Func<string, bool> isName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(isName);
        return LonePronounSpeaker(text) is { } pronoun && !OtherGenderIn(previous, pronoun) && (SpeakerNamedIn(previous) ?? SubjectName(previous, isName)) is { } name
            ? WithSpeaker(text, pronoun, name)
            : null;
    }

    /// <summary>
    /// True when the sentence before speaks of someone by the other pronoun ("Roe said that one senator squeezed her
    /// waist." then "“…,” he told her."): the person it names may be that one, so "he" is someone else.
    /// </summary>
    private static bool OtherGenderIn(string previous, Group pronoun) =>
        (pronoun.Value is "he" or "He" ? FemininePronoun() : MasculinePronoun()).IsMatch(previous);

    /// <summary>The pronoun ("he" or "she") a quotation in the text is attributed to; null for none, "they", or two of them.</summary>
    private static Group? LonePronounSpeaker(string text)
    {
        if (text.AsSpan().IndexOfAny("\"”") < 0) return null;
        var m = PronounAttribution.Match(text);
        if (!m.Success || m.Value.Contains("they", StringComparison.Ordinal)) return null;
        if (PronounAttribution.IsMatch(text.AsSpan(m.Index + m.Length))) return null; // two pronoun speakers
        return m.Groups["p"].Success ? m.Groups["p"] : m.Groups["q"];
    }

    private static string WithSpeaker(string text, Group pronoun, string name)
        => string.Concat(text.AsSpan(0, pronoun.Index), name, text.AsSpan(pronoun.Index + pronoun.Length));

    /// <summary>The one person the sentence names as a speaker ("Jane Roe said", "said Jane Roe"); null for none or several.</summary>
    private static string? SpeakerNamedIn(string previous)
    {
        string? name = null;
        foreach (Match c in SpeakerInPrevious.Matches(previous))
        {
            var group = c.Groups["a"].Success ? c.Groups["a"] : c.Groups["b"];
            var candidate = group.Value;
            // A title cut short by the name's four-word limit is given whole ("House Minority Leader Nancy Pelosi", not
            // "Minority Leader Nancy Pelosi"); one that "former" or "late" changes is left out (see SpeakerTitleStart).
            var (titleStart, changed) = SpeakerTitleStart(previous, group.Index);
            if (changed && candidate.Contains(' ', StringComparison.Ordinal)) candidate = LastTwoWords(candidate);
            else if (titleStart < group.Index && !NotAPerson().IsMatch(candidate)) { name = Agree(name, previous[titleStart..(group.Index + group.Length)]); if (name is null) return null; continue; }
            if (NotAPerson().IsMatch(candidate))
            {
                // A title before the name ("Police Chief Jane Roe"): keep the last two words when they are a name.
                int cut = candidate.LastIndexOf(' ', candidate.LastIndexOf(' ') - 1);
                candidate = cut > 0 ? candidate[(cut + 1)..] : candidate;
                if (NotAPerson().IsMatch(candidate) || candidate.EndsWith('.')) return null;
            }
            name = Agree(name, candidate);
            if (name is null) return null;
        }
        return name;
    }

    /// <summary>The speaker named so far and the next one: the same, or null for two different ones.</summary>
    private static string? Agree(string? name, string candidate) => name is null || name == candidate ? candidate : null;

    private static string LastTwoWords(string words)
    {
        int cut = words.LastIndexOf(' ', words.LastIndexOf(' ') - 1);
        return cut > 0 ? words[(cut + 1)..] : words;
    }

    /// <summary>The sentence's subject when it is a person's name: the trailing run of its opening capitalised words that <paramref name="isName"/> accepts.</summary>
    private static string? SubjectName(string previous, Func<string, bool> isName)
    {
        var subject = SubjectOfSentence.Match(previous);
        if (!subject.Success) return null;
        // "The Nevada Republican stepped down …"; "Where Trayvon Martin is concerned, the president …" (a clause, not the subject).
        if (NotASubjectStart().IsMatch(subject.Groups["name"].ValueSpan)) return null;
        var words = subject.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int first = words.Length;
        while (first > 0 && isName(words[first - 1]) && !NotAPerson().IsMatch(words[first - 1])) first--;
        // A title that "Former" changes ("Former Harbour Board Chairman Tom Ellis"): given without it ("Chairman Tom
        // Ellis") it would make a former chairman the sitting one, so only the name, its last two words.
        if (first > 0 && words.Length - first > 2 && words.AsSpan(0, first).ContainsAny("Former", "Acting", "Onetime")) first = words.Length - 2;
        return first == words.Length ? null : string.Join(' ', words[first..]);
    }

    /// <summary>
    /// Where the title of a speaker's name that starts at <paramref name="start"/> begins: the capitalised words right
    /// before it ("House" of "House Minority Leader Nancy Pelosi", cut off by the four-word limit of a name), and whether a
    /// word that changes the title stands before them ("former", "late", "then", "acting", "ex-", "onetime": "former Senate
    /// Majority Leader Bob Dole"). Giving such a speaker part of the title, or the title without "former", changes it
    /// ("Majority Leader Bob Dole said" of a former leader).
    /// </summary>
    private static (int Start, bool Changed) SpeakerTitleStart(string text, int start)
    {
        int titleStart = start;
        int at = start;
        while (true)
        {
            int end = at;
            while (end > 0 && text[end - 1] == ' ') end--;
            if (end == at || end == 0) return (titleStart, false);
            int begin = end;
            while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] is '-' or '.')) begin--;
            var word = text.AsSpan(begin, end - begin);
            if (word.IsEmpty) return (titleStart, false);
            if (word is "former" or "Former" or "late" or "then" or "acting" or "Acting" or "ex-" or "onetime") return (titleStart, true);
            if (!char.IsUpper(word[0]) || word is "The" or "A" or "An" || word.EndsWith('.')) return (titleStart, false);
            titleStart = at = begin;
        }
    }
    // The subject of a sentence that opens with capitalised words and a finite verb: "Madden accused …", "Sen. Jane
    // Roe, who chairs the panel, warned …", "Roe isn't worried", also after an opening phrase ("In his note, Madden
    // was effusive.", "Speaking on Tuesday, Mr Roe warned …") (not a possessive: "Roe's aides said").
    [WordPattern(RegexOptions.CultureInvariant)]
    internal const string SubjectOfSentencePattern = @"^(?:(?:In|On|At|For|After|Before|During|Later|Earlier|Meanwhile|Speaking|Asked|Writing)\b[^,.;:""“”]{1,60},\s+)?(?<name>(?:[A-Z][a-z]{1,5}\.\s+|(?:{@person-honorifics})\s+)?[A-Z][\p{L}\-]+(?:\s+[A-Z][\p{L}\-]+){0,3})(?:,[^,.;:""“”]{1,120},)?\s+(?:also\s+|still\s+|later\s+|then\s+|again\s+)?(?:{@say-verbs-subject}|had|is|(?:is|was|does|did|has|had)n[’']t|[a-z]{2,}ed|[a-z]{2,}s)\b";

    private static Regex SubjectOfSentence { get; } = WordPatterns.Get(SubjectOfSentencePattern, RegexOptions.CultureInvariant);

    // A person's name: two to four capitalised words or initials ("Jane Roe", "Timothy A. Clary", "Mary-Kate O'Neil").
    private const string PersonName = @"(?:[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)?|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)?|[A-Z]\.)){1,3}";
    private const string SayVerb = @"(?:{@say-verbs-speaker}|{@say-verbs-listener})";

    // The previous sentence names its speaker: "Jane Roe said", "Jane Roe, 45, told", "the mayor's lawyer, Jane Roe,
    // said", "said Jane Roe" (not "told Jane Roe": after "told" or "asked" comes the listener).
    [WordPattern(RegexOptions.CultureInvariant)]
    internal const string SpeakerInPreviousPattern = @"(?<a>" + PersonName + @")(?:,[^,.;:""“”]{1,60},)?\s+" + SayVerb + @"\b|,\s+(?<a>" + PersonName + @"),\s+" + SayVerb + @"\b|\b{@say-verbs-speaker}\s+(?<b>" + PersonName + @")\b";

    private static Regex SpeakerInPrevious { get; } = WordPatterns.Get(SpeakerInPreviousPattern, RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b(?:The|A|An|This|That|In|On|At|But|And|Police|Department|University|College|Company|Inc|Corp|Association|Council|Court|House|Senate|Office|Service|News|Times|Post|Journal|Press|Agency|Ministry|Party|Committee|Group|Center|Centre|County|City|State|Street|Post)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotAPerson();

    [WordPattern]
    internal const string PronounAttributionPattern = @"[""”]\s*,?\s*(?:(?<p>he|she|they)\s+(?:{@say-verbs-speaker}|{@say-verbs-listener}|{@say-verbs-continuing})|{@say-verbs-inverted}\s+(?<q>he|she))\b";

    private static Regex PronounAttribution { get; } = WordPatterns.Get(PronounAttributionPattern);

    // ", he said." closing a sentence: the attribution clause runs to the end (no comma, colon or quotation after it).
    [WordPattern(RegexOptions.CultureInvariant)]
    internal const string PronounReportPattern = @",\s+(?:he|she)\s+(?:{@say-verbs-speaker}|{@say-verbs-listener}|{@say-verbs-continuing})\b[^,;:""“”]*$";

    private static Regex PronounReport { get; } = WordPatterns.Get(PronounReportPattern, RegexOptions.CultureInvariant);

    /// <summary>A live page's entry time before the entry: "16:02 GMT - ", "9.15am: ", "14:20 BST – ".</summary>
    [WordPattern(RegexOptions.CultureInvariant)]
    internal const string LiveStampPattern = @"^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+(?:{@time-zones:1}))?\s*[-–—:|]\s+(?=[A-Z])";

    private static Regex LiveStamp { get; } = WordPatterns.Get(LiveStampPattern, RegexOptions.CultureInvariant);

    /// <summary>
    /// The text without what may precede a sentence's first word: invisible characters, a list mark ("- ", "• "), an
    /// update label ("Updated | "), an interview's answer label ("A: "), a live page's entry time ("16:02 GMT - ") and a wire dateline ("KATHMANDU, Nepal (AP) — ", "NEW YORK — ", "(CNN) "), first letter capitalised; the text itself
    /// when it has none of them (or is nothing but them).
    /// </summary>
    public static string StripDateline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return text;
        int start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] is '\u200b' or '\ufeff' or '\u2060'
            || (text[start] is '-' or '–' or '—' or '•' or '*' or '·' && start + 1 < text.Length && char.IsWhiteSpace(text[start + 1]))))
            start++;
        var t = start < text.Length ? text[start..] : text;
        // A page's update label run into the lead: "Updated | When the first humans left Africa …".
        if (t.StartsWith("Updated | ", StringComparison.OrdinalIgnoreCase) && t.Length > 10 && char.IsUpper(t[10])) t = t[10..];
        // A live page's time stamp run into its entry: "16:02 GMT - Officials now say 7 people have died." is the entry.
        if (t.Length > 8 && char.IsAsciiDigit(t[0]) && LiveStamp.Match(t) is { Success: true } stamp && stamp.Length < t.Length) t = t[stamp.Length..];
        // An interview's answer label: "A: Before anything else, sign the ticket." is the answer alone.
        if (t.StartsWith("A: ", StringComparison.Ordinal) && t.Length > 3 && char.IsUpper(t[3])) return t[3..];
        // A wire dateline whose dash was lost on the page, or a player's button run into the lead: "WASHINGTON The Senate
        // passed …", "CLOSE The Dow fell …" (words in capitals, then a capitalised word that opens sentences).
        if (t.Length > 12 && char.IsAsciiLetterUpper(t[0]) && char.IsAsciiLetterUpper(t[1]) && BareDateline().Match(t) is { Success: true } bare)
            return t[bare.Length..];
        if (!(char.IsUpper(t[0]) || t[0] == '(') || t.AsSpan(0, Math.Min(60, t.Length)).IndexOfAny("(—–-") < 0)
            return t;
        var stripped = DatelineParser.ParseWire(t) is { } wire ? t[wire.Length..] : t;
        return stripped.Length == 0 ? t : Capitalize(stripped);
    }

    /// <summary>
    /// Compresses a sentence: drops a wire dateline ("WASHINGTON (AP) — "), a leading connective ("However, "; one
    /// without a comma, "But", "So", only before a subject, see <see cref="StartsAClause"/>) and short
    /// parentheticals. A frame that governs the rest is never dropped: ", police said.", "according to …" and
    /// "X said that …" stay, so a report or a hope never becomes a plain assertion. A sentence containing a
    /// quotation is kept whole apart from the dateline, so a quote is never cut. Returns the text unchanged when
    /// nothing applies.
    /// </summary>
    public static string Compress(string text, bool parentheticals = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = StripDateline(text);
        // A site's card for a person run into the sentence ("Donald Trump Donald John TrumpTrump Jr. getting … tax plan
        // MORE panned …"): the name, then the full name, linked headlines and "MORE"; the name stays.
        if (t.Contains(" MORE ", StringComparison.Ordinal)) t = PersonCard().Replace(t, "${first} ${last} ", 1);
        if (HasQuote(t)) return t;
        foreach (var c in DroppableConnectives)
        {
            if (t.StartsWith(c, StringComparison.Ordinal) && t.Length > c.Length + 1 && char.IsLetter(t[c.Length])
                && (c.EndsWith(", ", StringComparison.Ordinal) || StartsAClause(t.AsSpan(c.Length))))
            {
                t = t[c.Length..];
                break;
            }
        }
        if (parentheticals && t.Contains('(', StringComparison.Ordinal)) t = Parenthetical().Replace(t, "");
        // A wire service's instrument code after a company's name ("Jimmy Choo CHOO.L", "Coach COH.N") is for traders'
        // terminals, not for a reader.
        if (HasDotBeforeCapital(t)) t = InstrumentCode().Replace(t, "");
        return Capitalize(t);
    }

    /// <summary>
    /// The sentence without a closing ", including …" list ("Sarid objected to settlement expansion in the West Bank,
    /// including the new tenders." → "… in the West Bank."), or null when it has none: the tail only names examples of
    /// what the sentence already says, so what is left is as true as the whole. Only a tail that runs to the end of
    /// the sentence with no comma, semicolon, colon, dash, parenthesis or quotation mark in it (so never a frame such as
    /// ", including three children, police said.", which stays whole), of at most <see cref="IncludingTailWords"/>
    /// words, after at least <see cref="IncludingHeadWords"/> words; never in a sentence with a quotation.
    /// </summary>
    public static string? WithoutIncludingTail(string text) => WithoutTail(text, IncludingTail(), "list", IncludingTailWords, oneDot: false);

    /// <summary>
    /// The sentence without a closing ", which …" clause ("Israel has called on Poland to halt the bill, which it says
    /// curbs free speech." → "Israel has called on Poland to halt the bill."), or null when it has none: the clause
    /// only adds to a noun (or to the whole) what the main clause does not need, so what is left is as true as the
    /// whole. The same bounds as <see cref="WithoutIncludingTail"/> (no comma, semicolon, colon, dash, parenthesis or
    /// quotation mark in the clause; at least <see cref="IncludingHeadWords"/> words left; never in a sentence with a
    /// quotation), with at most <see cref="WhichTailWords"/> words dropped.
    /// </summary>
    public static string? WithoutWhichTail(string text) => WithoutTail(text, WhichTail(), "clause", WhichTailWords, oneDot: true);

    /// <summary>
    /// The sentence without the closing tail <paramref name="tail"/> matches (its words in group
    /// <paramref name="group"/>, at most <paramref name="maxWords"/>; the sentence's end in group "end"), or null: for
    /// <see cref="WithoutIncludingTail"/> and <see cref="WithoutWhichTail"/>. With <paramref name="oneDot"/>, a head
    /// that ends on an abbreviation's dot ("… Players Assn., which …") keeps that one dot.
    /// </summary>
    private static string? WithoutTail(string text, Regex tail, string group, int maxWords, bool oneDot)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (HasQuote(text)) return null;
        var m = tail.Match(text);
        if (!m.Success || Sentence.CountWords(m.Groups[group].Value) > maxWords) return null;
        var head = text[..m.Index];
        if (Sentence.CountWords(head) < IncludingHeadWords) return null;
        return oneDot && head.EndsWith('.') ? head : head + m.Groups["end"].Value;
    }

    /// <summary>The longest ", which …" clause <see cref="WithoutWhichTail"/> drops.</summary>
    internal const int WhichTailWords = 16;

    [GeneratedRegex(@", which (?<clause>[^,;:()\[\]""“”‘’—–]+?)(?<end>[.!])$", RegexOptions.CultureInvariant)]
    private static partial Regex WhichTail();

    /// <summary>The longest ", including …" tail <see cref="WithoutIncludingTail"/> drops.</summary>
    internal const int IncludingTailWords = 12;

    /// <summary>The fewest words <see cref="WithoutIncludingTail"/> leaves.</summary>
    internal const int IncludingHeadWords = 8;

    [GeneratedRegex(@", including (?<list>[^,;:()\[\]""“”‘’—–]+?)(?<end>[.!])$", RegexOptions.CultureInvariant)]
    private static partial Regex IncludingTail();

    [GeneratedRegex(@"\b(?<first>[A-Z][a-z]+) (?<last>[A-Z][a-z]+) \k<first>(?: [A-Z(][\w().]*){0,3} \k<last>.{0,300}? MORE (?=[a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex PersonCard();

    /// <summary>
    /// True when a dot stands right before a capital A–Z ("CHOO.L"), as in every instrument code: most sentences
    /// have none (their dots end them or an abbreviation), and the pattern is not tried on them.
    /// </summary>
    private static bool HasDotBeforeCapital(string t)
    {
        for (int i = t.IndexOf('.'); i >= 0 && i + 1 < t.Length; i = t.IndexOf('.', i + 1))
            if (t[i + 1] is >= 'A' and <= 'Z') return true;
        return false;
    }

    /// <summary>
    /// A speaker tag without its quotation ("The commission's president said.", "Smith added on Monday."): at most
    /// seven words, no comma, no quotation mark, ending in a verb of saying.
    /// </summary>
    public static bool IsLoneSpeakerTag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.AsSpan().Trim();
        if (s.IndexOfAny("\"“”,") >= 0) return false;
        if (Sentence.CountWords(s, 7) > 7) return false;
        return EndsWithSaying.IsMatch(s);
    }

    [WordPattern(RegexOptions.CultureInvariant)]
    internal const string EndsWithSayingPattern = @"\b(?:{@say-verbs-lone-tag}|{@say-verbs-audience} (?:reporters|the \w+|\w+))(?: on \w+| \w+day| last \w+| in a statement| late \w+)?[.!]?$";

    private static Regex EndsWithSaying { get; } = WordPatterns.Get(EndsWithSayingPattern, RegexOptions.CultureInvariant);

    /// <summary>Words that open a clause with its subject: what may follow a dropped "But", "And", "So" or "Yet".</summary>
    private static readonly FrozenSet<string> ClauseOpeners = LanguageLexicon.English.Words("clause-openers");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpenerLookup = ClauseOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// After a connective without a comma, the rest is a clause of its own only when it opens with a subject: a name
    /// (capitalised) or a word such as "the", "he", "officials". "So runs the old folk wisdom" stays whole: without
    /// "So" it would read "Runs the old folk wisdom".
    /// </summary>
    private static bool StartsAClause(ReadOnlySpan<char> rest)
    {
        int i = 0;
        while (i < rest.Length && (char.IsLetter(rest[i]) || rest[i] is '\'' or '’')) i++;
        var word = rest[..i];
        return !word.IsEmpty && (char.IsUpper(word[0]) || ClauseOpenerLookup.Contains(word));
    }

    private static bool HasQuote(string t) => t.AsSpan().IndexOfAny("\"“”") >= 0;

    /// <summary>
    /// The words inside each closed pair of quotation marks ("…" or “…”) of the sentence, lower case, letters and
    /// digits only, one space between words. Only someone's words count: a quotation with fewer than two words of four
    /// letters or more in lower case is a scare-quoted word or a title ("La La Land", “State of the Union”) and is
    /// left out.
    /// </summary>
    public static List<string> QuotedPassages(string text, bool startsInside = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var passages = new List<string>();
        if (!HasQuote(text)) return passages;
        int from = 0;
        // A sentence a quotation runs on into opens with the speaker's words: up to the first closing mark.
        if (startsInside && text.AsSpan().IndexOfAny("\"”") is int close0 and >= 0)
        {
            var head = text.AsSpan(0, close0);
            if (LowerCaseWords(head) >= 2) passages.Add(NormalizedWords(head));
            from = close0 + 1;
        }
        for (int at = from >= text.Length ? -1 : text.AsSpan(from).IndexOfAny("\"“") is int first and >= 0 ? from + first : -1; at >= 0 && at < text.Length;)
        {
            char close = text[at] == '“' ? '”' : '"';
            int end = text.IndexOf(close, at + 1);
            if (end < 0) break;
            var inside = text.AsSpan(at + 1, end - at - 1);
            if (LowerCaseWords(inside) >= 2) passages.Add(NormalizedWords(inside));
            int next = text.AsSpan(end + 1).IndexOfAny("\"“");
            at = next < 0 ? -1 : end + 1 + next;
        }
        return passages;
    }

    /// <summary>
    /// True when a quotation of <paramref name="text"/> repeats one that <paramref name="other"/> already gives: one
    /// holds the other's words in the same order ("… said they had made “extraordinary discoveries”" then "“Investigators
    /// have made extraordinary discoveries,” said …"). The same words quoted twice tell the reader nothing new; the
    /// same two words and no more in both are a term they share ("comfort women"), not a repeat.
    /// </summary>
    public static bool RepeatsQuotation(string text, string other, bool textStartsInside = false, bool otherStartsInside = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(other);
        var mine = QuotedPassages(text, textStartsInside);
        if (mine.Count == 0) return false;
        var theirs = QuotedPassages(other, otherStartsInside);
        // The words a quotation runs on with are a speaker's longer passage: two words of it that another sentence
        // quotes ("even more") are a phrase both use, not the passage again.
        bool mineGoesOn = textStartsInside && HasClosingFirst(text), theirsGoOn = otherStartsInside && HasClosingFirst(other);
        for (int a = 0; a < mine.Count; a++)
            for (int b = 0; b < theirs.Count; b++)
            {
                string q = mine[a], r = theirs[b];
                // The same two words in quotation marks twice ("comfort women") are a term both sentences use.
                if (q == r && q.Count(c => c == ' ') < 2) continue;
                if (((mineGoesOn && a == 0) || (theirsGoOn && b == 0)) && Math.Min(q.Count(c => c == ' '), r.Count(c => c == ' ')) < 2) continue;
                if (ContainsWords(q, r) || ContainsWords(r, q)) return true;
            }
        return false;

        static bool HasClosingFirst(string t) => t.AsSpan().IndexOfAny("\"”") >= 0;


        static bool ContainsWords(string longer, string shorter)
        {
            int at = longer.IndexOf(shorter, StringComparison.Ordinal);
            return at >= 0 && (at == 0 || longer[at - 1] == ' ') && (at + shorter.Length == longer.Length || longer[at + shorter.Length] == ' ');
        }
    }

    private static int LowerCaseWords(ReadOnlySpan<char> span)
    {
        int count = 0;
        for (int i = 0; i < span.Length; i++)
        {
            if (!char.IsLower(span[i]) || !(i == 0 || span[i - 1] is ' ' or '\n' or '“' or '"' or '(')) continue;
            int end = i;
            while (end < span.Length && char.IsLetter(span[end])) end++;
            if (end - i >= 4) count++; // "State of the Union" holds no word of someone's sentence
        }
        return count;
    }

    /// <summary>
    /// True when <paramref name="text"/> and <paramref name="other"/> count the same thing differently for the same
    /// happening: both count the same people (a number, in digits or words, before a noun of <c>counted-people</c>:
    /// "three people", "12 miners"), no count of them in one is a count of them in the other, and both hold the same
    /// word in -ed ("stabbed", "arrested").
    /// Reports written hours apart ("… left three people stabbed …" then "… two people … were stabbed …") disagree, and
    /// a summary that gives both reads as a contradiction.
    /// </summary>
    public static bool ConflictingCount(string text, string other)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(other);
        var mine = Counts(text);
        if (mine.Count == 0) return false;
        var theirs = Counts(other);
        // A noun both count, with no count in common.
        bool differs = mine.Any(x => theirs.Any(t => t.Noun == x.Noun) && !mine.Any(y => y.Noun == x.Noun && theirs.Contains(y)));
        if (!differs) return false;
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match w in PastWord().Matches(text)) done.Add(w.Value);
        foreach (Match w in PastWord().Matches(other))
            if (done.Contains(w.Value)) return true;
        return false;
    }

    /// <summary>Each count of people in <paramref name="text"/>: digits, or a number word up to twelve (<see cref="Facts.Gazetteer.NumberWords"/>), before a noun of <c>counted-people</c>.</summary>
    private static List<(int Count, string Noun)> Counts(string text)
    {
        var counts = new List<(int, string)>();
        foreach (Match m in CountedNoun().Matches(text))
        {
            var noun = m.Groups["noun"].Value;
            if (!CountedPeople.Contains(noun)) continue;
            var n = m.Groups["n"].Value;
            if (int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count)
                || (n is not ("a" or "an" or "A" or "An" or "dozen") && Facts.Gazetteer.NumberWords.TryGetValue(n, out count) && count <= 12))
                counts.Add((count, noun));
        }
        return counts;
    }

    private static readonly FrozenSet<string> CountedPeople = LanguageLexicon.English.Words("counted-people");

    [GeneratedRegex(@"\b(?<n>\d{1,4}|[A-Za-z]+)\s+(?=(?<noun>[a-z]{3,})\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CountedNoun();

    [GeneratedRegex(@"\b[a-z]{3,}ed\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastWord();

    private static string NormalizedWords(ReadOnlySpan<char> span)
    {
        var sb = new System.Text.StringBuilder(span.Length);
        bool space = false;
        foreach (char c in span)
        {
            if (char.IsLetterOrDigit(c)) { if (space && sb.Length > 0) sb.Append(' '); space = false; sb.Append(char.ToLowerInvariant(c)); }
            else if (c is not ('\'' or '’')) space = true;
        }
        return sb.ToString();
    }

    private static string Capitalize(string t) =>
        t.Length > 0 && char.IsLower(t[0]) ? string.Concat(char.ToUpperInvariant(t[0]).ToString(), t.AsSpan(1)) : t;



    [GeneratedRegex(@"\s\((?![^)]*\d{4})[^()""“”]{1,40}\)(?=[\s,.;:])")]
    private static partial Regex Parenthetical();

    /// <summary>
    /// A Reuters-style instrument code right after a capitalised word: two to six capitals or digits, an optional
    /// share class ("_p"), a dot and an exchange suffix ("CHOO.L", "VOWG_p.DE", "0700.HK"); "U.S." is not one.
    /// </summary>
    [GeneratedRegex(@"(?<=\b[A-Z][\w&'’.]*) [A-Z0-9]{2,6}(?:_[a-z])?\.[A-Z]{1,2}(?=[\s,;:]|\.?$)", RegexOptions.CultureInvariant)]
    private static partial Regex InstrumentCode();

    // Phrases of two or more ASCII characters, so the search can run a vectorised path; the single marks "@" and "©" are
    // looked for on their own (with them in the set, every eligible sentence went through the slow Unicode
    // Aho-Corasick path, ~10% of a summary's time).
    private static readonly SearchValues<char> FurnitureMarks = SearchValues.Create("@©");

    private static readonly SearchValues<string> Furniture = SearchValues.Create(
    [
        "http://", "https://", "www.", "click here", "sign up", "newsletter", "subscribe", "all rights reserved",
        "javascript", "your browser", "terms of use", "terms of service", "privacy policy", "read more", "photo:",
        "image:", "(photo", "file photo", "getty images", "follow us", "click to", "clip above", "video above",
        "video below", "the player above", "watch below", "watch above", "photos above", "gallery above", "gallery below", "in your app store",
        "gallery, above", "gallery, below", "in the comments", "stream live tv", "below is a", "below are the",
    ], StringComparison.OrdinalIgnoreCase);
}
