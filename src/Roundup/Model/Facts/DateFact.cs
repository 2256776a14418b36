namespace Roundup.Model;

/// <summary>How precise a <see cref="FactDate"/> is.</summary>
public enum DateGranularity
{
    /// <summary>One day.</summary>
    Day,
    /// <summary>A week (Monday to Sunday).</summary>
    Week,
    /// <summary>A calendar month.</summary>
    Month,
    /// <summary>A calendar year.</summary>
    Year,
    /// <summary>A span of days (a weekend, a period).</summary>
    Range,
    /// <summary>A day and month whose year could not be determined.</summary>
    DayNoYear,
}

/// <summary>
/// A resolved date: a day, week, month, year or range. Relative expressions are resolved only against the article's
/// own publication date (metadata or dateline), never against a date the text mentions.
/// </summary>
/// <param name="Start">First day covered.</param>
/// <param name="End">Last day covered (inclusive).</param>
/// <param name="Granularity">How precise the date is.</param>
public sealed record FactDate(DateOnly Start, DateOnly End, DateGranularity Granularity)
{
    /// <summary>ISO 8601 form: <c>2016-12-13</c>, <c>2016-W50</c>, <c>2016-12</c>, <c>2016</c>, <c>2016-12-10/2016-12-11</c>, or <c>--12-13</c> without a year.</summary>
    public string Iso => Granularity switch
    {
        DateGranularity.Day => Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateGranularity.Week => $"{System.Globalization.ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue)):D4}-W{System.Globalization.ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):D2}",
        DateGranularity.Month => Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        DateGranularity.Year => Start.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DateGranularity.DayNoYear => Start.ToString("'--'MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "/" + End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A single day.</summary>
    public static FactDate Day(DateOnly d) => new(d, d, DateGranularity.Day);

    /// <inheritdoc />
    public override string ToString() => Iso;
}

/// <summary>A date or period mentioned in the story, with every expression that resolves to it.</summary>
public sealed class DateFact : Fact
{
    /// <inheritdoc />
    public override FactKind Kind => FactKind.Date;

    /// <summary>The resolved date.</summary>
    public required FactDate Date { get; init; }

    /// <summary>1 when every mention reads cleanly; lower when a weekday written with the date contradicts it (see <see cref="Warnings"/>).</summary>
    public double Confidence { get; internal set; } = 1;

    /// <summary>What lowered <see cref="Confidence"/>, one line per mention ("'Wednesday, March 9': 2024-03-09 is a Saturday").</summary>
    public List<string> Warnings { get; } = [];

    /// <inheritdoc />
    public override string Value => Date.Iso;
}
/// <summary>A dated event of the story's timeline.</summary>
/// <param name="Date">When.</param>
/// <param name="Text">The sentence that dates it (first outlet's wording).</param>
/// <param name="Fact">The date fact (all its mentions and sources).</param>
public sealed record TimelineEvent(FactDate Date, string Text, DateFact Fact);

/// <summary>How an article's reference date for relative expressions was found.</summary>
/// <param name="Article">The article.</param>
/// <param name="Date">The reference date, when any.</param>
/// <param name="Origin">"metadata", "dateline" or "none" (relative expressions then stay unresolved).</param>
/// <param name="Dateline">The dateline text, when one was used.</param>
public sealed record ArticleAnchor(Article Article, DateOnly? Date, string Origin, string? Dateline);

/// <summary>A relative date expression left unresolved because its article has no known publication date.</summary>
/// <param name="Mention">The expression ("Tuesday", "last month").</param>
/// <param name="Reason">Why it stays unresolved.</param>
public sealed record UnresolvedDate(FactMention Mention, string Reason);
