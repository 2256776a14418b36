using System.Globalization;
using System.Text;
using Roundup.Model;
using Roundup.Pipeline;

namespace Roundup.Facts.Evaluation;

/// <summary>Precision, recall and F1 of one kind of fact.</summary>
/// <param name="Kind">What was scored.</param>
/// <param name="Precision">Precision.</param>
/// <param name="Recall">Recall.</param>
/// <param name="Gold">Number of gold items.</param>
/// <param name="Predicted">Number of predicted items.</param>
public sealed record KindScore(string Kind, double Precision, double Recall, int Gold, int Predicted)
{
    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The result of <see cref="FactsEvaluation.Run(IReadOnlyList{GoldCluster}, RoundupPipeline?)"/>: one score per kind and the errors.</summary>
/// <param name="Clusters">Number of gold clusters.</param>
/// <param name="Entities">Alias merging: B-cubed over gold mentions (a gold mention the system missed is a singleton).</param>
/// <param name="Mentions">Entity mention detection (predicted mentions outside the annotated entities count as false).</param>
/// <param name="Dates">Date expressions resolved to the right ISO value (span overlap and equal value).</param>
/// <param name="Quotes">Quotations with the right speaker.</param>
/// <param name="QuoteSpans">Quotations found, speaker ignored.</param>
/// <param name="Conflicts">Planted conflicts found (a predicted conflict whose values include the planted values).</param>
/// <param name="Errors">One line per missed or wrong item, for reading.</param>
public sealed record FactsEvaluationReport(int Clusters, KindScore Entities, KindScore Mentions, KindScore Dates, KindScore Quotes, KindScore QuoteSpans,
    KindScore Conflicts, IReadOnlyList<string> Errors)
{
    /// <summary>Merge, date-anchor and conflict figures a reader's trust rests on.</summary>
    public FactsTrustScores? Trust { get; init; }

    /// <summary>
    /// Entity mentions found whose entity has the gold kind (person, organisation, place, other): precision over the
    /// mentions aligned to a gold mention, recall over all gold mentions. Null when not scored.
    /// </summary>
    public KindScore? EntityKinds { get; init; }

    /// <summary>All scores, in display order.</summary>
    public IEnumerable<KindScore> Scores => EntityKinds is { } kinds ? [Entities, Mentions, kinds, Dates, Quotes, QuoteSpans, Conflicts] : [Entities, Mentions, Dates, Quotes, QuoteSpans, Conflicts];

    /// <summary>A fixed-width table of the scores.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"facts evaluation over {Clusters} clusters\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"kind",-34} {"P",6} {"R",6} {"F1",6} {"gold",6} {"pred",6}\n");
        foreach (var s in Scores)
            sb.Append(CultureInfo.InvariantCulture, $"{s.Kind,-34} {s.Precision,6:0.000} {s.Recall,6:0.000} {s.F1,6:0.000} {s.Gold,6} {s.Predicted,6}\n");
        if (Trust is { } t)
        {
            sb.Append(CultureInfo.InvariantCulture, $"wrong person merges                {t.WrongPersonMerges} (all wrong merges {t.WrongMerges}; tempting pairs merged {t.TemptingMerged} of {t.TemptingPairs})\n");
            sb.Append(CultureInfo.InvariantCulture, $"merge precision / recall           {t.MergePrecision:0.000} / {t.MergeRecall:0.000} ({t.MergesPredicted} form pairs joined)\n");
            sb.Append(CultureInfo.InvariantCulture, $"conflict precision / recall        {Conflicts.Precision:0.000} / {Conflicts.Recall:0.000} (false candidates flagged {t.FalseConflictsFlagged} of {t.FalseConflictCandidates})\n");
            sb.Append(CultureInfo.InvariantCulture, $"date accuracy, publication known   {t.DateAccuracyDated:0.000} ({t.DatedGold} dates)\n");
            sb.Append(CultureInfo.InvariantCulture, $"dates resolved, publication unknown {t.ResolvedUndated} (gold: {t.UnresolvableGold} relative expressions left unresolved)\n");
        }
        return sb.ToString();
    }
}

