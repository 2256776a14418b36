using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Roundup.Evaluation.Clustering;
using Roundup.Server;
using Roundup.Store;
using Roundup.Stories;
using Roundup.Summarization;

namespace Roundup.Bench;

/// <summary>
/// The service at scale on one machine: N synthetic articles (built in memory from a clustering dev set by
/// <see cref="ClusterScale.Generate"/>, never written anywhere but the temporary store) ingested into a fresh SQLite
/// store the way `roundup ingest` does (clean, store, near-copy check, incremental clustering); then the stories are
/// summarized (with facts) on WORKERS threads for at most SUMMARIZE seconds; then a server is started over the store
/// (replaying it) and read sequentially: story lists, searches, story pages, article pages. Reports ingest time and
/// rate, summaries written, store size, peak working set, server start time and read latency p50/p99.
/// Usage: service-scale DATASET [n=100000] [summarize=300] [workers=2] [reads=200]
/// </summary>
internal static class ServiceScale
{
    public static int Run(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: service-scale DATASET [n=100000] [summarize=300] [workers=2] [reads=200]"); return 2; }
        var opts = BenchArgs.Options(args.Skip(1));
        int n = opts.Int("n", 100_000), summarizeSeconds = opts.Int("summarize", 300), workers = opts.Int("workers", 2), reads = opts.Int("reads", 200);
        return RunAsync(args[0], n, summarizeSeconds, workers, reads).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string dataset, int n, int summarizeSeconds, int workers, int reads)
    {
        var data = ClusteringDataset.Load(dataset);
        var byStory = data.Articles.Select((a, i) => (a, g: data.Gold[i])).GroupBy(x => x.g).Select(g => g.Select(x => x.a.RawText).ToArray()).ToArray();
        var vocab = data.Articles.SelectMany(a => a.RawText.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 3 && w.All(char.IsLetter)).Distinct().ToArray();
        var (articles, gold) = ClusterScale.Generate(n, byStory, vocab, seed: n);
        Console.WriteLine($"{articles.Count} synthetic articles ({gold.Distinct().Count()} events) from {dataset}; load {Load()}");

        var dir = Directory.CreateTempSubdirectory("roundup-scale-").FullName;
        var db = Path.Combine(dir, "scale.db");
        var proc = Process.GetCurrentProcess();
        var flow = new StoryFlowBuilder().UseSummarizer(new SummaryOptions { Words = 120 }).UseFacts().Build();
        int stories;
        using (var store = new SqliteStoryStore(db))
        {
            var ingestor = new StoryIngestor(store, flow);
            var touched = new HashSet<long>();
            var clock = Stopwatch.StartNew();
            var cpu0 = proc.TotalProcessorTime;
            for (int i = 0; i < articles.Count; i++)
            {
                var r = ingestor.Ingest(articles[i]);
                if (r.Added) touched.Add(r.StoryId);
                articles[i] = null!; // the store holds it now
                if ((i + 1) % 10_000 == 0) Console.WriteLine($"  {i + 1} ingested in {clock.Elapsed.TotalSeconds:F0} s ({(i + 1) / clock.Elapsed.TotalSeconds:F0}/s); load {Load()}");
            }
            var ingestTime = clock.Elapsed;
            proc.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingest: {n} articles in {ingestTime.TotalSeconds:F0} s ({n / ingestTime.TotalSeconds:F0}/s), CPU {(proc.TotalProcessorTime - cpu0).TotalSeconds:F0} s; {store.CountStories()} stories; store {Size(dir)}; peak working set {proc.PeakWorkingSet64 / 1048576.0:F0} MB"));

            // Summaries, newest stories first (what a reader sees first), bounded in time.
            var order = touched.OrderByDescending(s => s).ToList();
            int written = 0;
            var writer = new Lock();
            clock.Restart();
            cpu0 = proc.TotalProcessorTime;
            using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(summarizeSeconds));
            try
            {
                await Parallel.ForEachAsync(order, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = budget.Token }, (story, ct) =>
                {
                    if (ingestor.PrepareSummary(story, ct) is { } p)
                    {
                        lock (writer) ingestor.SaveSummary(p);
                        Interlocked.Increment(ref written);
                    }
                    return ValueTask.CompletedTask;
                });
            }
            catch (OperationCanceledException) { }
            proc.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"summaries: {written} of {order.Count} stories in {clock.Elapsed.TotalSeconds:F0} s on {workers} workers ({written / clock.Elapsed.TotalSeconds:F1}/s), CPU {(proc.TotalProcessorTime - cpu0).TotalSeconds:F0} s; store {Size(dir)}; peak working set {proc.PeakWorkingSet64 / 1048576.0:F0} MB; load {Load()}"));
            stories = (int)store.CountStories();
        }
        articles.Clear();
        GC.Collect();

        // A server over the store: start (the replay re-clusters every stored article), then sequential reads.
        var startClock = Stopwatch.StartNew();
        var builder = RoundupServer.CreateBuilder([], new Dictionary<string, string?> { ["Db"] = db, ["ApiKey"] = "k", ["SummaryWorkers"] = "1" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using (var app = RoundupServer.Build(builder))
        {
            await app.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(120) };
            while (!(await http.GetFromJsonAsync<JsonElement>("/health")).GetProperty("summaries").GetProperty("ready").GetBoolean()) await Task.Delay(200);
            proc.Refresh();
            Console.WriteLine($"server ready (replay of the store) in {startClock.Elapsed.TotalSeconds:F0} s; peak working set {proc.PeakWorkingSet64 / 1048576.0:F0} MB");
            var rnd = new Random(1);
            var store = app.Services.GetRequiredService<IStoryStore>();
            var ids = store.ListStories(StoryOrder.MostSources, 500).Select(s => s.Id).Concat(store.ListStories(StoryOrder.Newest, 500).Select(s => s.Id)).ToList();
            var articleIds = ids.Take(200).SelectMany(id => store.StoryArticles(id).Take(1)).Select(a => a.Id).ToList();
            string[] words = ["officials", "police", "storm", "election", "court", "minister", "company", "market"];
            var kinds = new (string Name, Func<string> Path)[]
            {
                ("GET /api/stories (newest)", () => $"/api/stories?sort=newest&offset={rnd.Next(0, Math.Max(1, stories - 20))}"),
                ("GET / (most sources)", () => "/?sort=sources"),
                ("GET /api/stories?q=", () => $"/api/stories?q={words[rnd.Next(words.Length)]}"),
                ("GET /stories/{id}", () => $"/stories/{ids[rnd.Next(ids.Count)]}"),
                ("GET /api/articles/{id}", () => $"/api/articles/{articleIds[rnd.Next(articleIds.Count)]}"),
            };
            foreach (var (name, path) in kinds)
            {
                var times = new List<double>();
                int errors = 0;
                for (int i = 0; i < reads; i++)
                {
                    var t = Stopwatch.GetTimestamp();
                    using var r = await http.GetAsync(path());
                    _ = await r.Content.ReadAsByteArrayAsync();
                    if (!r.IsSuccessStatusCode) errors++;
                    times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {name}: {reads} reads, p50 {times[times.Count / 2]:F1} ms, p99 {BenchArgs.Percentile(times, 0.99):F1} ms, errors {errors}"));
            }
            var integrity = store.CheckIntegrity();
            Console.WriteLine($"integrity problems: {integrity.Count}; load {Load()}");
            await app.StopAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
        return 0;
    }

    private static string Size(string dir)
        => $"{Directory.EnumerateFiles(dir).Sum(f => new FileInfo(f).Length) / 1048576.0:F0} MB";

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
