using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Roundup.Lexicon;
using Roundup.Model;

namespace Roundup.Text;

/// <summary>
/// Turns text into normalised content terms (lower-cased, stopwords removed, stemmed) with a Lucene.Net analyzer.
/// English by default (<see cref="English"/>); <see cref="ForLanguage"/> picks Lucene's analyzer for another
/// language. For analyzers whose filters work token by token (all the alphabetic languages here), the text is split
/// into words by a small tokenizer and each distinct word goes through Lucene once: the result is cached, so a
/// word seen before costs one dictionary lookup and no allocation. CJK text goes through Lucene's own
/// tokenizer every time. Besides the content terms, it reads every word of a text as a <see cref="TermToken"/> (its
/// term and whether it is a stopword), the words the summarizer counts. Thread-safe.
/// </summary>
public sealed class TermAnalyzer
{
    private const int MaxCachedWordLength = 48;
    private const int MaxCacheEntries = 200_000;

    /// <summary>The longest run of letters or digits read as a token; longer runs (pasted links, hashes) are no words.</summary>
    public const int MaxTokenLength = 64;

    // Declared before English: static initializers run in order.
    private static readonly System.Collections.Frozen.FrozenSet<string> Codes = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "nb", "nn", "fi", "hu", "ro", "tr", "ru", "bg", "cs", "el",
        "ca", "eu", "gl", "ga", "hy", "lv", "id", "ar", "fa", "hi", "zh", "ja", "ko");

    private static readonly ConcurrentDictionary<string, TermAnalyzer> ByLanguage = new(StringComparer.OrdinalIgnoreCase);

    private readonly Analyzer _analyzer;
    private readonly bool _tokenLocal;
    private readonly WordCache _cache = new(); // lower-cased word -> Entry
    private readonly FrozenSet<string> _stopwords;

    /// <summary>What a lower-cased word analyzes to: its content terms, its token term and its stopword flag.</summary>
    private sealed record Entry(string[] Stems, string Term, bool Stop);

    /// <summary>Wraps a Lucene analyzer whose filters work token by token (words are analyzed one at a time and cached).</summary>
    public TermAnalyzer(Analyzer analyzer, string language) : this(analyzer, language, tokenLocal: true) { }

    /// <summary>Wraps a Lucene analyzer.</summary>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="language">ISO 639-1 code.</param>
    /// <param name="tokenLocal">True when the analyzer's output for a text is the concatenation of its output for each
    /// word (no multi-word tokens, no bigrams): then words are analyzed one at a time and cached.</param>
    public TermAnalyzer(Analyzer analyzer, string language, bool tokenLocal) : this(analyzer, language, tokenLocal, null) { }

    /// <summary>Wraps a Lucene analyzer and names the words that are stopwords in <see cref="TermToken"/>s.</summary>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="language">ISO 639-1 code.</param>
    /// <param name="tokenLocal">See <see cref="TermAnalyzer(Analyzer, string, bool)"/>.</param>
    /// <param name="stopwords">Lower-case words that are stopwords in tokens besides those the analyzer drops
    /// (for English, the lexicon's <c>content-stopwords</c>); null for none.</param>
    public TermAnalyzer(Analyzer analyzer, string language, bool tokenLocal, FrozenSet<string>? stopwords)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(language);
        _analyzer = analyzer;
        _tokenLocal = tokenLocal;
        _stopwords = stopwords ?? FrozenSet<string>.Empty;
        Language = language;
    }

    /// <summary>English: Lucene's EnglishAnalyzer (possessive removal, stopwords, Porter stemming).</summary>
    public static TermAnalyzer English { get; } = ForLanguage("en");

    /// <summary>ISO 639-1 code of the language this analyzer is for.</summary>
    public string Language { get; }

    /// <summary>Number of distinct words in the stem cache.</summary>
    public int CachedWords => _cache.Count;

    /// <summary>Whether Lucene has an analyzer here for <paramref name="language"/> (ISO 639-1, e.g. "de").</summary>
    public static bool Supports(string? language) => language is not null && Codes.Contains(Normalize(language));

    /// <summary>The ISO 639-1 codes <see cref="ForLanguage"/> has a Lucene analyzer for.</summary>
    public static IReadOnlySet<string> SupportedLanguages => Codes;


    /// <summary>
    /// The analyzer for <paramref name="language"/> (ISO 639-1 code such as "de", "fr", "es"; region suffixes like
    /// "en-GB" are ignored). Unknown or missing languages get <see cref="English"/>. Instances are shared.
    /// </summary>
    public static TermAnalyzer ForLanguage(string? language)
    {
        var code = string.IsNullOrWhiteSpace(language) ? "en" : Normalize(language);
        if (ByLanguage.TryGetValue(code, out var cached)) return cached;
        var made = Create(code);
        if (made is null) return code == "en" ? throw new InvalidOperationException("No English analyzer.") : ForLanguage("en");
        return ByLanguage.GetOrAdd(code, made);
    }

    private static string Normalize(string language)
    {
        var code = language.Trim();
        int dash = code.IndexOfAny(['-', '_']);
        if (dash > 0) code = code[..dash];
        return code.ToLowerInvariant();
    }

    private static TermAnalyzer? Create(string code)
    {
        if (!Codes.Contains(code)) return null;
        const LuceneVersion v = LuceneVersion.LUCENE_48;
        Analyzer? a = code switch
        {
            "en" => new Lucene.Net.Analysis.En.EnglishAnalyzer(v),
            "de" => new Lucene.Net.Analysis.De.GermanAnalyzer(v),
            "fr" => new Lucene.Net.Analysis.Fr.FrenchAnalyzer(v),
            "es" => new Lucene.Net.Analysis.Es.SpanishAnalyzer(v),
            "it" => new Lucene.Net.Analysis.It.ItalianAnalyzer(v),
            "pt" => new Lucene.Net.Analysis.Pt.PortugueseAnalyzer(v),
            "nl" => new Lucene.Net.Analysis.Nl.DutchAnalyzer(v),
            "sv" => new Lucene.Net.Analysis.Sv.SwedishAnalyzer(v),
            "da" => new Lucene.Net.Analysis.Da.DanishAnalyzer(v),
            "no" or "nb" or "nn" => new Lucene.Net.Analysis.No.NorwegianAnalyzer(v),
            "fi" => new Lucene.Net.Analysis.Fi.FinnishAnalyzer(v),
            "hu" => new Lucene.Net.Analysis.Hu.HungarianAnalyzer(v),
            "ro" => new Lucene.Net.Analysis.Ro.RomanianAnalyzer(v),
            "tr" => new Lucene.Net.Analysis.Tr.TurkishAnalyzer(v),
            "ru" => new Lucene.Net.Analysis.Ru.RussianAnalyzer(v),
            "bg" => new Lucene.Net.Analysis.Bg.BulgarianAnalyzer(v),
            "cs" => new Lucene.Net.Analysis.Cz.CzechAnalyzer(v),
            "el" => new Lucene.Net.Analysis.El.GreekAnalyzer(v),
            "ca" => new Lucene.Net.Analysis.Ca.CatalanAnalyzer(v),
            "eu" => new Lucene.Net.Analysis.Eu.BasqueAnalyzer(v),
            "gl" => new Lucene.Net.Analysis.Gl.GalicianAnalyzer(v),
            "ga" => new Lucene.Net.Analysis.Ga.IrishAnalyzer(v),
            "hy" => new Lucene.Net.Analysis.Hy.ArmenianAnalyzer(v),
            "lv" => new Lucene.Net.Analysis.Lv.LatvianAnalyzer(v),
            "id" => new Lucene.Net.Analysis.Id.IndonesianAnalyzer(v),
            "ar" => new Lucene.Net.Analysis.Ar.ArabicAnalyzer(v),
            "fa" => new Lucene.Net.Analysis.Fa.PersianAnalyzer(v),
            "hi" => new Lucene.Net.Analysis.Hi.HindiAnalyzer(v),
            "zh" or "ja" or "ko" => new Lucene.Net.Analysis.Cjk.CJKAnalyzer(v),
            _ => null,
        };
        if (a is null) return null;
        // TermToken-local: every analyzer above except the ones that segment or make bigrams themselves
        // (CJK) and Persian (its char filter treats zero-width joiners across words).
        bool tokenLocal = code is not ("zh" or "ja" or "ko" or "fa");
        // The summarizer's stopwords (function words and newsy filler) exist for English; other languages have their analyzer's.
        var stopwords = code == "en" ? LanguageLexicon.English.Words("content-stopwords", caseSensitive: true) : null;
        return new TermAnalyzer(a, code, tokenLocal, stopwords);
    }

    /// <summary>The content terms of <paramref name="text"/>, in order.</summary>
    public List<string> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        Analyze(text.AsSpan(), terms);
        return terms;
    }

    /// <summary>Appends the content terms of <paramref name="text"/> to <paramref name="terms"/>, in order.</summary>
    public void Analyze(ReadOnlySpan<char> text, List<string> terms) => Analyze(text, terms, null, 0);

    /// <summary>
    /// Appends the content terms of <paramref name="text"/> to <paramref name="terms"/> and, when
    /// <paramref name="tokens"/> is given, every word of it to <paramref name="tokens"/> (see <see cref="Tokenize"/>),
    /// in one pass: a word without inner punctuation is looked up once for both.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="terms">Receives the content terms, in order.</param>
    /// <param name="tokens">Receives the tokens, in order; null for none.</param>
    /// <param name="offset">Added to each token's start (the position of <paramref name="text"/> in a longer text).</param>
    public void Analyze(ReadOnlySpan<char> text, List<string> terms, List<TermToken>? tokens, int offset) => Analyze(text, terms, tokens, offset, null);

    /// <summary>
    /// As <see cref="Analyze(ReadOnlySpan{char}, List{string}, List{TermToken}?, int)"/>, and, when
    /// <paramref name="termSpans"/> is given, appends for each content term the span of the word it was read from
    /// (offset by <paramref name="offset"/>; the terms of one word share its span), so that a reader can weigh a term by
    /// where it occurs or look at the word's capitals without reading the text again. A word is a run of letters, digits
    /// and combining marks with inner apostrophes or periods ("U.S", "don't", "3.5"); after a white-space character
    /// the words are the same whatever text came before, so a text can be analyzed in pieces cut at white space. For
    /// analyzers that are not token-local (CJK, Persian) the spans are Lucene's offsets.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="terms">Receives the content terms, in order.</param>
    /// <param name="tokens">Receives the tokens, in order; null for none.</param>
    /// <param name="offset">Added to each token's and span's start.</param>
    /// <param name="termSpans">Receives one span per content term, parallel to <paramref name="terms"/>; null for none.</param>
    public void Analyze(ReadOnlySpan<char> text, List<string> terms, List<TermToken>? tokens, int offset, List<TextSpan>? termSpans)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (!_tokenLocal)
        {
            AnalyzeWithLucene(text.ToString(), terms, termSpans, offset);
            if (tokens is not null) Tokenize(text, offset, tokens);
            return;
        }
        Span<char> lower = stackalloc char[MaxCachedWordLength];
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            int start = i++;
            while (i < text.Length)
            {
                char c = text[i];
                if (IsWordChar(c)) { i++; continue; }
                // Keep inner apostrophes (don't, l'homme, O'Neill) and inner periods/commas between digits or letters (U.S, 3.5).
                if ((c is '\'' or '’' or '.') && i + 1 < text.Length && IsWordChar(text[i + 1]) && IsWordChar(text[i - 1])) { i++; continue; }
                break;
            }
            var word = text[start..i];
            if (word.Length > MaxCachedWordLength)
            {
                int before = terms.Count;
                AnalyzeWithLucene(word.ToString(), terms);
                for (int k = before; k < terms.Count; k++) termSpans?.Add(new TextSpan(offset + start, word.Length));
                if (tokens is not null) Tokenize(text[start..i], offset + start, tokens);
                continue;
            }
            int n = word.ToLowerInvariant(lower);
            var entry = Lookup(lower[..n]);
            foreach (var s in entry.Stems)
            {
                terms.Add(s);
                termSpans?.Add(new TextSpan(offset + start, word.Length));
            }
            if (tokens is null) continue;
            // Most words are one run of letters or digits: the token is the word. Others ("U.S", "don't") are split as ROUGE splits them.
            if (IsRun(word)) tokens.Add(new TermToken(new TextSpan(offset + start, word.Length), entry.Term, entry.Stop));
            else Tokenize(word, offset + start, tokens);
        }
    }

    /// <summary>
    /// Appends every word of <paramref name="text"/> to <paramref name="tokens"/>: each run of letters or digits
    /// (at most <see cref="MaxTokenLength"/> characters; as ROUGE reads words, so "U.S." is two), with its term
    /// (the analyzer's stem of the lower-cased word, or the lower-cased word when the analyzer drops or splits it)
    /// and whether it is a stopword (one character, dropped by the analyzer, or in this analyzer's stopword list).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="offset">Added to each token's start.</param>
    /// <param name="tokens">Receives the tokens, in order.</param>
    public void Tokenize(ReadOnlySpan<char> text, int offset, List<TermToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Span<char> lower = stackalloc char[MaxTokenLength];
        int k = 0;
        while (NextWord(text, ref k, out var word))
        {
            int n = text.Slice(word.Start, word.Length).ToLowerInvariant(lower);
            var entry = Lookup(lower[..n]);
            tokens.Add(new TermToken(new TextSpan(offset + word.Start, word.Length), entry.Term, entry.Stop));
        }
    }

    /// <summary>
    /// The next word of <paramref name="text"/> from <paramref name="position"/> on, as tokens are read: a run of
    /// letters or digits of at most <see cref="MaxTokenLength"/> characters (longer runs are passed over).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="position">Where to look from; moved past the word found.</param>
    /// <param name="word">The word's span in <paramref name="text"/>.</param>
    /// <returns>False when there is no further word.</returns>
    public static bool NextWord(ReadOnlySpan<char> text, ref int position, out TextSpan word)
    {
        int k = position;
        while (k < text.Length)
        {
            while (k < text.Length && !char.IsLetterOrDigit(text[k])) k++;
            int start = k;
            while (k < text.Length && char.IsLetterOrDigit(text[k])) k++;
            int len = k - start;
            if (len == 0) break;
            if (len > MaxTokenLength) continue;
            position = k;
            word = new TextSpan(start, len);
            return true;
        }
        position = k;
        word = default;
        return false;
    }

    /// <summary>The token of one word (a run of letters or digits, any case, at most 65,535 characters), as <see cref="Tokenize"/> reads it.</summary>
    public TermToken Word(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= MaxTokenLength ? stackalloc char[MaxTokenLength] : new char[word.Length];
        int n = word.ToLowerInvariant(lower);
        var entry = Lookup(lower[..n]);
        return new TermToken(new TextSpan(0, word.Length), entry.Term, entry.Stop);
    }

    // Every char is a letter or digit: the whole word is one token. (A plain loop: char.IsLetterOrDigit reads ASCII
    // from a table, and a SearchValues scan before it was generic framework code compiled at run time.)
    private static bool IsRun(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (!char.IsLetterOrDigit(c)) return false;
        return true;
    }

    /// <summary>The analysis of a lower-cased word, cached when short enough.</summary>
    private Entry Lookup(ReadOnlySpan<char> key)
    {
        if (key.Length <= MaxCachedWordLength && _cache.Find(key) is Entry cached) return cached;
        var word = key.ToString();
        var fresh = new List<string>(1);
        AnalyzeWithLucene(word, fresh);
        // A token keeps its form when short or holding a digit (as ROUGE reads words: it stems only longer words, and
        // "1990s" is not "1990"), or when the analyzer drops it or splits it; otherwise it is the analyzer's stem.
        bool keep = fresh.Count != 1 || word.Length <= 3 || word.AsSpan().ContainsAnyInRange('0', '9');
        var entry = new Entry([.. fresh], keep ? word : fresh[0], word.Length == 1 || fresh.Count == 0 || _stopwords.Contains(word));
        if (key.Length <= MaxCachedWordLength) _cache.TryAdd(word, entry, MaxCacheEntries);
        return entry;
    }

    /// <summary>
    /// Runs Lucene once on a word without caching it: the first analysis in a process loads and initialises much of
    /// Lucene (attribute factories, the stemmer's tables), which <see cref="Pipeline.StartupWarmup"/> does early.
    /// </summary>
    internal void Prepare() => AnalyzeWithLucene("prepared", new List<string>(1));

    private static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        if (c < 0x300) return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private void AnalyzeWithLucene(string text, List<string> terms, List<TextSpan>? spans = null, int offset = 0)
    {
        using var stream = _analyzer.GetTokenStream("t", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var at = spans is null ? null : stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
            if (at is not null) spans!.Add(new TextSpan(offset + at.StartOffset, at.EndOffset - at.StartOffset));
        }
        stream.End();
    }
}
