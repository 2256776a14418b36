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
        var member = new bool[n]; // eligible but for length: may stand inside a longer unit
        int eligibleCount = 0;
        for (int i = 0; i < n; i++)
        {
            member[i] = o.Filter
                ? SentenceRules.IsEligible(f.Sentences[i], f.Texts[i], 1, o.MaxWords)
                : f.Words[i] > 0 && !f.Sentences[i].IsHeadline;
            eligible[i] = member[i] && (!o.Filter || f.Words[i] >= o.MinWords);
            if (eligible[i]) eligibleCount++;
        }
        bool fallback = eligibleCount == 0;
        if (fallback)
            for (int i = 0; i < n; i++) eligible[i] = member[i] = f.Words[i] > 0;
        var (units, glued) = Units(f, eligible, member, o.Readability && !fallback);

        int minDf = f.Articles.Length > 1 ? o.MinDocumentFrequency : 1;
        var bigramWeight = new double[f.BigramDf.Length];
        for (int b = 0; b < bigramWeight.Length; b++) bigramWeight[b] = f.BigramDf[b] >= minDf ? f.BigramDf[b] : o.RareWeight;
        var wordWeight = new double[f.WordDf.Length];
        for (int w = 0; w < wordWeight.Length; w++) wordWeight[w] = o.UnigramWeight * (f.WordDf[w] >= minDf ? f.WordDf[w] : o.RareWeight);

        var chosen = new List<int>();
        var scores = new List<double>();
        var taken = new bool[n];
        var blocked = new bool[n];
        int words = 0;
        double threshold = similarity.SameContentThreshold;
        double redundancy = o.RedundancyThreshold ?? threshold;
        // Concepts already counted for the unit being scored, so a concept two members share counts once.
        var bigramStamp = new int[bigramWeight.Length];
        var wordStamp = new int[wordWeight.Length];
        int stamp = 0;
        int unitCount = units.Count;
        var unitWords = new int[unitCount];
        var unitValue = new double[unitCount]; // prior / cost: the greedy's multiplier of a unit's gain
        for (int u = 0; u < unitCount; u++)
        {
            var (start, count) = units[u];
            for (int i = start; i < start + count; i++) unitWords[u] += f.Words[i];
            double prior = 1 + o.PositionWeight / (1 + f.Position[start] / o.PositionScale);
            unitValue[u] = prior / Math.Pow(Math.Max(1, unitWords[u]), o.LengthExponent);
        }
        // Lazy greedy (Minoux): a unit's gain only shrinks as concepts get covered, so its last computed score
        // bounds its current one; only the unit with the highest bound is rescored, until a fresh score is on top.
        var bound = new double[unitCount];
        Array.Fill(bound, double.PositiveInfinity);
        var scoredIn = new int[unitCount];
        int round = 0;
        while (!Budget.IsSpent(options, chosen.Count, words))
        {
            round++;
            int best = -1;
            double bestScore = 0;
            while (true)
            {
                int top = -1;
                double topBound = 0;
                for (int u = 0; u < unitCount; u++)
                {
                    if (bound[u] <= topBound) continue;
                    var (start, count) = units[u];
                    if (glued[start] && !taken[start - 1]) continue; // leans on (or continues) a sentence not chosen
                    if (options.Sentences is { } limit ? chosen.Count + count > limit : words + unitWords[u] > options.Words) continue;
                    bool usable = true;
                    for (int i = start; i < start + count; i++) usable &= !blocked[i] && !taken[i];
                    if (!usable) continue;
                    top = u;
                    topBound = bound[u];
                }
                if (top < 0) break;
                if (scoredIn[top] == round) { best = top; bestScore = topBound; break; }
                var (first0, count0) = units[top];
                stamp++;
                double gain = 0;
                for (int i = first0; i < first0 + count0; i++)
                {
                    foreach (int b in f.Bigrams[i])
                        if (bigramStamp[b] != stamp) { bigramStamp[b] = stamp; gain += bigramWeight[b]; }
                    foreach (int w in f.Unigrams[i])
                        if (wordStamp[w] != stamp) { wordStamp[w] = stamp; gain += wordWeight[w]; }
                }
                bound[top] = gain * unitValue[top];
                scoredIn[top] = round;
            }
            if (best < 0) break;
            var (first, members) = units[best];
            for (int i = first; i < first + members; i++)
            {
                taken[i] = true;
                chosen.Add(i);
                scores.Add(bestScore);
                words += f.Words[i];
                foreach (int b in f.Bigrams[i]) bigramWeight[b] = 0;
                foreach (int w in f.Unigrams[i]) wordWeight[w] = 0;
            }
            for (int i = first; i < first + members; i++)
                for (int j = 0; j < n; j++)
                    if (!taken[j] && !blocked[j] && eligible[j] && scope.Similarity(i, j) >= redundancy) blocked[j] = true;
        }
        return SummaryAssembler.Assemble(Name, f, chosen, scores, scope, threshold);
    }

    /// <summary>
    /// The units a summary may take: one sentence, or a short run of adjacent sentences of one article that only
    /// read right together. A sentence opening with a pronoun or connective is glued to the sentence before it
    /// (when <paramref name="glueReferences"/>), and so is every sentence of a quotation after its first. A unit
    /// is any run within a glued chain that ends where no quotation is left open; one that starts on a glued
    /// sentence may only be taken once the sentence before it is (see the returned glue). Its sentences must be
    /// eligible (a short one may stand inside a longer unit), and it has at most <see cref="MaxUnitSentences"/>.
    /// </summary>
    internal static (List<(int Start, int Count)> Units, bool[] Glued) Units(ClusterFeatures f, bool[] eligible, bool[] member, bool glueReferences)
    {
        int n = f.Sentences.Length;
        var glued = new bool[n]; // sentence i must come with sentence i - 1
        var quoteOpen = new bool[n]; // a quotation is still open after sentence i
        bool open = false;
        int openFor = 0;
        for (int i = 0; i < n; i++)
        {
            bool sameArticle = i > 0 && f.ArticleOf[i] == f.ArticleOf[i - 1];
            if (!sameArticle) open = false;
            bool wasOpen = open;
            open = SentenceRules.QuoteOpenAfter(f.Texts[i], open);
            // A quotation that seems to stay open for long is a stray mark (an inch sign, a typo): forget it.
            openFor = open ? openFor + 1 : 0;
            if (openFor > MaxUnitSentences) { open = false; openFor = 0; wasOpen = false; }
            quoteOpen[i] = open;
            glued[i] = sameArticle && (wasOpen || (glueReferences && SentenceRules.OpensWithReference(f.Texts[i])));
        }
        var units = new List<(int, int)>();
        for (int start = 0; start < n; start++)
        {
            bool anyEligible = false;
            for (int end = start; end < n && end - start < MaxUnitSentences; end++)
            {
                if (end > start && !glued[end]) break;
                if (!member[end]) break;
                anyEligible |= eligible[end];
                if (quoteOpen[end]) continue;
                if (end == start ? eligible[start] : anyEligible) units.Add((start, end - start + 1));
            }
        }
        return (units, glued);
    }

    /// <summary>The most sentences one unit (a quotation or a chain of references) may span.</summary>
    internal const int MaxUnitSentences = 4;
}
