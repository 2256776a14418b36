using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Facts;

/// <summary>
/// The facts stage ("facts"): extracts the story's entities, dates (with a timeline), quotes and numbers from
/// every article, merges them across outlets, marks facts reported by one outlet only and finds conflicts between
/// outlets; stores the result on <see cref="Cluster.Facts"/>. Needs sentences (runs after "segment"). Reads no clock:
/// relative dates resolve against each article's publication date, its dateline, or the other dates of the story.
/// </summary>
public sealed class FactsStage(FactsOptions? options = null) : IClusterStage
{
    private readonly FactsOptions _options = options ?? FactsOptions.Default;

    /// <inheritdoc />
    public string Name => "facts";

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Requires => [Capability.Sentences];

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Provides => [Capability.Facts];

    /// <inheritdoc />
    public void Process(Cluster cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        cluster.Facts = Extract(cluster, _options, cancellationToken);
    }

    /// <summary>Extracts the facts of <paramref name="cluster"/> without storing them.</summary>
    public static StoryFacts Extract(Cluster cluster, FactsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        options ??= FactsOptions.Default;
        var contexts = cluster.Articles.Select(a => new ArticleContext(a)).ToList();

        // Quotation spans first (entity mentions inside quotes are kept, but pronoun resolution skips them).
        var quoteMentions = contexts.Select(QuoteExtractor.FindSpans).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var entities = new EntityRecognizer().Recognize(contexts);
        cancellationToken.ThrowIfCancellationRequested();

        // Dates: find, then anchor each article, then resolve.
        var dateMentions = contexts.Select(DateExtractor.Find).ToList();
        var datelines = new List<string?>();
        foreach (var ctx in contexts) datelines.Add(FindDateline(ctx));
        var story = DateExtractor.StoryContext(dateMentions.SelectMany(d => d), datelines.OfType<string>());
        var anchors = Anchors(contexts, dateMentions, datelines, story);
        for (int i = 0; i < contexts.Count; i++)
            DateExtractor.Resolve(dateMentions[i], anchors[i].Date, anchors[i].Origin == "story", story);
        cancellationToken.ThrowIfCancellationRequested();

        for (int i = 0; i < contexts.Count; i++) QuoteExtractor.Attribute(contexts[i], quoteMentions[i]);
        var numberMentions = contexts.Select((c, i) => NumberExtractor.Find(c, [.. dateMentions[i].Select(d => d.Span)])).ToList();

        var dates = BuildDates(dateMentions.SelectMany(d => d).Where(d => d.Date is not null));
        var quotes = BuildQuotes(quoteMentions.SelectMany(q => q).ToList());
        var numbers = BuildNumbers(numberMentions.SelectMany(n => n));
        var conflicts = Corroboration.Conflicts(contexts, dateMentions, numberMentions, entities, options);
        var facts = new StoryFacts
        {
            Entities = entities,
            Dates = dates,
            Quotes = quotes,
            Numbers = numbers,
            Conflicts = conflicts,
            Timeline = [.. dates.Where(d => d.Date.Granularity is not (DateGranularity.Year or DateGranularity.DayNoYear))
                .OrderBy(d => d.Date.Start.DayNumber).ThenBy(d => d.Date.End.DayNumber)
                .Select(d => new TimelineEvent(d.Date, SentenceOf(d.Mentions[0]), d))],
            Anchors = anchors,
        };
        int independent = cluster.Articles.Count(a => a.DuplicateOf is null);
        foreach (var f in facts.All) f.SingleSource = independent > 1 && f.IndependentSources <= 1;
        return facts;
    }

    private static string SentenceOf(FactMention m)
    {
        var sentence = m.Article.Sentences.FirstOrDefault(s => s.Span.Overlaps(m.Span));
        if (sentence is not null) return sentence.Text;
        int start = m.Article.Text.LastIndexOfAny(['.', '\n'], Math.Max(0, m.Span.Start - 1)) + 1;
        int end = m.Article.Text.IndexOfAny(['.', '\n'], m.Span.End);
        return m.Article.Text[start..(end < 0 ? m.Article.Text.Length : end + 1)].Trim();
    }

    /// <summary>A dateline of the article: a removed line, or one of its first lines, that is only a date and time.</summary>
    private static string? FindDateline(ArticleContext ctx)
    {
        foreach (var r in ctx.Article.Removed)
            if (DateExtractor.ParseDateline(r.Text) is not null) return r.Text.Trim();
        var raw = ctx.Article.RawText;
        int pos = 0;
        for (int n = 0; n < 4 && pos < raw.Length; n++)
        {
            int nl = raw.IndexOf('\n', pos);
            var line = (nl < 0 ? raw[pos..] : raw[pos..nl]).Trim();
            pos = nl < 0 ? raw.Length : nl + 1;
            if (line.Length == 0) { n--; continue; }
            if (DateExtractor.ParseDateline(line) is not null) return line;
        }
        return null;
    }

