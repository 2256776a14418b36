using System.Text;

namespace Roundup.Reading;

/// <summary>
/// Reads lines from a <see cref="TextReader"/> (standard input, a pipe) with a cap on their length: a line over
/// the cap is consumed without being kept, in constant memory, and reported by <see cref="LastLineTooLong"/>.
/// <see cref="TextReader.ReadLine"/> has no such cap, so one endless line would take all memory.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, long maxLineChars)
{
    /// <summary>When set, a line that holds a NUL character ends at the end of the block it was found in (binary input is told at once).</summary>
    public bool StopAtNul { get; set; }

    /// <summary>Longest line kept, in characters.</summary>
    public long MaxLineChars { get; set; } = maxLineChars;

    private readonly char[] _buffer = new char[1 << 15];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Characters consumed so far, line ends included.</summary>
    public long CharsRead { get; private set; }

    /// <summary>Whether the line last returned was over the cap (it is then returned empty).</summary>
    public bool LastLineTooLong { get; private set; }

    /// <summary>Length of the line last returned, counted even when it was too long to keep.</summary>
    public long LastLineChars { get; private set; }

    /// <summary>The next line without its line end, or null at the end of the input.</summary>
    public string? ReadLine()
    {
        var sb = new StringBuilder();
        long length = 0;
        LastLineTooLong = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_eof || !Fill())
                {
                    if (!_pendingLine) return null;
                    return Finish(sb, length);
                }
            }
            _pendingLine = true;
            int nl = Array.IndexOf(_buffer, '\n', _start, _end - _start);
            int stop = nl >= 0 ? nl : _end;
            int count = stop - _start;
            length += count;
            if (length > MaxLineChars) { LastLineTooLong = true; sb.Clear(); }
            else sb.Append(_buffer, _start, count);
            CharsRead += count;
            _start = stop;
            if (StopAtNul && !LastLineTooLong && Array.IndexOf(_buffer, '\0', stop - count, count) >= 0) return Finish(sb, length);
            if (nl >= 0)
            {
                _start++;
                CharsRead++;
                return Finish(sb, length);
            }
        }
    }

    private bool _pendingLine;

    private string Finish(StringBuilder sb, long length)
    {
        _pendingLine = false;
        LineNumber++;
        LastLineChars = length;
        if (LastLineTooLong) return "";
        if (sb.Length > 0 && sb[^1] == '\r') sb.Length--;
        return sb.ToString();
    }

    /// <summary>Everything left (buffered and unread), or null when it is over <paramref name="maxChars"/>.</summary>
    public string? ReadToEnd(long maxChars)
    {
        var sb = new StringBuilder();
        while (true)
        {
            if (_start == _end && (_eof || !Fill())) return sb.ToString();
            sb.Append(_buffer, _start, _end - _start);
            CharsRead += _end - _start;
            _start = _end;
            if (sb.Length > maxChars) return null;
            // A flood of NUL characters (a device, a binary stream) is refused at once, not after the size limit.
            if (sb.Length <= _buffer.Length && sb.ToString().Contains('\0', StringComparison.Ordinal)) return sb.ToString();
        }
    }

    private bool Fill()
    {
        int n = reader.Read(_buffer, 0, _buffer.Length);
        _start = 0;
        _end = Math.Max(0, n);
        if (n <= 0) _eof = true;
        return n > 0;
    }
}
