namespace Roundup.Store;

/// <summary>
/// Which stories need a new summary, and when: a story touched by a new article becomes due once no article has
/// touched it for <see cref="Quiet"/> (so a burst of articles gives one summary), or at the latest
/// <see cref="MaxDelay"/> after it was first touched (so a story that keeps growing is still summarized). Thread-safe.
/// </summary>
public sealed class DebouncedStories
{
    private readonly Dictionary<long, (DateTimeOffset First, DateTimeOffset Last)> _pending = [];
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();

    /// <summary>Creates the schedule.</summary>
    public DebouncedStories(TimeSpan quiet, TimeSpan maxDelay, TimeProvider? clock = null)
    {
        if (quiet < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(quiet), quiet, "The quiet time cannot be negative.");
        if (maxDelay < quiet) throw new ArgumentOutOfRangeException(nameof(maxDelay), maxDelay, "The longest delay cannot be shorter than the quiet time.");
        Quiet = quiet;
        MaxDelay = maxDelay;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>How long a story must go untouched before it is due.</summary>
    public TimeSpan Quiet { get; }

    /// <summary>The longest a touched story waits.</summary>
    public TimeSpan MaxDelay { get; }

    /// <summary>Stories waiting.</summary>
    public int Count { get { lock (_gate) return _pending.Count; } }

    /// <summary>Marks a story touched now.</summary>
    public void Touch(long story)
    {
        var now = _clock.GetUtcNow();
        lock (_gate) _pending[story] = _pending.TryGetValue(story, out var p) ? (p.First, now) : (now, now);
    }

    /// <summary>Removes and returns the stories due now (all waiting ones when <paramref name="all"/>), oldest first.</summary>
    public IReadOnlyList<long> TakeDue(bool all = false)
    {
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            var due = _pending.Where(e => all || now - e.Value.Last >= Quiet || now - e.Value.First >= MaxDelay)
                .OrderBy(e => e.Value.First).ThenBy(e => e.Key).Select(e => e.Key).ToList();
            foreach (var s in due) _pending.Remove(s);
            return due;
        }
    }
}
