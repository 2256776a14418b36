using System.Text;
using System.Text.RegularExpressions;
using UtfUnknown;

namespace Roundup.Reading;

/// <summary>
/// Decodes bytes to text. What the text says about itself decides, in the order browsers use: a byte-order mark
/// (UTF-8, UTF-16 LE/BE, UTF-32 LE), then a charset given from outside (an HTTP <c>Content-Type</c> header), then one
/// declared in the document (<c>&lt;meta charset&gt;</c>, <c>&lt;meta http-equiv="Content-Type"&gt;</c>, an XML
/// declaration's <c>encoding</c>). Without a declaration, BOM-less UTF-16 is recognised by its zero bytes, valid UTF-8
/// is read as UTF-8, and other bytes go to a charset detector (UTF.Unknown, a port of Mozilla's); when it is unsure,
/// or the text has only a few non-ASCII bytes, they are read as Windows-1252 (the Latin-1 superset that web pages and
/// Windows editors actually write, with curly quotes and dashes in 0x80–0x9F). Text that was double-encoded (UTF-8
/// read as Windows-1252, "â€™") is repaired when the repair is unambiguous.
/// </summary>
public static partial class TextDecoder
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
    public static string ReadFile(string path, long maxBytes = MaxFileBytes) => ReadFile(path, maxBytes, null);

    /// <summary>
    /// Reads and decodes a file, refusing binary files and files over <paramref name="maxBytes"/>;
    /// <paramref name="declaredCharset"/> is the charset it is said to have (as an HTTP header says it), or null.
    /// </summary>
    public static string ReadFile(string path, long maxBytes, string? declaredCharset)
    {
        var bytes = ReadBytes(path, maxBytes);
        return DecodeText(bytes, path, declaredCharset).Text;
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
    public static string Decode(ReadOnlySpan<byte> bytes, string name) => DecodeText(bytes, name).Text;

    /// <summary>
    /// Decodes <paramref name="bytes"/> and says which encoding was used and why. <paramref name="declaredCharset"/>
    /// is a charset given from outside the bytes (an HTTP header's <c>charset</c>), or null. Unknown charset names
    /// are ignored. Throws <see cref="RoundupInputException"/> for binary data.
    /// </summary>
    public static DecodedText DecodeText(ReadOnlySpan<byte> bytes, string name, string? declaredCharset = null)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return new(Encoding.UTF8.GetString(bytes[3..]), Encoding.UTF8, CharsetSource.ByteOrderMark);
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0) return new(Encoding.UTF32.GetString(bytes[4..]), Encoding.UTF32, CharsetSource.ByteOrderMark);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return new(Encoding.Unicode.GetString(bytes[2..]), Encoding.Unicode, CharsetSource.ByteOrderMark);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), Encoding.BigEndianUnicode, CharsetSource.ByteOrderMark);
        bool zeros = bytes.IndexOf((byte)0) >= 0;
        if (ResolveCharset(declaredCharset) is { } header && IsWide(header) == zeros)
            return DecodeAs(bytes, header, CharsetSource.Header);
        if (zeros)
        {
            if (GuessBomlessUtf16(bytes) is { } wide) return new(wide.GetString(bytes), wide, CharsetSource.Detected);
            throw new RoundupInputException($"{name} looks like a binary file, not text.");
        }
        if (LooksBinary(bytes)) throw new RoundupInputException($"{name} looks like a binary file, not text.");
        if (ResolveCharset(FindDeclaredCharset(bytes)) is { } declared && !IsWide(declared))
            return DecodeAs(bytes, declared, CharsetSource.Document);
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return new(RepairMojibake(Encoding.UTF8.GetString(bytes)), Encoding.UTF8, CharsetSource.Utf8);
        if (Detect(bytes) is { } detected) return DecodeAs(bytes, detected, CharsetSource.Detected);
        // The bytes that are not UTF-8 are read as Windows-1252, one by one, so a Windows-1252 file and a UTF-8 file
        // with a few stray Windows-1252 bytes both decode without mojibake.
        return new(RepairMojibake(Utf8WithWindows1252Fallback.GetString(bytes)), Windows1252, CharsetSource.Fallback);
    }

    /// <summary>
    /// Decodes the first bytes of a file for sniffing its format: a BOM or zero bytes (UTF-16 without a BOM) are
    /// honoured as <see cref="DecodeText"/> does, anything else is read as UTF-8 (the markers sniffed are ASCII).
    /// </summary>
    internal static string DecodeHead(ReadOnlySpan<byte> head, string name)
    {
        bool bom = head.Length >= 2 && (head[0] is 0xFF or 0xFE || (head[0] == 0xEF && head[1] == 0xBB));
        return bom || head.IndexOf((byte)0) >= 0 ? DecodeText(head, name).Text : Encoding.UTF8.GetString(head);
    }

    /// <summary>Windows-1252 (what "iso-8859-1", "latin1" and "us-ascii" mean on the web, as browsers read them).</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>
    /// The encoding a charset label names (<c>"utf-8"</c>, <c>"windows-1251"</c>, <c>"Shift_JIS"</c>, quoted or not),
    /// with the web's aliases (iso-8859-1, latin1 and us-ascii are Windows-1252); null for null or an unknown label.
    /// </summary>
    public static Encoding? ResolveCharset(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var name = label.Trim().Trim('"', '\'', ' ').ToLowerInvariant();
        switch (name)
        {
            case "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252" or "x-cp1252" or "cp819" or "ibm819":
                return Windows1252;
            case "utf8" or "utf-8" or "unicode-1-1-utf-8":
                return Encoding.UTF8;
            case "x-sjis" or "sjis" or "shift-jis" or "ms_kanji" or "windows-31j":
                name = "shift_jis";
                break;
            case "gb2312" or "gbk" or "x-gbk" or "chinese" or "csgb2312":
                name = "gb2312"; // .NET's code page 936, which is GBK
                break;
        }
        try { return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>
    /// The charset the document declares in its first 8 KB: an XML declaration's <c>encoding</c>, or a
    /// <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c>; null when none.
    /// </summary>
    public static string? FindDeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 8192)]);
        var xml = XmlDeclaration().Match(head);
        if (xml.Success) return xml.Groups[1].Value;
        var meta = MetaCharset().Match(head);
        return meta.Success ? meta.Groups[1].Value : null;
    }

    /// <summary>
    /// A one-line warning when decoded text still looks garbled: replacement characters, UTF-8 read as Windows-1252
    /// ("Ã©"), or words made only of accented Latin-1 letters ("Ãîðîäñêîé": Cyrillic or Greek read in a Western
    /// code page); null when it looks clean.
    /// </summary>
    public static string? DescribeMojibake(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.AsSpan(0, Math.Min(text.Length, 20_000));
        int replacement = head.Count('\uFFFD');
        int doubled = CountMojibake(head.ToString());
        int words = 0, latin1Words = 0, i = 0;
        while (i < head.Length)
        {
            if (!char.IsLetter(head[i])) { i++; continue; }
            int start = i;
            bool allLatin1 = true;
            while (i < head.Length && char.IsLetter(head[i]))
            {
                if (head[i] is < '\u00C0' or > '\u00FF') allLatin1 = false;
                i++;
            }
            words++;
            if (allLatin1 && i - start >= 3) latin1Words++;
        }
        if (replacement >= 3 && replacement * 200 > head.Length) return $"{replacement} characters could not be decoded (\uFFFD); the text's charset may be wrong";
        if (doubled >= 3) return $"{doubled} sequences look double-encoded (UTF-8 read as Windows-1252, like \"Ã©\")";
        if (latin1Words >= 3 && latin1Words * 5 > words) return $"{latin1Words} of {words} words are made only of accented Latin letters, as text in another script read in a Western code page is; its charset may be wrong";
        return null;
    }

    private static bool IsWide(Encoding e) => e.CodePage is 1200 or 1201 or 12000 or 12001;

    private static DecodedText DecodeAs(ReadOnlySpan<byte> bytes, Encoding encoding, CharsetSource source)
    {
        if (encoding.CodePage == 1252) return new(RepairMojibake(DecodeWindows1252(bytes)), Windows1252, source);
        if (encoding.CodePage == 65001) return new(RepairMojibake(Utf8WithWindows1252Fallback.GetString(bytes)), Encoding.UTF8, source);
        return new(encoding.GetString(bytes), encoding, source);
    }

    /// <summary>
    /// The charset detector's answer for bytes that are neither declared nor UTF-8, when it is sure (confidence
    /// at least 0.5) and the text has enough non-ASCII bytes to tell; null means Windows-1252.
    /// </summary>
    private static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        int high = 0;
        foreach (var b in sample) if (b >= 0x80) high++;
        if (high < 16) return null; // a few curly quotes or accents: Windows-1252, the usual case
        var result = CharsetDetector.DetectFromBytes(sample.ToArray());
        var best = result.Detected;
        if (best is null || best.Confidence < 0.5f) return null;
        var encoding = ResolveCharset(best.EncodingName);
        return encoding is null || encoding.CodePage is 1252 or 65001 || IsWide(encoding) ? null : encoding;
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

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

/// <summary>How <see cref="TextDecoder.DecodeText"/> decided a text's encoding.</summary>
public enum CharsetSource
{
    /// <summary>A byte-order mark at the start.</summary>
    ByteOrderMark,

    /// <summary>A charset given from outside the bytes, such as an HTTP <c>Content-Type</c> header.</summary>
    Header,

    /// <summary>The document's own declaration: <c>&lt;meta charset&gt;</c> or an XML declaration.</summary>
    Document,

    /// <summary>No declaration; the bytes are valid UTF-8.</summary>
    Utf8,

    /// <summary>No declaration; detected from the bytes (BOM-less UTF-16, or the charset detector).</summary>
    Detected,

    /// <summary>No declaration and no confident detection: UTF-8 where valid, each other byte as Windows-1252.</summary>
    Fallback,
}

/// <summary>Decoded text with the encoding used and how it was chosen.</summary>
/// <param name="Text">The text.</param>
/// <param name="Encoding">The encoding it was decoded with.</param>
/// <param name="Source">Why that encoding.</param>
public sealed record DecodedText(string Text, Encoding Encoding, CharsetSource Source);
