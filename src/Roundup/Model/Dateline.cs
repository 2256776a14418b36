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
/// The wire dateline that opens a story's first sentence ("KATHMANDU, Nepal (AP) — ", "NAIROBI, June 24 (Xinhua) --
/// ", "FT LAUDERDALE (CBSMiami) – "), as <c>Roundup.Cleaning.DatelineParser.ParseWire</c> reads it. The cleaner reads
/// it once per article (<see cref="Article.WireDateline"/>); the entity recogniser and the summarizer read it from there.
/// </summary>
/// <param name="Length">How many characters it takes at the start of the text, with the dash and spaces after it.</param>
/// <param name="Place">
/// The place ("KATHMANDU, Nepal", "WINNIPEG, Canada"), when written; without the date, and null when the dateline
/// opens with a weekday instead ("MONDAY, July 2 (HealthDay News) --").
/// </param>
/// <param name="Agency">The agency or outlet in parentheses ("AP", "CNN", "Xinhua", "CBSMiami"), when written.</param>
public sealed record WireDateline(int Length, string? Place, string? Agency)
{
    /// <summary>
    /// Where the dateline is in <see cref="Article.Text"/>, dash and spaces included, when read from an article;
    /// (0, <see cref="Length"/>) when read from a bare string.
    /// </summary>
    public TextSpan Span { get; init; } = new(0, Length);

    /// <summary>Place and date as the report wrote them, before the agency or dash ("NAIROBI, June 24"); null when neither is written ("(CNN) ").</summary>
    public string? Heading { get; init; }

    /// <summary>The date as written ("June 24", "Sept. 16"), when the dateline has one.</summary>
    public string? Date { get; init; }

    /// <summary>The month (1-12) of <see cref="Date"/>, when written.</summary>
    public int? Month { get; init; }

    /// <summary>The day of the month of <see cref="Date"/>, when written.</summary>
    public int? Day { get; init; }

    /// <summary>Where the place's first part (the town: "KATHMANDU" of "KATHMANDU, Nepal") is in <see cref="Article.Text"/>; empty without a place.</summary>
    public TextSpan TownSpan { get; init; }

    /// <summary>Where the agency's name (inside its parentheses) is in <see cref="Article.Text"/>; empty without an agency.</summary>
    public TextSpan AgencySpan { get; init; }
}
