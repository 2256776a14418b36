using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;
using Roundup.Model;

namespace Roundup.Reading.Web;

/// <summary>
/// Reads news pages and feeds by URL. One <see cref="HttpClient"/> over a <see cref="SocketsHttpHandler"/> (bounded
/// redirects, compressed transfers, at most <see cref="WebReaderOptions.MaxConcurrencyPerHost"/> connections and
/// requests per host), wrapped in a resilience pipeline from Microsoft.Extensions.Http.Resilience: a timeout for each
/// URL, retries with exponential back-off and jitter on connection errors, timeouts, 408, 429 and 5xx (honouring
/// <c>Retry-After</c>), and a timeout for each attempt. Bodies are limited in size and media type; the text is
/// decoded with the charset of the <c>Content-Type</c> header, else the page's own declaration, else detection
/// (<see cref="TextDecoder.DecodeText"/>). A page becomes one article, a feed one article per item. Thread-safe;
/// dispose it when done.
/// </summary>
public sealed class WebReader : IDisposable
{
    /// <summary>The User-Agent sent unless <see cref="WebReaderOptions.UserAgent"/> says otherwise.</summary>
    public static readonly string DefaultUserAgent = $"Roundup/{typeof(WebReader).Assembly.GetName().Version?.ToString(3) ?? "0"} (news summarizer; .NET HttpClient)";

    private static readonly HashSet<string> TextTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml",
        "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    };

