using System.Text;

namespace Roundup.Reading;

/// <summary>
/// Decodes bytes to text: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise BOM-less UTF-16 is recognised by its
/// zero bytes, valid UTF-8 is read as UTF-8, and anything else as Windows-1252 (the Latin-1 superset that web
/// pages and Windows editors actually write, with curly quotes and dashes in 0x80–0x9F). Text that was
/// double-encoded (UTF-8 read as Windows-1252, "â€™") is repaired when the repair is unambiguous.
/// </summary>
public static class TextDecoder
{
    /// <summary>Largest file read whole, in bytes; JSON-lines batches are streamed and not limited.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Windows-1252 characters for bytes 0x80–0x9F; the five undefined bytes keep their C1 code.</summary>
    private static readonly char[] Cp1252High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>
    /// UTF-8 in which each byte that is not part of a valid UTF-8 sequence is read as Windows-1252: right for
    /// UTF-8 text, for Windows-1252 text, and for the mixture that pasted text sometimes is. Usable on streams
    /// (standard input), since the fallback works byte by byte.
    /// </summary>
    public static Encoding Utf8WithWindows1252Fallback { get; } = CreateFallbackEncoding();

    private static Encoding CreateFallbackEncoding()
    {
        var e = (Encoding)new UTF8Encoding(false).Clone();
        e.DecoderFallback = new Windows1252Fallback();
        return e;
    }

    /// <summary>Reads and decodes a file, refusing binary files and files over <paramref name="maxBytes"/>.</summary>
    public static string ReadFile(string path, long maxBytes = MaxFileBytes)
    {
        var bytes = ReadBytes(path, maxBytes);
        return Decode(bytes, path);
    }

    /// <summary>Reads a file's bytes with user-facing errors for unusable paths, unreadable files and size.</summary>
    public static byte[] ReadBytes(string path, long maxBytes = MaxFileBytes)
    {
        FileInfo info;
        try { info = new FileInfo(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        { throw new RoundupInputException($"Not a usable path: {path}", e); }
        if (!info.Exists) throw new RoundupInputException($"No such file or folder: {path}");
        if (info.Length > maxBytes)
            throw new RoundupInputException($"{path} is {Megabytes(info.Length)} MB; the limit for one file is {Megabytes(maxBytes)} MB (only JSON-lines cluster batches are streamed without limit). Split the file.");
        try { return File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new RoundupInputException($"Cannot read {path}: {e.Message}", e); }
    }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="name"/> is used in error messages.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (bytes.IndexOf((byte)0) >= 0)
        {
            if (GuessBomlessUtf16(bytes) is { } wide) return wide.GetString(bytes);
            throw new RoundupInputException($"{name} looks like a binary file, not text.");
        }
        if (LooksBinary(bytes)) throw new RoundupInputException($"{name} looks like a binary file, not text.");
        // Valid UTF-8 is UTF-8; otherwise the bytes that are not UTF-8 are read as Windows-1252, one by one, so a
        // Windows-1252 file and a UTF-8 file with a few stray Windows-1252 bytes both decode without mojibake.
        return RepairMojibake(Utf8WithWindows1252Fallback.GetString(bytes));
    }

    /// <summary>Decodes bytes as Windows-1252 (Latin-1 with the 0x80–0x9F printable characters).</summary>
    public static string DecodeWindows1252(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (span, src) =>
        {
            for (int i = 0; i < src.Length; i++)
            {
                byte b = src[i];
                span[i] = b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
            }
        });
    }

    /// <summary>
    /// Undoes double encoding (UTF-8 bytes that were read as Windows-1252 and written again as UTF-8, giving
    /// "â€™" for "’" or "Ã©" for "é") when re-encoding the text gives valid UTF-8 that has fewer such sequences.
    /// Text without the telltale sequences is returned unchanged (the same instance).
    /// </summary>
    public static string RepairMojibake(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int before = CountMojibake(text);
        if (before == 0) return text;
        var bytes = new byte[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            int b = ToWindows1252(text[i]);
            if (b < 0) return text; // a character Windows-1252 cannot hold: not a clean double encoding
            bytes[i] = (byte)b;
        }
        string repaired;
        try { repaired = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return text; }
        return CountMojibake(repaired) < before ? repaired : text;
    }

    /// <summary>Counts telltale double-encoding sequences: "â€", and "Ã" or "Â" followed by a Latin-1 symbol or letter.</summary>
    public static int CountMojibake(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int n = 0;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            char c = text[i], d = text[i + 1];
            if (c == 'â' && (d == '€' || d == '\u0080')) n++;
            else if ((c == 'Ã' || c == 'Â') && d is >= '\u0080' and <= '\u00BF' or '€' or '‚' or '„' or '…' or '†' or '‡' or '‰' or 'Š' or '‹' or 'Œ' or 'Ž' or '‘' or '’' or '“' or '”' or '•' or '–' or '—' or '˜' or '™' or 'š' or '›' or 'œ' or 'ž' or 'Ÿ') n++;
        }
        return n;
    }

    private static int ToWindows1252(char c)
    {
        if (c < 0x80 || c is >= '\u00A0' and <= '\u00FF') return c;
        if (c is >= '\u0080' and <= '\u009F') return c; // undefined bytes kept as C1 codes
        int k = Array.IndexOf(Cp1252High, c);
        return k < 0 ? -1 : 0x80 + k;
    }

    private static Encoding? GuessBomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length & ~1, 4096);
        if (n < 4) return null;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenZero++;
            if (bytes[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return Encoding.Unicode;
        if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>Control bytes other than tab, newline, carriage return and form feed in the first 8 KB mark a binary file.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        int control = 0;
        foreach (var b in head)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B)) control++;
        return control > 0 && control * 100 > head.Length; // >1% control bytes
    }

    /// <summary>Whether decoded text looks like binary data: a NUL, or over 1% control characters in its first 8,192 characters.</summary>
    public static bool LooksBinary(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.AsSpan(0, Math.Min(text.Length, 8192));
        int control = 0;
        foreach (var c in head)
        {
            if (c == '\0') return true;
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\u001B')) control++;
        }
        return control * 100 > head.Length;
    }

    private static long Megabytes(long bytes) => (bytes + (1024 * 1024) - 1) / (1024 * 1024);

    /// <summary>Decoder fallback that reads each invalid byte as its Windows-1252 character.</summary>
    private sealed class Windows1252Fallback : DecoderFallback
    {
        public override int MaxCharCount => 4;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private readonly char[] _chars = new char[8];
            private int _count;
            private int _next;

            public override int Remaining => _count - _next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                _count = 0;
                _next = 0;
                foreach (var b in bytesUnknown)
                {
                    if (_count == _chars.Length) break;
                    _chars[_count++] = b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
                }
                return _count > 0;
            }

            public override char GetNextChar() => _next < _count ? _chars[_next++] : '\0';

            public override bool MovePrevious()
            {
                if (_next == 0) return false;
                _next--;
                return true;
            }

            public override void Reset()
            {
                _count = 0;
                _next = 0;
            }
        }
    }
}
