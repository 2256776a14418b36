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
    /// highest scored; or, when the summarizer chose an <paramref name="anchor"/> sentence, its run opens and the
    /// anchor's article follows in its own order before the other reports; a run opening with "Speaking to …, he
    /// insisted" follows its own article's run (<see cref="FollowOwnArticle"/>). A person first met by surname alone is
    /// given the full name the cluster uses (<see cref="NameIntroductions"/>) while the text stays within
    /// <paramref name="wordLimit"/> words; with <paramref name="describePeople"/>, so is a person named late without
    /// saying who they are, where the cluster says it (<see cref="NameIntroductions.DescribeLatePeople"/>).
    /// </summary>
    public static Summary Assemble(string algorithm, ClusterFeatures f, IReadOnlyList<int> chosen, IReadOnlyList<double> scores, ISimilarityScope similarity, double threshold, int anchor = -1, int wordLimit = int.MaxValue,
        bool describePeople = false)
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
        for (int r = 0; r < runs.Count && anchor >= 0; r++)
            if (sorted[runs[r].Start] <= anchor && anchor < sorted[runs[r].Start] + runs[r].Count) lead = r;
        if (lead >= 0)
        {
            // The anchor's article tells its story first, in its order; the other reports follow.
            int article = f.ArticleOf[anchor];
            var own = runs.Where(x => f.ArticleOf[sorted[x.Start]] == article).OrderBy(x => sorted[x.Start]).ToList();
            runs.RemoveAll(x => f.ArticleOf[sorted[x.Start]] == article);
            runs.InsertRange(0, own);
            lead = 0;
        }
        for (int r = 0; r < runs.Count && lead < 0; r++)
        {
            int i = sorted[runs[r].Start];
            var text = f.Texts[i];
            if (SentenceRules.OpensWithQuotation(text) || SentenceRules.OpensWithReference(text) || SentenceRules.DefiniteReference(text) is not null
                || SentenceRules.PronounBeforeName(text) || SentenceRules.PronounAfterParticiple(text)) continue;
            lead = r;
            for (int q = r + 1; q < runs.Count; q++)
            {
                int other = sorted[runs[q].Start];
                var t = f.Texts[other];
                if (f.Position[other] > f.Position[i]) break;
                if (SentenceRules.OpensWithQuotation(t) || SentenceRules.OpensWithReference(t) || SentenceRules.DefiniteReference(t) is not null
                    || SentenceRules.PronounBeforeName(t) || SentenceRules.PronounAfterParticiple(t)) continue;
                if (score[other] > score[sorted[runs[lead].Start]]) lead = q;
            }
        }
        if (lead > 0)
        {
            var first = runs[lead];
            runs.RemoveAt(lead);
            runs.Insert(0, first);
        }
        FollowOwnArticle(f, sorted, runs);
        var order = new List<int>(chosen.Count);
        foreach (var (start, count) in runs)
            for (int k = start; k < start + count; k++) order.Add(sorted[k]);
        // A person first met by surname alone gets the full name the cluster gives them.
        var plain = order.Select(i => f.Texts[i]).ToArray();
        var texts = NameIntroductions.Introduce(plain, NameIntroductions.FullNames(f.Texts, NameIntroductions.Candidates(plain, f.NameWords)));
        // So is an organisation first met as "the foundation".
        texts = OrganisationNames.Introduce(texts, order, f);
        // A wire report's "here" is its dateline's place, which the summary does not show.
        for (int k = 0; k < texts.Length; k++)
            if (texts[k].Contains("here", StringComparison.Ordinal)) texts[k] = WirePlaces.Localize(texts[k], WirePlaces.PlaceOf(f, order[k]));
        // An anchored summary that opens with a wire report's first sentence keeps where it was filed (the
        // summarizer counted those words).
        if (anchor >= 0 && order.Count > 0 && order[0] == anchor && WirePlaces.OpeningDateline(f.Sentences[anchor]) is { } dateline
            && !texts[0].StartsWith(dateline.AsSpan(0, dateline.Length - 3), StringComparison.Ordinal))
            texts[0] = dateline + texts[0];
        // A short summary gives a person's title once: the same title and name again read as the surname.
        if (anchor >= 0) TitledNames.ShortenRepeated(texts);
        // A name given in full costs words: where that would break the budget, the last such names stay as written.
        int words = texts.Sum(t => Sentence.CountWords(t));
        for (int k = texts.Length - 1; k >= 0 && words > wordLimit; k--)
            if (!ReferenceEquals(texts[k], plain[k]) && texts[k] != plain[k])
            {
                words -= Sentence.CountWords(texts[k]) - Sentence.CountWords(plain[k]);
                texts[k] = plain[k];
            }
        if (describePeople) NameIntroductions.DescribeLatePeople(texts, f, wordLimit == int.MaxValue ? int.MaxValue : wordLimit - words);
        var result = new List<SummarySentence>(chosen.Count);
        for (int k = 0; k < order.Count; k++)
        {
            int i = order[k];
            result.Add(new SummarySentence(f.Sentences[i], texts[k], score[i], Supporting(f, i, similarity, threshold)));
        }
        return new Summary(algorithm, result);
    }

    /// <summary>
    /// The other independent articles that have a sentence at or above the same-content threshold and that does not
    /// deny what this one says (<see cref="SentenceRules.OppositePolarity"/>).
    /// </summary>
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
            // A report that denies what the sentence says (or says what it denies) does not support it.
            if (similarity.Similarity(i, j) >= threshold && !SentenceRules.OppositePolarity(f.Texts[i], f.Texts[j]))
            {
                support.Add(f.Articles[a]);
                last = a;
            }
        }
        return support;
    }

    /// <summary>
    /// A run (not the opening one) whose first sentence has "he" or "she" after an opening participle phrase, pointing
    /// back at someone its article told of before ("Speaking to Vanity Fair …, he insisted …";
    /// <see cref="SentenceRules.PronounAfterParticiple"/>), follows the run of its own article that comes before it in
    /// that article, not whichever run precedes it by position: after another report's sentence about someone else
    /// the pronoun would read as that person. A run with nothing of its article before it stays where it is.
    /// </summary>
    private static void FollowOwnArticle(ClusterFeatures f, int[] sorted, List<(int Start, int Count)> runs)
    {
        for (int r = 1; r < runs.Count; r++)
        {
            int first = sorted[runs[r].Start];
            var text = f.Texts[first];
            if (!SentenceRules.PronounAfterParticiple(text)) continue;
            int article = f.ArticleOf[first], before = -1;
            for (int q = 0; q < runs.Count; q++)
            {
                int last = sorted[runs[q].Start + runs[q].Count - 1];
                if (q != r && f.ArticleOf[last] == article && last < first && (before < 0 || last > sorted[runs[before].Start + runs[before].Count - 1])) before = q;
            }
            if (before < 0 || before == r - 1) continue;
            var run = runs[r];
            runs.RemoveAt(r);
            int at = before < r ? before + 1 : before; // the index shifts when the run came before it
            runs.Insert(at, run);
            if (at > r) r--; // the run now at r is one not yet seen
        }
    }
}
