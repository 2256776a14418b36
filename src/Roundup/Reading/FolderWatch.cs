using System.Runtime.CompilerServices;

namespace Roundup.Reading;

/// <summary>
/// Watches one folder for files that arrive or change, and reports each once it has settled (its size and time of
/// last write unchanged for <see cref="Interval"/>), so a file still being written is not read half-way.
/// The first report holds the files already there. Subfolders, hidden files (a name starting with '.') and backup
/// files (a name ending with '~') are left alone: write a file under a hidden name and rename it when complete to
/// be sure it is read whole. The folder is looked at every <see cref="Interval"/>, and at once when the operating
/// system reports a change (FileSystemWatcher), so no notification limit can make it miss a file.
/// </summary>
public sealed class FolderWatch : IDisposable
{
    private readonly FileSystemWatcher? _watcher;
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private readonly Dictionary<string, (long Length, DateTime Written)> _reported = new(StringComparer.Ordinal);
    private Dictionary<string, ((long Length, DateTime Written) State, long Since)> _seen = new(StringComparer.Ordinal);

    /// <summary>Watches <paramref name="folder"/>, looking every <paramref name="interval"/> (default 0.5 s).</summary>
    public FolderWatch(string folder, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder)) throw new RoundupInputException($"{folder}: no such folder to watch.");
        Folder = Path.GetFullPath(folder);
        Interval = interval ?? TimeSpan.FromMilliseconds(500);
        if (Interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), interval, "The interval must be positive.");
        try
        {
            _watcher = new FileSystemWatcher(Folder) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            _watcher.Created += (_, _) => Wake();
            _watcher.Changed += (_, _) => Wake();
            _watcher.Renamed += (_, _) => Wake();
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            _watcher?.Dispose();
            _watcher = null; // looking every interval is enough
        }
    }

    /// <summary>The folder watched (full path).</summary>
    public string Folder { get; }

    /// <summary>Time between two looks at the folder.</summary>
    public TimeSpan Interval { get; }

    /// <summary>
    /// The settled files that are new or changed since they were last reported, a batch at a time (names sorted), until
    /// <paramref name="cancellationToken"/> is cancelled; then it ends without throwing.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<string>> ChangesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = Look();
            if (batch.Count > 0) yield return batch;
            try
            {
                await _wake.WaitAsync(Interval, cancellationToken).ConfigureAwait(false);
                // A burst of notifications is one look; the settling check needs a second one an interval later.
                while (_wake.CurrentCount > 0) await _wake.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }

    /// <summary>Looks at the folder once: the files settled since the previous look and not reported in this state.</summary>
    private List<string> Look()
    {
        var clock = Environment.TickCount64;
        var now = new Dictionary<string, ((long Length, DateTime Written) State, long Since)>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Folder))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith('~')) continue;
            try
            {
                var info = new FileInfo(path);
                if ((info.Attributes & (FileAttributes.Directory | FileAttributes.Device)) != 0) continue;
                var state = (info.Length, info.LastWriteTimeUtc);
                now[path] = (state, _seen.TryGetValue(path, out var before) && before.State == state ? before.Since : clock);
            }
            catch (IOException)
            {
                // Gone or unreadable since it was listed: looked at again next time.
            }
        }
        var settled = now.Where(e => clock - e.Value.Since >= (long)Interval.TotalMilliseconds
                && (!_reported.TryGetValue(e.Key, out var r) || r != e.Value.State))
            .Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
        foreach (var path in settled) _reported[path] = now[path].State;
        foreach (var gone in _reported.Keys.Where(k => !now.ContainsKey(k)).ToList()) _reported.Remove(gone);
        _seen = now;
        return settled;
    }

    private void Wake()
    {
        try { _wake.Release(); }
        catch (ObjectDisposedException) { }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _watcher?.Dispose();
        _wake.Dispose();
    }
}
