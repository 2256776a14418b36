using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Roundup.Reading;
using Roundup.Reading.Web;

namespace Roundup.Tests.Reading.Web;

/// <summary>The web reader against a local Kestrel server serving fixture pages (loopback only).</summary>
public sealed class WebReaderTests
{
    private const string Story = "Crews began repairing the Elm Street bridge on Monday, and the work is expected to take six weeks, the city said. The council said the bridge would reopen to traffic in the spring after the repairs are finished by the contractor.";

    private static readonly WebReaderOptions Fast = new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(5),
        TotalTimeout = TimeSpan.FromSeconds(10),
        RetryDelay = TimeSpan.FromMilliseconds(20),
    };

    private static string Page(string title, string text, string? metaCharset = null) =>
        $"<!DOCTYPE html><html><head>{(metaCharset is null ? "" : $"<meta charset=\"{metaCharset}\">")}<title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p><p>{text}</p></article></body></html>";

    private static Task Bytes(HttpContext c, string contentType, byte[] body)
    {
        c.Response.ContentType = contentType;
        return c.Response.Body.WriteAsync(body).AsTask();
    }

    [Fact]
    public async Task A_page_is_read_with_the_charset_of_the_header()
    {
        var f = EncodingFixtures.Get("windows-1251");
        await using var site = await LocalSite.StartAsync(app =>
            app.MapGet("/ru", c => Bytes(c, "text/html; charset=windows-1251", f.Bytes(Page("Бюджет", f.Text)))));
        using var reader = new WebReader(Fast);
        var r = await reader.ReadAsync(site.Url("ru"));
        Assert.Null(r.Error);
        var a = Assert.Single(r.Articles);
        Assert.Contains("Городской совет", a.RawText, StringComparison.Ordinal);
        Assert.Equal(site.Url("ru"), a.Url);
        Assert.Equal("127.0.0.1", a.Source);
    }

    [Fact]
    public async Task A_feed_by_url_gives_one_article_per_item()
    {
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/feed", c => Bytes(c, "application/rss+xml", Encoding.UTF8.GetBytes(HtmlAndFeedReaderTests.Rss))));
        using var reader = new WebReader(Fast);
        var r = await reader.ReadAsync(site.Url("feed"));
        Assert.Null(r.Error);
        Assert.Equal(2, r.Articles.Count);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_back_off_and_client_errors_are_not()
    {
        int flaky = 0, missing = 0;
        await using var site = await LocalSite.StartAsync(app =>
        {
            app.MapGet("/flaky", () => Interlocked.Increment(ref flaky) <= 2 ? Results.StatusCode(503) : Results.Content(Page("Bridge", Story), "text/html"));
            app.MapGet("/missing", () => { Interlocked.Increment(ref missing); return Results.NotFound(); });
        });
        using var reader = new WebReader(Fast);
        var ok = await reader.ReadAsync(site.Url("flaky"));
        Assert.Null(ok.Error);
        Assert.Equal(3, flaky);
        var gone = await reader.ReadAsync(site.Url("missing"));
        Assert.Contains("HTTP 404", gone.Error, StringComparison.Ordinal);
        Assert.Equal(1, missing);
    }

    [Fact]
    public async Task Limits_on_size_type_redirects_and_time_each_give_one_line()
    {
        await using var site = await LocalSite.StartAsync(app =>
        {
            app.MapGet("/big", c => Bytes(c, "text/html", Encoding.ASCII.GetBytes(new string('x', 300_000))));
            app.MapGet("/picture", c => Bytes(c, "image/png", [0x89, 0x50, 0x4E, 0x47]));
            app.MapGet("/loop", () => Results.Redirect("/loop"));
            app.MapGet("/slow", async () => { await Task.Delay(3000); return Results.Content(Page("Bridge", Story), "text/html"); });
        });
        // The size, type and redirect limits get a generous attempt timeout, so a cold first request on a busy machine
        // cannot turn their answer into a timeout; the timeout is tried on its own with a short one.
        using var reader = new WebReader(Fast with { MaxBytes = 100_000, MaxRedirects = 3, AttemptTimeout = TimeSpan.FromSeconds(8), MaxRetries = 0 });
        using var impatient = new WebReader(Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(300), MaxRetries = 0 });
        var results = (await reader.ReadAllAsync([site.Url("big"), site.Url("picture"), site.Url("loop")]))
            .Concat(await impatient.ReadAllAsync([site.Url("slow")])).ToList();
        Assert.Contains("over the limit", results[0].Error, StringComparison.Ordinal);
        Assert.Contains("not a web page or feed (image/png)", results[1].Error, StringComparison.Ordinal);
        Assert.Contains("more than 3 redirect", results[2].Error, StringComparison.Ordinal);
        Assert.Contains("timed out", results[3].Error, StringComparison.Ordinal);
        Assert.All(results, r => Assert.DoesNotContain('\n', r.Error!));
        Assert.All(results, r => Assert.StartsWith(site.Root.ToString(), r.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requests_carry_a_user_agent_and_respect_the_per_host_limit()
    {
        int inFlight = 0, most = 0;
        var agents = new System.Collections.Concurrent.ConcurrentBag<string>();
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/p/{n}", async (HttpContext c) =>
        {
            agents.Add(c.Request.Headers.UserAgent.ToString());
            int now = Interlocked.Increment(ref inFlight);
            int seen;
            while ((seen = most) < now && Interlocked.CompareExchange(ref most, now, seen) != seen) { }
            await Task.Delay(100);
            Interlocked.Decrement(ref inFlight);
            return Results.Content(Page("Bridge", Story), "text/html");
        }));
        using var reader = new WebReader(Fast with { MaxConcurrencyPerHost = 2 });
        var results = await reader.ReadAllAsync(Enumerable.Range(0, 8).Select(i => site.Url($"p/{i}")));
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.InRange(most, 1, 2);
        Assert.All(agents, a => Assert.StartsWith("Roundup/", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_loader_reads_urls_beside_files_and_reports_each_failure_on_one_line()
    {
        await using var site = await LocalSite.StartAsync(app =>
        {
            app.MapGet("/a", () => Results.Content(Page("Bridge repairs begin", Story), "text/html"));
            app.MapGet("/b", () => Results.Content(Page("Bridge to reopen in spring", Story), "text/html"));
            app.MapGet("/down", () => Results.StatusCode(500));
        });
        using var tmp = new TempFiles();
        var file = tmp.Write("c.txt", "Bridge work\n\n" + Story);
        var options = new InputOptions { DetectLanguage = false, Web = Fast with { MaxRetries = 1 } };
        var c = Assert.Single(InputLoader.Load([site.Url("a"), file, site.Url("down"), site.Url("b")], TextReader.Null, options));
        Assert.Equal([site.Url("a"), "c.txt", site.Url("b")], c.Articles.Select(a => a.Id));
        var w = Assert.Single(c.Warnings);
        Assert.Contains(site.Url("down"), w, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", w, StringComparison.Ordinal);
        var e = Assert.Throws<RoundupInputException>(() => InputLoader.Load([site.Url("down")], TextReader.Null, options).ToList());
        Assert.Contains("HTTP 500", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_http_and_https_urls_count_as_urls()
    {
        Assert.True(WebReader.IsUrl("https://news.example/story"));
        Assert.True(WebReader.IsUrl("HTTP://news.example/"));
        Assert.False(WebReader.IsUrl("ftp://news.example/story"));
        Assert.False(WebReader.IsUrl("news.example/story"));
        Assert.False(WebReader.IsUrl("samples/city-budget"));
    }
}
