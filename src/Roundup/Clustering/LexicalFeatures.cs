using Roundup.Model;
using Roundup.Text;

namespace Roundup.Clustering;

/// <summary>The weighted stemmed terms of one article before IDF: a pure function of the article (safe in parallel).</summary>
/// <param name="Terms">Distinct stemmed terms.</param>
/// <param name="Weights">Position-weighted counts (title and lead occurrences count more).</param>
/// <param name="Entity">Whether the term occurred as a named-entity-like token (capitalised inside a sentence, or an acronym).</param>
internal sealed record ArticleTerms(string[] Terms, float[] Weights, bool[] Entity)
{
    /// <summary>No terms (junk documents: they must not shift the term statistics either).</summary>
    public static ArticleTerms Empty { get; } = new([], [], []);
}

/// <summary>
/// Extracts <see cref="ArticleTerms"/> from an article's title and text. The text's terms are the <c>terms</c> stage's
/// (<see cref="Sentence.Terms"/> with <see cref="Sentence.TermSpans"/>) when that stage has analysed the article, so the
/// text is analysed once for summarizing and clustering alike; an article that has not been analysed (the <c>cluster</c>
/// command, the incremental clusterer fed raw articles) goes through the same <see cref="TermAnalyzer"/> code here, once.
/// Both give the same features: the words of the first <see cref="StoryClusteringOptions.MaxChars"/> characters, each
/// weighted by where it starts (the lead counts more) and marked name-like from its capitals and the character before it.
/// </summary>
internal static class LexicalFeatures
{
    [ThreadStatic] private static List<string>? t_terms;
    [ThreadStatic] private static List<TextSpan>? t_spans;

