using Roundup.Model;

namespace Roundup.Summarization;

/// <summary>
/// What every summarizer shares once sentences are chosen: reading order and the supporting articles of each
/// sentence (the other independent articles with a sentence that says the same thing).
/// </summary>
internal static class SummaryAssembler
{
    /// <summary>
    /// Builds the summary from chosen candidate indexes: ordered by position in the source article (leads
    /// first), then by publication time, then by article order, so the summary reads from the top of the story down.
    /// </summary>
    public static Summary Assemble(string algorithm, ClusterFeatures f, IReadOnlyList<int> chosen, IReadOnlyList<double> scores, ISimilarityScope similarity, double threshold)
    {
        var order = new int[chosen.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            int a = chosen[x], b = chosen[y];
            int c = f.Position[a].CompareTo(f.Position[b]);
            if (c != 0) return c;
            var pa = f.Articles[f.ArticleOf[a]].Published;
            var pb = f.Articles[f.ArticleOf[b]].Published;
            if (pa is { } ta && pb is { } tb && ta != tb) return ta.CompareTo(tb);
            c = f.ArticleOf[a].CompareTo(f.ArticleOf[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
        var result = new List<SummarySentence>(chosen.Count);
        foreach (int k in order)
        {
            int i = chosen[k];
            result.Add(new SummarySentence(f.Sentences[i], f.Texts[i], scores[k], Supporting(f, i, similarity, threshold)));
        }
        return new Summary(algorithm, result);
    }

    /// <summary>The other independent articles that have a sentence at or above the same-content threshold.</summary>
    public static List<Article> Supporting(ClusterFeatures f, int i, ISimilarityScope similarity, double threshold)
    {
        var support = new List<Article>();
        int own = f.ArticleOf[i];
        int last = -1;
        for (int j = 0; j < f.Sentences.Length; j++)
        {
            int a = f.ArticleOf[j];
            if (a == own || a == last) continue;
            if (f.Sentences[j].IsHeadline) continue;
            if (similarity.Similarity(i, j) >= threshold)
            {
                support.Add(f.Articles[a]);
                last = a;
            }
        }
        return support;
    }
}
