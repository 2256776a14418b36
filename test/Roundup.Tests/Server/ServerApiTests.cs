using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Roundup.Store;

namespace Roundup.Tests.Server;

public sealed class ServerApiTests
{
    private static readonly string[] All = ["bridge-1.txt", "bridge-2.txt", "strike-1.txt", "strike-2.txt", "museum.txt", "bridge-3.txt"];

    [Fact]
    public async Task Posted_articles_become_stories_with_sourced_summaries_facts_coverage_and_clean_articles()
    {
        await using var host = await ServerHost.StartAsync();
        await host.PostFixturesAsync(All);
        await host.SettleAsync();

        var list = await host.Client.GetFromJsonAsync<JsonElement>("/api/stories?sort=sources");
        Assert.Equal(3, list.GetArrayLength());
        var bridgeId = list.EnumerateArray().OrderByDescending(s => s.GetProperty("articles").GetInt32()).First().GetProperty("id").GetInt64();

        var story = await host.Client.GetFromJsonAsync<JsonElement>($"/api/stories/{bridgeId}");
        Assert.Equal(3, story.GetProperty("articleCount").GetInt32());
        var sentences = story.GetProperty("summary").EnumerateArray().ToList();
        Assert.NotEmpty(sentences);
        foreach (var s in sentences)
        {
            var sources = s.GetProperty("sources").EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToList();
            Assert.Contains(s.GetProperty("article").GetString(), sources);
        }
        Assert.Contains(story.GetProperty("facts").GetProperty("facts").EnumerateArray(), f => f.GetProperty("value").GetString()!.Contains("Adeyemi", StringComparison.Ordinal));
        var coverage = story.GetProperty("coverage").EnumerateArray().ToList();
        Assert.Equal("Millbrook Gazette", coverage[0].GetProperty("outlet").GetString());
        Assert.Equal(2, coverage[0].GetProperty("articles").GetInt32());

        var articleId = story.GetProperty("articles").EnumerateArray().First().GetProperty("id").GetString();
        var article = await host.Client.GetFromJsonAsync<JsonElement>($"/api/articles/{articleId}");
        Assert.Contains(article.GetProperty("removed").EnumerateArray(), r => r.GetProperty("text").GetString()!.Contains("Follow us", StringComparison.Ordinal)
            && r.GetProperty("reason").GetString()!.Length > 0);
        Assert.DoesNotContain("Follow us", article.GetProperty("text").GetString(), StringComparison.Ordinal);

        var found = await host.Client.GetFromJsonAsync<JsonElement>("/api/stories?q=teachers%20strike");
        Assert.Equal(1, found.GetArrayLength());
        var articles = await host.Client.GetFromJsonAsync<JsonElement>("/api/articles?q=detours");
        Assert.Equal("River Valley News", articles[0].GetProperty("outlet").GetString());

        // Posting the same articles again stores nothing new.
        await host.PostFixturesAsync("bridge-1.txt");
        await host.SettleAsync();
        var health = await host.Client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal(6, health.GetProperty("articles").GetInt64());
        Assert.Equal(3, health.GetProperty("stories").GetInt64());
    }

