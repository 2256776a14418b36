namespace Roundup.Reading.Web;

/// <summary>A fetched response body, with what the server said about it.</summary>
/// <param name="RequestedUrl">The URL asked for.</param>
/// <param name="Url">The URL the body came from, after redirects.</param>
/// <param name="MediaType">The Content-Type's media type (<c>text/html</c>), or null when the server sent none.</param>
/// <param name="Charset">The Content-Type's charset, or null.</param>
/// <param name="Body">The body's bytes.</param>
public sealed record WebPage(Uri RequestedUrl, Uri Url, string? MediaType, string? Charset, byte[] Body)
{
    /// <summary>The response's <c>ETag</c> header, or null: send it back as <see cref="WebValidators.ETag"/>.</summary>
    public string? ETag { get; init; }

    /// <summary>The response's <c>Last-Modified</c> header as sent, or null: send it back as <see cref="WebValidators.LastModified"/>.</summary>
    public string? LastModified { get; init; }

    /// <summary>Whether the server answered 304 Not Modified to a conditional request (then <see cref="Body"/> is empty and the validators are those sent, unless the server gave new ones).</summary>
    public bool NotModified { get; init; }
}

/// <summary>What a conditional GET sends: the validators of the copy already held (RFC 9110 section 13).</summary>
/// <param name="ETag">Sent as <c>If-None-Match</c> when not null.</param>
/// <param name="LastModified">Sent as <c>If-Modified-Since</c> when not null.</param>
public sealed record WebValidators(string? ETag, string? LastModified)
{
    /// <summary>Whether there is anything to send.</summary>
    public bool Any => !string.IsNullOrEmpty(ETag) || !string.IsNullOrEmpty(LastModified);
}

/// <summary>What reading one URL gave: its articles, or a one-line reason it failed.</summary>
/// <param name="Url">The URL as given.</param>
/// <param name="Articles">The articles read (a page gives one, a feed one per item); empty on failure.</param>
/// <param name="Error">Why it failed (one line), or null.</param>
/// <param name="Elapsed">Time spent on it, retries included.</param>
public sealed record WebReadResult(string Url, IReadOnlyList<Model.Article> Articles, string? Error, TimeSpan Elapsed)
{
    /// <summary>Whether the URL gave articles.</summary>
    public bool Succeeded => Error is null;
}
