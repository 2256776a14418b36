using System.Globalization;
using System.Text;
using Roundup.Model;

namespace Roundup.Clustering;

/// <summary>One level's verdict on two articles: together or not, and the similarity that decided it.</summary>
/// <param name="Level">Event or subject.</param>
/// <param name="Together">Whether the two articles are in one story at this level.</param>
/// <param name="StoryA">The story of the first article at this level (<c>story-N</c> or <c>subject-N</c>) and its label.</param>
/// <param name="StoryB">The story of the second article.</param>
/// <param name="GroupSimilarity">The mean similarity over all cross pairs of the two stories (event level: locally scaled,
/// pairs outside the event window counting 0); for two articles in one story, the mean over the pairs of that story
/// that link the two articles' sides is not defined, so this is the pair's own similarity.</param>
/// <param name="Threshold">The mean similarity two groups need to merge at this level.</param>
/// <param name="Reason">One sentence saying why.</param>
public sealed record LevelVerdict(StoryLevel Level, bool Together, string StoryA, string StoryB, double GroupSimilarity, double Threshold, string Reason);

/// <summary>
/// Why two articles are or are not together (<see cref="ClusteringExplainer.Explain"/>): the similarity components of the
/// pair and each level's verdict.
/// </summary>
/// <param name="A">The first article's id.</param>
/// <param name="B">The second article's id.</param>
/// <param name="Cosine">Cosine of the two TF-IDF vectors (title and lead weighted, names boosted).</param>
/// <param name="SharedTerms">The terms that contribute most to <paramref name="Cosine"/>, heaviest first, with their share of it.</param>
/// <param name="SharedNames">Name-like terms (capitalised inside sentences, acronyms) both articles use.</param>
/// <param name="Hours">Hours between the two publication times, when both are known.</param>
/// <param name="LevelA">The first article's neighbourhood level (mean of its nearest similarities, subtracted at the event level).</param>
/// <param name="LevelB">The second article's neighbourhood level.</param>
/// <param name="EventSimilarity">The pair's event-level similarity: <paramref name="Cosine"/> minus the mean of the two levels,
/// or null when the pair is outside the event window.</param>
/// <param name="DuplicateOf">When one article is a near-copy of the other, which (they are then always in one event).</param>
/// <param name="Event">The event level's verdict.</param>
/// <param name="Subject">The subject level's verdict.</param>
public sealed record PairExplanation(string A, string B, double Cosine, IReadOnlyList<(string Term, double Share)> SharedTerms, IReadOnlyList<string> SharedNames,
    double? Hours, double LevelA, double LevelB, double? EventSimilarity, string? DuplicateOf, LevelVerdict Event, LevelVerdict Subject)
{
    /// <summary>What the pair's event similarity lost for the days between the two publication times
    /// (<see cref="StoryClusteringOptions.EventDayPenalty"/> per day; 0 when either is undated or the penalty is off).</summary>
    public double DayPenalty { get; init; }

    /// <summary>A readable account, one fact a line.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"{A} and {B}\n");
        sb.Append(c, $"  cosine {Cosine:0.000}; shared terms: {(SharedTerms.Count == 0 ? "none" : string.Join(", ", SharedTerms.Select(t => string.Create(c, $"{t.Term} {t.Share:0%}"))))}\n");
        sb.Append(c, $"  shared names: {(SharedNames.Count == 0 ? "none" : string.Join(", ", SharedNames))}\n");
        sb.Append(Hours is { } h ? string.Create(c, $"  published {h:0.#} hours apart\n") : "  publication time unknown for at least one of them\n");
        if (DuplicateOf is { } d) sb.Append(c, $"  near-copy: {d}\n");
        sb.Append(c, $"  neighbourhood levels {LevelA:0.000} / {LevelB:0.000}; event similarity {(EventSimilarity is { } e ? e.ToString("0.000", c) : "none (outside the event window)")}");
        sb.Append(EventSimilarity is not null && DayPenalty > 0 ? string.Create(c, $" (cosine minus the mean level, minus {DayPenalty:0.000} for the days between them)\n") : "\n");
        foreach (var v in new[] { Event, Subject })
            sb.Append(c, $"  {(v.Level == StoryLevel.Event ? "event" : "subject")}: {(v.Together ? "together" : "apart")} ({v.StoryA} / {v.StoryB}); {v.Reason}\n");
        return sb.ToString();
    }
}