/// <summary>The figures a reader's trust rests on (issue #12), beside the per-kind scores.</summary>
/// <param name="WrongPersonMerges">Pairs of different gold entities, at least one a person, whose mentions share a predicted entity.</param>
/// <param name="WrongMerges">All pairs of different gold entities merged (any kind).</param>
/// <param name="MergePrecision">Of the pairs of distinct surface forms the system joined into one entity, the share that name one gold entity.</param>
/// <param name="MergeRecall">Of the pairs of distinct surface forms of one gold entity, the share joined.</param>
/// <param name="MergesPredicted">Number of joined form pairs.</param>
/// <param name="TemptingPairs">Pairs of entities labelled as tempting wrong merges ("distinct").</param>
/// <param name="TemptingMerged">How many of those were merged.</param>
/// <param name="DateAccuracyDated">Share of gold dates resolved to the right value in articles whose publication date is known.</param>
/// <param name="DatedGold">Number of those gold dates.</param>
/// <param name="ResolvedUndated">Dates resolved in articles with no known publication date other than the explicit ones the gold gives (target 0).</param>
/// <param name="UnresolvableGold">Relative expressions the gold marks as unresolvable (no publication date).</param>
/// <param name="FalseConflictCandidates">Labelled false conflict candidates.</param>
/// <param name="FalseConflictsFlagged">How many of those were reported as conflicts.</param>
public sealed record FactsTrustScores(int WrongPersonMerges, int WrongMerges, double MergePrecision, double MergeRecall, int MergesPredicted,
    int TemptingPairs, int TemptingMerged, double DateAccuracyDated, int DatedGold, int ResolvedUndated, int UnresolvableGold,
    int FalseConflictCandidates, int FalseConflictsFlagged);

