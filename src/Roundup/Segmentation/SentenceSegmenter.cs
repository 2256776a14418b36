using System.Buffers;
using System.Collections.Frozen;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Lexicon;

namespace Roundup.Segmentation;

/// <summary>
/// Splits each article's cleaned text into <see cref="Sentence"/> spans. Holds on news text: titles and
/// abbreviations (Mr., Gov., U.S., Dec., a.m., No., Inc.), initials ("Timothy A. Clary"), decimals, times, URLs,
/// e-mail addresses and handles, ellipses, sentences that end inside closing quotes or brackets (straight or curly),
/// headline lines without final punctuation (<see cref="Sentence.IsHeadline"/>) and paragraphs
/// (<see cref="Sentence.Paragraph"/>: a new paragraph starts at every line that starts a new sentence). A line
/// that does not end a sentence and is followed by a line starting in lower case is a hard wrap and continues the
/// sentence. Works on character offsets only; allocation-free apart from the sentences themselves.
/// </summary>
public sealed class SentenceSegmenter : IClusterStage
{
    /// <summary>Words after which a period never ends a sentence (titles, "No.", "St.", "vs.").</summary>
    private static readonly FrozenSet<string> Titles = LanguageLexicon.English.Words("abbreviations-titles", caseSensitive: true);

    /// <summary>
    /// Abbreviations that usually do not end a sentence but may ("Acme Inc. The company…"): a period after them
    /// ends a sentence only when the next word is a common sentence opener.
    /// </summary>
    private static readonly FrozenSet<string> Abbreviations = LanguageLexicon.English.Words("abbreviations-ambiguous", caseSensitive: true);

    /// <summary>Words that typically open a sentence; used after an ambiguous abbreviation ("… U.S. The …").</summary>
    private static readonly FrozenSet<string> Openers = LanguageLexicon.English.Words("sentence-openers");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Terminals = SearchValues.Create(".!?…");
    private static readonly SearchValues<char> Closers = SearchValues.Create("\"'”’»)]");
    private static readonly SearchValues<char> AddressChars = SearchValues.Create("./@:\\_=&");

    /// <summary>Longest line (in words) still taken as a headline when it has no final punctuation.</summary>
    public int MaxHeadlineWords { get; init; } = 30;

    /// <inheritdoc />
    public string Name => "segment";

    /// <inheritdoc/>
    public IReadOnlyCollection<string> UsesIfPresent => [Capability.CleanText];

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Provides => [Capability.Sentences];

    /// <inheritdoc />
    public void Process(Cluster cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        foreach (var article in cluster.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Segment(article);
        }
    }

    /// <summary>Fills <see cref="Article.Sentences"/> from <see cref="Article.Text"/>.</summary>
    public void Segment(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Sentences.Clear();
        var text = article.Text;
        int paragraph = -1;
        int pos = 0;
        int sentenceStart = -1;      // start of an open sentence carried over a hard-wrapped line
        while (pos < text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int lineEnd = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(pos, lineEnd - pos);
            if (line.IsWhiteSpace())
            {
                if (sentenceStart >= 0) { Emit(article, text, sentenceStart, pos, paragraph, lineWhole: false); sentenceStart = -1; }
                pos = lineEnd + 1;
                continue;
            }

            bool continues = sentenceStart >= 0;
            if (!continues) paragraph++;
            int s = continues ? sentenceStart : pos;
            sentenceStart = -1;
            if (!continues && article.Sentences.Count == 0 && SentenceCaseHeadlineEnd(text, pos, lineEnd) is int runIn and > 0)
            {
                EmitHeadline(article, text, pos, runIn, paragraph);
                paragraph++;
                s = runIn;
            }
            else if (!continues && GluedHeadlineEnd(text, pos, lineEnd) is var (firstEnd, headEnd) && headEnd > 0)
            {
                if (firstEnd > 0) EmitHeadline(article, text, pos, firstEnd, paragraph);
                EmitHeadline(article, text, firstEnd > 0 ? firstEnd : pos, headEnd, paragraph);
                paragraph++;
                s = headEnd;
            }
            int i = s;
            while (true)
            {
                int rel = text.AsSpan(i, lineEnd - i).IndexOfAny(Terminals);
                if (rel < 0) break;
                int t = i + rel;
                int after = BoundaryAfter(text, t, lineEnd, s);
                if (after < 0) { i = t + 1; continue; }
                if (after >= lineEnd) { i = lineEnd; break; }
                Emit(article, text, s, after, paragraph, lineWhole: false);
                s = after;
                i = after;
            }

            // End of line: close the sentence unless the line is hard-wrapped into the next one.
            if (nl >= 0 && IsHardWrap(text, s, lineEnd, nl + 1))
                sentenceStart = s;
            else
                Emit(article, text, s, lineEnd, paragraph, lineWhole: s == pos && !continues);
            pos = lineEnd + 1;
        }
        if (sentenceStart >= 0) Emit(article, text, sentenceStart, text.Length, paragraph, lineWhole: false);
    }