/// <summary>Explains batch clustering's decisions for a pair of articles.</summary>
public static class ClusteringExplainer
{
    /// <summary>
    /// Clusters <paramref name="articles"/> in batch mode (as <see cref="StoryClusterer.Batch"/> does, cleaned articles
    /// expected) and says why the articles with ids <paramref name="idA"/> and <paramref name="idB"/> are or are not together
    /// at each level. An id may also be given without a file's folder or extension. Throws <see cref="ArgumentException"/> when an
    /// id is not among the articles.
    /// </summary>
    public static PairExplanation Explain(IReadOnlyList<Article> articles, string idA, string idB, StoryClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(idA);
        ArgumentNullException.ThrowIfNull(idB);
        options ??= StoryClusteringOptions.Default;
        options.Validate();
        var order = StoryClusterer.TimeOrder(articles);
        var sorted = order.Select(k => articles[k]).ToArray();
        int a = Find(sorted, idA), b = Find(sorted, idB);
        var prep = StoryClusterer.Prepare(sorted, options, null);
        var eventVectors = prep.Vectors(options);
        var levels = StoryClusterer.TwoLevels(eventVectors, prep.Dense, prep.Times, prep.Skip, options, prep.SubjectVectors(options, eventVectors), prep.Stats.IsName);
        var events = (int[])levels.Events.Clone();
        var subjects = (int[])levels.Subjects.Clone();
        var dupOf = prep.DupOf;
        for (int i = 0; i < sorted.Length; i++)
            if (dupOf[i] >= 0) { events[i] = events[dupOf[i]]; subjects[i] = subjects[dupOf[i]]; }
        var result = StoryBuilder.Build(sorted, events, subjects, levels.Vectors, prep.Stats, options, dupOf.Count(d => d >= 0));

        // Near-copies stand for their original in the graph.
        int ra = dupOf[a] >= 0 ? dupOf[a] : a, rb = dupOf[b] >= 0 ? dupOf[b] : b;
        var va = levels.Vectors[a];
        var vb = levels.Vectors[b];
        double cosine = va.Dot(vb);
        var shared = new List<(string, double)>();
        var names = new List<string>();
        var entityA = EntityTerms(prep.Raw[a]);
        var entityB = EntityTerms(prep.Raw[b]);
        for (int i = 0, j = 0; i < va.Ids.Length && j < vb.Ids.Length;)
        {
            if (va.Ids[i] == vb.Ids[j])
            {
                var term = prep.Stats.Term(va.Ids[i]);
                shared.Add((term, cosine > 0 ? va.Weights[i] * vb.Weights[j] / cosine : 0));
                if (entityA.Contains(term) && entityB.Contains(term)) names.Add(term);
                i++; j++;
            }
            else if (va.Ids[i] < vb.Ids[j]) i++;
            else j++;
        }
        double? hours = prep.Times[a] is { } ta && prep.Times[b] is { } tb ? Math.Abs((ta - tb).TotalHours) : null;
        double? eventSim = null;
        foreach (var p in levels.EventPairs)
            if ((p.A == Math.Min(ra, rb) && p.B == Math.Max(ra, rb))) eventSim = p.Sim;
        bool withinWindow = hours is null || hours <= options.EventWindow.TotalHours;
        double dayPenalty = hours is { } hh ? options.EventDayPenalty * hh / 24 : 0;
        if (eventSim is null && withinWindow && ra != rb) eventSim = cosine - (levels.EventLevels[ra] + levels.EventLevels[rb]) / 2 - dayPenalty;
        string? dup = dupOf[a] == b ? $"{sorted[a].Id} copies {sorted[b].Id}" : dupOf[b] == a ? $"{sorted[b].Id} copies {sorted[a].Id}" : null;

        var eventStory = (Func<int, string>)(i => $"{result.Stories[result.StoryOfArticle[i]].Id} \"{result.Stories[result.StoryOfArticle[i]].Label}\"");
        var subjectStory = (Func<int, string>)(i => $"{result.Subjects[result.SubjectOfArticle[i]].Id} \"{result.Subjects[result.SubjectOfArticle[i]].Label}\"");
        var c = CultureInfo.InvariantCulture;

        bool sameEvent = events[a] == events[b];
        double eventMean = sameEvent ? eventSim ?? 0 : GroupMean(levels.EventPairs, events, events[a], events[b]);
        // Which of the two (near-copies follow their original) the refinement passes moved at each level, if either.
        string? Moved(int[] before, int[] after) => before[ra] != after[ra] ? sorted[a].Id : before[rb] != after[rb] ? sorted[b].Id : null;
        bool linkedEvent = levels.LinkedEvents[ra] == levels.LinkedEvents[rb];
        string? eventMoved = Moved(levels.LinkedEvents, levels.RefinedEvents);
        // Did one of them, alone in its event after the refinement passes, join the other's event (GroupRefinement.LoneArticles)?
        GroupRefinement.LoneJoin? lone = null;
        foreach (var j in levels.LoneJoins) if (j.Article == ra || j.Article == rb) lone = j;
        // Did the event linkage's name gate refuse a merge of a group holding one with a group holding the other?
        EventEvidence.NameBlock? block = null;
        foreach (var k in levels.NameBlocks)
            if ((k.Left.Contains(ra) && k.Right.Contains(rb)) || (k.Left.Contains(rb) && k.Right.Contains(ra))) block = k;
        string NamesOf(int[] group) => string.Join(", ", EventEvidence.SalientNames(group.Select(i => levels.Vectors[i]), prep.Stats.IsName, options.EventLinkNames)
            .Select(prep.Stats.Term).Order(StringComparer.Ordinal));
        // Were their events apart after the refinement passes, until one continued a running event (GroupRefinement.ContinuedEvents)?
        GroupRefinement.EventContinuation? cont = null;
        if (levels.RefinedEvents[ra] != levels.RefinedEvents[rb] && levels.ContinuedEvents[ra] == levels.ContinuedEvents[rb])
            foreach (var j in levels.Continued)
                if (levels.RefinedEvents[j.Event] == levels.RefinedEvents[ra] || levels.RefinedEvents[j.Event] == levels.RefinedEvents[rb]) cont = j;
        string eventReason = dup is not null ? "near-copies are always in one event"
            : prep.Skip[ra] || prep.Skip[rb] ? "a page without story text stays on its own"
            : sameEvent && cont is { } cj ? string.Create(c, $"after the refinement passes, the event whose first article is {sorted[cj.Event].Id} continued the running event of its subject whose first article is {sorted[cj.Into].Id} (the clear join, replayed over events in time order): it began at most {options.EventClearGap.TotalHours:0} hours after that event's last article, the mean similarity of their cross pairs less the day penalty ({cj.Similarity:0.000}) is at least {options.EventClearJoin:0.###}, and no other running event of the subject reaches {options.EventClearMargin:0.###} of it ({(cj.Second > 0 ? cj.Second.ToString("0.000", c) + ", the next best" : "there was none")})")
            : sameEvent && lone is { } lj ? string.Create(c, $"after the refinement passes, {sorted[lj.Article].Id} was an event on its own and joined this event of its subject: its cosine with the event's centroid ({lj.Cosine:0.000}) is at least {options.EventLoneJoin:0.###}, and no other event of the subject reaches {options.EventLoneMargin:0.###} of that cosine ({(lj.Second > 0 ? lj.Second.ToString("0.000", c) + ", the next best" : "no other event of two articles or more within the longest event's span shares a term with it")})")
            : sameEvent && !linkedEvent && eventMoved is not null ? $"after linkage, {eventMoved} was moved into this event: its centroid matched {eventMoved} better than its own event's did"
            : !sameEvent && linkedEvent && eventMoved is not null ? $"linked into one event, then {eventMoved} was moved to another event whose centroid matched it better"
            : !sameEvent && block is { } nb ? string.Create(c, $"the event linkage's name gate refused to join their groups: a weak link (mean event similarity {nb.Sim:0.000}, below {options.EventLinkNamesBelow:0.###}) between dated reports whose {options.EventLinkNames} most salient names differ ({NamesOf(nb.Left)} vs {NamesOf(nb.Right)}): other people or places, another happening")
            : sameEvent && !withinWindow ? string.Create(c, $"linked into one event through the articles between them: published more than {options.EventWindow.TotalHours:0} hours apart (the event window), they are not compared directly, and an event may span up to {options.EventMaxSpan.TotalHours:0} hours")
            : sameEvent ? string.Create(c, $"their articles were linked into one event: the groups that merged had a mean event similarity of at least {options.EventThreshold:0.###}")
            : hours > options.EventMaxSpan.TotalHours ? string.Create(c, $"published more than {options.EventMaxSpan.TotalHours:0} hours apart (the longest event)")
            : !withinWindow ? string.Create(c, $"published more than {options.EventWindow.TotalHours:0} hours apart (the event window), they are not compared directly, and their events were not linked through the articles between them: the mean event similarity between the two events is {eventMean:0.000}, below {options.EventThreshold:0.###}, or merging them would span more than {options.EventMaxSpan.TotalHours:0} hours")
            : string.Create(c, $"the mean event similarity between the two events is {eventMean:0.000}, below {options.EventThreshold:0.###}, or merging them would span more than {options.EventMaxSpan.TotalHours:0} hours (the longest event)");
        bool sameSubject = subjects[a] == subjects[b];
        double subjectMean = GroupMean(levels.SubjectPairs, subjects, subjects[a], subjects[b]);
        bool linkedSubject = levels.LinkedSubjects[ra] == levels.LinkedSubjects[rb];
        string? subjectMoved = Moved(levels.LinkedSubjects, levels.Subjects);
        string movedInto = "";
        if (subjectMoved is not null)
        {
            // Was the moved event a subject on its own after linkage (then it joined at the join cosine), or one of several?
            int m = subjectMoved == sorted[a].Id ? ra : rb;
            int eventSize = 0, linkedSize = 0;
            for (int i = 0; i < sorted.Length; i++)
            {
                if (prep.Skip[i]) continue;
                if (levels.Events[i] == levels.Events[m]) eventSize++;
                if (levels.LinkedSubjects[i] == levels.LinkedSubjects[m]) linkedSize++;
            }
            movedInto = linkedSize == eventSize
                ? string.Create(c, $"it was a subject on its own, and its cosine with this subject's centroid was at least {(eventSize == 1 ? options.SubjectRefineJoinSingle : options.SubjectRefineJoin):0.###}{(eventSize == 1 ? " (one article)" : "")}")
                : "its centroid matched this subject's better than its own subject's did";
        }
        // Were they in one subject after linkage and merges, until a split (SubjectSplit) cut it in two?
        SubjectSplit.Cut? cut = null;
        if (levels.MergedSubjects[ra] == levels.MergedSubjects[rb] && levels.LinkedSubjects[ra] != levels.LinkedSubjects[rb])
            foreach (var k in levels.Cuts) if (k.Subject == levels.MergedSubjects[ra]) cut = k;
        // The subject level compares vectors whose names weigh SubjectEntityBoost instead of EntityBoost (SubjectVectors).
        string subjectNames = SubjectVectors.Same(options) ? "" : string.Create(c, $" (subject similarity: names weighted {options.SubjectEntityBoost:0.##}× instead of {options.EntityBoost:0.##}×)");
        // With subject communities: the links between the two articles' communities (before the split and refinement) against
        // what the quality asks of them.
        string? community = levels.SubjectGraph is { } graph
            ? Community(graph, levels, prep.Skip, options, ra, rb, c) + (hours is null && options.SubjectCommunityUndatedFloor > 0
                ? string.Create(c, $"; at least one of them is undated, and a pair with an undated article is a link of that graph only at a subject similarity of {options.SubjectCommunityUndatedFloor:0.###} or more")
                : "")
            : null;
        string subjectReason = sameEvent ? "one event is always in one subject"
            : sameSubject && !linkedSubject && subjectMoved is not null ? $"after linkage, the event of {subjectMoved} was moved into this subject: {movedInto}"
            : !sameSubject && linkedSubject && subjectMoved is not null ? $"linked into one subject, then the event of {subjectMoved} was moved to another subject whose centroid matched it better"
            : !sameSubject && cut is { } split ? string.Create(c, $"linked into one subject, then it was split in two: its events fell into two groups whose mean cross-pair similarity ({split.Cross:0.000}) is below {options.SubjectSplitRatio:0.###} of the lower of the groups' own mean pair similarities ({split.InnerStay:0.000} and {split.InnerLeave:0.000}){subjectNames}")
            : community is not null ? community + subjectNames
            : sameSubject ? string.Create(c, $"their events were joined into one subject (mean cross-pair similarity at least {options.LinkageThreshold:0.###}, or subject centroids with a cosine of at least {options.MergeThreshold:0.###}){subjectNames}")
            : string.Create(c, $"the mean similarity between the two subjects is {subjectMean:0.000}, below {options.LinkageThreshold:0.###}, and their centroids are not close enough to merge ({options.MergeThreshold:0.###}){subjectNames}");
        return new PairExplanation(sorted[a].Id, sorted[b].Id, cosine,
            [.. shared.OrderByDescending(t => t.Item2).Take(8)], [.. names.Take(8)], hours, levels.EventLevels[ra], levels.EventLevels[rb], withinWindow ? eventSim : null, dup,
            new LevelVerdict(StoryLevel.Event, sameEvent, eventStory(a), eventStory(b), eventMean, options.EventThreshold, eventReason),
            new LevelVerdict(StoryLevel.Subject, sameSubject, subjectStory(a), subjectStory(b), subjectMean, options.LinkageThreshold, subjectReason))
        {
            DayPenalty = withinWindow ? dayPenalty : 0,
        };
    }

    /// <summary>Why the communities of the subjects' graph (<see cref="SubjectCommunities"/>) put articles <paramref name="a"/> and
    /// <paramref name="b"/> together or apart: the summed weight of the links between their communities, or between their
    /// events when they share one, against λ × the sizes multiplied (constant Potts) or γ × the degrees multiplied / 2m (modularity).</summary>
    private static string Community(List<(int A, int B, double W)> graph, StoryClusterer.LinkedLevels levels, bool[] skip, StoryClusteringOptions options,
        int a, int b, CultureInfo c)
    {
        var q = SubjectCommunities.Quality.Of(options);
        bool together = levels.MergedSubjects[a] == levels.MergedSubjects[b];
        var group = together ? EventsBefore(levels) : levels.MergedSubjects;
        int g = group[a], h = group[b];
        var (w, sg, sh) = SubjectCommunities.Between(graph, group, EventsBefore(levels), skip, g, h, q.EventSize);
        string graphName = string.Create(c, $"the subjects' graph ({options.SubjectCommunityNeighbours} nearest neighbours{(options.SubjectCommunityMutual ? ", mutual" : "")}{(options.SubjectCommunityFloor > 0 ? $", floor {options.SubjectCommunityFloor:0.###}" : "")})");
        string sizes = q.EventSize ? "events" : "articles";
        if (q.Density > 0)
        {
            double density = sg * sh > 0 ? w / (sg * sh) : 0;
            return together
                ? string.Create(c, $"their events fell in one community of {graphName} under the constant Potts model (λ {q.Density:0.####}): every group in it gains more from its links there than λ × its size × the community's; the links between their two events alone weigh {w:0.000} over {sg:0} × {sh:0} {sizes}, a density of {density:0.0000}")
                : string.Create(c, $"their events fell in different communities of {graphName} under the constant Potts model: the links between the two communities weigh {w:0.000} over {sg:0} × {sh:0} {sizes}, a density of {density:0.0000}, not above λ {q.Density:0.####}, so joining them would lower the quality");
        }
        // Modularity: the two groups' weighted degrees and the total degree (of the batch, or of their connected part).
        var degree = new double[group.Length];
        foreach (var (x, y, wt) in graph) { degree[x] += wt; degree[y] += wt; }
        double total = degree.Sum();
        if (q.PerComponent)
        {
            var parent = Enumerable.Range(0, group.Length).ToArray();
            int Root(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
            foreach (var (x, y, _) in graph) { int rx = Root(x), ry = Root(y); if (rx != ry) parent[Math.Max(rx, ry)] = Math.Min(rx, ry); }
            total = Enumerable.Range(0, group.Length).Where(i => Root(i) == Root(a)).Sum(i => degree[i]);
        }
        double dg = 0, dh = 0;
        for (int i = 0; i < group.Length; i++) { if (group[i] == g) dg += degree[i]; else if (group[i] == h) dh += degree[i]; }
        double chance = total > 0 ? q.Resolution * dg * dh / total : 0;
        return together
            ? string.Create(c, $"their events fell in one community of {graphName} by modularity (γ {q.Resolution:0.###}); the links between their two events alone weigh {w:0.000}, against {chance:0.000} that γ × their degrees would give by chance")
            : string.Create(c, $"their events fell in different communities of {graphName} by modularity: the links between the two communities ({w:0.000}) do not exceed γ {q.Resolution:0.###} × what their degrees would give by chance ({chance:0.000}), so joining them would lower modularity");
    }

    /// <summary>The events the subject communities started from (after the event refinement passes).</summary>
    private static int[] EventsBefore(StoryClusterer.LinkedLevels levels) => levels.CommunityEvents ?? levels.Events;

    private static int Find(Article[] sorted, string id)
    {
        for (int i = 0; i < sorted.Length; i++) if (sorted[i].Id == id) return i;
        // A file's article may be named without its folder or extension ("flood-1" for "in/flood-1.txt").
        var byName = Enumerable.Range(0, sorted.Length).Where(i => Path.GetFileNameWithoutExtension(sorted[i].Id) == id || Path.GetFileName(sorted[i].Id) == id).ToList();
        if (byName.Count == 1) return byName[0];
        if (byName.Count > 1) throw new ArgumentException($"'{id}' names {byName.Count} articles; give the full id.");
        throw new ArgumentException($"No article with id '{id}' among the {sorted.Length} read.");
    }

    private static HashSet<string> EntityTerms(ArticleTerms t)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < t.Terms.Length; i++) if (t.Entity[i]) set.Add(t.Terms[i]);
        return set;
    }

    /// <summary>Mean similarity over all cross pairs of groups <paramref name="g"/> and <paramref name="h"/> (missing pairs 0).</summary>
    private static double GroupMean(List<(int A, int B, double Sim)> pairs, int[] group, int g, int h)
    {
        double sum = 0;
        foreach (var p in pairs)
            if ((group[p.A] == g && group[p.B] == h) || (group[p.A] == h && group[p.B] == g)) sum += p.Sim;
        long ng = group.Count(x => x == g), nh = group.Count(x => x == h);
        return ng * nh == 0 ? 0 : sum / (ng * nh);
    }
}
