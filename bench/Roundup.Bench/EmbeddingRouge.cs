using System.Diagnostics;
using System.Globalization;
using Roundup.Embeddings;
using Roundup.Evaluation.Rouge;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Reading;
using Roundup.Segmentation;
using Roundup.Summarization;

namespace Roundup.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Roundup.Bench -- embedding-rouge DATA.jsonl [--per-article N|all]
/// [--thresholds 0.75,0.8,…] [--redundancy 0.6,0.7,…]`: ROUGE (Multi-News protocol: 250-word peers, ROUGE-1.5.5 settings) of the coverage
/// summarizer with its lexical similarity against <see cref="EmbeddingSimilarity"/> at several same-content
/// thresholds, over the same embedded clusters. Dev-set tuning aid for the embedding option.
/// </summary>
internal static class EmbeddingRouge
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: embedding-rouge DATA.jsonl [--per-article N|all] [--thresholds 0.75,0.8] [--redundancy 0.6,0.7]");
            return 2;
        }
        int? cap = new EmbeddingSelection().MaxSentencesPerArticle;
        double[] thresholds = [0.75, 0.8, 0.85, 0.9];
        double?[] redundancies = [null];
        for (int i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--per-article": cap = args[++i] == "all" ? null : int.Parse(args[i], CultureInfo.InvariantCulture); break;
                case "--redundancy": redundancies = [.. args[++i].Split(',').Select(t => (double?)double.Parse(t, CultureInfo.InvariantCulture))]; break;
                case "--thresholds": thresholds = [.. args[++i].Split(',').Select(t => double.Parse(t, CultureInfo.InvariantCulture))]; break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }
        var embedder = MiniLmEmbedder.Shared();
        var pipeline = new RoundupPipelineBuilder().UseDefaults().Use(new EmbeddingStage(embedder, new EmbeddingSelection { MaxSentencesPerArticle = cap })).Build();
        var clock = Stopwatch.StartNew();
        var clusters = InputLoader.Load([args[0]], TextReader.Null).Select(c => pipeline.Run(c)).Where(c => c.Reference is not null).ToList();
        Console.WriteLine($"{clusters.Count} clusters embedded ({embedder.EncodedCount} sentences, {(cap?.ToString(CultureInfo.InvariantCulture) ?? "all")} per article) in {clock.Elapsed.TotalSeconds:F1} s");

        var scorer = new RougeScorer(RougeOptions.Standard);
        var references = clusters.Select(c => scorer.PrepareReference(SplitSentences(c.Reference!))).ToList();
        var configs = new List<(string Name, CoverageOptions Options)> { ("coverage, lexical", new CoverageOptions()) };
        foreach (var t in thresholds)
            foreach (var r in redundancies)
                configs.Add(($"coverage, embeddings t={t.ToString(CultureInfo.InvariantCulture)}{(r is { } rr ? $" r={rr.ToString(CultureInfo.InvariantCulture)}" : "")}", new CoverageOptions { Similarity = new EmbeddingSimilarity(t), RedundancyThreshold = r }));
        var summary = new SummaryOptions { Words = 250 };
        foreach (var (name, options) in configs)
        {
            var summarizer = new CoverageSummarizer(options);
            var items = new RougeItemScore[clusters.Count];
            var supports = new double[clusters.Count];
            var watch = Stopwatch.StartNew();
            Parallel.For(0, clusters.Count, i =>
            {
                var s = summarizer.Summarize(clusters[i], summary);
                items[i] = scorer.Score(scorer.PreparePeer(s.Sentences.Select(x => x.Text)), [references[i]], clusters[i].Id);
                supports[i] = s.Sentences.Count == 0 ? 0 : s.Sentences.Average(x => x.Supporting.Count);
            });
            var report = scorer.Aggregate(items);
            Console.WriteLine($"{name,-40} R-1 {F(report, "ROUGE-1")}  R-2 {F(report, "ROUGE-2")}  R-L {F(report, "ROUGE-L")}  R-SU4 {F(report, "ROUGE-SU4")}  supporting/sentence {supports.Average():F2}  ({watch.Elapsed.TotalSeconds:F1} s)");
        }
        return 0;
    }

    private static string F(RougeReport report, string measure) => (100 * report[measure].Average.F).ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>Reference sentences, split by the segmenter.</summary>
    private static List<string> SplitSentences(string text)
    {
        var article = new Article("reference", text);
        new SentenceSegmenter().Segment(article);
        return [.. article.Sentences.Select(s => s.Text)];
    }
}
