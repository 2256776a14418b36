namespace Roundup.Clustering;

/// <summary>
/// Batch mode: k-means-style polishing of an average-linkage result, at either level. Each unit (an article at the event
/// level, an event at the subject level) moves to the group whose centroid it matches best when that beats its own
/// group's centroid without it (leave-one-out); a unit that is a group on its own joins the best group only at a cosine
/// of at least a given level. Units move whole, so subjects stay unions of events. Average linkage decides a merge once,
/// on the mean over all cross pairs, and never revisits it: a small event that a chain of shared general words pulled into
/// the wrong subject, or an article that went with the wrong neighbour, is moved back here.
/// </summary>
internal static class GroupRefinement
{
    /// <summary>A move must beat the own group by more than rounding (dot products multiply single-precision weights), or two
    /// equally good groups would trade a unit back and forth on float noise.</summary>
    private const double Tolerance = 1e-6;

    /// <summary>Subject level: each event of <paramref name="subjects"/> (changed in place) moves as a whole
    /// (<see cref="StoryClusteringOptions.SubjectRefinePasses"/>, <see cref="StoryClusteringOptions.SubjectRefineJoin"/>,
    /// <see cref="StoryClusteringOptions.SubjectRefineJoinSingle"/>);
    /// candidate subjects lie within <see cref="StoryClusteringOptions.Window"/>. Returns the number of moves.</summary>
    public static int Subjects(SparseVector[] vectors, int[] events, int[] subjects, bool[] skip, IReadOnlyList<DateTimeOffset?> times,
        StoryClusteringOptions options)
        => Refine(vectors, events, subjects, skip, times, options, options.SubjectRefinePasses, options.SubjectRefineJoin, options.SubjectRefineJoinSingle, null);

    /// <summary>Event level: each article moves between the <paramref name="events"/> (changed in place) when the event it
    /// joins still spans at most <see cref="StoryClusteringOptions.EventSpan"/> (or the event window when longer; <see cref="StoryClusteringOptions.EventRefinePasses"/>;
    /// an article alone stays alone). Returns the number of moves.</summary>
    public static int Events(SparseVector[] vectors, int[] events, bool[] skip, IReadOnlyList<DateTimeOffset?> times, StoryClusteringOptions options)
        => Refine(vectors, [.. Enumerable.Range(0, vectors.Length)], events, skip, times, options, options.EventRefinePasses, 0, 0, options.EventMaxSpan);

    /// <summary>A lone article that joined an event (<see cref="LoneArticles"/>): the article, the event it joined, its cosine
    /// with that event's centroid and the best cosine of any other event of its subject (0 when there is none).</summary>
    internal readonly record struct LoneJoin(int Article, int Event, double Cosine, double Second);

    /// <summary>Event level, after the subject refinement: each article that is an event on its own joins the event of its own
    /// subject, of two articles or more, whose centroid it matches best, when that cosine is at least
    /// <see cref="StoryClusteringOptions.EventLoneJoin"/>, no other such event of the subject reaches
    /// <see cref="StoryClusteringOptions.EventLoneMargin"/> of it, and the event with the article still spans at most
    /// <see cref="StoryClusteringOptions.EventMaxSpan"/>. Every decision reads the events as they were before any of them (a
    /// lone article never joins another lone one). <paramref name="events"/> is changed in place; returns the joins.</summary>
    public static List<LoneJoin> LoneArticles(SparseVector[] vectors, int[] events, int[] subjects, bool[] skip, IReadOnlyList<DateTimeOffset?> times,
        StoryClusteringOptions options)
    {
        var joins = new List<LoneJoin>();
        if (options.EventLoneJoin <= 0) return joins;
        var members = EventMembers(events, skip);
        // The events of two articles or more of each subject that holds a lone article.
        var lone = members.Values.Where(l => l.Count == 1).Select(l => l[0]).Order().ToList();
        var loneSubjects = lone.Select(i => subjects[i]).ToHashSet();
        var candidates = new Dictionary<int, List<int>>();
        foreach (var (e, list) in members.OrderBy(m => m.Value[0]))
        {
            int s = subjects[list[0]];
            if (list.Count < 2 || !loneSubjects.Contains(s)) continue;
            if (!candidates.TryGetValue(s, out var evs)) candidates[s] = evs = [];
            evs.Add(e);
        }
        var sums = new Dictionary<int, (Dictionary<int, float> Sum, double Norm, DateTimeOffset? First, DateTimeOffset? Last)>();
        foreach (var evs in candidates.Values)
            foreach (var e in evs)
            {
                var sum = new Dictionary<int, float>();
                DateTimeOffset? lo = null, hi = null;
                foreach (var i in members[e])
                {
                    AddTo(sum, vectors[i], 1);
                    if (times[i] is { } t) { lo = lo is { } l0 && l0 < t ? l0 : t; hi = hi is { } h0 && h0 > t ? h0 : t; }
                }
                sums[e] = (sum, Math.Sqrt(SumSq(sum)), lo, hi);
            }
        foreach (var i in lone)
        {
            if (!candidates.TryGetValue(subjects[i], out var evs)) continue;
            int best = -1;
            double bestSim = 0, second = 0;
            foreach (var e in evs)
            {
                var (sum, norm, first, last) = sums[e];
                if (norm <= 0) continue;
                if (times[i] is { } t && first is { } f && last is { } l && (t > l ? t : l) - (t < f ? t : f) > options.EventMaxSpan) continue;
                double sim = vectors[i].Dot(sum) / norm;
                if (sim > bestSim) { second = bestSim; bestSim = sim; best = e; }
                else if (sim > second) second = sim;
            }
            if (best >= 0 && bestSim >= options.EventLoneJoin && second < options.EventLoneMargin * bestSim)
                joins.Add(new LoneJoin(i, best, bestSim, second));
        }
        foreach (var j in joins) events[j.Article] = j.Event;
        return joins;
    }

