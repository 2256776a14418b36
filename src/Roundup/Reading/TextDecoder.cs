using System.Text;

namespace Roundup.Reading;

/// <summary>Decodes bytes to text: BOM-marked UTF-8/UTF-16, else strict UTF-8, else Windows-1252.</summary>
public static class TextDecoder
{
    /// <summary>Largest file read whole, in bytes.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Reads and decodes a file, refusing binary files and files over <see cref="MaxFileBytes"/>.</summary>
    public static string ReadFile(string path)
    {
        FileInfo info;
        try { info = new FileInfo(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        { throw new RoundupInputException($"Not a usable path: {path}", e); }
        if (info.Length > MaxFileBytes)
            throw new RoundupInputException($"{path} is {info.Length / (1024 * 1024)} MB; the limit for one file is {MaxFileBytes / (1024 * 1024)} MB. Split it or use a JSON-lines batch.");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new RoundupInputException($"Cannot read {path}: {e.Message}", e); }
        return Decode(bytes, path);
    }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="name"/> is used in error messages.</summary>
    public static string Decode(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        if (Array.IndexOf(bytes, (byte)0) >= 0) throw new RoundupInputException($"{name} looks like a binary file, not text.");
        try { return new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException) { return Encoding.Latin1.GetString(bytes); }
    }
}
