using System.Diagnostics;
using System.Globalization;
using Roundup.Embeddings;
using Roundup.Model;
using Roundup.Pipeline;
using System.Text.Json;
using Roundup.Summarization;

namespace Roundup.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Roundup.Bench -- embedding-cost DATA.jsonl [--threads N] [--skip-throughput]
/// [--per-article N|all …]`: measures the MiniLM embedder's cost in one fresh process — model load time and
/// memory, sentences per second at batch sizes 1/16/32/64, one ~300-sentence cluster, and the whole data set
/// summarized with and without embeddings for each per-article sentence cap. Wall-clock, single run: on a
/// shared machine rerun when it is quiet.
/// </summary>
internal static class EmbeddingCost
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: embedding-cost DATA.jsonl [--threads N] [--skip-throughput] [--per-article N|all ...]");
            return 2;
        }
        var data = args[0];
        int threads = 0, batchSize = new EmbeddingOptions().BatchSize;
        double padding = new EmbeddingOptions().MaxPadding;
        bool throughput = true;
        var caps = new List<int?>();
        for (int i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--threads": threads = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--padding": padding = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--batch": batchSize = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--skip-throughput": throughput = false; break;
                case "--per-article": caps.Add(args[++i] == "all" ? null : int.Parse(args[i], CultureInfo.InvariantCulture)); break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }
        if (caps.Count == 0) caps.AddRange([12, null]);

        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {RuntimeInfo()}");
        var ws0 = WorkingSetMb();
        var options = new EmbeddingOptions { Threads = threads, CacheCapacity = 0, BatchSize = batchSize, MaxPadding = padding };
        using var embedder = new MiniLmEmbedder(options);
        var load = embedder.EnsureLoaded();
        var ws1 = WorkingSetMb();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine($"model load: {load.TotalMilliseconds:F0} ms; working set {ws0:F0} MB before, {ws1:F0} MB after load, {WorkingSetMb():F0} MB once the model bytes are collected; managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB ({options.EffectiveThreads} intra-op threads)");

        var segmenting = new RoundupPipelineBuilder().UseDefaults().Build();
        var clusters = LoadClusters(data).Select(c => segmenting.Run(c)).ToList();
        var sentences = clusters.SelectMany(c => c.Sentences).Where(s => !s.IsHeadline && s.WordCount >= 4).Select(s => s.Text).ToList();
        Console.WriteLine($"data: {clusters.Count} clusters, {clusters.Sum(c => c.Articles.Count)} articles, {clusters.Sum(c => c.Sentences.Count())} sentences ({sentences.Count} non-headline with >= 4 words)");

        if (throughput)
        {
            // A fixed, length-mixed sample: every k-th sentence of the data set.
            var sample = sentences.Where((_, i) => i % Math.Max(1, sentences.Count / 512) == 0).Take(512).ToList();
            embedder.Embed(sample.Take(64).ToList()); // warm-up
            var selected = clusters.SelectMany(c => new EmbeddingStage(embedder).Select(c)).Select(s => s.Text).ToList();
            Console.WriteLine($"tokens/sentence: sample mean {sample.Average(t => embedder.Tokenizer.Encode(t).Length):F1}; default selection ({selected.Count} sentences) mean {selected.Average(t => embedder.Tokenizer.Encode(t).Length):F1}, at the 128 cap {selected.Count(t => embedder.Tokenizer.Encode(t).Length == 128)}");
            var m0 = Measure(() => embedder.Embed(selected));
            Console.WriteLine($"default selection in one call: {selected.Count / m0.Wall:F1} sentences/s ({m0.Wall:F1} s wall, {m0.Cpu:F1} s CPU)");
            foreach (var (batch, pad) in new[] { (1, 1e9), (16, 1e9), (32, 1e9), (64, 1e9), (options.BatchSize, options.MaxPadding) })
            {
                using var e = new MiniLmEmbedder(options with { BatchSize = batch, MaxPadding = pad });
                e.EnsureLoaded();
                var n = batch == 1 ? 128 : sample.Count; // batch 1 is slow; fewer sentences keep the run short
                var m = Measure(() =>
                {
                    if (batch == 1) foreach (var s in sample.Take(n)) e.Embed([s]);
                    else e.Embed(sample.Take(n).ToList());
                });
                var secs = m.Wall;
                var label = pad > 1e6 ? $"batch {batch,2} (fixed)" : $"batch {batch,2}, max padding {pad}";
                Console.WriteLine($"{label}: {n / secs,7:F1} sentences/s ({n} sentences, {secs:F2} s wall, {m.Cpu:F2} s CPU); working set {WorkingSetMb():F0} MB");
            }

            // A ten-article cluster of about 300 sentences (built from the largest clusters' articles).
            var articles = clusters.SelectMany(c => c.Articles).Where(a => a.Sentences.Count is >= 20 and <= 40).ToList();
            var ten = new List<Article>();
            int count = 0;
            foreach (var a in articles)
            {
                if (ten.Count == 10) break;
                ten.Add(a);
                count += a.Sentences.Count;
            }
            var tenTexts = ten.SelectMany(a => a.Sentences).Select(s => s.Text).ToList();
            var m2 = Measure(() => embedder.Embed(tenTexts));
            Console.WriteLine($"10-article cluster: {tenTexts.Count} sentences (all) in {m2.Wall:F2} s wall, {m2.Cpu:F2} s CPU (batch {options.BatchSize}, max padding {options.MaxPadding})");
        }

        // Whole data set: lexical pipeline (lead summarizer) vs with embeddings, fresh cache each run.
        var summary = new SummaryOptions();
        var lexical = Measure(() => Summarize(data, new RoundupPipelineBuilder().UseDefaults().UseSummarizer(summary).Build()));
        Console.WriteLine($"dev set, lexical only: {lexical.Wall:F1} s wall, {lexical.Cpu:F1} s CPU");
        foreach (var cap in caps)
        {
            var selection = new EmbeddingSelection { MaxSentencesPerArticle = cap };
            using var e = new MiniLmEmbedder(options with { CacheCapacity = 100_000 });
            e.EnsureLoaded();
            var pipeline = new RoundupPipelineBuilder().UseDefaults().Use(new EmbeddingStage(e, selection)).UseSummarizer(summary).Build();
            var r = Measure(() => Summarize(data, pipeline));
            Console.WriteLine($"dev set, embeddings with {(cap?.ToString(CultureInfo.InvariantCulture) ?? "all")} sentences/article: {r.Wall:F1} s wall, {r.Cpu:F1} s CPU, {e.EncodedCount} distinct sentences embedded ({e.EncodedCount / Math.Max(r.Wall, 1e-9):F0}/s overall), cache hits {e.Cache!.Hits}; peak working set {PeakWorkingSetMb():F0} MB");
        }
        return 0;
    }

    /// <summary>Reads a Multi-News style JSON-lines file ({idx, documents[], summary}): one cluster per line.</summary>
    private static IEnumerable<Cluster> LoadClusters(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var id = doc.RootElement.TryGetProperty("idx", out var idx) ? idx.ToString() : "?";
            var articles = doc.RootElement.GetProperty("documents").EnumerateArray()
                .Select((d, i) => new Article($"{id}/{i}", d.GetString() ?? "")).ToList();
            yield return new Cluster(id, articles);
        }
    }

    private static int Summarize(string data, RoundupPipeline pipeline) =>
        pipeline.RunAll(LoadClusters(data)).Count(c => c.Summary is not null);

    /// <summary>Wall and process CPU seconds of <paramref name="action"/> (CPU time is less distorted by other load).</summary>
    private static (double Wall, double Cpu) Measure(Action action)
    {
        using var p = Process.GetCurrentProcess();
        var cpu0 = p.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        var wall = clock.Elapsed.TotalSeconds;
        p.Refresh();
        return (wall, (p.TotalProcessorTime - cpu0).TotalSeconds);
    }

    private static double WorkingSetMb()
    {
        using var p = Process.GetCurrentProcess();
        return p.WorkingSet64 / 1048576.0;
    }

    private static double PeakWorkingSetMb()
    {
        using var p = Process.GetCurrentProcess();
        return p.PeakWorkingSet64 / 1048576.0;
    }

    private static string RuntimeInfo() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
}
