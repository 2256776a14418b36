using System.Globalization;
using System.Text;
using Roundup.Model;
using Roundup.Segmentation;
using Roundup.Lexicon;

namespace Roundup.Facts;

/// <summary>A word token: a span of an article's text.</summary>
internal readonly record struct Token(int Start, int End, string Text, bool Possessive)
{
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    public bool IsAllCaps => Text.Length >= 2 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Text.Any(char.IsLetter);
}

/// <summary>Per-article working state shared by the extractors: text, sentence spans, quote regions, mentions.</summary>
internal sealed class ArticleContext
{
    public ArticleContext(Article article)
    {
        Article = article;
        Text = article.Text;
        if (article.Sentences.Count > 0) Sentences = [.. article.Sentences.Select(s => s.Span)];
        else
        {
            // Not segmented yet: segment a scratch copy so the article itself is left as the pipeline made it.
            var scratch = new Article(article.Id, Text);
            new SentenceSegmenter().Segment(scratch);
            var list = scratch.Sentences.Select(s => s.Span).ToList();
            Sentences = list;
        }
    }

    public Article Article { get; }
    public string Text { get; }
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>Spans of quoted words (inside the marks), found by the quote extractor.</summary>
    public List<TextSpan> QuoteSpans { get; } = [];

    /// <summary>Entity mentions in text order.</summary>
    public List<(TextSpan Span, EntityFact Entity)> Mentions { get; } = [];

    /// <summary>Sentence spans that are datelines ("13/12/2016 15:04 GMT | Updated …"), to skip.</summary>
    public HashSet<int> DatelineSentences { get; } = [];

    public int SentenceIndexAt(int pos)
    {
        int lo = 0, hi = Sentences.Count - 1, best = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (Sentences[mid].Start <= pos) { best = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return best;
    }

    /// <summary>The entity whose mention covers <paramref name="pos"/> (mentions must be sorted), or null.</summary>
    public EntityFact? MentionCovering(int pos)
    {
        int lo = 0, hi = Mentions.Count - 1, best = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (Mentions[mid].Span.Start <= pos) { best = mid; lo = mid + 1; } else hi = mid - 1;
        }
        for (int k = best; k >= 0 && k >= best - 2; k--)
            if (Mentions[k].Span.Start <= pos && pos < Mentions[k].Span.End) return Mentions[k].Entity;
        return null;
    }

    /// <summary>Index of the first mention starting at or after <paramref name="pos"/>.</summary>
    public int FirstMentionFrom(int pos)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Mentions[mid].Span.Start < pos) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public bool InQuote(int pos)
    {
        // Quote spans are found in text order; a binary search keeps this logarithmic on long articles.
        var spans = QuoteSpans;
        int lo = 0, hi = spans.Count - 1, best = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (spans[mid].Start <= pos) { best = mid; lo = mid + 1; } else hi = mid - 1;
        }
        for (int k = best; k >= 0 && k >= best - 2; k--)
            if (pos >= spans[k].Start && pos < spans[k].End) return true;
        return false;
    }

    /// <summary>The entity whose mention starts exactly at <paramref name="pos"/> (mentions must be sorted), or null.</summary>
    public EntityFact? MentionStartingAt(int pos)
    {
        int k = FirstMentionFrom(pos);
        return k < Mentions.Count && Mentions[k].Span.Start == pos ? Mentions[k].Entity : null;
    }

    /// <summary>True when a mention overlaps <paramref name="span"/> (mentions must be sorted and not nested).</summary>
    public bool AnyMentionOverlaps(TextSpan span)
    {
        int k = FirstMentionFrom(span.Start);
        if (k < Mentions.Count && Mentions[k].Span.Start < span.End) return true;
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) if (Mentions[j].Span.End > span.Start) return true;
        return false;
    }
}

/// <summary>
/// Characters of one text already claimed by a span: an overlap check costs the span's length, not the number of
/// spans taken, so claiming many spans stays linear in the text (issue #17: a list scan per candidate was quadratic).
/// </summary>
internal sealed class SpanCoverage(int length)
{
    private readonly System.Collections.BitArray _taken = new(Math.Max(1, length));

