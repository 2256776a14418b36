using System.Globalization;

namespace Roundup.Rendering;

/// <summary>
/// How a publication time is shown to a reader. A source that gives only a date ("2016-04-27", a wire file's day) is read
/// as midnight; printing "00:00" would claim a time of day that nobody reported, so a time of exactly midnight is shown as
/// its date alone.
/// </summary>
public static class PublicationTime
{
    /// <summary>"yyyy-MM-dd HH:mm" in the time's own offset, or "yyyy-MM-dd" when it is exactly midnight there.</summary>
    public static string Format(DateTimeOffset time) => Format(time.DateTime, "");

    /// <summary>The same in UTC, marked "UTC" when a time of day is shown.</summary>
    public static string FormatUtc(DateTimeOffset time) => Format(time.UtcDateTime, " 'UTC'");

    private static string Format(DateTime t, string suffix)
        => t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd HH:mm" + suffix, CultureInfo.InvariantCulture);
}
