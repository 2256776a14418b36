using System.Text;
using Microsoft.Win32.SafeHandles;
using Roundup.Reading;

namespace Roundup.Cli;

/// <summary>
/// Standard output as the CLI writes it: text is held until <see cref="Flush"/> and then written with one
/// <c>write</c> call, so each record (a cluster's summary, a JSON line) reaches a file or pipe whole: two runs
/// appending to one file do not interleave inside a line, and an interrupted run never leaves half a line. A
/// closed pipe (<c>| head -1</c>) raises <see cref="BrokenPipeException"/> so the run stops at once; any other
/// failure to write (disk full, standard output closed) raises <see cref="RoundupOutputException"/>.
/// </summary>
internal sealed class OutputWriter : TextWriter
{
    /// <summary>Text held past this size is written at the next line end, to bound memory on huge outputs.</summary>
    private const int SoftLimit = 4 << 20;

    /// <summary>Linux's EPIPE: the reader of a pipe has gone (the runtime ignores SIGPIPE, so write returns it).</summary>
    private const int BrokenPipe = 32;

    private readonly Stream? _stream;
    private readonly string _name;
    private readonly string? _unusable;
    private readonly StringBuilder _pending = new();
    private readonly Action? _onBrokenPipe;

    /// <summary>A writer over <paramref name="stream"/>; <paramref name="name"/> names it in errors.</summary>
    public OutputWriter(Stream stream, string name, Action? onBrokenPipe = null)
    {
        _stream = stream;
        _name = name;
        _onBrokenPipe = onBrokenPipe;
    }

    private OutputWriter(string name, string unusable)
    {
        _name = name;
        _unusable = unusable;
    }

    /// <inheritdoc />
    public override Encoding Encoding { get; } = new UTF8Encoding(false);

    /// <summary>
    /// Standard output (descriptor 1), or a writer that fails with a clear message on first use when descriptor 1
    /// is closed (<c>&gt;&amp;-</c>) or is the runtime's own pipe that took its place.
    /// </summary>
    public static OutputWriter StandardOutput(Action? onBrokenPipe)
    {
        const string name = "standard output";
        if (StandardStreams.IsClosed(1)) return new OutputWriter(name, "standard output is closed");
        try
        {
            // On Unix, descriptor 1 itself: the console stream the runtime offers ignores EPIPE, so a closed pipe would go unnoticed.
            Stream stream = OperatingSystem.IsWindows() ? Console.OpenStandardOutput() : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 1);
            return new OutputWriter(stream, name, onBrokenPipe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new OutputWriter(name, $"standard output cannot be written ({e.Message.TrimEnd('.')})");
        }
    }

    /// <inheritdoc />
    public override void Write(char value) => _pending.Append(value);

    /// <inheritdoc />
    public override void Write(string? value)
    {
        _pending.Append(value);
        if (_pending.Length > SoftLimit && value is { Length: > 0 } && value[^1] == '\n') Flush();
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => _pending.Append(buffer, index, count);

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer) => _pending.Append(buffer);

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        _pending.Append(value).Append('\n');
        if (_pending.Length > SoftLimit) Flush();
    }

    /// <summary>Writes everything held with one write call.</summary>
    public override void Flush()
    {
        if (_pending.Length == 0) return;
        if (_unusable is not null) { _pending.Clear(); throw new RoundupOutputException($"cannot write the output: {_unusable}."); }
        var bytes = Encoding.GetBytes(_pending.ToString());
        _pending.Clear();
        try
        {
            _stream!.Write(bytes);
            _stream.Flush();
        }
        catch (IOException e) when (e.HResult == BrokenPipe || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase))
        {
            _onBrokenPipe?.Invoke();
            throw new BrokenPipeException(e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            throw new RoundupOutputException($"cannot write {_name}: {e.Message.TrimEnd('.')}.", e);
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) _stream?.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>The reader of standard output has gone (a closed pipe): the run stops quietly with exit code 141.</summary>
internal sealed class BrokenPipeException(Exception inner) : IOException("The output pipe was closed.", inner);

/// <summary>Output that cannot be written (disk full, a closed or unwritable output): one line on stderr, exit 2.</summary>
internal sealed class RoundupOutputException(string message, Exception? inner = null) : IOException(message, inner);

/// <summary>Facts about the process's standard descriptors that the runtime does not tell.</summary>
internal static class StandardStreams
{
    /// <summary>
    /// Whether descriptor <paramref name="fd"/> (0 or 1) was closed when the process started. The .NET runtime opens
    /// a pipe of its own at start-up, which takes the lowest free descriptors; with standard input closed
    /// (<c>&lt;&amp;-</c>) that pipe becomes descriptor 0 and reading it waits forever. Told on Linux by the
    /// descriptor being absent, open the wrong way (standard input write-only, standard output read-only), or being
    /// a pipe whose other end this process also holds: a real pipe's other end is in another process (descriptors
    /// the runtime duplicates from 0 and 1 are the same end, so they do not count). Elsewhere: false.
    /// </summary>
    public static bool IsClosed(int fd)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            var self = $"/proc/self/fd/{fd}";
            var target = new FileInfo(self).LinkTarget;
            if (target is null) return !Path.Exists(self);
            int mode = AccessMode(fd);
            bool wantRead = fd == 0;
            if (mode >= 0 && (wantRead ? mode == 1 : mode == 0)) return true;
            if (!target.StartsWith("pipe:", StringComparison.Ordinal)) return false;
            foreach (var other in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                if (!int.TryParse(Path.GetFileName(other), out int n) || n == fd) continue;
                string? link;
                try { link = new FileInfo(other).LinkTarget; }
                catch (IOException) { continue; }
                if (link != target) continue;
                int m = AccessMode(n);
                // The other end of our own pipe: writable beside a read end, readable beside a write end.
                if (wantRead ? m is 1 or 2 : m == 0) return true;
            }
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>O_RDONLY (0), O_WRONLY (1) or O_RDWR (2) of a descriptor, from /proc/self/fdinfo; -1 when unknown.</summary>
    private static int AccessMode(int fd)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/self/fdinfo/{fd}"))
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                    return (int)(Convert.ToInt64(line[6..].Trim(), 8) & 3);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }
        return -1;
    }

    /// <summary>A reader for a closed standard input: reading it is an input error, not an endless wait.</summary>
    public sealed class ClosedReader : TextReader
    {
        private static RoundupInputException Closed() => new("Standard input is closed: name the files to read, or pipe text in.");

        /// <inheritdoc />
        public override int Peek() => throw Closed();

        /// <inheritdoc />
        public override int Read() => throw Closed();

        /// <inheritdoc />
        public override int Read(char[] buffer, int index, int count) => throw Closed();

        /// <inheritdoc />
        public override string? ReadLine() => throw Closed();

        /// <inheritdoc />
        public override string ReadToEnd() => throw Closed();
    }
}
