using System.Globalization;
using System.Text;
using Roundup.Facts;
using Roundup.Model;

namespace Roundup.Rendering;

/// <summary>Renders a story's <see cref="StoryFacts"/> as a text or Markdown section, and as JSON records.</summary>
public static class FactsRenderer
{
    private const int MaxQuote = 160;

    /// <summary>The facts section in plain text (empty when the cluster has no facts).</summary>
    public static string PlainText(Cluster cluster, int entities = 8)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        if (cluster.Facts is not { } f) return "";
        var sb = new StringBuilder();
        sb.Append("\nFacts\n-----\n");
        foreach (var (title, lines) in Sections(cluster, f, entities, markdown: false))
        {
            sb.Append(title).Append(":\n");
            foreach (var l in lines) sb.Append("  ").Append(l).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The facts section in Markdown (empty when the cluster has no facts).</summary>
    public static string Markdown(Cluster cluster, int entities = 8)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        if (cluster.Facts is not { } f) return "";
        var sb = new StringBuilder();
        sb.Append("\n### Facts\n");
        foreach (var (title, lines) in Sections(cluster, f, entities, markdown: true))
        {
            sb.Append("\n**").Append(title).Append("**\n\n");
            foreach (var l in lines) sb.Append("- ").Append(SafeText.Markdown(l)).Append('\n');
        }
        return sb.ToString();
    }

