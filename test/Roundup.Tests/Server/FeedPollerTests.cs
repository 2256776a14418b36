using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Roundup.Reading.Web;
using Roundup.Server;
using Roundup.Store;
using Roundup.Tests.Reading.Web;
using Roundup.Tests.Stories;

namespace Roundup.Tests.Server;

/// <summary>The server's feed polling against feeds served by a local Kestrel site (loopback only).</summary>
public sealed class FeedPollerTests
{
    private static string Teaser(string fixture) => File.ReadAllLines(StoryFixtures.File(fixture)).First(l => l.StartsWith("title: ", StringComparison.Ordinal))[7..];

    private static string Rss(string title, params (string Id, string Link, string Fixture)[] items)
    {
        var sb = new StringBuilder($"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{title}</title><link>https://feed.example/</link><description>d</description>");
        foreach (var (id, link, fixture) in items)
            sb.Append($"<item><guid>{id}</guid><title>{SecurityElement.Escape(Teaser(fixture))}</title><link>{link}</link><description>{SecurityElement.Escape(Teaser(fixture))}.</description></item>");
        return sb.Append("</channel></rss>").ToString();
    }

    private static Dictionary<string, string?> Settings(params string[] feeds)
    {
        var s = new Dictionary<string, string?> { ["FeedInterval"] = "00:00:00.100", ["FetchRetries"] = "0", ["FetchTimeout"] = "00:00:10" };
        for (int i = 0; i < feeds.Length; i++) s[$"Feeds:{i}"] = feeds[i];
        return s;
    }

    private static async Task<List<JsonElement>> Feeds(ServerHost host) => [.. (await host.Client.GetFromJsonAsync<JsonElement>("/api/feeds")).EnumerateArray()];