    /// <summary>True when any character of <paramref name="span"/> is taken.</summary>
    public bool Overlaps(TextSpan span)
    {
        int end = Math.Min(span.End, _taken.Length);
        for (int k = Math.Max(0, span.Start); k < end; k++) if (_taken[k]) return true;
        return false;
    }

    /// <summary>Marks the characters of <paramref name="span"/> taken.</summary>
    public void Take(TextSpan span)
    {
        int end = Math.Min(span.End, _taken.Length);
        for (int k = Math.Max(0, span.Start); k < end; k++) _taken[k] = true;
    }
}

/// <summary>Small text helpers for the fact extractors.</summary>
internal static class FactText
{
    private static readonly System.Collections.Frozen.FrozenSet<string> Abbreviations = LanguageLexicon.English.Words("abbreviations-fact-tokens", caseSensitive: true);

    /// <summary>Word tokens of text[start, end). Keeps internal hyphens/apostrophes, abbreviation periods; marks possessives.</summary>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        int i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int s = i;
            while (i < end)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c)) { i++; continue; }
                if ((c is '-' or '\'' or '’' or '&') && i + 1 < end && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
                if (c is '.' or ',' && i + 1 < end && char.IsDigit(text[i + 1]) && i > s && char.IsDigit(text[i - 1])) { i++; continue; }
                break;
            }
            int e = i;
            var word = text[s..e];
            bool possessive = false;
            if (word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)))
            {
                possessive = true;
                word = word[..^2];
                e -= 2;
            }
            else if (i < end && text[i] == '.' && (Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]))))
            {
                word += ".";
                e++;
                i++;
                // Letters with periods and no spaces are one word ("U.S.", "D.C.", "F.B.I."), not a run of initials.
                if (word.Length == 2)
                    while (i + 1 < end && char.IsUpper(text[i]) && text[i + 1] == '.')
                    {
                        word += text.Substring(i, 2);
                        e += 2;
                        i += 2;
                    }
            }
            tokens.Add(new Token(s, e, word, possessive));
        }
        return tokens;
    }

    /// <summary>Removes diacritics and unifies apostrophes, for comparing name forms.</summary>
    public static string Fold(string s)
    {
        bool plain = true;
        foreach (var c in s) if (c > 127) { plain = false; break; }
        if (plain) return s;
        var d = s.Replace('’', '\'').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d) if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped at max+1.</summary>
    public static int EditDistance(string a, string b, int max = 2)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length > 40 || b.Length > 40) return max + 1;
        Span<int> cells = stackalloc int[(a.Length + 1) * (b.Length + 1)];
        var d = new Grid(cells, b.Length + 1);
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            int rowMin = int.MaxValue;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                int v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, d[i - 2, j - 2] + 1);
                d[i, j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
        }
        return d[a.Length, b.Length];
    }

    /// <summary>Lower-case content words of a span, cut to a 5-letter stem, without stop words and numbers.</summary>
    public static HashSet<string> ContentStems(string text, TextSpan span)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in Tokenize(text, span.Start, span.End))
        {
            if (t.Text.Length < 3 || char.IsDigit(t.Text[0])) continue;
            var w = t.Text.ToLowerInvariant();
            if (Gazetteer.Stop.Contains(w) || Gazetteer.Weekdays.ContainsKey(w) || Gazetteer.Months.ContainsKey(w) || Gazetteer.NumberWords.ContainsKey(w)) continue;
            set.Add(w.Length > 5 ? w[..5] : w);
        }
        return set;
    }

    private readonly ref struct Grid(Span<int> cells, int width)
    {
        private readonly Span<int> _cells = cells;
        public ref int this[int i, int j] => ref _cells[i * width + j];
    }

    /// <summary>Dice overlap of two sets.</summary>
    public static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int shared = 0;
        foreach (var x in a) if (b.Contains(x)) shared++;
        return 2.0 * shared / (a.Count + b.Count);
    }
}
