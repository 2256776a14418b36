using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Roundup.Model;
using Roundup.Reading;
using Roundup.Reading.Web;

namespace Roundup.Server;

/// <summary>
/// Polls the configured feeds (<see cref="ServerOptions.Feeds"/> and the OPML file <see cref="ServerOptions.FeedsOpml"/>)
/// on their <see cref="FeedSchedule"/>: each poll is a conditional GET (the ETag and Last-Modified of the last answer
/// go back as If-None-Match and If-Modified-Since; 304 means nothing to do) through the server's one
/// <see cref="WebReader"/>, so the per-host limit, timeouts, retries and body limit hold for feeds, item pages and
/// posted URLs together. Items not seen in an earlier answer of the feed have their page fetched
/// (<see cref="FeedItemPages"/>) and go into the ingestion queue like posted articles (cleaned, stored once,
/// clustered; only the stories they touch are summarized again). A feed that fails (unreachable, an error status, not
/// a feed, too large, endless, too slow) is logged and waits twice as long each time, up to the longest back-off.
/// </summary>
public sealed partial class FeedPoller : BackgroundService
{
    private readonly WebReader _reader;
    private readonly IngestQueue _queue;
    private readonly ServerOptions _options;
    private readonly ILogger<FeedPoller> _log;
    private readonly Counter<long> _polls;
    private readonly Counter<long> _items;
    private readonly Dictionary<string, HashSet<string>> _seen = new(StringComparer.Ordinal);

    /// <summary>Creates the poller; the feeds are read from the options (the OPML file now).</summary>
    public FeedPoller(WebReader reader, IngestQueue queue, ServerOptions options, ServerMetrics metrics, ILogger<FeedPoller> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        _reader = reader;
        _queue = queue;
        _options = options;
        _log = log;
        var feeds = new List<(Uri, string?)>();
        foreach (var f in options.Feeds ?? [])
        {
            if (!Uri.TryCreate(f, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https"))
                throw new ArgumentException($"The feed address '{f}' is not an http or https URL.");
            feeds.Add((u, null));
        }
        if (!string.IsNullOrEmpty(options.FeedsOpml))
            feeds.AddRange(OpmlReader.ReadFile(options.FeedsOpml).Select(s => (s.Url, s.Title)));
        Schedule = new FeedSchedule(feeds, options.FeedInterval, options.FeedMaxBackoff);
        _polls = metrics.Meter.CreateCounter<long>("roundup.feeds.polls", description: "Feed polls, tagged with their result (new, not_modified, unchanged, failed).");
        _items = metrics.Meter.CreateCounter<long>("roundup.feeds.items", description: "Feed items queued for ingestion.");
    }

    /// <summary>The feeds and how each stands.</summary>
    public FeedSchedule Schedule { get; }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Schedule.Count == 0) return;
        LogStarting(Schedule.Count, _options.FeedInterval);
        // Each poll runs on its own, so a slow feed (or one with many new item pages) holds up no other.
        var polls = new List<Task>();
        using var finished = new SemaphoreSlim(0);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var (url, validators) in Schedule.Due())
                polls.Add(PollAsync(url, validators, stoppingToken).ContinueWith(_ => finished.Release(), TaskScheduler.Default));
            polls.RemoveAll(t => t.IsCompleted);
            var wait = Schedule.UntilNext();
            if (wait < TimeSpan.FromMilliseconds(10)) wait = TimeSpan.FromMilliseconds(10);
            try
            {
                // Woken early when a poll ends: its feed's next time is known only then.
                await finished.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        await Task.WhenAll(polls).ConfigureAwait(false);
    }

    private async Task PollAsync(Uri url, WebValidators validators, CancellationToken stoppingToken)
    {
        try
        {
            var page = await _reader.FetchAsync(url, validators.Any ? validators : null, stoppingToken).ConfigureAwait(false);
            if (page.NotModified)
            {
                Schedule.Succeeded(url, page, 0);
                _polls.Add(1, new KeyValuePair<string, object?>("result", "not_modified"));
                return;
            }
            if (!WebReader.IsFeed(page)) throw new RoundupInputException($"{url}: not an RSS or Atom feed ({page.MediaType ?? "no media type"}).");
            var items = WebReader.ToArticles(page);
            IReadOnlyList<Article> fresh = Fresh(url, items);
            if (fresh.Count > 0 && _options.FetchItemPages)
            {
                var failures = new List<string>();
                fresh = await FeedItemPages.ReadAsync(_reader, fresh, failures, stoppingToken).ConfigureAwait(false);
                foreach (var f in failures) LogItemPageFailed(url, f);
            }
            int queued = await EnqueueAsync(fresh, stoppingToken).ConfigureAwait(false);
            Remember(url, items);
            Schedule.Succeeded(url, page, queued);
            _items.Add(queued);
            _polls.Add(1, new KeyValuePair<string, object?>("result", queued > 0 ? "new" : "unchanged"));
            if (queued > 0) LogQueued(url, queued);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (RoundupInputException e)
        {
            var wait = Schedule.Failed(url, e.Message);
            _polls.Add(1, new KeyValuePair<string, object?>("result", "failed"));
            LogFailed(url, e.Message, Schedule.Snapshot().FirstOrDefault(s => s.Url == url.AbsoluteUri)?.Failures ?? 0, wait);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var wait = Schedule.Failed(url, e.GetType().Name);
            _polls.Add(1, new KeyValuePair<string, object?>("result", "failed"));
            LogError(e, url, wait);
        }
    }

    /// <summary>The items not in the feed's previous answer (by id and text).</summary>
    private List<Article> Fresh(Uri url, IReadOnlyList<Article> items)
    {
        lock (_seen)
        {
            _seen.TryGetValue(url.AbsoluteUri, out var seen);
            return [.. items.Where(a => seen is null || !seen.Contains(Key(a)))];
        }
    }

    /// <summary>Keeps the keys of the feed's current items only, so memory follows the feed's size.</summary>
    private void Remember(Uri url, IReadOnlyList<Article> items)
    {
        lock (_seen) _seen[url.AbsoluteUri] = [.. items.Select(Key)];
    }

    private static string Key(Article a) => a.Id + "\n" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(a.RawText)));

    /// <summary>Queues the articles, waiting while the queue is full; returns how many went in (fewer when the server stops).</summary>
    private async Task<int> EnqueueAsync(IReadOnlyList<Article> articles, CancellationToken stoppingToken)
    {
        int done = 0;
        while (done < articles.Count)
        {
            var chunk = articles.Skip(done).Take(Math.Max(1, Math.Min(100, _queue.Capacity))).ToList();
            while (!_queue.TryEnqueue(chunk))
            {
                if (!_queue.Open) return done;
                await Task.Delay(200, stoppingToken).ConfigureAwait(false);
            }
            done += chunk.Count;
        }
        return done;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polling {Count} feeds every {Interval}")]
    private partial void LogStarting(int count, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Url}: {Count} new items queued")]
    private partial void LogQueued(Uri url, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Url} failed ({Reason}); {Failures} failures in a row, next try in {Wait}")]
    private partial void LogFailed(Uri url, string reason, int failures, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling feed {Url} failed unexpectedly; next try in {Wait}")]
    private partial void LogError(Exception e, Uri url, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Url}: an item's page could not be read, its feed text is used ({Reason})")]
    private partial void LogItemPageFailed(Uri url, string reason);
}
