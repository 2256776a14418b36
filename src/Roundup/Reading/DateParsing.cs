using System.Globalization;

namespace Roundup.Reading;

/// <summary>Parses the publication dates found in metadata (ISO 8601, RFC 1123, Unix seconds).</summary>
internal static class DateParsing
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd", "r", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'",
        "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy",
    ];

    /// <summary>Parses <paramref name="text"/>; times without an offset are taken as UTC.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, styles, out value)) return true;
        if (long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var unix) && unix is > 100_000_000 and < 10_000_000_000)
        {
            value = DateTimeOffset.FromUnixTimeSeconds(unix);
            return true;
        }
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, styles, out value);
    }
}