    private static List<ArticleAnchor> Anchors(List<ArticleContext> contexts, List<List<DateMention>> mentions, List<string?> datelines, StoryDateContext story)
    {
        var result = new ArticleAnchor?[contexts.Count];
        for (int i = 0; i < contexts.Count; i++)
        {
            var a = contexts[i].Article;
            if (a.Published is { } p) result[i] = new ArticleAnchor(a, DateOnly.FromDateTime(p.DateTime), a.PublishedOrigin ?? "metadata", a.PublishedOrigin == "dateline" ? datelines[i] : null);
            else if (datelines[i] is { } line && DateExtractor.ParseDateline(line, DayFirst(line, story)) is { } d) result[i] = new ArticleAnchor(a, d, "dateline", line);
        }
        var known = result.Where(r => r?.Date is not null).Select(r => r!.Date!.Value).OrderBy(d => d.DayNumber).ToList();
        var explicitAll = new List<DateOnly>();
        for (int i = 0; i < contexts.Count; i++)
            foreach (var m in mentions[i])
                if (DateExtractor.ExplicitDay(m, story.DayFirst) is { } day) explicitAll.Add(day);
        // Month-day with a weekday and no year: the year comes from the story ("Saturday, February 22" after "2021").
        if (known.Count == 0 && explicitAll.Count == 0 && story.MinYear is not null)
        {
            foreach (var m in mentions.SelectMany(x => x).Where(m => m.Kind is "monthday" or "daymonth" && m.PrefixWeekday is not null && !m.Match.Groups["y"].Success))
            {
                DateExtractor.Resolve([m], null, true, story);
                if (m.Date is { Granularity: DateGranularity.Day } fd) explicitAll.Add(fd.Start);
            }
        }
        for (int i = 0; i < contexts.Count; i++)
        {
            if (result[i] is not null) continue;
            var a = contexts[i].Article;
            var own = mentions[i].Select(m => DateExtractor.ExplicitDay(m, story.DayFirst)).OfType<DateOnly>().ToList();
            DateOnly? d = null;
            if (own.Count > 0) d = own.MaxBy(x => x.DayNumber);
            else if (known.Count > 0) d = known[known.Count / 2];
            else if (explicitAll.Count > 0) d = explicitAll.MaxBy(x => x.DayNumber);
            else
            {
                // Own month-day without year, placed by the other articles' years.
                var partial = mentions[i].FirstOrDefault(m => m.Kind is "monthday" or "daymonth" && !m.Match.Groups["y"].Success);
                if (partial is not null && known.Count > 0) d = known[^1];
            }
            result[i] = new ArticleAnchor(a, d, d is null ? "none" : "story", null);
        }
        return [.. result.Select(r => r!)];
    }

    private static bool? DayFirst(string line, StoryDateContext story)
    {
        var m = System.Text.RegularExpressions.Regex.Match(line, @"\b(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}");
        if (!m.Success) return null;
        int a = DateExtractor.Int(m.Groups[1].Value), b = DateExtractor.Int(m.Groups[2].Value);
        if (story.MonthDays.Contains((b, a)) && !story.MonthDays.Contains((a, b))) return true;
        if (story.MonthDays.Contains((a, b)) && !story.MonthDays.Contains((b, a))) return false;
        return null;
    }

    private static List<DateFact> BuildDates(IEnumerable<DateMention> mentions)
    {
        var list = new List<DateFact>();
        int n = 0;
        foreach (var g in mentions.GroupBy(m => m.Date!.Iso).OrderBy(g => g.First().Date!.Start.DayNumber).ThenBy(g => g.First().Date!.Granularity))
        {
            var fact = new DateFact { Id = "d" + (++n), Date = g.First().Date! with { Inferred = g.All(m => m.Date!.Inferred) } };
            foreach (var m in g.OrderBy(m => m.Context.Article.Index).ThenBy(m => m.Span.Start))
                fact.Mentions.Add(new FactMention(m.Context.Article, m.Span, m.Text));
            list.Add(fact);
        }
        return list;
    }

    private static List<QuoteFact> BuildQuotes(List<QuoteMention> all)
    {
        var list = new List<QuoteFact>();
        int n = 0;
        foreach (var group in QuoteExtractor.Group(all).OrderBy(g => g.Min(q => q.Context.Article.Index * 1_000_000 + q.Open)))
        {
            var ordered = group.OrderBy(q => q.Context.Article.Index).ThenBy(q => q.Open).ToList();
            var speaker = ordered.Where(q => q.Speaker is not null).GroupBy(q => q.Speaker!).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            var fact = new QuoteFact { Id = "q" + (++n), Text = ordered.MaxBy(q => q.Content.Length)!.Text, Speaker = speaker };
            foreach (var q in ordered)
            {
                var mention = new FactMention(q.Context.Article, q.Content, q.Text);
                fact.Mentions.Add(mention);
                fact.Attributions.Add(new QuoteAttribution(mention, q.Speaker, q.SpeakerText));
            }
            list.Add(fact);
        }
        return list;
    }

    private static List<NumberFact> BuildNumbers(IEnumerable<NumberMention> mentions)
    {
        var list = new List<NumberFact>();
        int n = 0;
        foreach (var g in mentions.GroupBy(m => (m.Key, m.Amount)).OrderBy(g => g.Min(m => m.Context.Article.Index * 1_000_000 + m.Span.Start)))
        {
            var f = g.First();
            var fact = new NumberFact { Id = "n" + (++n), NumberKind = f.Kind, Amount = f.Amount, Unit = f.Unit, Subject = f.Subject, Entity = f.Entity };
            foreach (var m in g.OrderBy(m => m.Context.Article.Index).ThenBy(m => m.Span.Start))
                fact.Mentions.Add(new FactMention(m.Context.Article, m.Span, m.Context.Text.Substring(m.Span.Start, m.Span.Length)));
            list.Add(fact);
        }
        return list;
    }
}