    private void Emit(Article article, string text, int start, int end, int paragraph, bool lineWhole)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return;
        var span = text.AsSpan(start, end - start);
        if (span.IndexOfAnyInRange('0', '9') < 0 && !HasLetter(span)) return;
        bool headline = lineWhole && !EndsSentence(span) && LooksLikeHeadline(span);
        article.Sentences.Add(new Sentence(article, article.Sentences.Count, new TextSpan(start, end - start), Math.Max(0, paragraph)) { IsHeadline = headline });
    }

    /// <summary>
    /// A line without final punctuation is a headline when it is short (at most 12 words) or, up to
    /// <see cref="MaxHeadlineWords"/> words, mostly capitalised; a longer lower-case line is a cut-off sentence.
    /// </summary>
    private bool LooksLikeHeadline(ReadOnlySpan<char> span)
    {
        int words = 0, capitalized = 0;
        bool inWord = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c)) { inWord = false; continue; }
            if (inWord) continue;
            inWord = true;
            words++;
            if (!char.IsLower(c)) capitalized++;
        }
        return words <= 12 || (words <= MaxHeadlineWords && capitalized * 10 >= words * 6);
    }

    private static void EmitHeadline(Article article, string text, int start, int end, int paragraph)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        if (end > start)
            article.Sentences.Add(new Sentence(article, article.Sentences.Count, new TextSpan(start, end - start), Math.Max(0, paragraph)) { IsHeadline = true });
    }

    /// <summary>Lower-case words allowed inside a title-case headline.</summary>
    private static readonly FrozenSet<string> HeadlineSmallWords = LanguageLexicon.English.Words("headline-small-words", caseSensitive: true);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SmallWordLookup = HeadlineSmallWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Crawled lines often glue a title-case headline (sometimes twice) to the first sentence:
    /// "Storm Hits Coast Storm Hits Coast A storm hit the coast on Monday…". Finds where the headline ends: at a
    /// sentence opener ("A", "The", "In", …) that follows at least five title-case words and is followed by a
    /// lower-case word. Returns (end of the first copy when the headline is repeated, else 0; end of headline),
    /// or null.
    /// </summary>
    private static (int FirstEnd, int HeadEnd)? GluedHeadlineEnd(string text, int lineStart, int lineEnd)
    {
        Span<int> starts = stackalloc int[41];
        int count = 0, i = lineStart, capitalized = 0;
        while (i < lineEnd && count < 40)
        {
            while (i < lineEnd && text[i] == ' ') i++;
            if (i >= lineEnd) return null;
            int w = i;
            while (i < lineEnd && text[i] != ' ') i++;
            var word = text.AsSpan(w, i - w);
            char c = word[0];
            if (Terminals.Contains(word[^1]) && word.Length > 1 && !char.IsUpper(word[^2])) return null; // a sentence ended first
            if (char.IsLower(c))
            {
                if (SmallWordLookup.Contains(word)) { starts[count++] = w; continue; }
                // First real lower-case word: the previous word must be an opener that starts the story.
                if (count < 6 || capitalized < 5) return null;
                int opener = count - 1;
                var prev = text.AsSpan(starts[opener], w - starts[opener]).TrimEnd();
                if (!OpenerLookup.Contains(prev) || !char.IsUpper(prev[0])) return null;
                int headEnd = starts[opener];
                // Repeated headline: the words before the opener are the same sequence twice.
                int words = opener;
                if (words % 2 == 0)
                {
                    int half = starts[words / 2];
                    var first = text.AsSpan(starts[0], half - starts[0]).TrimEnd();
                    var second = text.AsSpan(half, headEnd - half).TrimEnd();
                    if (first.SequenceEqual(second)) return (half, headEnd);
                }
                return (0, headEnd);
            }
            if (char.IsUpper(c) || char.IsDigit(c) || c is '$' or '\'' or '‘' or '"' or '“') capitalized++;
            else return null;
            starts[count++] = w;
        }
        return null;
    }

    /// <summary>
    /// A crawled page's first line often runs a sentence-case headline into the story with no stop between them:
    /// "Ferry owners fined for dumping oil in the harbour The owners of two ferries were fined …", "Gulls learn to
    /// open bins Gulls at Weston pier have …". Finds where the headline ends: at a word that opens a story (a
    /// capitalised "The", "She", "Two" … of <c>run-in-openers</c>, or the line's own first word again after a word that is
    /// no opener: "walk to the Senate floor" is no break) right after a
    /// word that ends in a letter or digit, with a lower-case word after it, at least four words into the line and
    /// before any sentence has ended. Returns the headline's end, or 0.
    /// </summary>
    internal static int SentenceCaseHeadlineEnd(string text, int lineStart, int lineEnd)
    {
        int i = lineStart, count = 0;
        ReadOnlySpan<char> first = default, previous = default;
        while (i < lineEnd && count < MaxRunInHeadlineWords)
        {
            while (i < lineEnd && text[i] == ' ') i++;
            if (i >= lineEnd) return 0;
            int w = i;
            while (i < lineEnd && text[i] != ' ') i++;
            var word = text.AsSpan(w, i - w);
            if (count == 0) first = word;
            else if (count >= 4 && char.IsUpper(word[0]) && char.IsLetterOrDigit(previous[^1]) && !char.IsUpper(previous[0])
                && (RunInOpeners.Contains(word) || (word.SequenceEqual(first) && !OpenerLookup.Contains(previous))) && NextWordIsLower(text, i, lineEnd))
                return w;
            if (Terminals.Contains(word[^1]) || word[^1] is ':' or ';') return 0; // a sentence (or a label) ended first
            previous = word;
            count++;
        }
        return 0;

        static bool NextWordIsLower(string text, int i, int lineEnd)
        {
            while (i < lineEnd && text[i] == ' ') i++;
            return i < lineEnd && char.IsLower(text[i]);
        }
    }

    /// <summary>How far into a first line a run-in headline may end (see <see cref="SentenceCaseHeadlineEnd"/>).</summary>
    private const int MaxRunInHeadlineWords = 25;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RunInOpeners =
        LanguageLexicon.English.Words("run-in-openers", caseSensitive: true).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>True when a line's text ends like a sentence (terminal punctuation, possibly inside quotes, or a colon).</summary>
    private static bool EndsSentence(ReadOnlySpan<char> s)
    {
        s = s.TrimEnd("\"'”’»)] ");
        return s.Length > 0 && s[^1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    /// <summary>
    /// A line is hard-wrapped into the next when it does not end a sentence and the next line goes on in lower case.
    /// </summary>
    private static bool IsHardWrap(string text, int sentenceStart, int lineEnd, int nextStart)
    {
        var current = text.AsSpan(sentenceStart, lineEnd - sentenceStart).TrimEnd();
        if (current.IsEmpty || EndsSentence(current)) return false;
        int j = nextStart;
        while (j < text.Length && text[j] is ' ' or '\t') j++;
        return j < text.Length && (char.IsLower(text[j]) || (text[j] is ',' or ';'));
    }

    /// <summary>
    /// Decides whether the terminal character at <paramref name="t"/> ends a sentence. Returns the offset where the
    /// next sentence starts (after closing quotes and spaces), <paramref name="lineEnd"/> when the sentence runs to the
    /// end of the line, or -1 when it is not a boundary.
    /// </summary>
    internal static int BoundaryAfter(string text, int t, int lineEnd, int sentenceStart = 0)
    {
        char c = text[t];
        int j = t + 1;
        // Runs of terminals ("?!", "...", "?”").
        while (j < lineEnd && Terminals.Contains(text[j])) j++;
        int punctEnd = j;
        while (j < lineEnd && Closers.Contains(text[j])) j++;
        int closeEnd = j;
        if (j >= lineEnd) return lineEnd;
        if (!char.IsWhiteSpace(text[j]))
        {
            // "on the run!The animal escaped": a missing space after ! or ? before a capitalised word.
            if (c is '!' or '?' && char.IsUpper(text[j]) && j + 1 < lineEnd && char.IsLower(text[j + 1])) return j;
            // "went back to school today.Their return": paragraphs run together without a space (crawled text).
            if (c == '.' && punctEnd == t + 1) return GluedBoundary(text, sentenceStart, t, closeEnd, lineEnd);
            return -1; // "3.5", "U.S.", "example.com", "10.30"
        }
        while (j < lineEnd && char.IsWhiteSpace(text[j])) j++;
        if (j >= lineEnd) return lineEnd;
        char next = text[j];
        // The next sentence must not start in lower case ("… the U.S. government", "“Why?” he asked").
        if (char.IsLower(next)) return -1;
        if (next is ',' or ';' or ':' or ')' or ']' or '-' or '–' or '—') return -1;

        // "“No, we pray together!” Francis told Benedict.": a quotation that opens the sentence and ends on "!" or "?"
        // runs on into its speaker tag (as "“Why?” he asked" does in lower case).
        if (c is '!' or '?' && closeEnd > punctEnd && OpensWithQuotationAt(text, sentenceStart, t) && IsSpeakerTag(text, j, lineEnd)) return -1;

        bool ellipsis = c == '…' || (c == '.' && punctEnd - t >= 3);
        if (c == '.' && !ellipsis && closeEnd == punctEnd)
        {
            // Look at the word before the period.
            int w = t;
            while (w > 0 && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] is not ('(' or '"' or '“' or '\'' or '‘' or '[')) w--;
            var word = text.AsSpan(w, t - w);
            if (word.IsEmpty) return j;
            if (word.Length == 1 && char.IsUpper(word[0])) return -1;                   // initials: "Timothy A. Clary"
            if (TitleLookup.Contains(word)) return -1;                                  // "Mr.", "No.", "St."
            if (word.Contains('.') && IsDottedAbbreviation(word))
                return NextIsOpener(text, j, lineEnd) ? j : -1;                          // "U.S.", "a.m.", "Ph.D."
            if (AbbreviationLookup.Contains(word))
            {
                if (char.IsDigit(next)) return -1;                                      // "Dec. 5"
                return NextIsOpener(text, j, lineEnd) ? j : -1;                          // "Inc. The company"
            }
            if (word[0] == '@' || word.Contains('@')) return j;                         // handle or e-mail at sentence end
        }
        if (ellipsis && !char.IsUpper(next) && next is not ('"' or '“' or '‘')) return -1;
        return j;
    }

    /// <summary>
    /// A period glued to the next sentence ("today.Their", "letter.\"I'm", "die.\"It started"): a boundary when the
    /// word before it is a plain lower-case word (not an abbreviation, address or number) and a capitalised word
    /// follows, after any closing quote. A straight quote right after the period closes the sentence when an odd
    /// number of them precede it in the sentence, else it opens the next one. Returns where the next sentence
    /// starts, or -1.
    /// </summary>
    private static int GluedBoundary(string text, int sentenceStart, int t, int closeEnd, int lineEnd)
    {
        int w = t;
        while (w > 0 && !char.IsWhiteSpace(text[w - 1])) w--;
        var token = text.AsSpan(w, t - w).TrimStart("\"'“‘([").TrimEnd(")]");
        if (token.Length < 2 || !char.IsLower(token[^1]) || !char.IsLower(token[^2])) return -1;
        if (token.IndexOfAny(AddressChars) >= 0 || TitleLookup.Contains(token) || AbbreviationLookup.Contains(token)) return -1;
        int start = closeEnd;
        if (closeEnd > t + 1 && text[t + 1] == '"')
        {
            int quotes = 0;
            for (int k = Math.Max(0, sentenceStart); k < t; k++) if (text[k] == '"') quotes++;
            if (quotes % 2 == 0) start = t + 1; // the quote opens the next sentence
        }
        int first = start;
        while (first < lineEnd && text[first] is '"' or '“' or '‘' or '\'') first++;
        if (first + 1 >= lineEnd || !char.IsUpper(text[first])) return -1;
        // "Worm.Explore.Zip", "Node.Js.Core": another period glued inside the next word makes it one dotted name.
        for (int k = first; k + 1 < lineEnd && !char.IsWhiteSpace(text[k]); k++)
            if (text[k] == '.' && char.IsLetter(text[k + 1])) return -1;
        char second = text[first + 1];
        return char.IsLower(second) || (text[first] is 'I' or 'A' && second is ' ' or '\'' or '’') ? start : -1;
    }

    /// <summary>"U.S", "a.m", "Ph.D", "N.Y": letters separated by periods (the final period is the one examined).</summary>
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (var ch in word)
        {
            if (ch == '.') { if (letters is 0 or > 3) return false; letters = 0; }
            else if (char.IsLetter(ch)) letters++;
            else return false;
        }
        return letters is > 0 and <= 3;
    }

    /// <summary>
    /// True when <paramref name="text"/> opens with a capitalised word that typically opens a sentence ("The", "A",
    /// "Police": <c>sentence-openers</c>) or a quotation mark, the test the segmenter makes after an ambiguous abbreviation.
    /// </summary>
    internal static bool OpensWithOpener(string text)
    {
        if (text.Length > 0 && text[0] is '"' or '“' or '‘') return true;
        int k = 0;
        while (k < text.Length && char.IsLetter(text[k])) k++;
        return k > 0 && char.IsUpper(text[0]) && OpenerLookup.Contains(text.AsSpan(0, k));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuoteVerbLookup =
        LanguageLexicon.English.Words("quote-verbs").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the sentence from <paramref name="start"/> opens with a quotation mark and that is the only one before <paramref name="end"/>.</summary>
    private static bool OpensWithQuotationAt(string text, int start, int end)
    {
        int k = Math.Max(0, start);
        while (k < end && char.IsWhiteSpace(text[k])) k++;
        if (k >= end || text[k] is not ('"' or '“')) return false;
        return text.AsSpan(k + 1, end - k - 1).IndexOfAny('"', '“', '”') < 0;
    }

    /// <summary>
    /// True when the words at <paramref name="j"/> are a speaker tag: one to three capitalised words, not a
    /// sentence opener ("Police", "The"), then a verb of saying in lower case (<c>quote-verbs</c>): "Francis told",
    /// "Mayor Ona Reyes said".
    /// </summary>
    private static bool IsSpeakerTag(string text, int j, int lineEnd)
    {
        int k = j, names = 0;
        while (k < lineEnd && names <= 3)
        {
            int w = k;
            while (k < lineEnd && (char.IsLetter(text[k]) || text[k] is '\'' or '’' or '-')) k++;
            if (k == w) return false;
            var word = text.AsSpan(w, k - w);
            if (char.IsUpper(word[0]))
            {
                if (names == 0 && OpenerLookup.Contains(word)) return false;
                names++;
            }
            else return names > 0 && QuoteVerbLookup.Contains(word);
            if (k >= lineEnd || text[k] != ' ') return false;
            k++;
        }
        return false;
    }

    private static bool NextIsOpener(string text, int j, int lineEnd)
    {
        int k = j;
        if (k < lineEnd && text[k] is '"' or '“' or '‘' or '(') return true;   // a quotation opens the next sentence
        while (k < lineEnd && char.IsLetter(text[k])) k++;
        return k > j && OpenerLookup.Contains(text.AsSpan(j, k - j));
    }
}
