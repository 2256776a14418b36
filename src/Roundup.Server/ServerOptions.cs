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

    /// <summary>Checks the settings.</summary>
    public void Validate()
    {
        if (QueueCapacity < 1) throw new ArgumentException("QueueCapacity must be at least 1.");
        if (MaxBodyBytes < 1024) throw new ArgumentException("MaxBodyBytes must be at least 1024.");
        if (QuietMilliseconds < 0 || MaxDelayMilliseconds < QuietMilliseconds) throw new ArgumentException("QuietMilliseconds must be between 0 and MaxDelayMilliseconds.");
        if (Words < 10) throw new ArgumentException("Words must be at least 10.");
    }
}
