namespace Roundup.Model;

/// <summary>
/// A dateline or timestamp line of an article ("13/12/2016 15:04 GMT | Updated …", "Posted: Jun 11, 2018 5:30 PM
/// CDT"), read once by the cleaner (<c>Roundup.Cleaning.DatelineParser</c>) and read from here by later stages.
/// </summary>
/// <param name="Span">Where the line is in <see cref="Article.RawText"/>.</param>
/// <param name="Text">The line.</param>
/// <param name="Published">The date and time it gives, in its time zone (UTC without one; midnight without a time).</param>
/// <param name="IsTimestampLine">
/// True when the whole line is a timestamp (an optional "Published:" label and weekday, the date, time and zone, and
/// an optional "| Updated …" tail); false when the date stands inside a longer line the cleaner judged a dateline.
/// </param>
public sealed record Dateline(TextSpan Span, string Text, DateTimeOffset Published, bool IsTimestampLine)
{
    /// <summary>The calendar date of <see cref="Published"/> where it was written (no conversion to UTC).</summary>
    public DateOnly Date => DateOnly.FromDateTime(Published.DateTime);
}

/// <summary>
/// The wire dateline that opens a story's first sentence ("KATHMANDU, Nepal (AP) — "), as
/// <c>Roundup.Cleaning.DatelineParser.ParseWire</c> reads it.
/// </summary>
/// <param name="Length">How many characters it takes at the start of the text, with the dash and spaces after it.</param>
/// <param name="Place">The place ("KATHMANDU, Nepal"), when written.</param>
/// <param name="Agency">The agency or outlet in parentheses ("AP", "CNN"), when written.</param>
public sealed record WireDateline(int Length, string? Place, string? Agency);
