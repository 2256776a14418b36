namespace Roundup.Reading;

/// <summary>
/// Standard input, or a pipe, as <see cref="InputLoader"/> reads it: the loader looks at its first bytes, and when the
/// input is not JSON lines it takes the bytes whole and decodes them as a file is decoded (a byte-order mark, then
/// <see cref="InputOptions.Charset"/>, then the page's <c>&lt;meta charset&gt;</c> or XML declaration, then detection;
/// see <see cref="TextDecoder.DecodeText"/>). JSON lines (batches, article lines) are streamed as UTF-8 text. Read as a
/// plain <see cref="TextReader"/>, it is UTF-8 with Windows-1252 for invalid bytes, honouring a byte-order mark.
/// </summary>
public sealed class StreamInputReader : TextReader
{
    private readonly Stream _stream;
    private byte[] _head = [];
    private int _headLength;
    private int _headPosition;
    private bool _ended;
    private StreamReader? _text;

    /// <summary>Reads <paramref name="stream"/>, which it owns (disposing the reader disposes it).</summary>
    public StreamInputReader(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    /// <summary>Whether it has been read as text, so its bytes can no longer be had whole.</summary>
    internal bool TextStarted => _text is not null;

    /// <summary>Up to <paramref name="count"/> first bytes, without consuming them (fewer when the input is shorter).</summary>
    internal ReadOnlySpan<byte> PeekBytes(int count)
    {
        if (_text is not null) throw new InvalidOperationException("The input is already being read as text.");
        if (_head.Length < count) Array.Resize(ref _head, count);
        while (_headLength < count && !_ended)
        {
            int n = _stream.Read(_head, _headLength, count - _headLength);
            if (n == 0) _ended = true;
            _headLength += n;
        }
        return _head.AsSpan(_headPosition, Math.Min(count, _headLength) - _headPosition);
    }

    /// <summary>All the bytes (those peeked included), or null when there are more than <paramref name="maxBytes"/>.</summary>
    internal byte[]? ReadAllBytes(long maxBytes)
    {
        if (_text is not null) throw new InvalidOperationException("The input is already being read as text.");
        using var all = new MemoryStream();
        all.Write(_head, _headPosition, _headLength - _headPosition);
        _headPosition = _headLength;
        var buffer = new byte[1 << 16];
        while (!_ended)
        {
            int n = _stream.Read(buffer, 0, buffer.Length);
            if (n == 0) { _ended = true; break; }
            if (all.Length + n > maxBytes) return null;
            all.Write(buffer, 0, n);
        }
        return all.Length > maxBytes ? null : all.ToArray();
    }

    private StreamReader Text => _text ??= new StreamReader(new HeadThenRest(this), TextDecoder.Utf8WithWindows1252Fallback, detectEncodingFromByteOrderMarks: true);

    /// <inheritdoc />
    public override int Peek() => Text.Peek();

    /// <inheritdoc />
    public override int Read() => Text.Read();

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Text.Read(buffer, index, count);

    /// <inheritdoc />
    public override int Read(Span<char> buffer) => Text.Read(buffer);

    /// <inheritdoc />
    public override string? ReadLine() => Text.ReadLine();

    /// <inheritdoc />
    public override string ReadToEnd() => Text.ReadToEnd();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _text?.Dispose();
            _stream.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>The bytes peeked but not taken, then the rest of the stream.</summary>
    private sealed class HeadThenRest(StreamInputReader owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int left = owner._headLength - owner._headPosition;
            if (left > 0)
            {
                int n = Math.Min(left, buffer.Length);
                owner._head.AsSpan(owner._headPosition, n).CopyTo(buffer);
                owner._headPosition += n;
                return n;
            }
            return owner._ended ? 0 : owner._stream.Read(buffer);
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
