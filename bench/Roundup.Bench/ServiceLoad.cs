using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Roundup.Reading;
using Roundup.Server;
using Roundup.Store;

namespace Roundup.Bench;

/// <summary>
/// Load on loopback: a Roundup server (Kestrel on 127.0.0.1, a fresh SQLite file or PostgreSQL schema) receives the
/// dataset's articles one a request at RATE a second for SECONDS while READERS clients read the story list, stories and
/// pages as fast as they can. Reports errors, read latency p50/p99 and ingest lag (article posted → a summary version of
/// its story built from it) p50/p99. Bounded: the run lasts SECONDS plus at most 60 s for the last summaries.
/// Usage: service-load DATASET [seconds=60] [rate=20] [readers=50] [workers=N] [postgres=CONNSTRING] (workers: stories summarized at once, default the server's)
/// </summary>
internal static class ServiceLoad
{
    public static int Run(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: service-load DATASET [seconds=60] [rate=20] [readers=50] [workers=N] [postgres=CONNSTRING]"); return 2; }
        var opts = BenchArgs.Options(args.Skip(1));
        int seconds = opts.Int("seconds", 60), rate = opts.Int("rate", 20), readers = opts.Int("readers", 50);
        var postgres = opts.GetValueOrDefault("postgres");
        var workers = opts.GetValueOrDefault("workers");
        var articles = InputLoader.Load([args[0]], TextReader.Null).SelectMany(c => c.Articles)
            .Select(a => new { id = a.Id, title = a.Title, text = a.RawText, source = a.Source, url = a.Url, published = a.Published })
            .Take(seconds * rate).ToList();
        Console.WriteLine($"{articles.Count} articles from {args[0]}; {seconds} s at {rate}/s; {readers} readers; store: {(postgres is null ? "SQLite" : "PostgreSQL")}; summary workers: {workers ?? new ServerOptions().SummaryWorkers.ToString(CultureInfo.InvariantCulture)}");
        return RunAsync(articles.Cast<object>().ToList(), seconds, rate, readers, postgres, workers).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(List<object> articles, int seconds, int rate, int readers, string? postgres, string? workers)
    {
        var dir = Directory.CreateTempSubdirectory("roundup-load-").FullName;
        string? schema = null;
        if (postgres is not null)
        {
            schema = "roundup_load_" + Guid.NewGuid().ToString("N")[..8];
            postgres = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { SearchPath = schema, MaxPoolSize = 120 }.ToString();
        }
        var key = Guid.NewGuid().ToString("N");
        var settings = new Dictionary<string, string?> { ["ApiKey"] = key, ["QueueCapacity"] = "5000" };
        if (workers is not null) settings["SummaryWorkers"] = workers;
        if (postgres is null) settings["Db"] = Path.Combine(dir, "load.db"); else settings["Postgres"] = postgres;
        var builder = RoundupServer.CreateBuilder([], settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = RoundupServer.Build(builder);
        await app.StartAsync();
        var store = app.Services.GetRequiredService<IStoryStore>();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = readers + 8 }) { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(30) };

        var reads = new ConcurrentBag<double>();
        long readErrors = 0, postErrors = 0, rejected = 0;
        var posted = new ConcurrentDictionary<string, long>(); // article id -> posted at (Stopwatch ticks)
        var lags = new ConcurrentBag<double>();
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var stoppedAt = TimeSpan.MaxValue;

        async Task Reader(int n)
        {
            var rnd = new Random(n);
            while (!stop.IsCancellationRequested)
            {
                var t = Stopwatch.GetTimestamp();
                try
                {
                    string path;
                    switch (rnd.Next(4))
                    {
                        case 0: path = "/api/stories?sort=newest"; break;
                        case 1: path = "/?sort=sources"; break;
                        case 2: path = "/api/stories?q=police"; break;
                        default:
                            var list = await http.GetFromJsonAsync<JsonElement>("/api/stories?sort=sources&limit=20", stop.Token);
                            path = list.GetArrayLength() == 0 ? "/health" : $"/stories/{list[rnd.Next(list.GetArrayLength())].GetProperty("id").GetInt64()}";
                            break;
                    }
                    using var r = await http.GetAsync(path, stop.Token);
                    _ = await r.Content.ReadAsByteArrayAsync(stop.Token);
                    if (!r.IsSuccessStatusCode) Interlocked.Increment(ref readErrors);
                    else reads.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
                catch (HttpRequestException) { Interlocked.Increment(ref readErrors); }
            }
        }

        async Task Writer()
        {
            // Each post starts at its due time whatever the earlier ones are doing, so the rate holds under load.
            var posts = new List<Task>();
            for (int i = 0; i < articles.Count; i++)
            {
                var due = TimeSpan.FromSeconds((double)i / rate);
                if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
                posts.Add(Post(articles[i]));
            }
            await Task.WhenAll(posts);
        }

        async Task Post(object article)
        {
            {
                using var req = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(article) };
                req.Headers.Add(RoundupServer.ApiKeyHeader, key);
                var t = Stopwatch.GetTimestamp();
                using var r = await http.SendAsync(req);
                if ((int)r.StatusCode == 429) { Interlocked.Increment(ref rejected); return; }
                if (!r.IsSuccessStatusCode) { Interlocked.Increment(ref postErrors); return; }
                var body = await r.Content.ReadFromJsonAsync<JsonElement>();
                foreach (var id in body.GetProperty("accepted").EnumerateArray()) posted.TryAdd(id.GetString()!, t);
            }
        }

        async Task Lag()
        {
            var done = new HashSet<string>();
            while (true)
            {
                foreach (var (id, t) in posted)
                {
                    if (done.Contains(id) || store.GetArticle(id) is not { StoryId: { } story } a) continue;
                    if (store.GetStory(story) is not { LatestVersion: > 0 }) continue;
                    var v = store.SummaryVersions(story)[^1];
                    if (v.LastArticleSeq < a.Seq) continue;
                    lags.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    done.Add(id);
                }
                if (stop.IsCancellationRequested && done.Count >= posted.Count) return;
                if (stop.IsCancellationRequested && clock.Elapsed - stoppedAt > TimeSpan.FromSeconds(60)) return;
                await Task.Delay(100);
            }
        }

        var readerTasks = Enumerable.Range(0, readers).Select(Reader).ToList();
        var lag = Task.Run(Lag);
        await Writer();
        var ingestSeconds = clock.Elapsed.TotalSeconds;
        stoppedAt = clock.Elapsed;
        await stop.CancelAsync();
        await Task.WhenAll(readerTasks);
        await lag;
        long storedArticles = store.CountArticles(), stories = store.CountStories();
        var integrity = store.CheckIntegrity();
        await app.StopAsync();

        static string P(IEnumerable<double> xs, double q)
        {
            var s = xs.Order().ToArray();
            return s.Length == 0 ? "n/a" : BenchArgs.Percentile(s, q).ToString("0", CultureInfo.InvariantCulture) + " ms";
        }
        Console.WriteLine($"posted {posted.Count} articles in {ingestSeconds:0.0} s ({posted.Count / ingestSeconds:0.0}/s); 429s {rejected}; post errors {postErrors}");
        Console.WriteLine($"reads {reads.Count} ({reads.Count / ingestSeconds:0}/s); read errors {readErrors}; read latency p50 {P(reads, 0.5)}, p99 {P(reads, 0.99)}");
        Console.WriteLine($"ingest lag (posted -> its story's summary includes it): {lags.Count} of {posted.Count} measured; p50 {P(lags, 0.5)}, p99 {P(lags, 0.99)}");
        Console.WriteLine($"store: {storedArticles} articles, {stories} stories; integrity problems: {integrity.Count}");
        store.Dispose();
        if (schema is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            using var c = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(postgres) { SearchPath = null }.ToString());
            c.Open();
            using var cmd = new Npgsql.NpgsqlCommand($"DROP SCHEMA \"{schema}\" CASCADE", c);
            cmd.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
        return readErrors + postErrors == 0 && integrity.Count == 0 ? 0 : 1;
    }
}
