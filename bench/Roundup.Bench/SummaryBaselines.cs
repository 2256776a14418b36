using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using Roundup.Embeddings;
using Roundup.Evaluation.Rouge;
using Roundup.Model;
using Roundup.Summarization;

namespace Roundup.Bench;

/// <summary>
/// The published unsupervised extractive methods issue #4 names, re-implemented here over the same cleaned and
/// segmented input and the same candidate sentences (<see cref="SentenceRules.IsEligible"/>, 6-60 words) as Roundup's
/// default, so that the comparison measures the selection method alone. None is tuned on the dev set: each uses the
/// settings its paper gives.
/// - ICSI concept ILP (Gillick and Favre 2009): maximise the summed document frequency of covered bigram concepts
///   (bigrams in at least two articles) under the word budget, solved exactly with OR-Tools CP-SAT (time limit per
///   cluster; the count of clusters solved to proven optimality is printed).
/// - Lin and Bilmes (2011): saturated coverage plus a square-root diversity reward over k-means clusters of sentences
///   (alpha = 5/N, lambda = 6, K = N/5, idf-weighted cosine), cost-scaled greedy (r = 0.3) with the best-singleton check.
/// - DPP (Kulesza and Taskar 2011, unsupervised quality): L = q_i S_ij q_j with S the idf-weighted cosine and q a
///   sentence's mean similarity to the cluster; greedy MAP by the largest determinant gain per word^0.3.
/// - Centroid (after Rossiello et al. 2017, with MiniLM sentence embeddings in place of summed word vectors): sentences
///   by cosine to the mean embedding, skipping any above 0.95 cosine to one already taken (with --embeddings).
/// Run: dotnet run -c Release --project bench/Roundup.Bench -- summary-baselines DATASET [--embeddings]
/// </summary>
public static class SummaryBaselines
{
    private const int MaxWords = 60;
    private const int MinWords = 6;

