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
    public IReadOnlyCollection<string> Requires => [Capability.Sentences, Capability.Quotes, Capability.QuoteSpeakers];

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
        foreach (var ctx in contexts) ctx.QuoteSpans.Sort((x, y) => x.Start.CompareTo(y.Start));
        cancellationToken.ThrowIfCancellationRequested();
        var entities = new EntityRecognizer().Recognize(contexts);
        cancellationToken.ThrowIfCancellationRequested();

        // Dates: find, then anchor each article, then resolve.
        var dateMentions = contexts.Select(DateExtractor.Find).ToList();
        var datelines = new List<string?>();
        foreach (var ctx in contexts) datelines.Add(FindDateline(ctx));
        var story = DateExtractor.StoryContext(dateMentions.SelectMany(d => d), datelines.OfType<string>());
        var anchors = Anchors(contexts, datelines, story);
        for (int i = 0; i < contexts.Count; i++)
            DateExtractor.Resolve(dateMentions[i], anchors[i].Date, story);
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
            UnresolvedDates = [.. dateMentions.SelectMany((list, i) => anchors[i].Date is null ? list : [])
                .Where(d => d.Date is null && d.NeedsAnchor)
                .Select(d => new UnresolvedDate(new FactMention(d.Context.Article, d.Span, d.Text), "the article has no known publication date"))],
        };
        int independent = cluster.Articles.Count(a => a.DuplicateOf is null);
        foreach (var f in facts.All) f.SingleSource = independent > 1 && f.IndependentSources <= 1;
        return facts;
    }

    private static string SentenceOf(FactMention m)
    {
        var sentences = m.Article.Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (sentences[mid].Span.End <= m.Span.Start) lo = mid + 1;
            else if (sentences[mid].Span.Start >= m.Span.End) hi = mid - 1;
            else return sentences[mid].Text;
        }
        int start = m.Article.Text.LastIndexOfAny(['.', '\n'], Math.Max(0, m.Span.Start - 1)) + 1;
        int end = m.Article.Text.IndexOfAny(['.', '\n'], m.Span.End);
        return m.Article.Text[start..(end < 0 ? m.Article.Text.Length : end + 1)].Trim();
    }

    /// <summary>A dateline of the article: a removed line, or one of its first lines, that is only a date and time.</summary>
    private static string? FindDateline(ArticleContext ctx)
    {
        if (ctx.Article.Dateline is { IsTimestampLine: true } read) return read.Text.Trim();
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

    /// <summary>
    /// Each article's reference date: its publication time (metadata, SGML DATE_TIME, a cleaned dateline) or a
    /// dateline line of its own; else none. A date mentioned in the text, or another article's date, is never used:
    /// a meeting three years earlier would put the whole timeline in the wrong year.
    /// </summary>
    private static List<ArticleAnchor> Anchors(List<ArticleContext> contexts, List<string?> datelines, StoryDateContext story)
    {
        var result = new List<ArticleAnchor>(contexts.Count);
        for (int i = 0; i < contexts.Count; i++)
        {
            var a = contexts[i].Article;
            if (a.Published is { } p) result.Add(new ArticleAnchor(a, DateOnly.FromDateTime(p.DateTime), a.PublishedOrigin ?? "metadata", a.PublishedOrigin == "dateline" ? datelines[i] : null));
            else if (datelines[i] is { } line && DateExtractor.ParseDateline(line, DayFirst(line, story)) is { } d) result.Add(new ArticleAnchor(a, d, "dateline", line));
            else result.Add(new ArticleAnchor(a, null, "none", null));
        }
        return result;
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
            var fact = new DateFact { Id = "d" + (++n), Date = g.First().Date! };
            foreach (var m in g) if (m.Warning is { } w) fact.Warnings.Add(w);
            if (fact.Warnings.Count > 0) fact.Confidence = 0.5;
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
