using System.Runtime.CompilerServices;
using Roundup.Model;

namespace Roundup.Summarization;

/// <summary>
/// Classical centrality baseline (LexRank, Erkan and Radev 2004): sentences are nodes of a graph whose edges join
/// sentences with tf-idf cosine at or above a threshold; a sentence's score is its stationary probability under a
/// random walk with uniform jumps (power iteration). Sentences are then taken by score, skipping any too similar to
/// one already chosen, until the budget is spent. The same readability rules as the default apply.
/// </summary>
public sealed class LexRankSummarizer : ISummarizer
{
    private static readonly ISentenceSimilarity Lexical = new LexicalSimilarity();

    /// <summary>Creates it with an edge threshold (default 0.1) and jump probability (default 0.15).</summary>
    public LexRankSummarizer(double threshold = 0.1, double damping = 0.15)
    {
        if (threshold is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(threshold));
        if (damping is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(damping));
        Threshold = threshold;
        Damping = damping;
    }

    /// <summary>Minimum tf-idf cosine for an edge.</summary>
    public double Threshold { get; }

    /// <summary>Probability of a uniform jump at each step of the walk.</summary>
    public double Damping { get; }

    /// <inheritdoc />
    public string Name => "lexrank";

    /// <inheritdoc />
    public Summary Summarize(Cluster cluster, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(options);
        var f = ClusterFeatures.Build(cluster);
        var scope = LexicalSimilarity.For(f);
        int n = f.Sentences.Length;

        // Graph nodes: sentences that may appear in a summary (all non-empty ones when none may).
        var nodes = new List<int>(n);
        for (int i = 0; i < n; i++)
            if (SentenceRules.IsEligible(f.Sentences[i], f.Texts[i])) nodes.Add(i);
        if (nodes.Count == 0)
            for (int i = 0; i < n; i++) if (f.Words[i] > 0) nodes.Add(i);
        int m = nodes.Count;
        var rank = Rank(f, nodes);

        var order = new int[m];
        for (int k = 0; k < m; k++) order[k] = k;
        Array.Sort(order, (x, y) => rank[y] != rank[x] ? rank[y].CompareTo(rank[x]) : x.CompareTo(y));
        var chosen = new List<int>();
        var scores = new List<double>();
        int words = 0;
        double same = Lexical.SameContentThreshold;
        foreach (int k in order)
        {
            if (Budget.IsSpent(options, chosen.Count, words)) break;
            int i = nodes[k];
            if (options.Sentences is null && words + f.Words[i] > options.Words) continue;
            if (SentenceRules.OpensWithReference(f.Texts[i])) continue;
            bool redundant = false;
            foreach (int c in chosen) if (scope.Similarity(i, c) >= same) { redundant = true; break; }
            if (redundant) continue;
            chosen.Add(i);
            scores.Add(rank[k]);
            words += f.Words[i];
        }
        return SummaryAssembler.Assemble(Name, f, chosen, scores, scope, same, wordLimit: options.Sentences is null ? options.Words : int.MaxValue);
    }

    /// <summary>LexRank scores of <paramref name="nodes"/> (indexes into the features), by power iteration.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double[] Rank(ClusterFeatures f, List<int> nodes)
    {
        int m = nodes.Count;
        var rank = new double[m];
        if (m == 0) return rank;
        // idf over the node sentences.
        var sf = new int[f.WordCount];
        foreach (int i in nodes) foreach (int w in f.Unigrams[i]) sf[w]++;
        var idf = new double[f.WordCount];
        for (int w = 0; w < idf.Length; w++) idf[w] = sf[w] == 0 ? 0 : Math.Log((double)m / sf[w]) + 1e-3;
        var norm = new double[m];
        for (int k = 0; k < m; k++)
        {
            double s = 0;
            foreach (int w in f.Unigrams[nodes[k]]) s += idf[w] * idf[w];
            norm[k] = Math.Sqrt(s);
        }
        // Dot products through an inverted index: word -> nodes containing it.
        var postings = new List<int>[f.WordCount];
        for (int k = 0; k < m; k++)
            foreach (int w in f.Unigrams[nodes[k]]) (postings[w] ??= []).Add(k);
        var adjacency = new List<int>[m];
        var dot = new double[m];
        var touched = new List<int>();
        for (int k = 0; k < m; k++)
        {
            touched.Clear();
            foreach (int w in f.Unigrams[nodes[k]])
            {
                double wt = idf[w] * idf[w];
                foreach (int o in postings[w]!)
                {
                    if (o == k) continue;
                    if (dot[o] == 0) touched.Add(o);
                    dot[o] += wt;
                }
            }
            var edges = new List<int>();
            foreach (int o in touched)
            {
                double cos = norm[k] > 0 && norm[o] > 0 ? dot[o] / (norm[k] * norm[o]) : 0;
                if (cos >= Threshold) edges.Add(o);
                dot[o] = 0;
            }
            adjacency[k] = edges;
        }
        // Power iteration on the degree-normalised graph with uniform jumps (isolated nodes jump uniformly).
        Array.Fill(rank, 1.0 / m);
        var next = new double[m];
        for (int iter = 0; iter < 100; iter++)
        {
            double dangling = 0;
            Array.Fill(next, 0);
            for (int k = 0; k < m; k++)
            {
                var edges = adjacency[k];
                if (edges.Count == 0) { dangling += rank[k]; continue; }
                double share = rank[k] / edges.Count;
                foreach (int o in edges) next[o] += share;
            }
            double delta = 0;
            for (int k = 0; k < m; k++)
            {
                double v = Damping / m + (1 - Damping) * (next[k] + dangling / m);
                delta += Math.Abs(v - rank[k]);
                rank[k] = v;
            }
            if (delta < 1e-7) break;
        }
        return rank;
    }
}
