namespace Roundup.Reading.Web;

/// <summary>How <see cref="WebReader"/> fetches pages and feeds. The defaults suit reading a few hundred news pages.</summary>
public sealed record WebReaderOptions
{
    /// <summary>The defaults.</summary>
    public static WebReaderOptions Default { get; } = new();

    /// <summary>Time one attempt may take, headers and body (default 20 s).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Time one URL may take over all its attempts and back-off waits (default 60 s).</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after a failed attempt (a connection error, a timeout, 408, 429 or 5xx); default 2.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>Wait before the first retry, doubled for each further one, with jitter (default 0.5 s).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Pages fetched at once from one host (default 4): a news site is not hammered.</summary>
    public int MaxConcurrencyPerHost { get; init; } = 4;

    /// <summary>Pages fetched at once in all (default 16).</summary>
    public int MaxConcurrency { get; init; } = 16;

    /// <summary>Largest response body read, in bytes (default 10 MB); a larger page fails.</summary>
    public long MaxBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Redirects followed for one URL (default 5).</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>The User-Agent header sent with every request.</summary>
    public string UserAgent { get; init; } = WebReader.DefaultUserAgent;

    /// <summary>Throws <see cref="ArgumentException"/> with a user-facing message when the options make no sense.</summary>
    public void Validate()
    {
        if (AttemptTimeout <= TimeSpan.Zero || TotalTimeout <= TimeSpan.Zero) throw new ArgumentException("Web timeouts must be positive.");
        if (MaxRetries is < 0 or > 10) throw new ArgumentException($"Web retries must be between 0 and 10 (got {MaxRetries}).");
        if (RetryDelay < TimeSpan.Zero) throw new ArgumentException("The web retry delay must not be negative.");
        if (MaxConcurrencyPerHost <= 0 || MaxConcurrency <= 0) throw new ArgumentException("Web concurrency limits must be positive.");
        if (MaxBytes <= 0) throw new ArgumentException("The web page size limit must be positive.");
        if (MaxRedirects is < 0 or > 50) throw new ArgumentException($"Web redirects must be between 0 and 50 (got {MaxRedirects}).");
        if (string.IsNullOrWhiteSpace(UserAgent)) throw new ArgumentException("The User-Agent must not be empty.");
    }
}
