using System.Globalization;
using Roundup.Model;

namespace Roundup.Facts;

/// <summary>
/// Finds conflicts between outlets: the same slot (someone's age, a count, an amount, a duration, a measurement,
/// the date of an event, the place of an event) given different values by different articles. A value counts
/// against another only when the other article never gives it for that slot.
/// </summary>
internal static class Corroboration
{
    /// <summary>Largest ratio between two values of one slot still read as a disagreement.</summary>
    private const double MaxRatio = 2.5;

    /// <summary>Largest gap, in days, between two dates of one event still read as a disagreement.</summary>
    private const int MaxDateGap = 14;

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "at", "near" };

    /// <summary>The qualifier of a count's progress ("vote (counted)"; <see cref="NumberExtractor"/>).</summary>
    private const string CountedQualifier = " (counted)";

    /// <summary>The qualifier of a value a figure moved from ("up from 2.9 percent"; <see cref="NumberExtractor"/>): its subject is
    /// the word before "from", rarely the measure, so such values are never compared.</summary>
    private const string PreviousQualifier = " (previous)";

    /// <summary>The qualifier of a count over a period ("six of the past seven contests"; <see cref="NumberExtractor"/>): never compared.</summary>
    private const string PeriodQualifier = " (period)";

    public static List<FactConflict> Conflicts(List<ArticleContext> contexts, List<List<DateMention>> dates, List<List<NumberMention>> numbers,
        List<EntityFact> entities, FactsOptions options)
    {
        _ = entities;
        var conflicts = new List<FactConflict>();
        var independent = Enumerable.Range(0, contexts.Count).Where(i => contexts[i].Article.DuplicateOf is null).ToList();

        // 1. Numbers by exact slot. A count's progress ("with 68 percent of the ballots counted") is never compared:
        // reports written at different hours give different progress. A value given in a sentence with such a progress
        // is a partial result, compared only with values given at the same progress ("68 percent counted: 26.8" and
        // "90 percent counted: 27.1" are two stages of one count, not two answers).
        var bySlot = new Dictionary<(string Slot, double Progress), List<NumberMention>>();
        foreach (var i in independent)
        {
            var progress = new Dictionary<int, double>();
            foreach (var n in numbers[i])
                if (n.Subject.EndsWith(CountedQualifier, StringComparison.Ordinal))
                    progress.TryAdd(contexts[i].SentenceIndexAt(n.Span.Start), n.Amount);
            foreach (var n in numbers[i])
            {
                if (n.Kind == NumberKind.Age && n.Entity is null) continue;
                if (n.Kind == NumberKind.Count && n.Subject.Length == 0) continue;
                if (n.Subject.EndsWith(CountedQualifier, StringComparison.Ordinal) || n.Subject.EndsWith(PreviousQualifier, StringComparison.Ordinal)
                    || n.Subject.EndsWith(PeriodQualifier, StringComparison.Ordinal)) continue;
                var key = (n.Key, progress.Count == 0 ? -1 : progress.GetValueOrDefault(contexts[i].SentenceIndexAt(n.Span.Start), -1));
                if (!bySlot.TryGetValue(key, out var l)) bySlot[key] = l = [];
                l.Add(n);
            }
        }
        foreach (var ((slot, _), list) in bySlot)
            if (Disputed(list) is { } values && (list[0].Kind == NumberKind.Age || IsCrowd(list[0])
                || Aligned(list, list[0].Kind == NumberKind.Duration ? options.AlignedSentenceOverlap : options.AlignedNumberOverlap)))
                conflicts.Add(new FactConflict(slot, Describe(list[0]), values));

        // 2. Money, percentages and measurements whose subject is unknown: one value per article.
        foreach (var kind in new[] { NumberKind.Money, NumberKind.Percent, NumberKind.Measure })
        {
            var single = new List<NumberMention>();
            foreach (var i in independent)
            {
                // A threshold ("(needed)") or a count's progress ("(counted)") has its own slot and is never compared.
                var own = numbers[i].Where(n => n.Kind == kind && !n.Subject.EndsWith(')')).ToList();
                if (own.Select(n => n.Amount).Distinct().Count() == 1) single.AddRange(own);
            }
            if (single.Select(n => n.Context).Distinct().Count() < 2) continue;
            if (kind == NumberKind.Money && single.Select(n => n.Unit).Distinct().Count() > 1) continue;
            if (Disputed(single) is not { } values || !Aligned(single, options.AlignedNumberOverlap)) continue;
            var amounts = values.Select(v => v.Value).ToHashSet();
            if (conflicts.Any(c => c.Values.Select(v => v.Value).ToHashSet().SetEquals(amounts))) continue;
            conflicts.Add(new FactConflict(kind.ToString().ToLowerInvariant(), Describe(single[0]) , values));
        }

        // 3. Dates of the same event: aligned sentences (high word overlap) with different days.
        // Content words of a sentence, computed only for sentences that carry a day.
        var stemCache = new Dictionary<(int, int), HashSet<string>>();
        HashSet<string> Stems(int article, int sentence)
        {
            if (!stemCache.TryGetValue((article, sentence), out var set))
                stemCache[(article, sentence)] = set = FactText.ContentStems(contexts[article].Text, contexts[article].Sentences[sentence]);
            return set;
        }
        var dateConflicts = new Dictionary<(DateOnly, DateOnly), HashSet<DateMention>>();
        // "officials said on Monday" dates the report, not the event: such dates are never compared.
        var days = dates.Select(l => l.Where(d => d.Date is { Granularity: DateGranularity.Day } && !ReportingDate(d)).ToList()).ToList();
        var daySets = days.Select(l => l.Select(d => d.Date!.Start).ToHashSet()).ToList();
        var sentenceOf = days.Select((l, i) => l.Select(d => contexts[i].SentenceIndexAt(d.Span.Start)).ToList()).ToList();
        // A sentence that names two or more days lists several events ("contests in Nevada on Feb. 20 and South Carolina on
        // Feb. 27"): none of its days is another sentence's one event's. Such sentences, per article, found once.
        var listing = days.Select((l, i) => l.Select((d, k) => (Sentence: sentenceOf[i][k], Day: d.Date!.Start)).Distinct()
            .GroupBy(e => e.Sentence).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet()).ToList();
        foreach (var i in independent)
            foreach (var j in independent.Where(j => j > i))
                for (int x = 0; x < days[i].Count; x++)
                    for (int y = 0; y < days[j].Count; y++)
                    {
                        var da = days[i][x];
                        var db = days[j][y];
                        if (da.Date!.Start == db.Date!.Start || daySets[i].Contains(db.Date.Start) || daySets[j].Contains(da.Date.Start)) continue;
                        if (Math.Abs(da.Date.Start.DayNumber - db.Date.Start.DayNumber) > MaxDateGap) continue;
                        int sa = sentenceOf[i][x], sb = sentenceOf[j][y];
                        if (sa < 0 || sb < 0 || listing[i].Contains(sa) || listing[j].Contains(sb)) continue;
                        if (FactText.Dice(Stems(i, sa), Stems(j, sb)) < options.AlignedSentenceOverlap) continue;
                        var key = da.Date.Start < db.Date.Start ? (da.Date.Start, db.Date.Start) : (db.Date.Start, da.Date.Start);
                        if (!dateConflicts.TryGetValue(key, out var entry)) dateConflicts[key] = entry = [];
                        entry.Add(da);
                        entry.Add(db);
                    }
        foreach (var (_, set) in dateConflicts)
        {
            var entry = (Mentions: set.OrderBy(m => m.Context.Article.Index).ThenBy(m => m.Span.Start).ToList(), 0);
            var values = entry.Mentions.GroupBy(m => m.Date!.Iso).Select(g => new ConflictValue(g.Key,
                [.. g.Select(m => m.Context.Article).Distinct().OrderBy(a => a.Index)],
                [.. g.Select(m => new FactMention(m.Context.Article, m.Span, m.Text))])).ToList();
            int si = entry.Mentions[0].Context.SentenceIndexAt(entry.Mentions[0].Span.Start);
            var s = entry.Mentions[0].Context.Sentences[si];
            var what = entry.Mentions[0].Context.Text.Substring(s.Start, Math.Min(s.Length, 80));
            conflicts.Add(new FactConflict("date", $"date of: {what}{(s.Length > 80 ? "…" : "")}", values));
        }

        // 4. Places of the same thing: "The tour opens in Dublin" vs "The tour will begin in Belfast".
        var places = new Dictionary<string, List<(ArticleContext Ctx, TextSpan Span, EntityFact Place)>>(StringComparer.Ordinal);
        foreach (var i in independent)
        {
            var ctx = contexts[i];
            foreach (var (span, entity) in ctx.Mentions)
            {
                if (entity.EntityKind != EntityKind.Place || ctx.InQuote(span.Start)) continue;
                var prev = PreviousWord(ctx.Text, span.Start);
                if (prev is null || !PlacePrepositions.Contains(prev)) continue;
                int si = ctx.SentenceIndexAt(span.Start);
                if (si < 0) continue;
                var key = SubjectWord(ctx, ctx.Sentences[si]);
                if (key is null) continue;
                if (!places.TryGetValue(key, out var l)) places[key] = l = [];
                if (!l.Any(x => x.Ctx == ctx && x.Span.Start / 1 >= 0 && x.Place == entity && ctx.SentenceIndexAt(x.Span.Start) == si)) l.Add((ctx, span, entity));
            }
        }
        foreach (var (key, list) in places)
        {
            var ctxs = list.Select(x => x.Ctx).Distinct().ToList();
            if (ctxs.Count < 2) continue;
            // Places of one event are named in aligned sentences, and at one level: "where he lived" (a town) and
            // "where thousands live" (a country) are not two answers to one question.
            var aligned = list.Select(x => (x.Ctx, Stems: FactText.ContentStems(x.Ctx.Text, x.Ctx.Sentences[x.Ctx.SentenceIndexAt(x.Span.Start)]))).ToList();
            bool alignedAll = true;
            for (int a = 0; a < aligned.Count && alignedAll; a++)
                for (int b = a + 1; b < aligned.Count && alignedAll; b++)
                    if (aligned[a].Ctx != aligned[b].Ctx && FactText.Dice(aligned[a].Stems, aligned[b].Stems) < options.AlignedPlaceOverlap) alignedAll = false;
            if (!alignedAll) continue;
            if (list.Select(x => Gazetteer.Places.Contains(x.Place.Name)).Distinct().Count() > 1) continue;
            // Each article names one place for this subject, and never mentions the other's.
            if (ctxs.Any(c => list.Where(x => x.Ctx == c).Select(x => x.Place).Distinct().Count() != 1)) continue;
            var distinct = list.Select(x => x.Place).Distinct().ToList();
            if (distinct.Count < 2) continue;
            bool clean = true;
            foreach (var c in ctxs)
            {
                var own = list.First(x => x.Ctx == c).Place;
                var mentioned = c.Mentions.Select(m => m.Entity).ToHashSet();
                if (distinct.Any(p => p != own && mentioned.Contains(p))) clean = false;
            }
            if (!clean) continue;
            var values = list.GroupBy(x => x.Place).Select(g => new ConflictValue(g.Key.Name,
                [.. g.Select(x => x.Ctx.Article).Distinct().OrderBy(a => a.Index)],
                [.. g.Select(x => new FactMention(x.Ctx.Article, x.Span, x.Ctx.Text.Substring(x.Span.Start, x.Span.Length)))])).ToList();
            conflicts.Add(new FactConflict("place:" + key, $"place of the {key}", values));
        }
        return conflicts;
    }

    /// <summary>
    /// A crowd's size ("put the crowd at 18,000" / "estimated the crowd at 11,000") is, like an age, tied to its
    /// subject, the story's gathering: outlets write it in sentences too unlike to be aligned (who estimated, and the
    /// other side's count beside it), and each outlet giving one close value is what a reader would call a dispute.
    /// </summary>
    private static bool IsCrowd(NumberMention n) => n.Kind == NumberKind.Count && n.Subject == "crowd";

    /// <summary>
    /// Whether two different values of the slot stand in sentences of different articles that report the same thing
    /// (content-word Dice at least <paramref name="overlap"/>): "the third fire in six weeks" / "the third such
    /// incident in five weeks", not "seven children in college" / "ten children".
    /// </summary>
    private static bool Aligned(List<NumberMention> list, double overlap)
    {
        var stems = list.Select(n =>
        {
            int si = n.Context.SentenceIndexAt(n.Span.Start);
            return si < 0 ? [] : FactText.ContentStems(n.Context.Text, n.Context.Sentences[si]);
        }).ToList();
        for (int a = 0; a < list.Count; a++)
            for (int b = a + 1; b < list.Count; b++)
                if (list[a].Context != list[b].Context && list[a].Amount != list[b].Amount && FactText.Dice(stems[a], stems[b]) >= overlap) return true;
        return false;
    }

    /// <summary>The values of a slot when at least two articles disagree (each gives a value the other never gives); else null.</summary>
    private static List<ConflictValue>? Disputed(List<NumberMention> list)
    {
        var byArticle = list.GroupBy(n => n.Context).ToList();
        if (byArticle.Count < 2) return null;
        // An article that gives several values for the slot is talking about several things: no conflict to read.
        if (byArticle.Any(g => g.Select(n => n.Amount).Distinct().Count() > 1)) return null;
        // Outlets that disagree give close values (12 vs 14, $1.2bn vs $1.4bn); far-apart values count different things.
        double lo = list.Min(n => n.Amount), hi = list.Max(n => n.Amount);
        if (lo <= 0 || hi / lo > MaxRatio) return null;
        bool disputed = false;
        for (int a = 0; a < byArticle.Count && !disputed; a++)
            for (int b = a + 1; b < byArticle.Count && !disputed; b++)
            {
                var va = byArticle[a].Select(n => n.Amount).ToHashSet();
                var vb = byArticle[b].Select(n => n.Amount).ToHashSet();
                if (va.Except(vb).Any() && vb.Except(va).Any()) disputed = true;
            }
        if (!disputed) return null;
        return [.. list.GroupBy(n => n.Amount).OrderBy(g => g.Min(n => n.Context.Article.Index)).Select(g => new ConflictValue(
            g.Key.ToString("0.###", CultureInfo.InvariantCulture),
            [.. g.Select(n => n.Context.Article).Distinct().OrderBy(x => x.Index)],
            [.. g.Select(n => new FactMention(n.Context.Article, n.Span, n.Context.Text.Substring(n.Span.Start, n.Span.Length)))]))];
    }

    private static string Describe(NumberMention n) => n.Kind switch
    {
        NumberKind.Age => "age of " + (n.Entity?.Name ?? "?"),
        NumberKind.Duration => "duration (" + n.Unit + "s)",
        NumberKind.Count => (IsCrowd(n) ? "size of " : "number of ") + n.Subject,
        NumberKind.Money => n.Subject.Length > 0 ? "amount of the " + n.Subject : "amount of money",
        NumberKind.Percent => n.Subject.Length > 0 ? "percentage (" + n.Subject + ")" : "percentage",
        _ => n.Unit.Length > 0 ? n.Unit : "measurement",
    };

    /// <summary>Reporting verbs beside the say-verbs, and words that may stand between one and its date (lexicon <c>report-date-words</c>).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ReportVerbs = ReportDateWords("verb");

    private static readonly System.Collections.Frozen.FrozenSet<string> ReportSkipWords = ReportDateWords("skip");

    private static System.Collections.Frozen.FrozenSet<string> ReportDateWords(string kind) => System.Collections.Frozen.FrozenSet.ToFrozenSet(
        Lexicon.LanguageLexicon.English.Lines("report-date-words").Where(l => l.StartsWith(kind + ":", StringComparison.Ordinal)).Select(l => l[(kind.Length + 1)..].Trim()),
        StringComparer.Ordinal);

    /// <summary>A date that dates the report ("officials said on Monday", "told reporters Tuesday"), not the event.</summary>
    private static bool ReportingDate(DateMention d)
    {
        var text = d.Context.Text;
        if (OpensAReport(d)) return true;
        int i = d.Span.Start;
        for (int k = 0; k < 3; k++)
        {
            var w = PreviousWord(text, i);
            if (w is null) return false;
            var lw = w.ToLowerInvariant();
            if (Gazetteer.SpeechVerbs.Contains(lw) || ReportVerbs.Contains(lw)) return true;
            if (!ReportSkipWords.Contains(lw)) return false;
            i = text.LastIndexOf(w, i - 1, StringComparison.Ordinal);
            if (i < 0) return false;
        }
        return false;
    }

    /// <summary>
    /// A date that opens its sentence before a comma and a speaker's say-verb ("On Sunday, Hall said he would meet …",
    /// "On Friday, NTSB Chairman James Hall said …"): it dates the statement, not the event.
    /// </summary>
    private static bool OpensAReport(DateMention d)
    {
        var text = d.Context.Text;
        int after = d.Span.Start + d.Span.Length;
        return DateExtractor.OpensTheSentence(d) && after < text.Length && text[after] == ','
            && DateExtractor.WordsAfter(d, 7, skipPoints: true).Any(w => Gazetteer.SpeechVerbs.Contains(w) || ReportVerbs.Contains(w));
    }

    private static string? PreviousWord(string text, int pos)
    {
        int e = pos;
        while (e > 0 && text[e - 1] is ' ' or '\n') e--;
        int s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return s < e ? text[s..e] : null;
    }

    private static string? SubjectWord(ArticleContext ctx, TextSpan sentence)
    {
        foreach (var t in FactText.Tokenize(ctx.Text, sentence.Start, sentence.End).Take(6))
        {
            if (!char.IsLower(t.Text[0]) && !(t.Start == sentence.Start && ctx.MentionCovering(t.Start) is null)) continue;
            var w = t.Text.ToLowerInvariant();
            if (Gazetteer.Stop.Contains(w) || w.Length < 3) continue;
            if (ctx.MentionCovering(t.Start) is not null) continue;
            return w.EndsWith('s') && w.Length > 4 ? w[..^1] : w;
        }
        return null;
    }
}