    /// <summary>An event that continued an earlier one (<see cref="ContinuedEvents"/>): the later event (its first article,
    /// time order), the event it joined (that event's first article), the mean similarity of their cross pairs less the day
    /// penalty, and the best such mean of any other running event of the subject (0 when there is none).</summary>
    internal readonly record struct EventContinuation(int Event, int Into, double Similarity, double Second);

    /// <summary>Event level, batch mode, after the subject refinement: the incremental engine's clear join
    /// (<see cref="StoryClusteringOptions.EventClearJoin"/>) replayed over whole events in time order. Each dated event, taken
    /// in order of its first article, joins the earlier event of its subject that is still running (its last article at most
    /// <see cref="StoryClusteringOptions.EventClearGap"/> before the later event's first; it may overlap) and holds at least
    /// <see cref="StoryClusteringOptions.EventClearMinArticles"/> articles, when the mean similarity over all their cross pairs,
    /// less <see cref="StoryClusteringOptions.EventDayPenalty"/> per day between the two articles of each pair, is at least
    /// <see cref="StoryClusteringOptions.EventClearJoin"/> and no other such event reaches
    /// <see cref="StoryClusteringOptions.EventClearMargin"/> of it. An event that joins takes the other's place for the events
    /// after it, so a story reported day after day grows one event past <see cref="StoryClusteringOptions.EventSpan"/>, as an
    /// incremental event does, while two happenings with a day or more without reports between them stay two. Undated
    /// events never join. Subjects do not change. <paramref name="events"/> is changed in place; returns the joins.</summary>
    public static List<EventContinuation> ContinuedEvents(SparseVector[] vectors, int[] events, int[] subjects, bool[] skip,
        IReadOnlyList<DateTimeOffset?> times, StoryClusteringOptions options, Func<List<int>, List<int>, double, bool>? nameGate = null)
    {
        var joins = new List<EventContinuation>();
        if (options.EventClearJoin <= 0 || options.EventClearGap <= TimeSpan.Zero) return joins;
        var members = EventMembers(events, skip);
        // Per running event: its summed vector (the mean of cross-pair cosines is the dot of the two sums over the product of
        // the sizes), its dated times and its last time.
        var sums = new Dictionary<int, Dictionary<int, float>>();
        var dated = new Dictionary<int, List<DateTimeOffset>>();
        var running = new Dictionary<int, List<int>>();
        // Dated events in order of their first dated article.
        var order = new List<(DateTimeOffset First, int Event, List<DateTimeOffset> Times)>();
        foreach (var (e, list) in members)
        {
            var mine = list.Where(i => times[i] is not null).Select(i => times[i]!.Value).ToList();
            if (mine.Count == 0) continue;
            mine.Sort();
            order.Add((mine[0], e, mine));
        }
        foreach (var (first, e, mine) in order.OrderBy(x => x.First).ThenBy(x => members[x.Event][0]))
        {
            var list = members[e];
            int s = subjects[list[0]];
            if (!running.TryGetValue(s, out var open)) running[s] = open = [];
            // Events start in time order, so one that stopped more than the gap before this one's start stays stopped.
            open.RemoveAll(c => first - dated[c][^1] > options.EventClearGap);
            var sum = new Dictionary<int, float>();
            foreach (var i in list) AddTo(sum, vectors[i], 1);
            int best = -1;
            double bestSim = double.NegativeInfinity, second = 0;
            foreach (var c in open)
            {
                if (members[c].Count < options.EventClearMinArticles) continue;
                double dot = 0;
                foreach (var (id, w) in sum) if (sums[c].TryGetValue(id, out var w2)) dot += (double)w * w2;
                double days = 0;
                foreach (var t in mine) foreach (var u in dated[c]) days += (t - u).Duration().TotalDays;
                // Undated members of either event count with no day penalty, as in the pair similarities.
                double sim = (dot - options.EventDayPenalty * days) / ((double)list.Count * members[c].Count);
                if (sim > bestSim) { second = Math.Max(second, bestSim); bestSim = sim; best = c; }
                else if (sim > second) second = sim;
            }
            // The best running event must pass the event linkage's name gate too: when its salient names are not this event's,
            // it is another happening and this event starts its own.
            if (best >= 0 && bestSim >= options.EventClearJoin && second < options.EventClearMargin * bestSim
                && (nameGate is null || nameGate(list, members[best], bestSim)))
            {
                joins.Add(new EventContinuation(list[0], members[best][0], bestSim, second));
                foreach (var i in list) events[i] = best;
                members[best].AddRange(list);
                foreach (var (id, w) in sum) sums[best][id] = sums[best].GetValueOrDefault(id) + w;
                dated[best].AddRange(mine);
                dated[best].Sort();
                continue;
            }
            sums[e] = sum;
            dated[e] = mine;
            open.Add(e);
        }
        return joins;
    }

