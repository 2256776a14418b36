using Roundup.Model;

namespace Roundup.Facts;

/// <summary>What kind of fact a <see cref="Fact"/> is.</summary>
public enum FactKind
{
    /// <summary>A person, organisation, place or other named thing (<see cref="EntityFact"/>).</summary>
    Entity,
    /// <summary>A date or period (<see cref="DateFact"/>).</summary>
    Date,
    /// <summary>A direct quotation with its speaker (<see cref="QuoteFact"/>).</summary>
    Quote,
    /// <summary>A number with what it counts or measures (<see cref="NumberFact"/>).</summary>
    Number,
}

/// <summary>The type of a named entity.</summary>
public enum EntityKind
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>A company, institution, party, team or other organisation.</summary>
    Organization,
    /// <summary>A country, region, town, street, building or other place.</summary>
    Place,
    /// <summary>Anything else with a name (events, storms, works).</summary>
    Other,
}

/// <summary>One occurrence of a fact in an article: a span into <see cref="Article.Text"/>.</summary>
/// <param name="Article">The article.</param>
/// <param name="Span">Where in <see cref="Article.Text"/>.</param>
/// <param name="Text">The text of the span.</param>
public sealed record FactMention(Article Article, TextSpan Span, string Text);

/// <summary>
/// A fact of a story, with every mention of it and the outlets that report it. Subclasses carry the kind-specific
/// normalised value.
/// </summary>
public abstract class Fact
{
    /// <summary>Identifier within the story ("e1", "d3", "q2", "n5").</summary>
    public required string Id { get; init; }

    /// <summary>The kind of fact.</summary>
    public abstract FactKind Kind { get; }

    /// <summary>The normalised value (entity name, ISO date, quote text, number with unit).</summary>
    public abstract string Value { get; }

    /// <summary>Every mention, in article order.</summary>
    public List<FactMention> Mentions { get; } = [];

    /// <summary>The articles that report this fact (distinct, in cluster order), near-copies included.</summary>
    public IReadOnlyList<Article> Sources => [.. Mentions.Select(m => m.Article).Distinct().OrderBy(a => a.Index)];

    /// <summary>Number of independent outlets reporting it (articles marked <see cref="Article.DuplicateOf"/> do not count).</summary>
    public int IndependentSources => Sources.Count(a => a.DuplicateOf is null);

    /// <summary>True when the story has several articles and only one independent outlet reports this fact.</summary>
    public bool SingleSource { get; internal set; }
}

/// <summary>A named entity merged across its forms and outlets.</summary>
public sealed class EntityFact : Fact
{
    /// <inheritdoc />
    public override FactKind Kind => FactKind.Entity;

    /// <summary>Canonical name: the most complete form seen.</summary>
    public required string Name { get; init; }

    /// <summary>Person, organisation, place or other.</summary>
    public EntityKind EntityKind { get; internal set; }

    /// <summary>Distinct surface forms that were merged into this entity ("Kanye West", "West", "Kayne").</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>Titles and roles seen with the name ("President-elect", "Mayor"), lower case.</summary>
    public List<string> Titles { get; } = [];

    /// <inheritdoc />
    public override string Value => Name;
}

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

/// <summary>A resolved date: a day, week, month, year or range, with whether it was inferred from the story.</summary>
/// <param name="Start">First day covered.</param>
/// <param name="End">Last day covered (inclusive).</param>
/// <param name="Granularity">How precise the date is.</param>
/// <param name="Inferred">True when the article's publication date was unknown and the date was resolved against the other dates of the story.</param>
public sealed record FactDate(DateOnly Start, DateOnly End, DateGranularity Granularity, bool Inferred)
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
    public static FactDate Day(DateOnly d, bool inferred) => new(d, d, DateGranularity.Day, inferred);

    /// <inheritdoc />
    public override string ToString() => Inferred ? Iso + "?" : Iso;
}

/// <summary>A date or period mentioned in the story, with every expression that resolves to it.</summary>
public sealed class DateFact : Fact
{
    /// <inheritdoc />
    public override FactKind Kind => FactKind.Date;

    /// <summary>The resolved date.</summary>
    public required FactDate Date { get; init; }

    /// <inheritdoc />
    public override string Value => Date.Iso;
}

