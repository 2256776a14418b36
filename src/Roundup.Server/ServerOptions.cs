namespace Roundup.Server;

/// <summary>
/// The server's settings, read from the "Roundup" section of the configuration (appsettings.json, environment
/// variables such as <c>Roundup__ApiKey</c>, command-line flags).
/// </summary>
public sealed record ServerOptions
{
    /// <summary>SQLite database file (default roundup.db) when <see cref="Postgres"/> is not set.</summary>
    public string? Db { get; init; }

    /// <summary>PostgreSQL connection string; when set, the store is PostgreSQL.</summary>
    public string? Postgres { get; init; }

    /// <summary>The key writes must carry in the X-Api-Key header. Without one, writes are refused.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Articles the ingestion queue holds before it answers 429.</summary>
    public int QueueCapacity { get; init; } = 1000;

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>A story is re-summarized once no article has joined it for this many milliseconds…</summary>
    public int QuietMilliseconds { get; init; } = 1500;

    /// <summary>…or at the latest this many milliseconds after the first article that touched it.</summary>
    public int MaxDelayMilliseconds { get; init; } = 10_000;

    /// <summary>Word budget of each summary.</summary>
    public int Words { get; init; } = 120;

    /// <summary>Feed addresses (RSS or Atom) polled on a schedule, besides those of <see cref="FeedsOpml"/>.</summary>
    public IReadOnlyList<string>? Feeds { get; init; }

    /// <summary>An OPML file whose feeds are polled (read once at start).</summary>
    public string? FeedsOpml { get; init; }

    /// <summary>Time between two polls of a feed that answered (default 15 minutes).</summary>
    public TimeSpan FeedInterval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest wait before polling a failing feed again (default 6 hours): after n failures in a row a feed waits <see cref="FeedInterval"/> × 2^n, at most this.</summary>
    public TimeSpan FeedMaxBackoff { get; init; } = TimeSpan.FromHours(6);

    /// <summary>Whether each new feed item's page (its link) is fetched for the full article; the item's own text is used when the page cannot be read or says less (default true).</summary>
    public bool FetchItemPages { get; init; } = true;

    /// <summary>Time one fetch (a feed, an item's page, a posted URL) may take, retries included (default 60 s).</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest body fetched, in bytes (default 10 MB); a longer or endless one is a failure.</summary>
    public long FetchMaxBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Retries of a failed fetch (connection error, timeout, 408, 429, 5xx) with exponential back-off (default 2).</summary>
    public int FetchRetries { get; init; } = 2;

    /// <summary>Requests at once to one host, over feeds, item pages and posted URLs together (default 2).</summary>
    public int FetchHostLimit { get; init; } = 2;

    /// <summary>Stories summarized at once by the background summary writer (default: the number of processors, at most 4); the versions are written one at a time.</summary>
    public int SummaryWorkers { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>A path (such as <c>/metrics</c>) where the metrics are served in the Prometheus text format; null (default) serves none.</summary>
    public string? PrometheusEndpoint { get; init; }

    /// <summary>An OpenTelemetry collector (OTLP over gRPC, such as <c>http://localhost:4317</c>) the metrics are pushed to; null (default) pushes nowhere. The standard <c>OTEL_EXPORTER_OTLP_*</c> variables tune the exporter.</summary>
    public string? OtlpEndpoint { get; init; }

    /// <summary>Checks the settings.</summary>
    public void Validate()
    {
        if (FeedInterval < TimeSpan.FromMilliseconds(10) || FeedMaxBackoff < FeedInterval) throw new ArgumentException("FeedInterval must be at least 10 ms and FeedMaxBackoff at least FeedInterval.");
        if (FetchTimeout <= TimeSpan.Zero) throw new ArgumentException("FetchTimeout must be positive.");
        if (FetchMaxBytes < 1024) throw new ArgumentException("FetchMaxBytes must be at least 1024.");
        if (FetchRetries is < 0 or > 10) throw new ArgumentException("FetchRetries must be between 0 and 10.");
        if (FetchHostLimit < 1) throw new ArgumentException("FetchHostLimit must be at least 1.");
        if (PrometheusEndpoint is { } p && (!p.StartsWith('/') || p.StartsWith("/api", StringComparison.Ordinal) || p is "/" or "/health"))
            throw new ArgumentException("PrometheusEndpoint must be a path such as /metrics, not / or one the API uses.");
        if (OtlpEndpoint is { } o && (!Uri.TryCreate(o, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https")))
            throw new ArgumentException("OtlpEndpoint must be an http or https URL.");
        if (SummaryWorkers is < 1 or > 64) throw new ArgumentException("SummaryWorkers must be between 1 and 64.");
        if (QueueCapacity < 1) throw new ArgumentException("QueueCapacity must be at least 1.");
        if (MaxBodyBytes < 1024) throw new ArgumentException("MaxBodyBytes must be at least 1024.");
        if (QuietMilliseconds < 0 || MaxDelayMilliseconds < QuietMilliseconds) throw new ArgumentException("QuietMilliseconds must be between 0 and MaxDelayMilliseconds.");
        if (Words < 10) throw new ArgumentException("Words must be at least 10.");
    }
}