    [Fact]
    public async Task What_is_new_since_a_version_holds_only_the_later_news_and_each_update_is_a_new_version()
    {
        await using var host = await ServerHost.StartAsync();
        await host.PostFixturesAsync("bridge-1.txt", "bridge-2.txt");
        await host.SettleAsync();
        var id = (await host.Client.GetFromJsonAsync<JsonElement>("/api/stories"))[0].GetProperty("id").GetInt64();
        // The first two reports make one version or two, as the ingest worker happens to batch them.
        int before = (await host.Client.GetFromJsonAsync<JsonElement>($"/api/stories/{id}")).GetProperty("versions").GetArrayLength();
        Assert.InRange(before, 1, 2);
        await host.PostFixturesAsync("bridge-3.txt");
        await host.SettleAsync();

        var story = await host.Client.GetFromJsonAsync<JsonElement>($"/api/stories/{id}");
        Assert.Equal(before + 1, story.GetProperty("versions").GetArrayLength());
        var update = await host.Client.GetFromJsonAsync<JsonElement>($"/api/stories/{id}/new?version={before}");
        Assert.Single(update.GetProperty("newArticles").EnumerateArray());
        var sentences = update.GetProperty("summary").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToList();
        Assert.NotEmpty(sentences);
        Assert.Contains(sentences, s => s.Contains("June", StringComparison.Ordinal) || s.Contains("3.2 million", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.StartsWith("The bridge was closed on Monday", StringComparison.Ordinal));

        using var missing = await host.Client.GetAsync($"/api/stories/{id}/new");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Writes_need_the_key_which_is_never_logged()
    {
        await using var host = await ServerHost.StartAsync();
        using var none = await host.PostAsync("{\"text\":\"Ferry crews struck on Monday.\"}", "application/json", key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        using var wrong = await host.PostAsync("{\"text\":\"Ferry crews struck on Monday.\"}", "application/json", key: "nope");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        using var ok = await host.PostAsync("{\"text\":\"Ferry crews struck on Monday after pay talks failed.\"}", "application/json");
        Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        await host.SettleAsync();
        Assert.NotEmpty(host.Logs.Lines);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(ServerHost.Key, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"text\": \"unterminated", "application/json", 400)]
    [InlineData("[1, 2]", "application/json", 400)]
    [InlineData("{\"title\": \"no text\"}", "application/json", 400)]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><rss version=\"2.0\"><channel><title>&b;</title><item><title>x</title><description>&b;</description></item></channel></rss>", "application/rss+xml", 400)]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>t</title><item><description>&x;</description></item></channel></rss>", "application/xml", 400)]
    [InlineData("<rss><channel><item>", "application/rss+xml", 400)]
    [InlineData("plain words", "application/octet-stream", 415)]
    [InlineData("plain words", "text/plain; charset=iso-8859-1", 415)]
    [InlineData("", "text/plain", 400)]
    public async Task Bad_bodies_get_a_problem_and_nothing_is_stored(string body, string contentType, int status)
    {
        await using var host = await ServerHost.StartAsync();
        using var r = await host.PostAsync(body, contentType);
        Assert.Equal(status, (int)r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var problem = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        var health = await host.Client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal(0, health.GetProperty("articles").GetInt64());
    }

    [Fact]
    public async Task Invalid_utf8_and_oversized_bodies_are_refused()
    {
        await using var host = await ServerHost.StartAsync(new() { ["MaxBodyBytes"] = "4096" });
        using var bad = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new ByteArrayContent([0x7B, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D]) };
        bad.Content.Headers.ContentType = new("application/json");
        bad.Headers.Add("X-Api-Key", ServerHost.Key);
        using var r1 = await host.Client.SendAsync(bad);
        Assert.Equal(HttpStatusCode.BadRequest, r1.StatusCode);
        Assert.Contains("UTF-8", await r1.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var r2 = await host.PostAsync("{\"text\":\"" + new string('a', 10_000) + "\"}", "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r2.StatusCode);
        Assert.Equal("application/problem+json", r2.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_request_that_does_not_fit_the_queue_gets_429_and_nothing_of_it_is_queued()
    {
        await using var host = await ServerHost.StartAsync(new() { ["QueueCapacity"] = "1" });
        using var r = await host.PostAsync("[{\"text\":\"Ferry crews struck on Monday.\"},{\"text\":\"Buses replaced the ferry on Tuesday.\"}]", "application/json");
        Assert.Equal((HttpStatusCode)429, r.StatusCode);
        Assert.True(r.Headers.Contains("Retry-After"));
        var health = await host.Client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal(1, health.GetProperty("queue").GetProperty("capacity").GetInt32());
        Assert.Equal(0, health.GetProperty("queue").GetProperty("depth").GetInt32());
        Assert.Equal(0, health.GetProperty("queue").GetProperty("processed").GetInt64());
    }

    [Fact]
    public async Task Shutdown_finishes_the_accepted_articles_and_a_restart_summarizes_what_was_left()
    {
        var dir = Directory.CreateTempSubdirectory("roundup-server-").FullName;
        var host = await ServerHost.StartAsync(new() { ["QuietMilliseconds"] = "60000", ["MaxDelayMilliseconds"] = "60000" }, dir: dir);
        await host.PostFixturesAsync(All);
        await host.App.StopAsync();
        await host.App.DisposeAsync();
        using (var store = new SqliteStoryStore(host.Db))
        {
            Assert.Equal(6, store.CountArticles());
            Assert.Empty(store.CheckIntegrity());
            Assert.Equal(3, store.StaleStories().Count); // never summarized: the quiet time had not passed
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var again = await ServerHost.StartAsync(dir: dir);
        await again.SettleAsync();
        using var check = new SqliteStoryStore(again.Db);
        Assert.Empty(check.StaleStories());
        Assert.All(check.ListStories(StoryOrder.Newest, 10), s => Assert.Equal(1, s.LatestVersion));
    }

    [Fact]
    public async Task The_openapi_document_lists_the_api_and_health_reports_the_queue()
    {
        await using var host = await ServerHost.StartAsync();
        var doc = await host.Client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/stories/{id}", doc, StringComparison.Ordinal);
        Assert.Contains("/api/articles", doc, StringComparison.Ordinal);
        var health = await host.Client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(2, health.GetProperty("schema").GetInt32());
        using var missing = await host.Client.GetAsync("/api/stories/999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_escape_everything_they_show()
    {
        await using var host = await ServerHost.StartAsync();
        var evil = "{\"title\":\"<script>alert(1)</script> Ferry crews strike\",\"source\":\"<b>Evil</b> Outlet\",\"url\":\"javascript:alert(2)\"," +
            "\"text\":\"Ferry crews went on strike on Monday after pay talks failed, the union said. <img src=x onerror=alert(3)> Buses replaced the ferry on Tuesday, officials said.\"}";
        using var r = await host.PostAsync(evil, "application/json");
        Assert.Equal(HttpStatusCode.Accepted, r.StatusCode);
        await host.SettleAsync();
        var list = await host.Client.GetStringAsync("/");
        var id = (await host.Client.GetFromJsonAsync<JsonElement>("/api/stories"))[0].GetProperty("id").GetInt64();
        var story = await host.Client.GetStringAsync($"/stories/{id}");
        var articleId = (await host.Client.GetFromJsonAsync<JsonElement>($"/api/stories/{id}")).GetProperty("articles")[0].GetProperty("id").GetString();
        var article = await host.Client.GetStringAsync($"/articles/{articleId}");
        foreach (var page in new[] { list, story, article })
        {
            Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>Evil", page, StringComparison.Ordinal);
            Assert.DoesNotContain("javascript:", page, StringComparison.Ordinal);
        }
        Assert.Contains("&lt;b&gt;Evil&lt;/b&gt; Outlet", article, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_ids_never_become_paths_and_a_10_MB_single_line_article_is_refused_whole()
    {
        await using var host = await ServerHost.StartAsync();
        using var r = await host.PostAsync("{\"id\":\"../../etc/passwd\",\"text\":\"Ferry crews went on strike on Monday after pay talks failed, the union said.\"}", "application/json");
        Assert.Equal(HttpStatusCode.Accepted, r.StatusCode);
        var id = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted")[0].GetString()!;
        Assert.Matches("^[0-9a-f]{16}$", id);
        await host.SettleAsync();
        var article = await host.Client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        Assert.Contains("Ferry crews", article.GetProperty("text").GetString(), StringComparison.Ordinal);
        using var traversal = await host.Client.GetAsync("/api/articles/..%2F..%2Fetc%2Fpasswd");
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);

        var line = "{\"text\":\"" + string.Concat(Enumerable.Repeat("The ferry strike went on. ", 10 * 1024 * 1024 / 26)) + "\"}";
        using var big = await host.PostAsync(line, "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        var health = await host.Client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal(1, health.GetProperty("articles").GetInt64());
    }
}
