using System.Runtime.CompilerServices;
using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Bench.Experiments;

/// <summary>
/// Variants of the coverage objective and optimizer tried for issue #4 that gained nothing on the dev set (README,
/// "ablation"): all off by default, where <see cref="ExperimentalCoverageSummarizer"/> gives exactly what
/// <see cref="CoverageSummarizer"/> gives. They live here, out of the library, so they stay reproducible with the
/// bench's summary-tune mode without weighing on the summarizer people read.
/// </summary>
public sealed record CoverageExperiments
{
    /// <summary>
    /// Credit for covering a concept again: the k-th sentence that covers a concept earns RepeatCredit^(k-1) of its
    /// weight, a saturating (concave) coverage reward after Lin and Bilmes (default 0: a concept counts once).
    /// </summary>
    public double RepeatCredit { get; init; }

    /// <summary>
    /// Multiplier of the weight of a name-like content word (mostly capitalised inside sentences, or a number)
    /// (default 1: such words weigh like any content word).
    /// </summary>
    public double NameWeight { get; init; } = 1.0;

    /// <summary>
    /// Prominence-weighted coverage: a concept is worth its weight times the prior (position, times the quotation
    /// bonus) of the most prominent chosen sentence that covers it, so the objective is a set function that local
    /// search can improve (default false: a concept counts once, and the prior scales the gain of the sentence that
    /// covers it first).
    /// </summary>
    public bool ProminenceCoverage { get; init; }

    /// <summary>
    /// Local search after the greedy pass (with <see cref="ProminenceCoverage"/>): up to this many rounds of the
    /// best objective-improving swap or addition of a unit within the budget (default 0: greedy only).
    /// </summary>
    public int LocalSearchRounds { get; init; }

    /// <summary>
    /// Diversity reward after Lin and Bilmes: adds DiversityWeight × total concept weight × the sum over articles of
    /// the square root of the chosen share of the cluster's value from that article, so the summary draws on several
    /// sources (default 0: off).
    /// </summary>
    public double DiversityWeight { get; init; }

    /// <summary>True when every experiment is off.</summary>
    public bool IsDefault => this == new CoverageExperiments();

    /// <summary>Throws <see cref="ArgumentException"/> when a setting is out of range.</summary>
    public void Validate()
    {
        if (LocalSearchRounds < 0) throw new ArgumentException("LocalSearchRounds must not be negative.");
        if (RepeatCredit is < 0 or >= 1) throw new ArgumentException("RepeatCredit must be at least 0 and below 1.");
        if (NameWeight < 0 || DiversityWeight < 0) throw new ArgumentException("Weights must not be negative.");
    }
}

/// <summary>
/// <see cref="CoverageSummarizer"/> with the <see cref="CoverageExperiments"/> that lost: the library's greedy, copied
/// with the experimental terms threaded through it. With every experiment off it chooses what the library does
/// (a test holds it to that).
/// </summary>
public sealed class ExperimentalCoverageSummarizer : ISummarizer
{
    private static readonly ISentenceSimilarity Lexical = new LexicalSimilarity();

    /// <summary>Creates it with <paramref name="options"/> and <paramref name="experiments"/> (defaults when null).</summary>
    public ExperimentalCoverageSummarizer(CoverageOptions? options = null, CoverageExperiments? experiments = null)
    {
        Options = options ?? new CoverageOptions();
        Options.Validate();
        Experiments = experiments ?? new CoverageExperiments();
        Experiments.Validate();
    }

    /// <summary>The library's settings in use.</summary>
    public CoverageOptions Options { get; }

    /// <summary>The experiments in use.</summary>
    public CoverageExperiments Experiments { get; }

