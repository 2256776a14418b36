using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using Roundup.Reading.Web;
using Roundup.Store;
using Roundup.Stories;
using Roundup.Summarization;

namespace Roundup.Server;

/// <summary>
/// Builds the Roundup web application: the JSON API under /api, the OpenAPI document at /openapi/v1.json, the pages
/// (/, /stories/{id}, /articles/{id}), /health, and the background ingestion queue and summary worker. The same
/// process serves all of it.
/// </summary>
public static class RoundupServer
{
    /// <summary>The header writes carry their API key in.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>A builder with the configuration read (appsettings.json, environment, <paramref name="args"/>) and the services registered; <paramref name="overrides"/> replace settings of the "Roundup" section.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides.Select(kv => KeyValuePair.Create("Roundup:" + kv.Key, kv.Value)));
        var options = builder.Configuration.GetSection("Roundup").Get<ServerOptions>() ?? new ServerOptions();
        options.Validate();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => StoryStores.Open(options.Db, options.Postgres));
        builder.Services.AddSingleton(_ => new StoryFlowBuilder().UseSummarizer(new SummaryOptions { Words = options.Words }).UseFacts().Build());
        builder.Services.AddSingleton(sp => new StoryIngestor(sp.GetRequiredService<IStoryStore>(), sp.GetRequiredService<StoryFlow>()));
        builder.Services.AddSingleton(_ => new DebouncedStories(TimeSpan.FromMilliseconds(options.QuietMilliseconds), TimeSpan.FromMilliseconds(options.MaxDelayMilliseconds)));
        builder.Services.AddSingleton<ServerMetrics>();
        builder.Services.AddSingleton<IngestQueue>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IngestQueue>());
        builder.Services.AddSingleton<SummaryWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SummaryWorker>());
        builder.Services.AddSingleton(_ => new WebReader(new WebReaderOptions
        {
            TotalTimeout = options.FetchTimeout,
            AttemptTimeout = options.FetchTimeout < TimeSpan.FromSeconds(20) ? options.FetchTimeout : TimeSpan.FromSeconds(20),
            MaxRetries = options.FetchRetries,
            MaxBytes = options.FetchMaxBytes,
            MaxConcurrencyPerHost = options.FetchHostLimit,
        }));
        builder.Services.AddSingleton<FeedPoller>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
        if (options.PrometheusEndpoint is not null || options.OtlpEndpoint is not null)
        {
            builder.Services.AddOpenTelemetry().WithMetrics(m =>
            {
                m.AddMeter(ServerMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel");
                if (options.PrometheusEndpoint is not null) m.AddPrometheusExporter();
                if (options.OtlpEndpoint is { } otlp) m.AddOtlpExporter(e => e.Endpoint = new Uri(otlp));
            });
        }
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxBodyBytes);
        return builder;
    }

    /// <summary>Builds the application from <paramref name="builder"/> and maps every endpoint.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        var metrics = app.Services.GetRequiredService<ServerMetrics>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            context.Response.Headers["Content-Security-Policy"] = "default-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next(context).ConfigureAwait(false);
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "other";
            metrics.RequestLatency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("route", route));
        });
        app.MapOpenApi();
        if (app.Services.GetRequiredService<ServerOptions>().PrometheusEndpoint is { } metricsPath) app.MapPrometheusScrapingEndpoint(metricsPath);
        MapApi(app);
        Pages.Map(app);
        return app;
    }

    private static void MapApi(WebApplication app)
    {
        var options = app.Services.GetRequiredService<ServerOptions>();
        app.MapGet("/health", (IStoryStore store, IngestQueue queue, SummaryWorker summaries, DebouncedStories pending, FeedPoller feeds) => Results.Ok(new
        {
            feeds = new { count = feeds.Schedule.Count, failing = feeds.Schedule.Snapshot().Count(f => f.Failures > 0) },
            status = queue.Open ? "ok" : "stopping",
            schema = store.SchemaVersion,
            articles = store.CountArticles(),
            stories = store.CountStories(),
            queue = new { depth = queue.Depth, capacity = queue.Capacity, processed = queue.Processed },
            summaries = new { ready = summaries.Ready, pending = pending.Count, running = summaries.Running, written = summaries.Written },
        })).WithName("Health").WithSummary("Store counts, ingestion queue depth and pending summaries.");

        var api = app.MapGroup("/api");
        api.MapPost("/articles", async (HttpContext http, IngestQueue queue, string? source, string? url) =>
        {
            if (Unauthorized(http, options) is { } denied) return denied;
            if (http.Request.ContentLength > options.MaxBodyBytes)
                return TooLarge(options.MaxBodyBytes);
            var body = await ReadBounded(http.Request.Body, options.MaxBodyBytes, http.RequestAborted).ConfigureAwait(false);
            if (body is null) return TooLarge(options.MaxBodyBytes);
            var (articles, problem) = ArticleBodies.Read(body, http.Request.ContentType, source, url);
            if (problem is not null) return Results.Problem(statusCode: problem.Status, title: problem.Title, detail: problem.Detail);
            return Enqueue(http, queue, articles!);
        }).WithName("PostArticles").WithSummary("Queue articles (JSON, HTML, RSS/Atom or plain text) for ingestion; needs the API key.")
          .DisableAntiforgery();

        api.MapPost("/articles/url", async (HttpContext http, IngestQueue queue, WebReader reader) =>
        {
            if (Unauthorized(http, options) is { } denied) return denied;
            var body = await ReadBounded(http.Request.Body, 64 * 1024, http.RequestAborted).ConfigureAwait(false);
            if (body is null) return TooLarge(64 * 1024);
            var (target, problem) = UrlRequest.Read(body, http.Request.ContentType);
            if (problem is not null) return Results.Problem(statusCode: problem.Status, title: problem.Title, detail: problem.Detail);
            var read = await reader.ReadAsync(target!.AbsoluteUri, http.RequestAborted).ConfigureAwait(false);
            if (read.Error is not null)
                return Results.Problem(statusCode: 422, title: "Could not read the URL", detail: read.Error);
            if (read.Articles.Count == 0)
                return Results.Problem(statusCode: 422, title: "Nothing to ingest", detail: $"{target} has no article text.");
            if (read.Articles.Count > ArticleBodies.MaxArticles)
                return Results.Problem(statusCode: 422, title: "Too many articles", detail: $"{target} gave {read.Articles.Count} articles; at most {ArticleBodies.MaxArticles} are taken from one URL.");
            return Enqueue(http, queue, read.Articles);
        }).WithName("PostUrl").WithSummary("Fetch a web page or feed (body {\"url\": \"https://…\"}) and queue its articles for ingestion; needs the API key.")
          .Accepts<UrlRequest>("application/json")
          .Produces(StatusCodes.Status202Accepted)
          .ProducesProblem(StatusCodes.Status400BadRequest)
          .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
          .ProducesProblem(StatusCodes.Status429TooManyRequests)
          .DisableAntiforgery();

        api.MapGet("/feeds", (FeedPoller feeds) => Results.Ok(feeds.Schedule.Snapshot().Select(f => new
        {
            url = f.Url, title = f.Title, polling = f.Polling, nextPoll = f.NextPoll, lastPoll = f.LastPoll, lastResult = f.LastResult, failures = f.Failures,
            polls = f.Polls, notModified = f.NotModified, itemsQueued = f.ItemsQueued,
        }))).WithName("ListFeeds").WithSummary("The polled feeds: last result, failures in a row (the back-off), next poll, polls answered 304, items queued.");

        api.MapGet("/stories", (IStoryStore store, string? sort, string? q, int? limit, int? offset) =>
        {
            int n = Math.Clamp(limit ?? 20, 1, 200);
            if (offset is < 0) return Results.ValidationProblem(new Dictionary<string, string[]> { ["offset"] = ["offset cannot be negative"] });
            if (sort is not (null or "newest" or "sources"))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["sort"] = ["sort is newest or sources"] });
            var stories = !string.IsNullOrWhiteSpace(q) ? store.SearchStories(q, n)
                : store.ListStories(sort == "sources" ? StoryOrder.MostSources : StoryOrder.Newest, n, offset ?? 0);
            return Results.Ok(stories);
        }).WithName("ListStories").WithSummary("Stories: newest first, most sources first (sort=sources) or matching a search (q).");

        api.MapGet("/stories/{id:long}", (IStoryStore store, long id) => StoryViews.Story(store, id) is { } s ? Results.Ok(s) : NotFound("story", id.ToString()))
            .WithName("GetStory").WithSummary("A story: summary with per-sentence sources, facts, timeline, conflicts, coverage by outlet, articles, versions.");

        api.MapGet("/stories/{id:long}/new", (StoryIngestor ingestor, long id, DateTimeOffset? since, int? version) =>
        {
            if (since is null && version is null)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["since"] = ["give since (a time) or version"] });
            return StoryViews.WhatIsNew(ingestor, id, since, version) is { } v ? Results.Ok(v) : NotFound("story", id.ToString());
        }).WithName("WhatIsNew").WithSummary("An update summary: only what articles after a time or a version add.");

        api.MapGet("/articles", (IStoryStore store, string q, int? limit) => Results.Ok(store.SearchArticles(q, Math.Clamp(limit ?? 20, 1, 200)).Select(StoryViews.Ref)))
            .WithName("SearchArticles").WithSummary("Articles matching a search.");

        api.MapGet("/articles/{id}", (IStoryStore store, string id) => StoryViews.Article(store, id) is { } a ? Results.Ok(a) : NotFound("article", id))
            .WithName("GetArticle").WithSummary("An article: clean text and the lines removed, with reasons.");
    }

    /// <summary>Null when the request carries the configured key; else the 403 (no key configured) or 401 answer.</summary>
    private static IResult? Unauthorized(HttpContext http, ServerOptions options)
    {
        if (string.IsNullOrEmpty(options.ApiKey))
            return Results.Problem(statusCode: 403, title: "Writes are disabled", detail: "The server has no API key configured (Roundup:ApiKey).");
        if (!KeyMatches(http.Request.Headers[ApiKeyHeader].ToString(), options.ApiKey))
            return Results.Problem(statusCode: 401, title: "API key required", detail: $"Send the server's API key in the {ApiKeyHeader} header.");
        return null;
    }

    /// <summary>Queues the articles whole (202 with their store ids) or answers 429 (queue full) / 503 (shutting down).</summary>
    private static IResult Enqueue(HttpContext http, IngestQueue queue, IReadOnlyList<Model.Article> articles)
    {
        var ids = articles.Select(a => SqlStoryStore.ContentHash(a)[..16]).ToList();
        if (!queue.TryEnqueue(articles))
        {
            http.Response.Headers.RetryAfter = "2";
            return Results.Problem(statusCode: queue.Open ? 429 : 503, title: queue.Open ? "Ingestion queue full" : "Shutting down",
                detail: $"The queue holds {queue.Depth} of {queue.Capacity} articles; try again shortly.");
        }
        return Results.Accepted(value: new { accepted = ids, queueDepth = queue.Depth });
    }

    private static IResult NotFound(string what, string id) => Results.Problem(statusCode: 404, title: $"No such {what}", detail: $"There is no {what} '{Cut(id)}'.");

    private static IResult TooLarge(long max) => Results.Problem(statusCode: 413, title: "Body too large", detail: $"Bodies are limited to {max} bytes.");

    private static string Cut(string s) => s.Length <= 80 ? s : s[..80] + "…";

    private static bool KeyMatches(string given, string expected)
        => CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    /// <summary>Reads at most <paramref name="max"/> bytes; null when the body is longer.</summary>
    private static async Task<byte[]?> ReadBounded(Stream body, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            int n;
            try { n = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false); }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge) { return null; }
            if (n == 0) return buffer.ToArray();
            if (buffer.Length + n > max) return null;
            buffer.Write(chunk, 0, n);
        }
    }
}