    /// <summary>Up to <paramref name="passes"/> passes (units in order of their first article, stopping when nothing moves)
    /// over <paramref name="groups"/>, whose units are given by <paramref name="units"/>. A unit that is a group on its own
    /// joins another at a cosine of at least <paramref name="join"/> (<paramref name="joinSingle"/> when it is one article;
    /// 0 or 1: never). With <paramref name="maxSpan"/>, a
    /// group may not span more than that once the unit joins; without, a unit joins only a group within
    /// <see cref="StoryClusteringOptions.Window"/> of it.</summary>
    private static int Refine(SparseVector[] vectors, int[] units, int[] groups, bool[] skip, IReadOnlyList<DateTimeOffset?> times,
        StoryClusteringOptions options, int passes, double join, double joinSingle, TimeSpan? maxSpan)
    {
        int n = vectors.Length;
        var members = new Dictionary<int, List<int>>();
        for (int i = 0; i < n; i++)
        {
            if (skip[i]) continue;
            if (!members.TryGetValue(units[i], out var list)) members[units[i]] = list = [];
            list.Add(i);
        }
        // Each unit's summed vector (not unit length); a one-article unit is its article's vector, not a copy.
        var unitSum = new Dictionary<int, SparseVector>();
        foreach (var (e, list) in members)
        {
            if (list.Count == 1) { unitSum[e] = vectors[list[0]]; continue; }
            var sum = new Dictionary<int, float>();
            foreach (var i in list) AddTo(sum, vectors[i], 1);
            var ids = sum.Keys.ToArray();
            Array.Sort(ids);
            unitSum[e] = new SparseVector(ids, [.. ids.Select(id => sum[id])]);
        }
        int moves = 0;
        for (int pass = 0; pass < passes; pass++)
        {
            var groupSum = new Dictionary<int, Dictionary<int, float>>();
            var unitCount = new Dictionary<int, int>();
            var first = new Dictionary<int, DateTimeOffset>();
            var last = new Dictionary<int, DateTimeOffset>();
            foreach (var (e, list) in members)
            {
                int s = groups[list[0]];
                if (!groupSum.TryGetValue(s, out var sum)) groupSum[s] = sum = [];
                AddTo(sum, unitSum[e], 1);
                unitCount[s] = unitCount.GetValueOrDefault(s) + 1;
                foreach (var i in list)
                    if (times[i] is { } t)
                    {
                        if (!first.TryGetValue(s, out var f) || t < f) first[s] = t;
                        if (!last.TryGetValue(s, out var l) || t > l) last[s] = t;
                    }
            }
            var norm = groupSum.ToDictionary(e => e.Key, e => SumSq(e.Value));
            // Candidate groups of a unit: those with one of its top terms among their own top terms (fixed for the pass).
            var postings = new Dictionary<int, List<int>>();
            foreach (var (s, sum) in groupSum.OrderBy(e => e.Key))
                foreach (var t in Top(sum, options.IndexTerms))
                {
                    if (!postings.TryGetValue(t, out var list)) postings[t] = list = [];
                    list.Add(s);
                }
            int moved = 0;
            var seen = new HashSet<int>();
            foreach (var (e, list) in members.OrderBy(m => m.Value[0]))
            {
                int own = groups[list[0]];
                bool alone = unitCount[own] < 2;
                if (alone && ((list.Count == 1 ? joinSingle : join) is <= 0 or >= 1)) continue;
                var ev = unitSum[e];
                double evSq = SumSq(ev);
                double evNorm = Math.Sqrt(evSq);
                if (evNorm <= 0) continue;
                var os = groupSum[own];
                double dotOwn = ev.Dot(os);
                double restSq = norm[own] - 2 * dotOwn + evSq;
                double simOwn = restSq > 1e-9 ? (dotOwn - evSq) / (evNorm * Math.Sqrt(restSq)) : 0;
                int best = -1;
                double bestSim = alone ? (list.Count == 1 ? joinSingle : join) : simOwn + Tolerance;
                DateTimeOffset? lo = null, hi = null;
                foreach (var i in list)
                    if (times[i] is { } t) { lo = lo is { } l0 && l0 < t ? l0 : t; hi = hi is { } h0 && h0 > t ? h0 : t; }
                seen.Clear();
                foreach (var t in ev.Top(options.QueryTerms))
                {
                    if (!postings.TryGetValue(t, out var cands)) continue;
                    foreach (var s in cands)
                    {
                        if (s == own || !seen.Add(s) || norm[s] <= 1e-9) continue;
                        if (lo is { } a && hi is { } b && last.TryGetValue(s, out var ls)
                            && (maxSpan is { } span ? (b > ls ? b : ls) - (a < first[s] ? a : first[s]) > span : a > ls + options.Window || b < first[s] - options.Window)) continue;
                        double sim = ev.Dot(groupSum[s]) / (evNorm * Math.Sqrt(norm[s]));
                        if (sim > bestSim || (sim == bestSim && best >= 0 && s < best)) { bestSim = sim; best = s; }
                    }
                }
                if (best < 0) continue;
                norm[own] = AddTo(os, ev, -1, norm[own]);
                norm[best] = AddTo(groupSum[best], ev, 1, norm[best]);
                unitCount[own]--;
                unitCount[best]++;
                foreach (var i in list)
                {
                    groups[i] = best;
                    if (times[i] is { } t)
                    {
                        if (!first.TryGetValue(best, out var f) || t < f) first[best] = t;
                        if (!last.TryGetValue(best, out var l) || t > l) last[best] = t;
                    }
                }
                moved++;
            }
            moves += moved;
            if (moved == 0) break;
        }
        return moves;
    }