/// <summary>One outlet's rendering of a quotation, with the speaker it names.</summary>
/// <param name="Mention">Where the quoted words are (inside the quotation marks).</param>
/// <param name="Speaker">The entity who said it, when found and named.</param>
/// <param name="SpeakerText">The words that name the speaker ("he", "a Secret Service official"), when found.</param>
public sealed record QuoteAttribution(FactMention Mention, EntityFact? Speaker, string? SpeakerText);

/// <summary>A direct quotation, recognised as one across outlets that report it (fuzzy word overlap).</summary>
public sealed class QuoteFact : Fact
{
    /// <inheritdoc />
    public override FactKind Kind => FactKind.Quote;

    /// <summary>The fullest version of the quoted words.</summary>
    public required string Text { get; set; }

    /// <summary>The speaker most outlets name, when any does.</summary>
    public EntityFact? Speaker { get; internal set; }

    /// <summary>Each outlet's rendering, with the speaker it names.</summary>
    public List<QuoteAttribution> Attributions { get; } = [];

    /// <inheritdoc />
    public override string Value => Text;
}

/// <summary>What a <see cref="NumberFact"/> expresses.</summary>
public enum NumberKind
{
    /// <summary>Someone's age in years.</summary>
    Age,
    /// <summary>A length of time.</summary>
    Duration,
    /// <summary>How many of something.</summary>
    Count,
    /// <summary>An amount of money.</summary>
    Money,
    /// <summary>A percentage.</summary>
    Percent,
    /// <summary>Another measurement (degrees, magnitude, distance).</summary>
    Measure,
}

/// <summary>A number with what it counts or measures.</summary>
public sealed class NumberFact : Fact
{
    /// <inheritdoc />
    public override FactKind Kind => FactKind.Number;

    /// <summary>What the number expresses.</summary>
    public required NumberKind NumberKind { get; init; }

    /// <summary>The numeric value (money in units of the currency, durations in <see cref="Unit"/>).</summary>
    public required double Amount { get; init; }

    /// <summary>Unit: currency code, time unit ("minute"), "%", "year" for ages, or the counted noun.</summary>
    public required string Unit { get; init; }

    /// <summary>What is counted or measured, as a comparable key ("workers", "vote", "budget"); empty when unknown.</summary>
    public required string Subject { get; init; }

    /// <summary>For ages: whose age.</summary>
    public EntityFact? Entity { get; init; }

    /// <summary>The slot this number fills, used to compare outlets ("age:e1", "count:workers").</summary>
    public string Slot => NumberKind switch
    {
        NumberKind.Age => "age:" + (Entity?.Id ?? Subject),
        NumberKind.Duration => "duration:" + Unit,
        NumberKind.Count => "count:" + Subject,
        NumberKind.Money => "money:" + Subject,
        NumberKind.Percent => "percent:" + Subject,
        _ => "measure:" + Unit,
    };

    /// <summary>The amount as text (invariant, no exponent).</summary>
    public string AmountText => Amount.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string Value => NumberKind switch
    {
        NumberKind.Age => $"{AmountText} years old" + (Entity is null ? "" : $" ({Entity.Name})"),
        NumberKind.Money => $"{Unit} {AmountText}",
        NumberKind.Percent => $"{AmountText}%" + (Subject.Length > 0 ? $" ({Subject})" : ""),
        NumberKind.Duration => $"{AmountText} {Unit}" + (Amount == 1 ? "" : "s"),
        NumberKind.Count => $"{AmountText} {Subject}".TrimEnd(),
        _ => $"{AmountText} {Unit}",
    };
}

/// <summary>One value outlets give for a disputed slot.</summary>
/// <param name="Value">The normalised value.</param>
/// <param name="Articles">The articles that give it.</param>
/// <param name="Mentions">Where they give it.</param>
public sealed record ConflictValue(string Value, IReadOnlyList<Article> Articles, IReadOnlyList<FactMention> Mentions);

/// <summary>The same slot (someone's age, a count, a date, a place) with different values in different outlets.</summary>
/// <param name="Slot">Machine key of the slot ("age:e1", "count:workers", "date", "place:tour").</param>
/// <param name="Description">Human description ("age of Maria Lopez").</param>
/// <param name="Values">The values, each with its outlets; at least two.</param>
public sealed record FactConflict(string Slot, string Description, IReadOnlyList<ConflictValue> Values);

