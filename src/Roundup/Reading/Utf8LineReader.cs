using System.Buffers;
using System.Text;

namespace Roundup.Reading;

/// <summary>
/// Reads a stream line by line as UTF-8 bytes without decoding to strings, with a buffer that grows only for very
/// long lines. A UTF-8 BOM is skipped; a UTF-16 stream (by BOM) is transcoded to UTF-8 on the fly.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _first = true;

    public Utf8LineReader(Stream stream, int bufferSize = 1 << 16)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
    }

    /// <summary>Longest line kept, in bytes; a longer one is skipped without being buffered and reported by <see cref="LastLineTooLong"/>.</summary>
    public long MaxLineBytes { get; init; } = long.MaxValue;

    /// <summary>Whether the line last returned was over <see cref="MaxLineBytes"/> (it is then returned empty).</summary>
    public bool LastLineTooLong { get; private set; }

    /// <summary>Bytes in the line last returned, counted even when it was too long to keep.</summary>
    public long LastLineBytes { get; private set; }

    /// <summary>Bytes consumed from the underlying stream so far (for progress).</summary>
    public long BytesRead { get; private set; }

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line (without its CR/LF); the memory is valid until the next call.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        int scanFrom = _start;
        long skipped = 0; // bytes of an over-long line already thrown away
        LastLineTooLong = false;
        while (true)
        {
            int nl = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (nl >= 0)
            {
                LastLineBytes = skipped + nl - _start;
                line = skipped > 0 || LastLineBytes > MaxLineBytes ? Skip() : Trim(_start, nl);
                _start = nl + 1;
                LineNumber++;
                return true;
            }
            if (_eof)
            {
                if (_start < _end || skipped > 0)
                {
                    LastLineBytes = skipped + _end - _start;
                    line = skipped > 0 || LastLineBytes > MaxLineBytes ? Skip() : Trim(_start, _end);
                    _start = _end;
                    LineNumber++;
                    return true;
                }
                line = default;
                return false;
            }
            if (_end - _start > MaxLineBytes)
            {
                // Over the limit: drop what is buffered and go on looking for the end of the line, in constant memory.
                skipped += _end - _start;
                _start = _end;
            }
            scanFrom = _end - _start;
            Fill();
        }
    }

    private ReadOnlyMemory<byte> Skip()
    {
        LastLineTooLong = true;
        return ReadOnlyMemory<byte>.Empty;
    }

    private ReadOnlyMemory<byte> Trim(int from, int to)
    {
        if (to > from && _buffer[to - 1] == (byte)'\r') to--;
        return new ReadOnlyMemory<byte>(_buffer, from, to - from);
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        int n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0) { _eof = true; return; }
        BytesRead += n;
        _end += n;
        if (_first)
        {
            _first = false;
            if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF) _start = 3;
        }
    }

    /// <summary>Opens <paramref name="stream"/> for line reading, transcoding UTF-16 (by BOM) to UTF-8.</summary>
    public static Utf8LineReader Open(Stream stream, long maxLineBytes = long.MaxValue)
    {
        if (stream.CanSeek && stream.Length >= 2)
        {
            Span<byte> head = stackalloc byte[2];
            stream.ReadExactly(head);
            stream.Position = 0;
            Encoding? wide = head[0] == 0xFF && head[1] == 0xFE ? Encoding.Unicode : head[0] == 0xFE && head[1] == 0xFF ? Encoding.BigEndianUnicode : null;
            if (wide is not null)
            {
                stream.Position = 2;
                return new Utf8LineReader(Encoding.CreateTranscodingStream(stream, wide, Encoding.UTF8, leaveOpen: true)) { MaxLineBytes = maxLineBytes };
            }
        }
        return new Utf8LineReader(stream) { MaxLineBytes = maxLineBytes };
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