    private static async Task<List<JsonElement>> WaitFeeds(ServerHost host, Func<List<JsonElement>, bool> done, int seconds = 60)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            var feeds = await Feeds(host);
            if (done(feeds)) return feeds;
            await Task.Delay(50);
        }
        throw new TimeoutException("The feeds did not reach the expected state: " + string.Join(" | ", (await Feeds(host)).Select(f => f.ToString())));
    }

    private static long Get(JsonElement feed, string name) => feed.GetProperty(name).GetInt64();

    private static string Last(JsonElement feed) => feed.GetProperty("lastResult").GetString() ?? "";

    [Fact]
    public async Task Feeds_are_polled_with_conditional_get_304_changes_nothing_and_only_new_items_pages_are_fetched()
    {
        var hits = new ConcurrentDictionary<string, int>();
        int Hit(string what) => hits.AddOrUpdate(what, 1, (_, n) => n + 1);
        string? sentLastModified = null;
        var version = 1;
        await using var site = await LocalSite.StartAsync(app =>
        {
            app.MapGet("/etag.rss", (HttpContext c) =>
            {
                var etag = $"\"v{Volatile.Read(ref version)}\"";
                if (c.Request.Headers.IfNoneMatch.ToString() == etag) { Hit("etag-304"); return Results.StatusCode(304); }
                Hit("etag-200");
                c.Response.Headers.ETag = etag;
                var items = new List<(string, string, string)> { ("b1", Url(c, "/bridge-1"), "bridge-1.txt"), ("s1", Url(c, "/strike-1"), "strike-1.txt") };
                if (Volatile.Read(ref version) > 1) items.Add(("b2", Url(c, "/bridge-2"), "bridge-2.txt"));
                return Results.Text(Rss("Gazette feed", [.. items]), "application/rss+xml");
            });
            app.MapGet("/modified.rss", (HttpContext c) =>
            {
                var since = c.Request.Headers.IfModifiedSince.ToString();
                if (since.Length > 0 && since == sentLastModified) { Hit("lm-304"); return Results.StatusCode(304); }
                Hit("lm-200");
                sentLastModified = "Mon, 02 Mar 2026 08:00:00 GMT";
                c.Response.Headers.LastModified = sentLastModified;
                return Results.Text(Rss("Ledger feed", ("m1", Url(c, "/museum"), "museum.txt")), "application/rss+xml");
            });
            foreach (var page in new[] { "bridge-1", "bridge-2", "strike-1", "museum" })
                app.MapGet("/" + page, () => { Hit(page); return Results.Text(File.ReadAllText(StoryFixtures.File(page + ".txt")), "text/plain"); });
        });

        await using var host = await ServerHost.StartAsync(Settings(site.Url("etag.rss"), site.Url("modified.rss")));
        var feeds = await WaitFeeds(host, f => f.All(x => Get(x, "notModified") >= 2));
        await host.SettleAsync();
        Assert.Equal(1, hits["etag-200"]);
        Assert.Equal(1, hits["lm-200"]);
        Assert.All(feeds, f => Assert.Equal("not modified", f.GetProperty("lastResult").GetString()));
        Assert.Equal(2, Get(feeds[0], "itemsQueued"));
        Assert.Equal(1, Get(feeds[1], "itemsQueued"));
        using (var store = new SqliteStoryStore(host.Db))
        {
            Assert.Equal(3, store.CountArticles());
            // The item's page was fetched: the stored text is the article, not the feed's one-line teaser.
            var bridge = store.SearchArticles("Adeyemi", 5);
            Assert.Single(bridge);
            Assert.Contains("14,000 vehicles", bridge[0].CleanText, StringComparison.Ordinal);
            Assert.Equal("Gazette feed", bridge[0].Source);
        }

        // The feed changes: one new item; only its page is fetched, the story it joins is summarized again.
        Interlocked.Increment(ref version);
        await WaitFeeds(host, f => Get(f[0], "itemsQueued") == 3 && Get(f[0], "notModified") >= 3);
        await host.SettleAsync();
        Assert.Equal(2, hits["etag-200"]);
        Assert.Equal(1, hits["bridge-1"]);
        Assert.Equal(1, hits["strike-1"]);
        Assert.Equal(1, hits["bridge-2"]);
        using (var store = new SqliteStoryStore(host.Db))
        {
            Assert.Equal(4, store.CountArticles());
            Assert.Empty(store.StaleStories());
            Assert.Empty(store.CheckIntegrity());
        }
    }

    private static string Url(HttpContext c, string path) => $"{c.Request.Scheme}://{c.Request.Host}{path}";

    [Fact]
    public async Task A_failing_feed_backs_off_exponentially_and_is_back_on_schedule_after_it_recovers()
    {
        var times = new ConcurrentQueue<DateTime>();
        var healthy = false;
        await using var site = await LocalSite.StartAsync(app =>
        {
            app.MapGet("/flaky.rss", (HttpContext c) =>
            {
                times.Enqueue(DateTime.UtcNow);
                return Volatile.Read(ref healthy)
                    ? Results.Text(Rss("Flaky", ("m1", Url(c, "/museum"), "museum.txt")), "application/rss+xml")
                    : Results.StatusCode(503);
            });
            app.MapGet("/museum", () => Results.Text(File.ReadAllText(StoryFixtures.File("museum.txt")), "text/plain"));
        });
        await using var host = await ServerHost.StartAsync(Settings(site.Url("flaky.rss")));
        var feeds = await WaitFeeds(host, f => Get(f[0], "failures") >= 4);
        Assert.StartsWith("failed: ", feeds[0].GetProperty("lastResult").GetString(), StringComparison.Ordinal);
        Assert.Contains("503", feeds[0].GetProperty("lastResult").GetString(), StringComparison.Ordinal);
        var t = times.ToArray();
        // After n failures in a row the feed waits 100 ms × 2^n: 200, 400, 800 ms (a busy machine only makes them longer).
        for (int n = 1; n <= 3; n++)
            Assert.True((t[n] - t[n - 1]).TotalMilliseconds >= 0.9 * 100 * Math.Pow(2, n), $"gap {n}: {(t[n] - t[n - 1]).TotalMilliseconds} ms");
        Assert.Contains(host.Logs.Lines, l => l.StartsWith("Warning Roundup.Server.FeedPoller", StringComparison.Ordinal) && l.Contains("failures in a row", StringComparison.Ordinal));

        Volatile.Write(ref healthy, true);
        feeds = await WaitFeeds(host, f => Get(f[0], "failures") == 0 && Get(f[0], "itemsQueued") == 1);
        await host.SettleAsync();
        var health = await host.Client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal(1, health.GetProperty("articles").GetInt64());
        Assert.Equal(0, health.GetProperty("feeds").GetProperty("failing").GetInt32());
    }

    [Fact]
    public async Task An_endless_feed_a_trickling_feed_and_a_page_are_bounded_logged_failures_and_other_feeds_go_on()
    {
        var endlessEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var site = await LocalSite.StartAsync(app =>
        {
            app.MapGet("/endless.rss", async (HttpContext c) =>
            {
                c.Response.ContentType = "application/rss+xml";
                var chunk = Encoding.UTF8.GetBytes("<item><title>again</title></item>" + new string(' ', 8000));
                try
                {
                    await c.Response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", c.RequestAborted);
                    while (!c.RequestAborted.IsCancellationRequested)
                    {
                        await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
                    }
                }
                catch (OperationCanceledException) { }
                catch (IOException) { }
                finally { endlessEnded.TrySetResult(); }
            });
            app.MapGet("/trickle.rss", async (HttpContext c) =>
            {
                c.Response.ContentType = "application/rss+xml";
                try
                {
                    while (!c.RequestAborted.IsCancellationRequested)
                    {
                        await c.Response.WriteAsync(" ", c.RequestAborted);
                        await c.Response.Body.FlushAsync(c.RequestAborted);
                        await Task.Delay(100, c.RequestAborted);
                    }
                }
                catch (OperationCanceledException) { }
                catch (IOException) { }
            });
            app.MapGet("/ok.rss", (HttpContext c) => Results.Text(Rss("Fine", ("m1", Url(c, "/museum"), "museum.txt")), "application/rss+xml"));
            app.MapGet("/museum", () => Results.Text(File.ReadAllText(StoryFixtures.File("museum.txt")), "text/plain"));
            app.MapGet("/page.rss", () => Results.Text(File.ReadAllText(StoryFixtures.File("strike-1.txt")), "text/plain"));
        });
        var settings = Settings(site.Url("endless.rss"), site.Url("trickle.rss"), site.Url("ok.rss"), site.Url("page.rss"));
        settings["FetchMaxBytes"] = "65536";
        settings["FetchTimeout"] = "00:00:05"; // long enough that a loaded machine still reaches the size limit first
        await using var host = await ServerHost.StartAsync(settings);
        // Each failing feed is retried after its back-off, so a poll that a loaded machine lets time out is followed by
        // one that reaches the feed's own failure; the wait ends when all four show theirs.
        var feeds = await WaitFeeds(host, f => Last(f[0]).Contains("over the limit", StringComparison.Ordinal)
            && Last(f[1]).Contains("timed out", StringComparison.Ordinal)
            && Get(f[2], "itemsQueued") == 1
            // An address that answers with a page, not a feed, is a failing feed: the page is not ingested.
            && Last(f[3]).Contains("not an RSS or Atom feed", StringComparison.Ordinal));
        Assert.All(new[] { feeds[0], feeds[1], feeds[3] }, f => Assert.True(Get(f, "failures") >= 1));
        Assert.StartsWith("failed: ", Last(feeds[3]), StringComparison.Ordinal);
        // The reader dropped the endless response at the limit: the server saw the connection go.
        await endlessEnded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains(host.Logs.Lines, l => l.StartsWith("Warning Roundup.Server.FeedPoller", StringComparison.Ordinal) && l.Contains("endless.rss", StringComparison.Ordinal) && l.Contains("over the limit", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, l => l.StartsWith("Warning Roundup.Server.FeedPoller", StringComparison.Ordinal) && l.Contains("trickle.rss", StringComparison.Ordinal) && l.Contains("timed out", StringComparison.Ordinal));
        await host.SettleAsync();
        var health = await host.Client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal(1, health.GetProperty("articles").GetInt64());
    }

    [Fact]
    public async Task A_slow_feed_holds_up_no_other()
    {
        var fastPolls = 0;
        var slowDone = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var site = await LocalSite.StartAsync(app =>
        {
            app.MapGet("/slow.rss", async (HttpContext c) =>
            {
                await Task.Delay(3000, c.RequestAborted);
                slowDone.TrySetResult(Volatile.Read(ref fastPolls));
                return Results.Text(Rss("Slow", ("m1", Url(c, "/museum"), "museum.txt")), "application/rss+xml");
            });
            app.MapGet("/fast.rss", (HttpContext c) =>
            {
                Interlocked.Increment(ref fastPolls);
                return Results.Text(Rss("Fast"), "application/rss+xml");
            });
            app.MapGet("/museum", () => Results.Text(File.ReadAllText(StoryFixtures.File("museum.txt")), "text/plain"));
        });
        await using var host = await ServerHost.StartAsync(Settings(site.Url("slow.rss"), site.Url("fast.rss")));
        // While the slow feed's answer takes 3 s, the fast one keeps its 100 ms schedule (a busy machine allows fewer).
        Assert.True(await slowDone.Task.WaitAsync(TimeSpan.FromSeconds(60)) >= 5, "the fast feed waited for the slow one");
    }

    [Fact]
    public async Task Feeds_on_one_host_respect_the_per_host_limit()
    {
        int now = 0, most = 0, served = 0;
        await using var site = await LocalSite.StartAsync(app =>
        {
            foreach (var name in new[] { "a", "b", "c" })
            {
                app.MapGet($"/{name}.rss", async (HttpContext c) =>
                {
                    int n = Interlocked.Increment(ref now);
                    int seen;
                    while ((seen = Volatile.Read(ref most)) < n && Interlocked.CompareExchange(ref most, n, seen) != seen) { }
                    await Task.Delay(300, c.RequestAborted);
                    Interlocked.Decrement(ref now);
                    Interlocked.Increment(ref served);
                    return Results.Text(Rss(name), "application/rss+xml");
                });
            }
        });
        var settings = Settings(site.Url("a.rss"), site.Url("b.rss"), site.Url("c.rss"));
        settings["FetchHostLimit"] = "1";
        await using var host = await ServerHost.StartAsync(settings);
        await WaitFeeds(host, f => f.All(x => Get(x, "polls") >= 2));
        Assert.True(Volatile.Read(ref served) >= 6);
        Assert.Equal(1, Volatile.Read(ref most));
    }

    [Fact]
    public void The_back_off_doubles_per_failure_up_to_the_longest_and_a_success_resets_it()
    {
        var clock = new ManualClock();
        var url = new Uri("https://feeds.example/a.rss");
        var schedule = new FeedSchedule([(url, "A")], TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), clock);
        Assert.Single(schedule.Due());
        Assert.Equal(TimeSpan.FromMinutes(2), schedule.Failed(url, "HTTP 500"));
        Assert.Empty(schedule.Due());
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Single(schedule.Due());
        Assert.Equal(TimeSpan.FromMinutes(4), schedule.Failed(url, "HTTP 500"));
        Assert.Equal(TimeSpan.FromMinutes(8), schedule.Failed(url, "HTTP 500"));
        Assert.Equal(TimeSpan.FromMinutes(10), schedule.Failed(url, "HTTP 500"));
        Assert.Equal(TimeSpan.FromMinutes(10), schedule.Backoff(1000));
        Assert.Equal(4, schedule.Snapshot()[0].Failures);
        schedule.Succeeded(url, new WebPage(url, url, "application/rss+xml", null, []) { ETag = "\"x\"" }, 0);
        var s = schedule.Snapshot()[0];
        Assert.Equal(0, s.Failures);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(1), s.NextPoll);
        Assert.Equal("\"x\"", schedule.Due().Count == 0 ? s.ETag : null);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