    private static double SumSq(Dictionary<int, float> v)
    {
        double s = 0;
        foreach (var w in v.Values) s += (double)w * w;
        return s;
    }

    private static double SumSq(SparseVector v)
    {
        double s = 0;
        foreach (var w in v.Weights) s += (double)w * w;
        return s;
    }

    private static int[] Top(Dictionary<int, float> v, int k)
    {
        var keys = new long[v.Count];
        int n = 0;
        foreach (var (id, w) in v) if (w > 0) keys[n++] = SparseVector.HeaviestFirst(w, id);
        Array.Sort(keys, 0, n);
        var top = new int[Math.Min(k, n)];
        for (int i = 0; i < top.Length; i++) top[i] = (int)(uint)keys[i];
        return top;
    }

    /// <summary>Adds <paramref name="sign"/> × <paramref name="v"/> to <paramref name="sum"/>; returns its squared norm
    /// updated from <paramref name="ss"/> (terms that cancel are removed).</summary>
    private static double AddTo(Dictionary<int, float> sum, SparseVector v, float sign, double ss = 0)
    {
        for (int k = 0; k < v.Ids.Length; k++)
        {
            int id = v.Ids[k];
            float w = v.Weights[k];
            sum.TryGetValue(id, out var old);
            float now = old + sign * w;
            ss += (double)now * now - (double)old * old;
            if (Math.Abs(now) < 1e-7f) sum.Remove(id);
            else sum[id] = now;
        }
        return ss;
    }

    /// <summary>The counted articles (not <paramref name="skip"/>ped) of each event, in article order.</summary>
    private static Dictionary<int, List<int>> EventMembers(int[] events, bool[] skip)
    {
        var members = new Dictionary<int, List<int>>();
        for (int i = 0; i < events.Length; i++)
        {
            if (skip[i]) continue;
            if (!members.TryGetValue(events[i], out var list)) members[events[i]] = list = [];
            list.Add(i);
        }
        return members;
    }
}
