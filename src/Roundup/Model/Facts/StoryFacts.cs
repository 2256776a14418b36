namespace Roundup.Model;

/// <summary>Fact-level support of one sentence (a summary sentence, usually): the facts it states and who reports them.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Facts">Non-entity facts mentioned in it (dates, numbers, quotes), or its entities when it has none.</param>
/// <param name="CorroboratedBy">Other articles that report every one of those facts (for names only: that name at least two of them).</param>
public sealed record SentenceSupport(Sentence Sentence, IReadOnlyList<Fact> Facts, IReadOnlyList<Article> CorroboratedBy);

/// <summary>
/// The facts of a story: entities, dates (and a timeline), quotes and numbers, each with its mentions and
/// supporting outlets, plus the conflicts between outlets. Produced by the facts stage (<c>Roundup.Facts.FactsStage</c>) and stored on
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

    /// <summary>Relative date expressions of articles with no known publication date: left unresolved, never guessed.</summary>
    public IReadOnlyList<UnresolvedDate> UnresolvedDates { get; init; } = [];

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