    public static ArticleTerms Extract(Article article, StoryClusteringOptions options)
    {
        var analyzer = TermAnalyzer.ForLanguage(article.Language);
        var acc = new Dictionary<string, (float W, bool E)>(StringComparer.Ordinal);
        var stop = ClusteringStopwords.For(analyzer);
        var terms = t_terms ??= new List<string>(256);
        var spans = t_spans ??= new List<TextSpan>(256);
        terms.Clear();
        spans.Clear();
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            // The title is not a sentence of the text: it is analysed on its own, every term at the title's weight.
            analyzer.Analyze(article.Title, terms, null, 0, spans);
            Accumulate(article.Title, terms, spans, 0, terms.Count, (float)options.TitleWeight, int.MaxValue, false, stop, acc);
            terms.Clear();
            spans.Clear();
        }
        var text = article.Text;
        int limit = Math.Min(text.Length, options.MaxChars);
        float lead = (float)options.LeadWeight;
        if (TermStage.HasAnalysed(article)) FromSentences(article, limit, lead, options.LeadChars, analyzer, stop, acc, terms, spans);
        else
        {
            analyzer.Analyze(text.AsSpan(0, limit), terms, null, 0, spans);
            Accumulate(text, terms, spans, 0, terms.Count, lead, options.LeadChars, true, stop, acc);
        }
        terms.Clear();
        spans.Clear();
        var keys = new string[acc.Count];
        var weights = new float[acc.Count];
        var entity = new bool[acc.Count];
        int i = 0;
        foreach (var (t, (w, e)) in acc) { keys[i] = t; weights[i] = w; entity[i] = e; i++; }
        return new ArticleTerms(keys, weights, entity);
    }

    /// <summary>
    /// The text's terms from the <c>terms</c> stage, in text order. The stage analyses each sentence on its own, which
    /// gives the words of the whole text wherever a sentence is bounded by white space; where the segmenter cut between
    /// two characters of one word ("today.Their" in run-together paragraphs) or the limit cuts a word, the stretch
    /// between the nearest white space on either side is analysed here instead, as it reads in the whole text.
    /// </summary>
    private static void FromSentences(Article article, int limit, float lead, int leadChars, TermAnalyzer analyzer, HashSet<string> stop,
        Dictionary<string, (float W, bool E)> acc, List<string> terms, List<TextSpan> spans)
    {
        var text = article.Text;
        // Stage terms are read only up to a point where no word crosses the limit.
        int safeLimit = limit;
        if (limit < text.Length && !char.IsWhiteSpace(text[limit]))
        {
            safeLimit = text.AsSpan(0, limit).LastIndexOfAny(WhiteSpace);
            if (safeLimit < 0) safeLimit = 0;
        }
        int cursor = 0; // the text before it has been read
        foreach (var sentence in article.Sentences)
        {
            var span = sentence.Span;
            // The stretch of the sentence whose words are the whole text's: from its start (or its first white space when
            // it is glued to what comes before) to its end (or its last white space when glued to what follows).
            int from = span.Start == 0 || char.IsWhiteSpace(text[span.Start - 1]) ? span.Start : FirstWhiteSpace(text, span.Start, span.End);
            int to = span.End == text.Length || char.IsWhiteSpace(text[span.End]) ? span.End : LastWhiteSpace(text, span.Start, span.End);
            to = Math.Min(to, safeLimit);
            if (from >= to) continue;
            if (from > cursor) OnTheSpot(text, cursor, from, lead, leadChars, analyzer, stop, acc, terms, spans);
            var sentenceTerms = sentence.Terms;
            var sentenceSpans = sentence.TermSpans!;
            int first = 0, end = sentenceSpans.Count;
            while (first < end && sentenceSpans[first].Start < from) first++;
            while (end > first && sentenceSpans[end - 1].End > to) end--;
            AccumulateStage(text, sentenceTerms, sentenceSpans, first, end, lead, leadChars, stop, acc);
            cursor = to;
        }
        if (limit > cursor) OnTheSpot(text, cursor, limit, lead, leadChars, analyzer, stop, acc, terms, spans);
    }

    private static readonly System.Buffers.SearchValues<char> WhiteSpace = System.Buffers.SearchValues.Create(
        "\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000");

    private static int FirstWhiteSpace(string text, int start, int end)
    {
        int k = text.AsSpan(start, end - start).IndexOfAny(WhiteSpace);
        return k < 0 ? end : start + k;
    }

    private static int LastWhiteSpace(string text, int start, int end)
    {
        int k = text.AsSpan(start, end - start).LastIndexOfAny(WhiteSpace);
        return k < 0 ? start : start + k;
    }

    /// <summary>Analyses text[<paramref name="from"/>..<paramref name="to"/>) (cut at white space, or at the limit) and adds its terms.</summary>
    private static void OnTheSpot(string text, int from, int to, float lead, int leadChars, TermAnalyzer analyzer, HashSet<string> stop,
        Dictionary<string, (float W, bool E)> acc, List<string> terms, List<TextSpan> spans)
    {
        var piece = text.AsSpan(from, to - from);
        if (!piece.ContainsAnyExcept(WhiteSpace)) return; // the white space between two sentences
        terms.Clear();
        spans.Clear();
        analyzer.Analyze(piece, terms, null, from, spans);
        Accumulate(text, terms, spans, 0, terms.Count, lead, leadChars, true, stop, acc);
    }

    private static void AccumulateStage(string text, IReadOnlyList<string> terms, IReadOnlyList<TextSpan> spans, int first, int end,
        float leadWeight, int leadChars, HashSet<string> stop, Dictionary<string, (float W, bool E)> acc)
    {
        if (terms is string[] t && spans is TextSpan[] s) Accumulate(text, t, s, first, end, leadWeight, leadChars, true, stop, acc);
        else Accumulate(text, (ReadOnlySpan<string>)terms.ToArray(), (ReadOnlySpan<TextSpan>)spans.ToArray(), first, end, leadWeight, leadChars, true, stop, acc);
    }

    private static void Accumulate(string text, List<string> terms, List<TextSpan> spans, int first, int end, float leadWeight, int leadChars,
        bool detectEntities, HashSet<string> stop, Dictionary<string, (float W, bool E)> acc)
        => Accumulate(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(terms), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(spans),
            first, end, leadWeight, leadChars, detectEntities, stop, acc);

    /// <summary>
    /// Adds terms[first..end) to <paramref name="acc"/>: each at <paramref name="leadWeight"/> when its word starts in the
    /// first <paramref name="leadChars"/> characters, else 1, and name-like when its word is (see <see cref="IsNameLike"/>).
    /// </summary>
    private static void Accumulate(string text, ReadOnlySpan<string> terms, ReadOnlySpan<TextSpan> spans, int first, int end, float leadWeight, int leadChars,
        bool detectEntities, HashSet<string> stop, Dictionary<string, (float W, bool E)> acc)
    {
        var lookup = acc.GetAlternateLookup<ReadOnlySpan<char>>();
        TextSpan word = new(-1, 0);
        bool entity = false;
        for (int i = first; i < end; i++)
        {
            var s = terms[i];
            if (spans[i] != word)
            {
                word = spans[i];
                entity = detectEntities && IsNameLike(text, word);
            }
            if (stop.Contains(s)) continue;
            float w = word.Start < leadChars ? leadWeight : 1f;
            if (lookup.TryGetValue(s, out var cur)) lookup[s] = (cur.W + w, cur.E || entity);
            else acc[s] = (w, entity);
        }
    }

    /// <summary>
    /// A name-like word: capitalised after a letter, digit, comma or semicolon (inside a sentence), or an acronym of two
    /// to six characters. The character before is the last one that is not white space, a sentence start after a blank
    /// line or at the start of the text.
    /// </summary>
    private static bool IsNameLike(string text, TextSpan word)
    {
        if (word.Length == 0 || !char.IsUpper(text[word.Start])) return false;
        if (word.Length >= 2 && word.Length <= 6 && char.IsUpper(text[word.Start + 1])) return true;
        char prev = '.';
        for (int k = word.Start - 1; k >= 0; k--)
        {
            char c = text[k];
            if (!char.IsWhiteSpace(c)) { prev = c; break; }
            if (c == '\n' && text[k + 1] == '\n') break;
        }
        return char.IsLetterOrDigit(prev) || prev is ',' or ';';
    }
}