/// <summary>A dated event of the story's timeline.</summary>
/// <param name="Date">When.</param>
/// <param name="Text">The sentence that dates it (first outlet's wording).</param>
/// <param name="Fact">The date fact (all its mentions and sources).</param>
public sealed record TimelineEvent(FactDate Date, string Text, DateFact Fact);

/// <summary>How an article's reference date for relative expressions was found.</summary>
/// <param name="Article">The article.</param>
/// <param name="Date">The reference date, when any.</param>
/// <param name="Origin">"metadata", "dateline", "story" (inferred from the other dates of the story) or "none".</param>
/// <param name="Dateline">The dateline text, when one was used.</param>
public sealed record ArticleAnchor(Article Article, DateOnly? Date, string Origin, string? Dateline);

/// <summary>Fact-level support of one sentence (a summary sentence, usually): the facts it states and who reports them.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Facts">Non-entity facts mentioned in it (dates, numbers, quotes), or its entities when it has none.</param>
/// <param name="CorroboratedBy">Other articles that report every one of those facts (for names only: that name at least two of them).</param>
public sealed record SentenceSupport(Sentence Sentence, IReadOnlyList<Fact> Facts, IReadOnlyList<Article> CorroboratedBy);

/// <summary>
/// The facts of a story: entities, dates (and a timeline), quotes and numbers, each with its mentions and
/// supporting outlets, plus the conflicts between outlets. Produced by <see cref="FactsStage"/> and stored on
/// <see cref="Cluster.Facts"/>.
/// </summary>
public sealed class StoryFacts
{
    /// <summary>Named entities, most mentioned first.</summary>
    public IReadOnlyList<EntityFact> Entities { get; init; } = [];

    /// <summary>Dates and periods, in date order.</summary>
    public IReadOnlyList<DateFact> Dates { get; init; } = [];

    /// <summary>Quotations, in order of first appearance.</summary>
    public IReadOnlyList<QuoteFact> Quotes { get; init; } = [];

    /// <summary>Numbers with what they count or measure.</summary>
    public IReadOnlyList<NumberFact> Numbers { get; init; } = [];

    /// <summary>Slots where outlets disagree.</summary>
    public IReadOnlyList<FactConflict> Conflicts { get; init; } = [];

    /// <summary>Dated events (day, week, range or month precision), in date order.</summary>
    public IReadOnlyList<TimelineEvent> Timeline { get; init; } = [];

    /// <summary>Each article's reference date and where it came from.</summary>
    public IReadOnlyList<ArticleAnchor> Anchors { get; init; } = [];

    /// <summary>Every fact, entities first.</summary>
    public IEnumerable<Fact> All => Entities.Cast<Fact>().Concat(Dates).Concat(Quotes).Concat(Numbers);

    /// <summary>The facts with a mention inside <paramref name="sentence"/>.</summary>
    public IEnumerable<Fact> FactsIn(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return All.Where(f => f.Mentions.Any(m => m.Article == sentence.Article && m.Span.Overlaps(sentence.Span)));
    }

    /// <summary>Fact-level support of <paramref name="sentence"/>: its dates, numbers and quotes (else entities) and the other articles reporting all of them.</summary>
    public SentenceSupport SupportOf(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var facts = FactsIn(sentence).ToList();
        var specific = facts.Where(f => f.Kind != FactKind.Entity).ToList();
        if (specific.Count == 0)
        {
            // Only names: another article corroborates when it names at least two of them (or the only one).
            int need = Math.Min(2, facts.Count);
            var naming = facts.SelectMany(f => f.Sources).Where(a => a != sentence.Article).GroupBy(a => a)
                .Where(g => g.Count() >= need && need > 0).Select(g => g.Key).OrderBy(a => a.Index).ToList();
            return new SentenceSupport(sentence, facts, naming);
        }
        IEnumerable<Article>? common = null;
        foreach (var f in specific) common = common is null ? f.Sources : common.Intersect(f.Sources);
        var by = (common ?? []).Where(a => a != sentence.Article).OrderBy(a => a.Index).ToList();
        return new SentenceSupport(sentence, specific, by);
    }
}
