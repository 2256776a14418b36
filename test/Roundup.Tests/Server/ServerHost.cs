using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Roundup.Server;

namespace Roundup.Tests.Server;

/// <summary>A Roundup server on an in-memory test server (or Kestrel on loopback) over a temporary SQLite file.</summary>
public sealed class ServerHost : IAsyncDisposable
{
    public const string Key = "test-key-5f1c";

    private ServerHost(WebApplication app, string dir, string db, LogSink logs)
    {
        App = app;
        Dir = dir;
        Db = db;
        Logs = logs;
    }

    public WebApplication App { get; }

    public string Dir { get; }

    public string Db { get; }

    public LogSink Logs { get; }

    public HttpClient Client { get; private set; } = null!;

    public static async Task<ServerHost> StartAsync(Dictionary<string, string?>? settings = null, bool kestrel = false, string? dir = null)
    {
        dir ??= Directory.CreateTempSubdirectory("roundup-server-").FullName;
        var db = Path.Combine(dir, "roundup.db");
        var all = new Dictionary<string, string?>
        {
            ["Db"] = db, ["ApiKey"] = Key, ["QuietMilliseconds"] = "50", ["MaxDelayMilliseconds"] = "400", ["Words"] = "60",
        };
        foreach (var (k, v) in settings ?? []) all[k] = v;
        var builder = RoundupServer.CreateBuilder([], all);
        var logs = new LogSink();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        if (kestrel) builder.WebHost.UseUrls("http://127.0.0.1:0");
        else builder.WebHost.UseTestServer();
        var app = RoundupServer.Build(builder);
        await app.StartAsync();
        var host = new ServerHost(app, dir, db, logs);
        host.Client = kestrel ? new HttpClient { BaseAddress = new Uri(app.Urls.First()) } : app.GetTestClient();
        return host;
    }

    public string BaseUrl => App.Urls.First();

    public async Task<HttpResponseMessage> PostAsync(string body, string contentType, string? key = Key, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles" + query) { Content = new StringContent(body) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        if (key is not null) request.Headers.Add(RoundupServer.ApiKeyHeader, key);
        return await Client.SendAsync(request);
    }

    public async Task PostFixturesAsync(params string[] names)
    {
        foreach (var name in names)
        {
            using var r = await PostAsync(await File.ReadAllTextAsync(Stories.StoryFixtures.File(name)), "text/plain; charset=utf-8");
            Assert.Equal(System.Net.HttpStatusCode.Accepted, r.StatusCode);
        }
    }

    /// <summary>Waits until the queue is empty and no story waits for a summary (at most 60 s).</summary>
    public async Task SettleAsync()
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            var h = await Client.GetFromJsonAsync<JsonElement>("/health");
            var summaries = h.GetProperty("summaries");
            if (summaries.GetProperty("ready").GetBoolean() && h.GetProperty("queue").GetProperty("depth").GetInt32() == 0
                && summaries.GetProperty("pending").GetInt32() == 0 && summaries.GetProperty("running").GetInt32() == 0) return;
            await Task.Delay(50);
        }
        throw new TimeoutException("The server did not settle.");
    }

    public async ValueTask DisposeAsync()
    {
        try { await App.StopAsync(); } catch (OperationCanceledException) { }
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }

    /// <summary>Collects every log line, to check what is (not) logged.</summary>
    public sealed class LogSink : ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> Lines => _lines;

        public ILogger CreateLogger(string categoryName) => new Sink(this, categoryName);

        public void Dispose() { }

        private sealed class Sink(LogSink owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => owner._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