/// <summary>
/// Scores the facts stage against the gold set: entity alias merging (B-cubed over mentions), dates resolved to
/// the right value, quotes with the right speaker, planted conflicts found.
/// </summary>
public static class FactsEvaluation
{
    /// <summary>Runs <paramref name="pipeline"/> (default: clean, segment, facts) on every gold cluster and scores it.</summary>
    public static FactsEvaluationReport Run(IReadOnlyList<GoldCluster> gold, RoundupPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        pipeline ??= new RoundupPipelineBuilder().UseCleaning().UseSegmentation().UseFacts().Build();
        var errors = new List<string>();
        double bPrec = 0, bRec = 0;
        int goldMentions = 0, predMentions = 0, alignedMentions = 0, kindsRight = 0;
        int dateGold = 0, datePred = 0, dateRecallHits = 0, datePrecHits = 0;
        int quoteGold = 0, quotePred = 0, quoteRecallHits = 0, quotePrecHits = 0, spanRecallHits = 0, spanPrecHits = 0;
        int conflictGold = 0, conflictPred = 0, conflictFound = 0, conflictPredHits = 0;
        int mergesPredicted = 0, mergesRight = 0, mergesGold = 0, mergesFound = 0, wrongMerges = 0, wrongPersonMerges = 0, temptingMerges = 0, temptingMerged = 0;
        int datedGold = 0, datedRight = 0, unresolvedGold = 0, resolvedUndated = 0, falseCandidates = 0, falseCandidatesFlagged = 0;

        foreach (var g in gold)
        {
            var cluster = pipeline.Run(g.ToCluster());
            var facts = cluster.Facts ?? throw new InvalidOperationException("The pipeline has no facts stage.");
            var byId = cluster.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

            // ---- Entities: gold mentions by longest alias first.
            var goldMentionList = new List<(Article A, TextSpan Span, string Entity)>();
            foreach (var a in cluster.Articles)
            {
                var taken = new List<TextSpan>();
                var own = g.ArticleAliases.GetValueOrDefault(a.Id) ?? new Dictionary<string, string>();
                var aliases = g.Entities.SelectMany(kv => kv.Value.Where(al => !own.ContainsKey(al)).Select(al => (kv.Key, al)))
                    .Concat(own.Select(kv => (kv.Value, kv.Key)));
                foreach (var (eid, alias) in aliases.OrderByDescending(x => x.Item2.Length))
                    foreach (var span in FactsGold.Occurrences(a.Text, alias))
                        if (!taken.Any(t => t.Overlaps(span))) { taken.Add(span); goldMentionList.Add((a, span, eid)); }
            }
            var predicted = facts.Entities.SelectMany(e => e.Mentions.Select(m => (m.Article, m.Span, Entity: e))).ToList();
            var used = new HashSet<int>();
            var alignedTo = new EntityFact?[goldMentionList.Count];
            for (int i = 0; i < goldMentionList.Count; i++)
            {
                var (a, span, _) = goldMentionList[i];
                int best = -1, bestOverlap = 0;
                for (int k = 0; k < predicted.Count; k++)
                {
                    if (used.Contains(k) || predicted[k].Article != a || !predicted[k].Span.Overlaps(span)) continue;
                    int ov = Math.Min(span.End, predicted[k].Span.End) - Math.Max(span.Start, predicted[k].Span.Start);
                    if (ov > bestOverlap) { bestOverlap = ov; best = k; }
                }
                if (best >= 0)
                {
                    used.Add(best);
                    alignedTo[i] = predicted[best].Entity;
                    if (KindName(predicted[best].Entity.EntityKind) == g.Kinds.GetValueOrDefault(goldMentionList[i].Entity)) kindsRight++;
                    else errors.Add($"{g.Id}/{a.Id}: entity kind of '{a.Text.Substring(span.Start, span.Length)}' ({goldMentionList[i].Entity}): {KindName(predicted[best].Entity.EntityKind)}, gold {g.Kinds.GetValueOrDefault(goldMentionList[i].Entity) ?? "none"}");
                }
                else errors.Add($"{g.Id}/{a.Id}: entity mention not found: '{a.Text.Substring(span.Start, span.Length)}' ({goldMentionList[i].Entity})");
            }
            goldMentions += goldMentionList.Count;
            predMentions += predicted.Count;
            alignedMentions += used.Count;
            for (int i = 0; i < goldMentionList.Count; i++)
            {
                var goldSet = Enumerable.Range(0, goldMentionList.Count).Where(j => goldMentionList[j].Entity == goldMentionList[i].Entity).ToHashSet();
                var predSet = alignedTo[i] is null ? [i] : Enumerable.Range(0, goldMentionList.Count).Where(j => alignedTo[j] == alignedTo[i]).ToHashSet();
                double inter = goldSet.Intersect(predSet).Count();
                bPrec += inter / predSet.Count;
                bRec += inter / goldSet.Count;
                if (inter < predSet.Count)
                    errors.Add($"{g.Id}/{goldMentionList[i].A.Id}: '{Show(goldMentionList[i])}' ({goldMentionList[i].Entity}) merged with {string.Join(", ", predSet.Except(goldSet).Select(j => $"'{Show(goldMentionList[j])}' ({goldMentionList[j].Entity})").Distinct().Take(3))}");
            }
            foreach (var grp in Enumerable.Range(0, goldMentionList.Count).GroupBy(i => goldMentionList[i].Entity))
            {
                var parts = grp.Where(i => alignedTo[i] is not null).GroupBy(i => alignedTo[i]!).ToList();
                if (parts.Count > 1)
                    errors.Add($"{g.Id}: entity {grp.Key} split into {string.Join(" / ", parts.Select(p => "'" + p.Key.Name + "' (" + string.Join(", ", p.Select(i => Show(goldMentionList[i])).Distinct()) + ")"))}");
            }
            // Map predicted entities to gold entity ids (majority of aligned mentions).
            var entityMap = new Dictionary<EntityFact, string>();
            foreach (var grp in Enumerable.Range(0, goldMentionList.Count).Where(i => alignedTo[i] is not null).GroupBy(i => alignedTo[i]!))
                entityMap[grp.Key] = grp.GroupBy(i => goldMentionList[i].Entity).OrderByDescending(x => x.Count()).First().Key;

            // ---- Merges: pairs of distinct surface forms joined in one predicted entity, right when one gold entity.
            var forms = Enumerable.Range(0, goldMentionList.Count).Where(i => alignedTo[i] is not null)
                .Select(i => (Pred: alignedTo[i]!, Gold: goldMentionList[i].Entity, Form: Show(goldMentionList[i]))).Distinct().ToList();
            foreach (var grp in forms.GroupBy(x => x.Pred))
            {
                var list = grp.ToList();
                for (int x = 0; x < list.Count; x++)
                    for (int y = x + 1; y < list.Count; y++)
                    {
                        if (list[x].Form == list[y].Form && list[x].Gold == list[y].Gold) continue;
                        mergesPredicted++;
                        if (list[x].Gold == list[y].Gold) mergesRight++;
                    }
                var golds = list.Select(x => x.Gold).Distinct().Order(StringComparer.Ordinal).ToList();
                for (int x = 0; x < golds.Count; x++)
                    for (int y = x + 1; y < golds.Count; y++)
                    {
                        bool person = g.Kinds.GetValueOrDefault(golds[x]) == "person" || g.Kinds.GetValueOrDefault(golds[y]) == "person";
                        wrongMerges++;
                        if (person) wrongPersonMerges++;
                        errors.Add($"{g.Id}: wrong merge{(person ? " (person)" : "")}: {golds[x]} + {golds[y]} in '{grp.Key.Name}'");
                    }
            }
            foreach (var grp in forms.GroupBy(x => x.Gold))
            {
                var list = grp.Select(x => (x.Pred, x.Form)).Distinct().ToList();
                for (int x = 0; x < list.Count; x++)
                    for (int y = x + 1; y < list.Count; y++)
                    {
                        if (list[x].Form == list[y].Form && list[x].Pred == list[y].Pred) continue;
                        mergesGold++;
                        if (list[x].Pred == list[y].Pred) mergesFound++;
                    }
            }
            foreach (var (ea, eb) in g.Distinct)
            {
                temptingMerges++;
                if (forms.Where(x => x.Gold == ea).Select(x => x.Pred).Intersect(forms.Where(x => x.Gold == eb).Select(x => x.Pred)).Any())
                {
                    temptingMerged++;
                    errors.Add($"{g.Id}: tempting wrong merge made: {ea} + {eb}");
                }
            }

            // ---- Dates.
            var goldDates = new List<(Article A, TextSpan Span, string Value, string Expr)>();
            var unresolvable = new List<(Article A, TextSpan Span, string Expr)>();
            foreach (var (aid, map) in g.Dates)
                foreach (var (expr, value) in map)
                    foreach (var span in FactsGold.Occurrences(byId[aid].Text, expr))
                        if (value is null) unresolvable.Add((byId[aid], span, expr));
                        else goldDates.Add((byId[aid], span, value, expr));
            var predDates = facts.Dates.SelectMany(d => d.Mentions.Select(m => (m.Article, m.Span, Value: d.Value, m.Text))).ToList();
            dateGold += goldDates.Count;
            datePred += predDates.Count;
            foreach (var gd in goldDates.Where(d => g.Dated.Contains(d.A.Id)))
            {
                datedGold++;
                if (predDates.Any(p => p.Article == gd.A && p.Span.Overlaps(gd.Span) && p.Value == gd.Value)) datedRight++;
            }
            unresolvedGold += unresolvable.Count;
            foreach (var pd in predDates.Where(p => !g.Dated.Contains(p.Article.Id)))
            {
                if (goldDates.Any(gd => gd.A == pd.Article && pd.Span.Overlaps(gd.Span) && pd.Value == gd.Value)) continue;
                resolvedUndated++;
                errors.Add($"{g.Id}/{pd.Article.Id}: date '{pd.Text}' resolved to {pd.Value} without a publication date");
            }
            foreach (var gd in goldDates)
            {
                if (predDates.Any(p => p.Article == gd.A && p.Span.Overlaps(gd.Span) && p.Value == gd.Value)) dateRecallHits++;
                else
                {
                    var got = predDates.Where(p => p.Article == gd.A && p.Span.Overlaps(gd.Span)).Select(p => p.Value).FirstOrDefault();
                    errors.Add($"{g.Id}/{gd.A.Id}: date '{gd.Expr}' = {gd.Value}, got {got ?? "nothing"}");
                }
            }
            foreach (var pd in predDates)
            {
                if (goldDates.Any(gd => gd.A == pd.Article && pd.Span.Overlaps(gd.Span) && pd.Value == gd.Value)) datePrecHits++;
                else if (!goldDates.Any(gd => gd.A == pd.Article && pd.Span.Overlaps(gd.Span)) && g.Dated.Contains(pd.Article.Id)) errors.Add($"{g.Id}/{pd.Article.Id}: extra date '{pd.Text}' = {pd.Value}");
            }

            // ---- Quotes.
            var goldQuotes = new List<(Article A, TextSpan Span, string? Speaker, string Text)>();
            foreach (var (aid, list) in g.Quotes)
                foreach (var (text, speaker) in list)
                    foreach (var span in FactsGold.Occurrences(byId[aid].Text, text).Take(1)) goldQuotes.Add((byId[aid], span, speaker, text));
            var predQuotes = facts.Quotes.SelectMany(q => q.Attributions.Select(at => (at.Mention.Article, at.Mention.Span,
                Speaker: at.Speaker is null ? null : entityMap.GetValueOrDefault(at.Speaker, "?" + at.Speaker.Name), at.Mention.Text))).ToList();
            quoteGold += goldQuotes.Count;
            quotePred += predQuotes.Count;
            foreach (var gq in goldQuotes)
            {
                var over = predQuotes.Where(p => p.Article == gq.A && p.Span.Overlaps(gq.Span)).ToList();
                if (over.Count > 0) spanRecallHits++;
                if (over.Any(p => p.Speaker == gq.Speaker)) quoteRecallHits++;
                else errors.Add($"{g.Id}/{gq.A.Id}: quote '{gq.Text}' by {gq.Speaker ?? "(unnamed)"}, got {(over.Count == 0 ? "no quote" : "speaker " + (over[0].Speaker ?? "(none)"))}");
            }
            foreach (var pq in predQuotes)
            {
                var over = goldQuotes.Where(gq => gq.A == pq.Article && pq.Span.Overlaps(gq.Span)).ToList();
                if (over.Count > 0) spanPrecHits++;
                else errors.Add($"{g.Id}/{pq.Article.Id}: extra quote '{Cut(pq.Text)}'");
                if (over.Any(gq => gq.Speaker == pq.Speaker)) quotePrecHits++;
            }

            // ---- Conflicts.
            conflictGold += g.Conflicts.Count;
            conflictPred += facts.Conflicts.Count;
            foreach (var (slot, values) in g.Conflicts)
            {
                if (facts.Conflicts.Any(c => Covers(c, values))) conflictFound++;
                else errors.Add($"{g.Id}: conflict {slot} [{string.Join(", ", values)}] not found");
            }
            falseCandidates += g.FalseConflicts.Count;
            foreach (var c in facts.Conflicts)
            {
                if (g.Conflicts.Any(gc => Covers(c, gc.Values))) conflictPredHits++;
                else if (g.FalseConflicts.Any(gc => Covers(c, gc.Values)))
                {
                    falseCandidatesFlagged++;
                    errors.Add($"{g.Id}: false conflict flagged (labelled not a conflict) {c.Slot}: {string.Join(" vs ", c.Values.Select(v => v.Value))}");
                }
                else errors.Add($"{g.Id}: extra conflict {c.Slot}: {string.Join(" vs ", c.Values.Select(v => v.Value))}");
            }
        }

        return new FactsEvaluationReport(gold.Count,
            new KindScore("entities (B-cubed alias merging)", Div(bPrec, goldMentions), Div(bRec, goldMentions), goldMentions, goldMentions),
            new KindScore("entity mentions (detection)", Div(alignedMentions, predMentions), Div(alignedMentions, goldMentions), goldMentions, predMentions),
            new KindScore("dates (right ISO value)", Div(datePrecHits, datePred), Div(dateRecallHits, dateGold), dateGold, datePred),
            new KindScore("quotes (with right speaker)", Div(quotePrecHits, quotePred), Div(quoteRecallHits, quoteGold), quoteGold, quotePred),
            new KindScore("quotes (span only)", Div(spanPrecHits, quotePred), Div(spanRecallHits, quoteGold), quoteGold, quotePred),
            new KindScore("conflicts (planted, found)", Div(conflictPredHits, conflictPred), Div(conflictFound, conflictGold), conflictGold, conflictPred),
            errors)
        {
            EntityKinds = new KindScore("entity kinds (aligned mentions)", Div(kindsRight, alignedMentions), Div(kindsRight, goldMentions), goldMentions, alignedMentions),
            Trust = new FactsTrustScores(wrongPersonMerges, wrongMerges, Div(mergesRight, mergesPredicted), Div(mergesFound, mergesGold), mergesPredicted,
                temptingMerges, temptingMerged, Div(datedRight, datedGold), datedGold, resolvedUndated, unresolvedGold, falseCandidates, falseCandidatesFlagged),
        };

        static string Show((Article A, TextSpan Span, string Entity) m) => m.A.Text.Substring(m.Span.Start, m.Span.Length);
        static string Cut(string s) => s.Length > 50 ? s[..50] + "…" : s;
    }

    private static double Div(double a, double b) => b == 0 ? 1 : a / b;

    /// <summary>An entity kind as the gold files write it.</summary>
    private static string KindName(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Place => "place",
        _ => "other",
    };

    private static bool Covers(FactConflict c, IReadOnlyList<string> values) =>
        values.All(v => c.Values.Any(p => SameValue(p.Value, v)));

    private static bool SameValue(string predicted, string gold)
    {
        if (string.Equals(predicted, gold, StringComparison.OrdinalIgnoreCase)) return true;
        return double.TryParse(gold, NumberStyles.Float, CultureInfo.InvariantCulture, out var g)
            && double.TryParse(predicted.Split(' ')[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && Math.Abs(g - p) < 1e-6;
    }
}
