using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Roundup.Tests.Reading.Web;
using Roundup.Tests.Stories;

namespace Roundup.Tests.Server;

/// <summary>POST /api/articles/url: a URL fetched through the server's web reader (pages on a loopback Kestrel site).</summary>
public sealed class PostUrlTests
{
    private static async Task<HttpResponseMessage> PostUrl(ServerHost host, string body, string contentType = "application/json", string? key = ServerHost.Key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles/url") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        if (key is not null) request.Headers.Add(Roundup.Server.RoundupServer.ApiKeyHeader, key);
        return await host.Client.SendAsync(request);
    }

    private static string Json(string url) => JsonSerializer.Serialize(new { url });

    [Fact]
    public async Task A_posted_page_url_is_fetched_and_ingested()
    {
        await using var site = await LocalSite.StartAsync(app =>
            app.MapGet("/bridge", () => Results.Text(File.ReadAllText(StoryFixtures.File("bridge-1.txt")), "text/plain")));
        await using var host = await ServerHost.StartAsync(new() { ["FetchRetries"] = "0" });
        using var r = await PostUrl(host, Json(site.Url("bridge")));
        Assert.Equal(HttpStatusCode.Accepted, r.StatusCode);
        var accepted = await r.Content.ReadFromJsonAsync<JsonElement>();
        var id = accepted.GetProperty("accepted")[0].GetString();
        await host.SettleAsync();
        var article = await host.Client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        Assert.Contains("14,000 vehicles", article.GetProperty("text").GetString(), StringComparison.Ordinal);
        var stories = await host.Client.GetFromJsonAsync<JsonElement>("/api/stories");
        Assert.Equal(1, stories.GetArrayLength());

        var openApi = await host.Client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/articles/url", openApi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"url\": \"file:///etc/passwd\"}", 400, "Scheme not allowed")]
    [InlineData("{\"url\": \"ftp://files.example/a.txt\"}", 400, "Scheme not allowed")]
    [InlineData("{\"url\": \"javascript:alert(1)\"}", 400, "Scheme not allowed")]
    [InlineData("{\"url\": \"/relative/path\"}", 400, "Not a URL")]
    [InlineData("{\"url\": \"http://user:secret@news.example/a\"}", 400, "Credentials in URL")]
    [InlineData("{\"link\": \"https://news.example/a\"}", 400, "No URL")]
    [InlineData("{\"url\": 42}", 400, "No URL")]
    [InlineData("{\"url\": \"https://news.example/a\"", 400, "Unreadable body")]
    [InlineData("", 400, "Empty body")]
    public async Task Bad_url_requests_are_4xx_problems_and_nothing_is_fetched_or_stored(string body, int status, string title)
    {
        await using var host = await ServerHost.StartAsync();
        using var r = await PostUrl(host, body);
        Assert.Equal(status, (int)r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var problem = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(0, (await host.Client.GetFromJsonAsync<JsonElement>("/health")).GetProperty("articles").GetInt64());
    }

    [Fact]
    public async Task Wrong_content_type_and_missing_key_are_refused()
    {
        await using var host = await ServerHost.StartAsync();
        using (var r = await PostUrl(host, "https://news.example/a", "text/plain"))
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
        using (var r = await PostUrl(host, Json("https://news.example/a"), key: null))
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
    }

    [Fact]
    public async Task A_url_that_cannot_be_read_is_a_422_problem_saying_why()
    {
        await using var site = await LocalSite.StartAsync(app =>
        {
            app.MapGet("/gone", () => Results.NotFound());
            app.MapGet("/image", () => Results.Bytes(new byte[100], "image/png"));
        });
        int closedPort;
        using (var l = new TcpListener(IPAddress.Loopback, 0)) { l.Start(); closedPort = ((IPEndPoint)l.LocalEndpoint).Port; l.Stop(); }
        await using var host = await ServerHost.StartAsync(new() { ["FetchRetries"] = "0", ["FetchTimeout"] = "00:00:05" });
        foreach (var (url, why) in new[] { (site.Url("gone"), "HTTP 404"), (site.Url("image"), "not a web page or feed"), ($"http://127.0.0.1:{closedPort}/a", "connection refused") })
        {
            using var r = await PostUrl(host, Json(url));
            Assert.Equal(422, (int)r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
            var problem = await r.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(why, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(0, (await host.Client.GetFromJsonAsync<JsonElement>("/health")).GetProperty("articles").GetInt64());
    }
}
