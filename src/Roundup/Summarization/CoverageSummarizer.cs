using System.Runtime.CompilerServices;
using Roundup.Model;

namespace Roundup.Summarization;

/// <summary>
/// The default summarizer: budgeted maximum coverage of salient concepts. A concept is a stemmed bigram; its
/// weight is the number of independent articles that contain it (what several outlets report is what matters,
/// as in the ICSI concept-coverage summarizer), plus a small weight for content words. Sentences are chosen
/// greedily by the weight of concepts they add that are not yet covered, times a lead-position prior, divided by
/// their length (cost-scaled greedy, after Lin and Bilmes), so no concept is paid for twice and a second outlet
/// repeating a fact adds nothing. Sentences are compressed first, and readability rules keep out headlines,
/// fragments, questions and sentences that lean on an unchosen previous sentence.
/// </summary>
public sealed class CoverageSummarizer : ISummarizer
{
    private static readonly ISentenceSimilarity Lexical = new LexicalSimilarity();

    /// <summary>Creates it with <paramref name="options"/> (tuned defaults when null).</summary>
    public CoverageSummarizer(CoverageOptions? options = null)
    {
        Options = options ?? new CoverageOptions();
        Options.Validate();
    }

    /// <summary>The settings in use.</summary>
    public CoverageOptions Options { get; }

    /// <inheritdoc />
    public string Name => "coverage";

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Summary Summarize(Cluster cluster, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(options);
        var o = Options;
        var f = ClusterFeatures.Build(cluster, o.Compress ? s => SentenceRules.Compress(s.Text) : null);
        var similarity = o.Similarity ?? Lexical;
        var scope = o.Similarity is null ? LexicalSimilarity.For(f) : o.Similarity.Prepare(f.Sentences);
        int n = f.Sentences.Length;

        var eligible = new bool[n];
        var leaning = new bool[n];
        int eligibleCount = 0;
        for (int i = 0; i < n; i++)
        {
            eligible[i] = o.Filter
                ? SentenceRules.IsEligible(f.Sentences[i], f.Texts[i], o.MinWords, o.MaxWords)
                : f.Words[i] > 0 && !f.Sentences[i].IsHeadline;
            leaning[i] = o.Readability && SentenceRules.OpensWithReference(f.Texts[i]);
            if (eligible[i]) eligibleCount++;
        }
        if (eligibleCount == 0)
            for (int i = 0; i < n; i++) { eligible[i] = f.Words[i] > 0; leaning[i] = false; }

        int minDf = f.Articles.Length > 1 ? o.MinDocumentFrequency : 1;
        var bigramWeight = new double[f.BigramDf.Length];
        for (int b = 0; b < bigramWeight.Length; b++) bigramWeight[b] = (f.BigramDf[b] >= minDf ? Math.Pow(f.BigramDf[b], o.DfExponent) : o.RareWeight) + o.FrequencyWeight * (f.BigramSf[b] - 1);
        var wordWeight = new double[f.WordDf.Length];
        for (int w = 0; w < wordWeight.Length; w++) wordWeight[w] = o.UnigramWeight * (f.WordDf[w] >= minDf ? f.WordDf[w] : o.RareWeight);

        var prior = new double[n];
        var cost = new double[n];
        for (int i = 0; i < n; i++)
        {
            prior[i] = 1 + o.PositionWeight / (1 + f.Position[i] / o.PositionScale);
            cost[i] = Math.Pow(Math.Max(1, f.Words[i]), o.LengthExponent);
        }

        var chosen = new List<int>();
        var scores = new List<double>();
        var taken = new bool[n];
        var blocked = new bool[n];
        int words = 0;
        double threshold = similarity.SameContentThreshold;
        double redundancy = o.RedundancyThreshold ?? threshold;
        // Concepts already counted for the unit being scored (a sentence, or a sentence and the one it leans on).
        var bigramStamp = new int[bigramWeight.Length];
        var wordStamp = new int[wordWeight.Length];
        int stamp = 0;
        double Gain(int i)
        {
            double gain = 0;
            foreach (int b in f.Bigrams[i])
                if (bigramStamp[b] != stamp) { bigramStamp[b] = stamp; gain += bigramWeight[b]; }
            foreach (int w in f.Unigrams[i])
                if (wordStamp[w] != stamp) { wordStamp[w] = stamp; gain += wordWeight[w]; }
            return gain;
        }
        while (!Budget.IsSpent(options, chosen.Count, words))
        {
            int best = -1, bestLead = -1;
            double bestScore = 0;
            for (int i = 0; i < n; i++)
            {
                if (taken[i] || blocked[i] || !eligible[i]) continue;
                int lead = -1; // the previous sentence, chosen together with this one when it leans on it
                if (leaning[i] && !(i > 0 && taken[i - 1] && f.ArticleOf[i - 1] == f.ArticleOf[i]))
                {
                    int p = i - 1;
                    if (p < 0 || f.ArticleOf[p] != f.ArticleOf[i] || taken[p] || blocked[p] || !eligible[p] || leaning[p]) continue;
                    lead = p;
                }
                int unitWords = f.Words[i] + (lead >= 0 ? f.Words[lead] : 0);
                if (options.Sentences is { } limit ? chosen.Count + (lead >= 0 ? 2 : 1) > limit : words + unitWords > options.Words) continue;
                stamp++;
                double gain = Gain(i);
                double score = lead >= 0
                    ? (gain + Gain(lead)) * prior[lead] / (cost[lead] + cost[i])
                    : gain * prior[i] / cost[i];
                if (score > bestScore) { bestScore = score; best = i; bestLead = lead; }
            }
            if (best < 0) break;
            if (bestLead >= 0) Take(bestLead, bestScore);
            Take(best, bestScore);
        }

        void Take(int i, double score)
        {
            taken[i] = true;
            chosen.Add(i);
            scores.Add(score);
            words += f.Words[i];
            foreach (int b in f.Bigrams[i]) bigramWeight[b] = 0;
            foreach (int w in f.Unigrams[i]) wordWeight[w] = 0;
            for (int j = 0; j < n; j++)
                if (!taken[j] && !blocked[j] && eligible[j] && scope.Similarity(i, j) >= redundancy) blocked[j] = true;
        }
        return SummaryAssembler.Assemble(Name, f, chosen, scores, scope, threshold);
    }
}
