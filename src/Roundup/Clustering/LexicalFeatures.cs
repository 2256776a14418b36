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

/// <summary>Extracts <see cref="ArticleTerms"/> from an article's title, lead and text with the pipeline's <see cref="TermAnalyzer"/>.</summary>
internal static class LexicalFeatures
{
    public static ArticleTerms Extract(Article article, StoryClusteringOptions options)
    {
        var analyzer = TermAnalyzer.ForLanguage(article.Language);
        var acc = new Dictionary<string, (float W, bool E)>(StringComparer.Ordinal);
        var stems = new List<string>(2);
        var stop = ClusteringStopwords.For(analyzer);
        if (!string.IsNullOrWhiteSpace(article.Title)) Scan(article.Title, (float)options.TitleWeight, int.MaxValue, 1f, false, analyzer, stop, acc, stems);
        var text = article.Text.AsSpan(0, Math.Min(article.Text.Length, options.MaxChars));
        Scan(text, (float)options.LeadWeight, options.LeadChars, 1f, true, analyzer, stop, acc, stems);
        var terms = new string[acc.Count];
        var weights = new float[acc.Count];
        var entity = new bool[acc.Count];
        int i = 0;
        foreach (var (t, (w, e)) in acc) { terms[i] = t; weights[i] = w; entity[i] = e; i++; }
        return new ArticleTerms(terms, weights, entity);
    }

    private static void Scan(ReadOnlySpan<char> text, float leadWeight, int leadChars, float bodyWeight, bool detectEntities,
        TermAnalyzer analyzer, HashSet<string> stop, Dictionary<string, (float W, bool E)> acc, List<string> stems)
    {
        var lookup = acc.GetAlternateLookup<ReadOnlySpan<char>>();
        int i = 0;
        char prev = '.';
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (!char.IsWhiteSpace(c)) prev = c;
                else if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n') prev = '.';
                i++;
                continue;
            }
            int start = i++;
            while (i < text.Length)
            {
                char d = text[i];
                if (char.IsLetterOrDigit(d)) { i++; continue; }
                if ((d is '\'' or '’' or '.') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
                break;
            }
            var word = text[start..i];
            bool entity = false;
            if (detectEntities && char.IsUpper(word[0]))
            {
                bool midSentence = char.IsLetterOrDigit(prev) || prev is ',' or ';';
                bool acronym = word.Length >= 2 && char.IsUpper(word[1]) && word.Length <= 6;
                entity = midSentence || acronym;
            }
            prev = word[^1];
            stems.Clear();
            analyzer.Analyze(word, stems);
            float w = start < leadChars ? leadWeight : bodyWeight;
            foreach (var s in stems)
            {
                if (stop.Contains(s)) continue;
                if (lookup.TryGetValue(s, out var cur)) lookup[s] = (cur.W + w, cur.E || entity);
                else acc[s] = (w, entity);
            }
        }
    }
}