    private static IEnumerable<(string Title, List<string> Lines)> Sections(Cluster cluster, StoryFacts f, int maxEntities, bool markdown)
    {
        string Src(Fact fact) => Outlets(fact.Sources) + (fact.SingleSource ? " (one outlet only)" : "");
        string Em(string s) => markdown ? "**" + s + "**" : s;

        if (f.Conflicts.Count > 0)
            yield return ("Outlets disagree", [.. f.Conflicts.Select(c => $"{Em(c.Description)}: " + string.Join(" vs ", c.Values.Select(v => $"{v.Value} [{Outlets(v.Articles)}]")))]);
        var people = f.Entities.Where(e => e.EntityKind != EntityKind.Other || e.Mentions.Count > 1).Take(maxEntities).ToList();
        if (people.Count > 0)
            yield return ("Who and where", [.. people.Select(e =>
            {
                var aliases = e.Aliases.Where(a => a != e.Name).Take(4).ToList();
                return $"{Em(e.Name)} ({Kind(e.EntityKind)}{(aliases.Count > 0 ? "; also " + string.Join(", ", aliases.Select(a => "\"" + a + "\"")) : "")}) [{Src(e)}]";
            })]);
        if (f.Timeline.Count > 0)
            yield return ("Timeline", [.. f.Timeline.Select(t => $"{t.Date}{(t.Fact.Confidence < 1 ? " (doubtful: " + t.Fact.Warnings[0] + ")" : "")} {Cut(t.Text, 140)} [{Src(t.Fact)}]")]);
        if (f.UnresolvedDates.Count > 0)
            yield return ("Dates left unresolved (no publication date known)", [.. f.UnresolvedDates.GroupBy(u => u.Mention.Article)
                .Select(g => $"{string.Join(", ", g.Select(u => "\"" + u.Mention.Text + "\"").Distinct().Take(6))} [{Outlets([g.Key])}]")]);
        if (f.Quotes.Count > 0)
            yield return ("Quotes", [.. f.Quotes.Select(q => $"{(q.Speaker?.Name ?? q.Attributions.Select(a => a.SpeakerText).FirstOrDefault(t => t is not null) ?? "unattributed")}: “{Cut(q.Text, MaxQuote)}” [{Src(q)}]")]);
        var numbers = f.Numbers.Where(n => n.NumberKind != NumberKind.Count || n.Mentions.Count > 0).ToList();
        if (numbers.Count > 0)
            yield return ("Numbers", [.. numbers.Select(n => $"{n.Value} [{Src(n)}]")]);
        if (cluster.Summary is { } summary && summary.Sentences.Count > 0)
        {
            var lines = new List<string>();
            for (int i = 0; i < summary.Sentences.Count; i++)
            {
                var support = f.SupportOf(summary.Sentences[i].Sentence);
                if (support.Facts.Count == 0) continue;
                lines.Add($"sentence {i + 1}: {string.Join(", ", support.Facts.Take(4).Select(x => Cut(x.Value, 40)))} — also reported by {(support.CorroboratedBy.Count == 0 ? "no other outlet" : Outlets(support.CorroboratedBy))}");
            }
            if (lines.Count > 0) yield return ("Summary facts", lines);
        }
    }

    private static string Kind(EntityKind k) => k switch { EntityKind.Person => "person", EntityKind.Organization => "organisation", EntityKind.Place => "place", _ => "other" };

    private static string Outlets(IEnumerable<Article> articles) => string.Join("; ", articles.Select(a => a.DisplaySource).Distinct());

    private static string Cut(string s, int max)
    {
        s = s.Replace('\n', ' ');
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }

    /// <summary>The JSON record of a story's facts: every fact with kind, normalised value, mention spans and supporting articles.</summary>
    public static FactsDto ToDto(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var f = cluster.Facts ?? throw new InvalidOperationException("The cluster has no facts.");
        static IReadOnlyList<MentionDto> Mentions(Fact fact) => [.. fact.Mentions.Select(m => new MentionDto(m.Article.Id, new JsonModel.SpanDto(m.Span.Start, m.Span.Length), m.Text))];
        static IReadOnlyList<string> Sources(Fact fact) => [.. fact.Sources.Select(a => a.Id)];
        var facts = new List<FactDto>();
        foreach (var e in f.Entities)
            facts.Add(new FactDto(e.Id, "entity", e.Value, Mentions(e), Sources(e), e.SingleSource) { EntityKind = Kind(e.EntityKind), Aliases = e.Aliases, Titles = e.Titles.Count > 0 ? e.Titles : null });
        foreach (var d in f.Dates)
            facts.Add(new FactDto(d.Id, "date", d.Value, Mentions(d), Sources(d), d.SingleSource) { Granularity = d.Date.Granularity.ToString().ToLowerInvariant(), Confidence = d.Confidence < 1 ? d.Confidence : null, Warnings = d.Warnings.Count > 0 ? d.Warnings : null });
        foreach (var q in f.Quotes)
            facts.Add(new FactDto(q.Id, "quote", q.Value, Mentions(q), Sources(q), q.SingleSource)
            {
                Speaker = q.Speaker?.Id,
                Attributions = [.. q.Attributions.Select(a => new AttributionDto(a.Mention.Article.Id, a.Speaker?.Id, a.SpeakerText))],
            });
        foreach (var n in f.Numbers)
            facts.Add(new FactDto(n.Id, "number", n.Value, Mentions(n), Sources(n), n.SingleSource)
            {
                NumberKind = n.NumberKind.ToString().ToLowerInvariant(), Amount = n.Amount, Unit = n.Unit, Slot = n.Slot, Entity = n.Entity?.Id,
            });
        var conflicts = f.Conflicts.Select(c => new ConflictDto(c.Slot, c.Description,
            [.. c.Values.Select(v => new ConflictValueDto(v.Value, [.. v.Articles.Select(a => a.Id)], [.. v.Mentions.Select(m => new MentionDto(m.Article.Id, new JsonModel.SpanDto(m.Span.Start, m.Span.Length), m.Text))]))])).ToList();
        var timeline = f.Timeline.Select(t => new TimelineDto(t.Date.Iso, t.Fact.Confidence < 1 ? t.Fact.Confidence : null, t.Fact.Id, t.Text)).ToList();
        var anchors = f.Anchors.Select(a => new AnchorDto(a.Article.Id, a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Origin, a.Dateline)).ToList();
        List<SentenceSupportDto>? support = null;
        if (cluster.Summary is { } summary)
            support = [.. summary.Sentences.Select((s, i) => f.SupportOf(s.Sentence)).Select((s, i) => new SentenceSupportDto(i, s.Sentence.Article.Id, s.Sentence.Index,
                [.. s.Facts.Select(x => x.Id)], [.. s.CorroboratedBy.Select(a => a.Id)]))];
        var unresolved = f.UnresolvedDates.Count == 0 ? null : f.UnresolvedDates.Select(u => new MentionDto(u.Mention.Article.Id, new JsonModel.SpanDto(u.Mention.Span.Start, u.Mention.Span.Length), u.Mention.Text)).ToList();
        return new FactsDto(facts, conflicts, timeline, anchors, support) { UnresolvedDates = unresolved };
    }

    /// <summary>A mention as JSON: article id, span into its text, the text.</summary>
    public sealed record MentionDto(string Article, JsonModel.SpanDto Span, string Text);

    /// <summary>One fact as JSON. Kind-specific members are null when they do not apply.</summary>
    public sealed record FactDto(string Id, string Kind, string Value, IReadOnlyList<MentionDto> Mentions, IReadOnlyList<string> Sources, bool SingleSource)
    {
        /// <summary>Entities: person, organisation, place, other.</summary>
        public string? EntityKind { get; init; }
        /// <summary>Entities: merged surface forms.</summary>
        public IReadOnlyList<string>? Aliases { get; init; }
        /// <summary>Entities: titles seen with the name.</summary>
        public IReadOnlyList<string>? Titles { get; init; }
        /// <summary>Dates: day, week, month, year, range, daynoyear.</summary>
        public string? Granularity { get; init; }
        /// <summary>Dates: below 1 when a weekday written with the date contradicts it; null when 1.</summary>
        public double? Confidence { get; init; }
        /// <summary>Dates: what lowered the confidence.</summary>
        public IReadOnlyList<string>? Warnings { get; init; }
        /// <summary>Quotes: speaker entity id.</summary>
        public string? Speaker { get; init; }
        /// <summary>Quotes: each outlet's attribution.</summary>
        public IReadOnlyList<AttributionDto>? Attributions { get; init; }
        /// <summary>Numbers: age, duration, count, money, percent, measure.</summary>
        public string? NumberKind { get; init; }
        /// <summary>Numbers: numeric value.</summary>
        public double? Amount { get; init; }
        /// <summary>Numbers: unit or counted noun.</summary>
        public string? Unit { get; init; }
        /// <summary>Numbers: the slot compared across outlets.</summary>
        public string? Slot { get; init; }
        /// <summary>Numbers: entity whose age this is.</summary>
        public string? Entity { get; init; }
    }

    /// <summary>One outlet's attribution of a quote.</summary>
    public sealed record AttributionDto(string Article, string? Speaker, string? SpeakerText);

    /// <summary>A conflict as JSON.</summary>
    public sealed record ConflictDto(string Slot, string Description, IReadOnlyList<ConflictValueDto> Values);

    /// <summary>One value of a conflict with its articles and mentions.</summary>
    public sealed record ConflictValueDto(string Value, IReadOnlyList<string> Articles, IReadOnlyList<MentionDto> Mentions);

    /// <summary>A timeline entry.</summary>
    public sealed record TimelineDto(string Date, double? Confidence, string Fact, string Text);

    /// <summary>An article's reference date and where it came from.</summary>
    public sealed record AnchorDto(string Article, string? Date, string Origin, string? Dateline);

    /// <summary>Fact-level support of one summary sentence.</summary>
    public sealed record SentenceSupportDto(int SummaryIndex, string Article, int Position, IReadOnlyList<string> Facts, IReadOnlyList<string> CorroboratedBy);

    /// <summary>All facts of a story as JSON.</summary>
    public sealed record FactsDto(IReadOnlyList<FactDto> Facts, IReadOnlyList<ConflictDto> Conflicts, IReadOnlyList<TimelineDto> Timeline,
        IReadOnlyList<AnchorDto> Anchors, IReadOnlyList<SentenceSupportDto>? SummarySupport)
    {
        /// <summary>Relative date expressions left unresolved because their article has no known publication date; null when none.</summary>
        public IReadOnlyList<MentionDto>? UnresolvedDates { get; init; }
    }
}
