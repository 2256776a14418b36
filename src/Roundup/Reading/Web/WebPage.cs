namespace Roundup.Reading.Web;

/// <summary>A fetched response body, with what the server said about it.</summary>
/// <param name="RequestedUrl">The URL asked for.</param>
/// <param name="Url">The URL the body came from, after redirects.</param>
/// <param name="MediaType">The Content-Type's media type (<c>text/html</c>), or null when the server sent none.</param>
/// <param name="Charset">The Content-Type's charset, or null.</param>
/// <param name="Body">The body's bytes.</param>
public sealed record WebPage(Uri RequestedUrl, Uri Url, string? MediaType, string? Charset, byte[] Body);

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
