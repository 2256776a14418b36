using Roundup.Reading.Web;

namespace Roundup.Server;

/// <summary>How one polled feed stands.</summary>
/// <param name="Url">The feed's address.</param>
/// <param name="Title">Its title from the OPML file, or null.</param>
/// <param name="NextPoll">When it is polled next.</param>
/// <param name="LastPoll">When it was last polled, or null.</param>
/// <param name="LastResult">What the last poll gave: "new items", "no new items", "not modified", or "failed: REASON"; null before the first.</param>
/// <param name="Failures">Failed polls in a row (0 after a success): the back-off exponent.</param>
/// <param name="Polls">Polls so far.</param>
/// <param name="NotModified">Polls answered 304 Not Modified.</param>
/// <param name="ItemsQueued">Items queued for ingestion so far.</param>
/// <param name="ETag">The validator sent as If-None-Match next time, or null.</param>
/// <param name="LastModified">The validator sent as If-Modified-Since next time, or null.</param>
/// <param name="Polling">Whether a poll is under way (then <paramref name="NextPoll"/> is when it was due).</param>
public sealed record FeedStatus(string Url, string? Title, DateTimeOffset NextPoll, DateTimeOffset? LastPoll, string? LastResult, int Failures,
    long Polls, long NotModified, long ItemsQueued, string? ETag, string? LastModified, bool Polling = false);

/// <summary>
/// When each feed is polled: a feed that answered is polled again after the interval; a feed that failed n times in a
/// row waits interval × 2^n, at most the longest back-off, so a broken feed costs little and a recovered one is back on
/// schedule after its first success. Keeps each feed's validators for conditional GET. Thread-safe.
/// </summary>
public sealed class FeedSchedule
{
    private readonly Dictionary<string, FeedStatus> _feeds = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;

    /// <summary>A schedule with every feed in <paramref name="feeds"/> due now.</summary>
    public FeedSchedule(IEnumerable<(Uri Url, string? Title)> feeds, TimeSpan interval, TimeSpan maxBackoff, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        if (interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), interval, "The interval must be positive.");
        if (maxBackoff < interval) throw new ArgumentOutOfRangeException(nameof(maxBackoff), maxBackoff, "The longest back-off cannot be shorter than the interval.");
        Interval = interval;
        MaxBackoff = maxBackoff;
        _clock = clock ?? TimeProvider.System;
        var now = _clock.GetUtcNow();
        foreach (var (url, title) in feeds)
        {
            var key = url.AbsoluteUri;
            if (_feeds.ContainsKey(key)) continue;
            _feeds[key] = new FeedStatus(key, title, now, null, null, 0, 0, 0, 0, null, null);
            _order.Add(key);
        }
    }

    /// <summary>Time between polls of a feed that answered.</summary>
    public TimeSpan Interval { get; }

    /// <summary>The longest wait of a failing feed.</summary>
    public TimeSpan MaxBackoff { get; }

    /// <summary>Feeds on the schedule.</summary>
    public int Count => _order.Count;

    /// <summary>Every feed's status, in the order given.</summary>
    public IReadOnlyList<FeedStatus> Snapshot() { lock (_gate) return [.. _order.Select(k => _feeds[k])]; }

    /// <summary>The feeds due now and not being polled, with the validators to send; they count as being polled until <see cref="Succeeded"/> or <see cref="Failed"/>.</summary>
    public IReadOnlyList<(Uri Url, WebValidators Validators)> Due()
    {
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            var due = _order.Select(k => _feeds[k]).Where(f => !f.Polling && f.NextPoll <= now).ToList();
            foreach (var f in due) _feeds[f.Url] = f with { Polling = true };
            return [.. due.Select(f => (new Uri(f.Url), new WebValidators(f.ETag, f.LastModified)))];
        }
    }

    /// <summary>How long until the next feed not being polled is due (zero when one is due; <see cref="Interval"/> when there is none).</summary>
    public TimeSpan UntilNext()
    {
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            var waiting = _order.Select(k => _feeds[k]).Where(f => !f.Polling).ToList();
            if (waiting.Count == 0) return Interval;
            var next = waiting.Min(f => f.NextPoll);
            return next <= now ? TimeSpan.Zero : next - now;
        }
    }

    /// <summary>Records a poll that answered: back on the interval, validators kept.</summary>
    public void Succeeded(Uri url, WebPage page, int itemsQueued)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(page);
        var now = _clock.GetUtcNow();
        Update(url, f => f with
        {
            NextPoll = now + Interval, LastPoll = now, Failures = 0, Polling = false, Polls = f.Polls + 1,
            NotModified = f.NotModified + (page.NotModified ? 1 : 0), ItemsQueued = f.ItemsQueued + itemsQueued,
            LastResult = page.NotModified ? "not modified" : itemsQueued > 0 ? "new items" : "no new items",
            ETag = page.ETag, LastModified = page.LastModified,
        });
    }

    /// <summary>Records a failed poll: the wait doubles, up to <see cref="MaxBackoff"/>. Returns that wait.</summary>
    public TimeSpan Failed(Uri url, string reason)
    {
        ArgumentNullException.ThrowIfNull(url);
        var now = _clock.GetUtcNow();
        var wait = TimeSpan.Zero;
        Update(url, f =>
        {
            wait = Backoff(f.Failures + 1);
            return f with { NextPoll = now + wait, LastPoll = now, Polling = false, Failures = f.Failures + 1, Polls = f.Polls + 1, LastResult = "failed: " + reason };
        });
        return wait;
    }

    /// <summary>The wait after <paramref name="failures"/> failures in a row: interval × 2^failures, at most <see cref="MaxBackoff"/>.</summary>
    public TimeSpan Backoff(int failures)
    {
        double ticks = Interval.Ticks * Math.Pow(2, Math.Min(failures, 40));
        return ticks >= MaxBackoff.Ticks ? MaxBackoff : TimeSpan.FromTicks((long)ticks);
    }

    private void Update(Uri url, Func<FeedStatus, FeedStatus> change)
    {
        lock (_gate)
        {
            var key = url.AbsoluteUri;
            if (_feeds.TryGetValue(key, out var f)) _feeds[key] = change(f);
        }
    }
}