    /// <inheritdoc />
    public string Name => "coverage-experimental";

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Summary Summarize(Cluster cluster, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(options);
        var o = Options.ForCluster(cluster.Articles.Count);
        var x = Experiments;
        var f = ClusterFeatures.Build(cluster, o.Compress ? s => SentenceRules.Compress(s.Text) : null);
        var similarity = o.Similarity ?? Lexical;
        var scope = o.Similarity is null ? LexicalSimilarity.For(f) : o.Similarity.Prepare(f.Sentences);
        int n = f.Sentences.Length;
        if (o.Readability && o.GlueSpeakers && o.NameSpeakers)
            CoverageSummarizer.NameSpeakers(f);

        var (eligible, member, fallback) = CoverageSummarizer.Candidates(f, o);
        var (units, glued, quoted) = CoverageSummarizer.Units(f, eligible, member, o.Readability && !fallback, o.GlueSpeakers);
        var position = CoverageSummarizer.StoryPositions(f, member);
        var sentencePrior = new double[n]; // position prior, times the quotation bonus
        for (int i = 0; i < n; i++) sentencePrior[i] = CoverageSummarizer.Prior(o, position[i]) * (quoted[i] ? 1 + o.QuoteWeight : 1);

        var (bigramWeight, wordWeight) = ConceptWeights(f, o, x);
        double repeat = x.RepeatCredit;
        bool prominence = x.ProminenceCoverage;
        // With prominence coverage: the prior of the most prominent chosen sentence covering each concept (0: none).
        var bigramCover = prominence ? new double[bigramWeight.Length] : [];
        var wordCover = prominence ? new double[wordWeight.Length] : [];

        var chosen = new List<int>();
        var chosenUnits = new List<int>();
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
            double prior = prominence ? 1 : CoverageSummarizer.Prior(o, position[start]);
            for (int i = start; i < start + count && !prominence; i++)
                if (quoted[i]) { prior *= 1 + o.QuoteWeight; break; }
            unitValue[u] = prior / Math.Pow(Math.Max(1, unitWords[u]), o.LengthExponent);
        }
        double diversity = x.DiversityWeight;
        var standalone = new double[unitCount]; // a unit's value before anything is chosen (its singleton reward)
        var articleReward = new double[f.Articles.Length];
        double totalValue = 0;
        if (diversity > 0)
        {
            for (int b = 0; b < bigramWeight.Length; b++) totalValue += bigramWeight[b];
            for (int w = 0; w < wordWeight.Length; w++) totalValue += wordWeight[w];
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
                    if (prominence)
                    {
                        // Members come in reading order, so the first member holding a concept is its most prominent.
                        double p = sentencePrior[i];
                        foreach (int b in f.Bigrams[i])
                            if (bigramStamp[b] != stamp) { bigramStamp[b] = stamp; gain += bigramWeight[b] * Math.Max(0, p - bigramCover[b]); }
                        foreach (int w in f.Unigrams[i])
                            if (wordStamp[w] != stamp) { wordStamp[w] = stamp; gain += wordWeight[w] * Math.Max(0, p - wordCover[w]); }
                        continue;
                    }
                    foreach (int b in f.Bigrams[i])
                        if (bigramStamp[b] != stamp) { bigramStamp[b] = stamp; gain += bigramWeight[b]; }
                    foreach (int w in f.Unigrams[i])
                        if (wordStamp[w] != stamp) { wordStamp[w] = stamp; gain += wordWeight[w]; }
                }
                double cost = unitValue[top];
                if (diversity > 0)
                {
                    if (scoredIn[top] == 0) standalone[top] = gain * cost * Math.Max(1, unitWords[top]) / totalValue;
                    double r = articleReward[f.ArticleOf[first0]];
                    gain += diversity * totalValue * (Math.Sqrt(r + standalone[top]) - Math.Sqrt(r)) / (cost * Math.Max(1, unitWords[top]));
                }
                bound[top] = gain * cost;
                scoredIn[top] = round;
            }
            if (best < 0) break;
            chosenUnits.Add(best);
            var (first, members) = units[best];
            articleReward[f.ArticleOf[first]] += standalone[best];
            for (int i = first; i < first + members; i++)
            {
                taken[i] = true;
                chosen.Add(i);
                scores.Add(bestScore);
                words += f.Words[i];
                if (prominence)
                {
                    double p = sentencePrior[i];
                    foreach (int b in f.Bigrams[i]) bigramCover[b] = Math.Max(bigramCover[b], p);
                    foreach (int w in f.Unigrams[i]) wordCover[w] = Math.Max(wordCover[w], p);
                    continue;
                }
                foreach (int b in f.Bigrams[i]) bigramWeight[b] *= repeat;
                foreach (int w in f.Unigrams[i]) wordWeight[w] *= repeat;
            }
            for (int i = first; i < first + members; i++)
                for (int j = 0; j < n; j++)
                    if (!taken[j] && !blocked[j] && eligible[j] && scope.Similarity(i, j) >= redundancy) blocked[j] = true;
        }
        if (prominence && x.LocalSearchRounds > 0 && options.Sentences is null)
        {
            LocalSearch(f, x, units, glued, sentencePrior, scope, redundancy, bigramWeight, wordWeight, chosenUnits, options.Words);
            chosen.Clear();
            scores.Clear();
            var value = new ProminenceValue(f, sentencePrior, bigramWeight, wordWeight);
            foreach (int u in chosenUnits)
            {
                // A unit's score: what it adds to the objective on its own, per word (as the greedy ranks).
                double unitScore = value.Of(units, [u], -1, -1) * unitValue[u];
                for (int i = units[u].Start; i < units[u].Start + units[u].Count; i++) { chosen.Add(i); scores.Add(unitScore); }
            }
        }
        return SummaryAssembler.Assemble("coverage", f, chosen, scores, scope, threshold, wordLimit: options.Sentences is null ? options.Words : int.MaxValue);
    }

    /// <summary>The library's concept weights, with name-like words weighed by <see cref="CoverageExperiments.NameWeight"/>.</summary>
    private static (double[] Bigrams, double[] Words) ConceptWeights(ClusterFeatures f, CoverageOptions o, CoverageExperiments x)
    {
        var (bigrams, words) = CoverageSummarizer.ConceptWeights(f, o);
        if (x.NameWeight != 1)
            for (int w = 0; w < words.Length; w++)
                if (f.Named[w]) words[w] *= x.NameWeight;
        return (bigrams, words);
    }

    /// <summary>
    /// The prominence-weighted coverage of a set of sentences: every concept they hold, times its weight, times the
    /// prior (position and quotation bonus) of the most prominent of them that holds it (see <see cref="CoverageExperiments.ProminenceCoverage"/>).
    /// </summary>
    internal static double ProminenceObjective(ClusterFeatures f, CoverageOptions o, IReadOnlyList<int> sentences)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(sentences);
        var (bigramWeight, wordWeight) = ConceptWeights(f, o, new CoverageExperiments());
        var all = new bool[f.Sentences.Length];
        Array.Fill(all, true);
        var quoted = CoverageSummarizer.Units(f, all, all, false, false).Quoted;
        var position = CoverageSummarizer.StoryPositions(f, CoverageSummarizer.Candidates(f, o).Member);
        var prior = new double[f.Sentences.Length];
        for (int i = 0; i < prior.Length; i++) prior[i] = CoverageSummarizer.Prior(o, position[i]) * (quoted[i] ? 1 + o.QuoteWeight : 1);
        var units = sentences.Select(i => (i, 1)).ToList();
        return new ProminenceValue(f, prior, bigramWeight, wordWeight).Of(units, [.. Enumerable.Range(0, units.Count)], -1, -1);
    }

    /// <summary>Evaluates the prominence-weighted coverage of sets of units, reusing its tables between calls.</summary>
    private sealed class ProminenceValue(ClusterFeatures f, double[] prior, double[] bigramWeight, double[] wordWeight)
    {
        private readonly double[] _bigramBest = new double[bigramWeight.Length];
        private readonly double[] _wordBest = new double[wordWeight.Length];
        private readonly int[] _bigramStamp = new int[bigramWeight.Length];
        private readonly int[] _wordStamp = new int[wordWeight.Length];
        private int _stamp;

        /// <summary>The value of <paramref name="chosen"/> units without the one at index <paramref name="skip"/> and with unit <paramref name="extra"/> (-1: none).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public double Of(List<(int Start, int Count)> units, List<int> chosen, int skip, int extra)
        {
            _stamp++;
            double value = 0;
            for (int k = -1; k < chosen.Count; k++)
            {
                int u = k < 0 ? extra : chosen[k];
                if (u < 0 || k == skip) continue;
                var (start, count) = units[u];
                for (int i = start; i < start + count; i++)
                {
                    double p = prior[i];
                    foreach (int b in f.Bigrams[i])
                    {
                        if (_bigramStamp[b] != _stamp) { _bigramStamp[b] = _stamp; _bigramBest[b] = 0; }
                        if (p > _bigramBest[b]) { value += bigramWeight[b] * (p - _bigramBest[b]); _bigramBest[b] = p; }
                    }
                    foreach (int w in f.Unigrams[i])
                    {
                        if (_wordStamp[w] != _stamp) { _wordStamp[w] = _stamp; _wordBest[w] = 0; }
                        if (p > _wordBest[w]) { value += wordWeight[w] * (p - _wordBest[w]); _wordBest[w] = p; }
                    }
                }
            }
            return value;
        }
    }

    /// <summary>
    /// Improves the greedy choice of units: each round makes the best move that raises the prominence-weighted
    /// coverage, either a swap (one chosen unit out, another in) or an addition, keeping the word budget, never
    /// leaving a chosen sentence without the sentence it leans on and never taking a sentence as similar to a
    /// chosen one as the redundancy threshold. Stops when no move helps or after the configured rounds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LocalSearch(ClusterFeatures f, CoverageExperiments o, List<(int Start, int Count)> units, bool[] glued, double[] prior,
        ISimilarityScope scope, double redundancy, double[] bigramWeight, double[] wordWeight, List<int> chosenUnits, int budget)
    {
        int n = f.Sentences.Length;
        var value = new ProminenceValue(f, prior, bigramWeight, wordWeight);
        var owner = new int[n]; // index in chosenUnits of the unit holding each sentence, or -1
        var conflicts = new int[n]; // chosen units holding a sentence too similar to this one
        var conflictWith = new int[n]; // one of them
        var unitWords = new int[units.Count];
        for (int u = 0; u < units.Count; u++)
            for (int i = units[u].Start; i < units[u].Start + units[u].Count; i++) unitWords[u] += f.Words[i];
        double current = value.Of(units, chosenUnits, -1, -1);
        for (int round = 0; round < o.LocalSearchRounds; round++)
        {
            Array.Fill(owner, -1);
            Array.Clear(conflicts);
            int words = 0;
            for (int k = 0; k < chosenUnits.Count; k++)
            {
                var (s0, c0) = units[chosenUnits[k]];
                for (int i = s0; i < s0 + c0; i++) owner[i] = k;
                words += unitWords[chosenUnits[k]];
            }
            for (int j = 0; j < n; j++)
            {
                int last = -1;
                for (int k = 0; k < chosenUnits.Count; k++)
                {
                    var (s0, c0) = units[chosenUnits[k]];
                    for (int i = s0; i < s0 + c0; i++)
                    {
                        if (i == j || scope.Similarity(i, j) < redundancy) continue;
                        if (k != last) { conflicts[j]++; conflictWith[j] = k; last = k; }
                        break;
                    }
                }
            }
            double bestValue = current + 1e-9;
            int bestOut = -1, bestIn = -1;
            for (int k = -1; k < chosenUnits.Count; k++)
            {
                if (k >= 0)
                {
                    // Leaving unit k out must not strand a chosen sentence that leans on it.
                    var (ks, kc) = units[chosenUnits[k]];
                    int next = ks + kc;
                    if (next < n && glued[next] && owner[next] >= 0 && owner[next] != k) continue;
                }
                int room = budget - words + (k >= 0 ? unitWords[chosenUnits[k]] : 0);
                for (int v = 0; v < units.Count; v++)
                {
                    if (unitWords[v] > room) continue;
                    var (vs, vc) = units[v];
                    if (glued[vs] && (owner[vs - 1] < 0 || owner[vs - 1] == k)) continue;
                    bool ok = true;
                    for (int i = vs; i < vs + vc && ok; i++)
                    {
                        // Not held by a unit that stays, and not too similar to a sentence of one that stays.
                        if (owner[i] >= 0 && owner[i] != k) ok = false;
                        else if (conflicts[i] > 1 || (conflicts[i] == 1 && conflictWith[i] != k)) ok = false;
                    }
                    if (!ok) continue;
                    double candidate = value.Of(units, chosenUnits, k, v);
                    if (candidate > bestValue) { bestValue = candidate; bestOut = k; bestIn = v; }
                }
            }
            if (bestIn < 0) break;
            if (bestOut >= 0) chosenUnits[bestOut] = bestIn;
            else chosenUnits.Add(bestIn);
            current = bestValue;
        }
    }
}
