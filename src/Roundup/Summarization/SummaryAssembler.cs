using System.Runtime.CompilerServices;
using Roundup.Model;

namespace Roundup.Summarization;

/// <summary>
/// What every summarizer shares once sentences are chosen: reading order and the supporting articles of each
/// sentence (the other independent articles with a sentence that says the same thing).
/// </summary>
internal static class SummaryAssembler
{
    /// <summary>
    /// Builds the summary from chosen candidate indexes. Runs of consecutive sentences from one article stay
    /// together (a sentence that leans on the one before it is never separated from it); runs are ordered by the
    /// position of their first sentence in its article (leads first), then by publication time, then by article
    /// order, so the summary reads from the top of the story down; the run that opens it is the best lead among the
    /// earliest placed: not a quotation, not a sentence that points back (nor one with "he" before any name), the
    /// highest scored.
    /// </summary>
    public static Summary Assemble(string algorithm, ClusterFeatures f, IReadOnlyList<int> chosen, IReadOnlyList<double> scores, ISimilarityScope similarity, double threshold)
    {
        var score = new Dictionary<int, double>(chosen.Count);
        for (int k = 0; k < chosen.Count; k++) score[chosen[k]] = scores[k];
        var sorted = chosen.ToArray();
        Array.Sort(sorted);
        // Runs: maximal sequences of adjacent candidates from one article.
        var runs = new List<(int Start, int Count)>();
        for (int k = 0; k < sorted.Length; k++)
        {
            if (runs.Count > 0)
            {
                var (start, count) = runs[^1];
                int last = sorted[start + count - 1];
                if (sorted[k] == last + 1 && f.ArticleOf[last] == f.ArticleOf[sorted[k]]) { runs[^1] = (start, count + 1); continue; }
            }
            runs.Add((k, 1));
        }
        runs.Sort((x, y) =>
        {
            int a = sorted[x.Start], b = sorted[y.Start];
            int c = f.Position[a].CompareTo(f.Position[b]);
            if (c != 0) return c;
            var pa = f.Articles[f.ArticleOf[a]].Published;
            var pb = f.Articles[f.ArticleOf[b]].Published;
            if (pa is { } ta && pb is { } tb && ta != tb) return ta.CompareTo(tb);
            return a.CompareTo(b);
        });
        // The summary opens with the best lead: the earliest-placed run whose first sentence neither opens with a
        // quotation nor points back at something (nor names someone "he" before naming anyone), the best scored among equals.
        int lead = -1;
        for (int r = 0; r < runs.Count; r++)
        {
            int i = sorted[runs[r].Start];
            var text = f.Texts[i];
            if (SentenceRules.OpensWithQuotation(text) || SentenceRules.OpensWithReference(text) || SentenceRules.DefiniteReference(text) is not null
                || SentenceRules.PronounBeforeName(text)) continue;
            if (lead < 0) { lead = r; continue; }
            int best = sorted[runs[lead].Start];
            if (f.Position[i] > f.Position[best]) break;
            if (score[i] > score[best]) lead = r;
        }
        if (lead > 0)
        {
            var first = runs[lead];
            runs.RemoveAt(lead);
            runs.Insert(0, first);
        }
        var result = new List<SummarySentence>(chosen.Count);
        foreach (var (start, count) in runs)
        {
            for (int k = start; k < start + count; k++)
            {
                int i = sorted[k];
                result.Add(new SummarySentence(f.Sentences[i], f.Texts[i], score[i], Supporting(f, i, similarity, threshold)));
            }
        }
        return new Summary(algorithm, result);
    }

    /// <summary>The other independent articles that have a sentence at or above the same-content threshold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