    public static int Run(string[] args)
    {
        var ci = CultureInfo.InvariantCulture;
        var (cases, scorer, proto) = PreparedDevSet.Load(args[0]);
        int budget = proto.Words;
        var systems = new List<(string Name, Func<Cluster, List<string>> Summarize)>
        {
            ("Roundup coverage (default)", c => [.. new CoverageSummarizer().Summarize(c, new SummaryOptions { Words = budget }).Sentences.Select(s => s.Text)]),
            ("ICSI concept ILP (CP-SAT)", c => Ilp(c, budget)),
            ("Lin-Bilmes 2011", c => LinBilmes(c, budget)),
            ("DPP greedy MAP", c => Dpp(c, budget)),
        };
        if (args.Contains("--embeddings"))
        {
            var embedder = MiniLmEmbedder.Shared();
            systems.Add(("Centroid (MiniLM)", c => Centroid(c, budget, embedder)));
        }
        var references = cases.Select(c => (IReadOnlyList<RougeText>)[.. c.References.Select(scorer.PrepareReference)]).ToArray();
        double[]? base1 = null, base2 = null;
        foreach (var (name, summarize) in systems)
        {
            var outputs = new List<string>[cases.Count];
            var watch = Stopwatch.StartNew();
            Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => outputs[i] = summarize(cases[i].Cluster));
            double seconds = watch.Elapsed.TotalSeconds;
            var items = new RougeItemScore[cases.Count];
            Parallel.For(0, cases.Count, i => items[i] = scorer.Score(scorer.PreparePeer(outputs[i]), references[i], cases[i].Id));
            var r1 = items.Select(x => x.Rouge1.F).ToArray();
            var r2 = items.Select(x => x.Rouge2.F).ToArray();
            string diff = "";
            if (base1 is null) { base1 = r1; base2 = r2; }
            else diff = $" | default minus this: R-1 {SummaryTune.Paired(base1, r1)} R-2 {SummaryTune.Paired(base2!, r2)}";
            string extra = name.StartsWith("ICSI", StringComparison.Ordinal) ? $"; proven optimal {Volatile.Read(ref _optimal)}/{cases.Count}" : "";
            Console.WriteLine(string.Create(ci,
                $"{name,-28} R-1 {100 * r1.Average():0.00} R-2 {100 * r2.Average():0.00} SU4 {100 * items.Average(x => x.RougeSU4.F):0.00} L {100 * items.Average(x => x.RougeL.F):0.00} ({outputs.Average(o => o.Sum(s => Sentence.CountWords(s))):0} words; {seconds:0.0} s{extra}){diff}"));
        }
        return 0;
    }

    private static int _optimal;

    /// <summary>The candidates every baseline chooses from: eligible sentences, as written (no compression).</summary>
    private static (ClusterFeatures F, int[] Candidates) Prepare(Cluster cluster)
    {
        var f = ClusterFeatures.Build(cluster);
        var candidates = Enumerable.Range(0, f.Sentences.Length)
            .Where(i => SentenceRules.IsEligible(f.Sentences[i], f.Texts[i], MinWords, MaxWords)).ToArray();
        return (f, candidates);
    }

    /// <summary>Chosen candidates in reading order (article, then position).</summary>
    private static List<string> Texts(ClusterFeatures f, IEnumerable<int> chosen) => [.. chosen.Order().Select(i => f.Texts[i])];

    private static List<string> Ilp(Cluster cluster, int budget)
    {
        var (f, cand) = Prepare(cluster);
        if (cand.Length == 0) return [];
        int minDf = f.Articles.Length > 1 ? 2 : 1;
        var model = new CpModel();
        var s = cand.Select(j => model.NewBoolVar($"s{j}")).ToArray();
        model.Add(LinearExpr.WeightedSum(s, cand.Select(j => (long)f.Words[j])) <= budget);
        var covering = new Dictionary<int, List<BoolVar>>();
        for (int k = 0; k < cand.Length; k++)
            foreach (int b in f.Bigrams[cand[k]])
                if (f.BigramDf[b] >= minDf)
                {
                    if (!covering.TryGetValue(b, out var list)) covering[b] = list = [];
                    list.Add(s[k]);
                }
        var concepts = new List<BoolVar>();
        var weights = new List<long>();
        foreach (var (b, sentences) in covering)
        {
            var c = model.NewBoolVar($"c{b}");
            model.Add(LinearExpr.Sum(sentences) >= c); // a concept counts only when a chosen sentence holds it
            concepts.Add(c);
            weights.Add(f.BigramDf[b]);
        }
        model.Maximize(LinearExpr.WeightedSum(concepts, weights));
        var solver = new CpSolver { StringParameters = "max_time_in_seconds:5 num_workers:1 random_seed:1" };
        var status = solver.Solve(model);
        if (status == CpSolverStatus.Optimal) Interlocked.Increment(ref _optimal);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return [];
        return Texts(f, Enumerable.Range(0, cand.Length).Where(k => solver.BooleanValue(s[k])).Select(k => cand[k]));
    }

    /// <summary>The candidates, their similarity table and each one's mean similarity to all; null when there are none.</summary>
    private static (ClusterFeatures F, int[] Candidates, double[,] Sim, double[] Mean)? Graph(Cluster cluster)
    {
        var (f, cand) = Prepare(cluster);
        int n = cand.Length;
        if (n == 0) return null;
        var sim = Similarities(f, cand);
        var mean = new double[n];
        for (int i = 0; i < n; i++) { for (int j = 0; j < n; j++) mean[i] += sim[i, j]; mean[i] /= n; }
        return (f, cand, sim, mean);
    }

    /// <summary>Idf-weighted cosine between candidates over their distinct content words (idf over the candidates).</summary>
    private static double[,] Similarities(ClusterFeatures f, int[] cand)
    {
        int n = cand.Length;
        var sf = new int[f.WordCount];
        foreach (int j in cand) foreach (int w in f.Unigrams[j]) sf[w]++;
        var idf = sf.Select(x => x == 0 ? 0 : Math.Log((double)n / x) + 1).ToArray();
        var norm = cand.Select(j => Math.Sqrt(f.Unigrams[j].Sum(w => idf[w] * idf[w]))).ToArray();
        var sim = new double[n, n];
        for (int a = 0; a < n; a++)
        {
            sim[a, a] = norm[a] > 0 ? 1 : 0;
            for (int b = a + 1; b < n; b++)
            {
                var x = f.Unigrams[cand[a]];
                var y = f.Unigrams[cand[b]];
                double dot = 0;
                int i = 0, k = 0;
                while (i < x.Length && k < y.Length)
                {
                    if (x[i] == y[k]) { dot += idf[x[i]] * idf[x[i]]; i++; k++; }
                    else if (x[i] < y[k]) i++;
                    else k++;
                }
                double v = norm[a] > 0 && norm[b] > 0 ? dot / (norm[a] * norm[b]) : 0;
                sim[a, b] = sim[b, a] = v;
            }
        }
        return sim;
    }

    private static List<string> LinBilmes(Cluster cluster, int budget)
    {
        if (Graph(cluster) is not { } graph) return [];
        var (f, cand, w, reward) = graph; // reward r_j: mean similarity to the others
        int n = cand.Length;
        double alpha = 5.0 / n, lambda = 6, r = 0.3;
        var total = reward.Select(x => x * n).ToArray(); // C_i(V)
        var part = KMeans(w, Math.Max(1, (int)Math.Round(0.2 * n)));
        var covered = new double[n]; // C_i(S)
        var partSum = new double[part.Max() + 1];
        double Gain(int k)
        {
            double g = 0;
            for (int i = 0; i < n; i++)
                g += Math.Min(covered[i] + w[i, k], alpha * total[i]) - Math.Min(covered[i], alpha * total[i]);
            return g + lambda * (Math.Sqrt(partSum[part[k]] + reward[k]) - Math.Sqrt(partSum[part[k]]));
        }
        var chosen = Greedy(n, k => f.Words[cand[k]], budget, r, Gain, (best, _) =>
        {
            for (int i = 0; i < n; i++) covered[i] += w[i, best];
            partSum[part[best]] += reward[best];
        });
        // The best single sentence, if it is worth more than the greedy set (the method's approximation guarantee).
        double value = Value(chosen);
        int single = Enumerable.Range(0, n).Where(k => f.Words[cand[k]] <= budget).DefaultIfEmpty(-1).MaxBy(k => k < 0 ? 0 : Value([k]));
        if (single >= 0 && Value([single]) > value) chosen = [single];
        return Texts(f, chosen.Select(k => cand[k]));

        double Value(List<int> set)
        {
            var c = new double[n];
            var p = new double[partSum.Length];
            foreach (int k in set) { for (int i = 0; i < n; i++) c[i] += w[i, k]; p[part[k]] += reward[k]; }
            double v = 0;
            for (int i = 0; i < n; i++) v += Math.Min(c[i], alpha * total[i]);
            return v + lambda * p.Sum(Math.Sqrt);
        }
    }

    /// <summary>
    /// Budgeted cost-scaled greedy: takes the unchosen item with the largest gain / words^<paramref name="r"/> that
    /// still fits, until none fits or none gains; <paramref name="take"/> updates the caller's state after each pick.
    /// </summary>
    private static List<int> Greedy(int n, Func<int, int> words, int budget, double r, Func<int, double> gain, Action<int, bool[]> take)
    {
        var chosen = new List<int>();
        var taken = new bool[n];
        int used = 0;
        while (true)
        {
            int best = -1;
            double bestScore = 0;
            for (int k = 0; k < n; k++)
            {
                if (taken[k] || used + words(k) > budget) continue;
                double score = gain(k) / Math.Pow(words(k), r);
                if (score > bestScore) { bestScore = score; best = k; }
            }
            if (best < 0) return chosen;
            taken[best] = true;
            chosen.Add(best);
            used += words(best);
            take(best, taken);
        }
    }

    /// <summary>Spherical k-means over the similarity rows (seeded, ten rounds): the partition for the diversity reward.</summary>
    private static int[] KMeans(double[,] sim, int k)
    {
        int n = sim.GetLength(0);
        var rng = new Random(1);
        var centers = Enumerable.Range(0, n).OrderBy(_ => rng.Next()).Take(k).ToArray();
        var assign = new int[n];
        for (int round = 0; round < 10; round++)
        {
            // Assign each sentence to the center it is most similar to; move each center to its most central member.
            for (int i = 0; i < n; i++)
            {
                int best = 0;
                for (int c = 1; c < centers.Length; c++) if (sim[i, centers[c]] > sim[i, centers[best]]) best = c;
                assign[i] = best;
            }
            for (int c = 0; c < centers.Length; c++)
            {
                var members = Enumerable.Range(0, n).Where(i => assign[i] == c).ToList();
                if (members.Count == 0) continue;
                centers[c] = members.MaxBy(i => members.Sum(m => sim[i, m]));
            }
        }
        return assign;
    }

    private static List<string> Dpp(Cluster cluster, int budget)
    {
        if (Graph(cluster) is not { } graph) return [];
        var (f, cand, s, q) = graph; // quality q: mean similarity to the cluster
        int n = cand.Length;
        double L(int i, int j) => q[i] * s[i, j] * q[j];
        // Fast greedy MAP (incremental Cholesky): d2[i] is the determinant gain of adding i to the chosen set.
        var d2 = Enumerable.Range(0, n).Select(i => L(i, i)).ToArray();
        var c = Enumerable.Range(0, n).Select(_ => new List<double>()).ToArray(); // Cholesky rows, one entry per chosen item
        var chosen = Greedy(n, i => f.Words[cand[i]], budget, 0.3, i => d2[i] > 1e-12 ? d2[i] : 0, (best, taken) =>
        {
            double dj = Math.Sqrt(d2[best]);
            for (int i = 0; i < n; i++)
            {
                if (taken[i]) continue;
                double dot = 0;
                for (int t = 0; t < c[best].Count; t++) dot += c[best][t] * c[i][t];
                double e = (L(best, i) - dot) / dj;
                c[i].Add(e);
                d2[i] -= e * e;
            }
            c[best].Add(dj);
        });
        return Texts(f, chosen.Select(k => cand[k]));
    }

    private static List<string> Centroid(Cluster cluster, int budget, ISentenceEmbedder embedder)
    {
        var (f, cand) = Prepare(cluster);
        if (cand.Length == 0) return [];
        var vectors = embedder.Embed([.. cand.Select(j => f.Texts[j])]);
        int dim = vectors[0].Length;
        var centroid = new double[dim];
        foreach (var v in vectors) for (int d = 0; d < dim; d++) centroid[d] += v[d];
        double norm = Math.Sqrt(centroid.Sum(x => x * x));
        double Cos(float[] v) => norm == 0 ? 0 : v.Select((x, d) => x * centroid[d]).Sum() / norm; // vectors are unit length
        var order = Enumerable.Range(0, cand.Length).OrderByDescending(k => Cos(vectors[k])).ThenBy(k => k);
        var chosen = new List<int>();
        int words = 0;
        foreach (int k in order)
        {
            if (words + f.Words[cand[k]] > budget) continue;
            if (chosen.Any(m => vectors[m].Select((x, d) => x * vectors[k][d]).Sum() > 0.95)) continue;
            chosen.Add(k);
            words += f.Words[cand[k]];
        }
        return Texts(f, chosen.Select(k => cand[k]));
    }
}