    private readonly HttpClient _client;
    private readonly SemaphoreSlim _all;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A reader with <paramref name="options"/> (default <see cref="WebReaderOptions.Default"/>).</summary>
    public WebReader(WebReaderOptions? options = null)
    {
        Options = options ?? WebReaderOptions.Default;
        Options.Validate();
        var transport = new SocketsHttpHandler
        {
            AllowAutoRedirect = Options.MaxRedirects > 0,
            MaxAutomaticRedirections = Math.Max(1, Options.MaxRedirects),
            MaxConnectionsPerServer = Options.MaxConcurrencyPerHost,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = Options.AttemptTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = Options.TotalTimeout });
        if (Options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = Options.RetryDelay,
                ShouldRetryAfterHeader = true,
            });
        }
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = Options.AttemptTimeout });
        _client = new HttpClient(new ResilienceHandler(pipeline.Build()) { InnerHandler = transport })
        {
            Timeout = Timeout.InfiniteTimeSpan, // the pipeline's timeouts apply
            MaxResponseContentBufferSize = Options.MaxBytes,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(Options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1");
        _all = new SemaphoreSlim(Options.MaxConcurrency);
    }

    /// <summary>The options in use.</summary>
    public WebReaderOptions Options { get; }

    /// <summary>Whether <paramref name="input"/> is an absolute http:// or https:// URL.</summary>
    public static bool IsUrl(string? input) =>
        input is not null
        && (input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(input, UriKind.Absolute, out var u) && u.Scheme is "http" or "https";

    /// <summary>
    /// Fetches one URL. Throws <see cref="RoundupInputException"/> with a one-line reason (after retries) when the
    /// server cannot be reached, answers with an error, redirects too often, times out, sends something that is not
    /// a page or a feed, or sends more than <see cref="WebReaderOptions.MaxBytes"/>.
    /// </summary>
    public Task<WebPage> FetchAsync(Uri url, CancellationToken cancellationToken = default) => FetchAsync(url, null, cancellationToken);

    /// <summary>
    /// Fetches one URL conditionally: <paramref name="validators"/> (from an earlier <see cref="WebPage"/>) go out as
    /// <c>If-None-Match</c> / <c>If-Modified-Since</c>, and a 304 answer comes back as a page with
    /// <see cref="WebPage.NotModified"/> set and no body. Fails as <see cref="FetchAsync(Uri, CancellationToken)"/> does.
    /// </summary>
    public async Task<WebPage> FetchAsync(Uri url, WebValidators? validators, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")) throw Fail(url, "only http and https URLs are read");
        var host = _hosts.GetOrAdd(url.Authority, _ => new SemaphoreSlim(Options.MaxConcurrencyPerHost));
        await _all.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await host.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await FetchCoreAsync(url, validators, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                host.Release();
            }
        }
        finally
        {
            _all.Release();
        }
    }

    private async Task<WebPage> FetchCoreAsync(Uri url, WebValidators? validators, CancellationToken cancellationToken)
    {
        // The pipeline bounds the wait for headers; this bounds the body too.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Options.TotalTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (!string.IsNullOrEmpty(validators?.ETag)) request.Headers.TryAddWithoutValidation("If-None-Match", validators.ETag);
            if (!string.IsNullOrEmpty(validators?.LastModified)) request.Headers.TryAddWithoutValidation("If-Modified-Since", validators.LastModified);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            int status = (int)response.StatusCode;
            var etag = response.Headers.ETag?.ToString();
            var lastModified = response.Content.Headers.TryGetValues("Last-Modified", out var lm) ? lm.FirstOrDefault() : null;
            if (status == 304 && validators is { Any: true })
            {
                return new WebPage(url, response.RequestMessage?.RequestUri ?? url, null, null, [])
                {
                    NotModified = true, ETag = etag ?? validators.ETag, LastModified = lastModified ?? validators.LastModified,
                };
            }
            if (status is >= 300 and < 400) throw Fail(url, $"more than {Options.MaxRedirects} redirect(s)");
            if (!response.IsSuccessStatusCode) throw Fail(url, $"HTTP {status} {response.ReasonPhrase}".TrimEnd());
            var type = response.Content.Headers.ContentType;
            var media = type?.MediaType?.ToLowerInvariant();
            if (media is not null && !TextTypes.Contains(media) && !media.EndsWith("+xml", StringComparison.Ordinal))
                throw Fail(url, $"not a web page or feed ({media})");
            if (response.Content.Headers.ContentLength is long length && length > Options.MaxBytes)
                throw Fail(url, $"{Megabytes(length)} MB, over the limit of {Megabytes(Options.MaxBytes)} MB");
            var stream = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var body = await ReadLimitedAsync(stream, Options.MaxBytes, deadline.Token).ConfigureAwait(false)
                    ?? throw Fail(url, $"over the limit of {Megabytes(Options.MaxBytes)} MB");
                return new WebPage(url, response.RequestMessage?.RequestUri ?? url, media, type?.CharSet, body) { ETag = etag, LastModified = lastModified };
            }
        }
        catch (TimeoutRejectedException)
        {
            throw Fail(url, "timed out");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Fail(url, $"timed out after {Options.TotalTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            throw Fail(url, Reason(e));
        }
    }

    /// <summary>Reads one URL into articles; a failure is returned as a one-line reason, not thrown.</summary>
    public async Task<WebReadResult> ReadAsync(string url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var clock = Stopwatch.StartNew();
        try
        {
            if (!IsUrl(url)) throw new RoundupInputException($"{url}: not an http or https URL.");
            var page = await FetchAsync(new Uri(url), cancellationToken).ConfigureAwait(false);
            return new WebReadResult(url, ToArticles(page), null, clock.Elapsed);
        }
        catch (RoundupInputException e)
        {
            return new WebReadResult(url, [], e.Message, clock.Elapsed);
        }
    }

    /// <summary>Reads all <paramref name="urls"/> at once (within the concurrency limits); results in the order given.</summary>
    public async Task<IReadOnlyList<WebReadResult>> ReadAllAsync(IEnumerable<string> urls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return await Task.WhenAll(urls.Select(u => ReadAsync(u, cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>
    /// Turns a fetched body into articles: a feed (by media type or content) gives one per item, plain text one,
    /// anything else is read as an HTML page. Articles without a URL or source get the page's URL and host.
    /// </summary>
    public static IReadOnlyList<Article> ToArticles(WebPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var name = page.Url.ToString();
        var text = TextDecoder.DecodeText(page.Body, name, page.Charset).Text;
        List<Article> articles = IsFeed(page.MediaType, text) ? FeedArticleReader.Read(name, text)
            : page.MediaType == "text/plain" ? [PlainTextReader.Read(name, text)]
            : [HtmlArticleReader.Read(name, text, name)];
        foreach (var a in articles)
        {
            a.Url ??= name;
            a.Source ??= page.Url.Host;
            a.Origin ??= name;
        }
        return articles;
    }

    /// <summary>Whether a fetched body is a feed (by its media type, or by its content when that says only XML or nothing): what <see cref="ToArticles"/> reads one article per item from.</summary>
    public static bool IsFeed(WebPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.NotModified) return false;
        return IsFeed(page.MediaType, TextDecoder.DecodeText(page.Body, page.Url.ToString(), page.Charset).Text);
    }

    private static bool IsFeed(string? mediaType, string text)
        => mediaType is "application/rss+xml" or "application/atom+xml" or "application/rdf+xml"
            || (mediaType is null or "text/xml" or "application/xml" && FeedArticleReader.Looks(text.AsSpan(0, Math.Min(text.Length, 4096))));

    /// <inheritdoc />
    public void Dispose()
    {
        _client.Dispose();
        _all.Dispose();
        foreach (var s in _hosts.Values) s.Dispose();
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream stream, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > max) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static string Reason(HttpRequestException e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
            if (x is SocketException s) return s.SocketErrorCode == SocketError.ConnectionRefused ? "connection refused" : s.Message;
        if (e.StatusCode is { } code) return $"HTTP {(int)code}";
        return e.Message.Split('\n')[0].TrimEnd('.');
    }

    private static RoundupInputException Fail(Uri url, string reason) => new($"{url}: {reason}.");

    private static long Megabytes(long bytes) => (bytes + (1024 * 1024) - 1) / (1024 * 1024);
}
