using Roundup.Clustering;

namespace Roundup.Summarization;

/// <summary>
/// The event a large topic's reports return to most (see <see cref="CoverageOptions.MainEventSources"/>): the articles
/// of a short summary's cluster are grouped into events by the library's own event clustering
/// (<see cref="StoryClusterer"/>, batch mode's event level), and the event with the most independent reports (near-copies
/// not counted) is the main one when it is clearly the largest: no other event has as many, it has at least
/// <see cref="CoverageOptions.MainEventSources"/>, and at least <see cref="CoverageOptions.MainEventMargin"/> more than
/// the event of the lead the summary would open with otherwise.
/// </summary>
internal static class MainEvent
{
    /// <summary>
    /// The events a summary's main event is chosen among: batch events without the two rules that split and join dated
    /// events more finely for the <c>cluster</c> command (#16's twelfth round: the name gate on weak links,
    /// <see cref="StoryClusteringOptions.EventLinkNames"/>, and the continuation of running events,
    /// <see cref="StoryClusteringOptions.EventClearGap"/>). A topic's summary opens on its central happening with its own
    /// reactions; with the finer events, three DUC 2006 120-word summaries moved to a narrower event (a minister's
    /// response instead of the inquiry report itself, one execution instead of the governor's record), read as worse,
    /// and the judged summaries of #11 rest on these events.
    /// </summary>
    internal static readonly StoryClusteringOptions SummaryEvents = StoryClusteringOptions.Default with { EventLinkNames = 0, EventClearGap = TimeSpan.Zero };

    /// <summary>
    /// The articles that could belong to such an event, found from their dates alone so that a topic without one is not
    /// clustered: an event spans at most <see cref="StoryClusteringOptions.EventMaxSpan"/>, so its articles lie in a
    /// window of that length holding at least <paramref name="minSources"/> articles besides <paramref name="anchorArticle"/>
    /// (an undated article may join any window and is always a candidate). Null when no window holds that many.
    /// </summary>
    public static bool[]? Candidates(ClusterFeatures f, int anchorArticle, int minSources, StoryClusteringOptions? options = null)
    {
        options ??= StoryClusteringOptions.Default;
        int n = f.Articles.Length;
        if (minSources <= 0 || n <= minSources) return null;
        var span = options.EventMaxSpan;
        var dated = new List<(DateTimeOffset Time, int Article)>();
        int undated = 0;
        for (int a = 0; a < n; a++)
        {
            if (a == anchorArticle) continue;
            if (f.Articles[a].Published is { } t) dated.Add((t, a));
            else undated++;
        }
        dated.Sort((x, y) => x.Time.CompareTo(y.Time));
        var candidate = new bool[n];
        bool any = false;
        for (int i = 0, j = 0; i < dated.Count; i++)
        {
            // The window that starts at article i: i .. j-1.
            if (j < i) j = i;
            while (j < dated.Count && dated[j].Time - dated[i].Time <= span) j++;
            if (j - i + undated < minSources) continue;
            any = true;
            for (int k = i; k < j; k++) candidate[dated[k].Article] = true;
        }
        if (!any) return null;
        for (int a = 0; a < n; a++)
            if (a != anchorArticle && f.Articles[a].Published is null) candidate[a] = true;
        return candidate;
    }

    /// <summary>
    /// For each article of <paramref name="f"/>, whether it belongs to the clearly largest event, when that is not the
    /// event of article <paramref name="anchorArticle"/> (the current anchor's); null when there is none or the anchor
    /// is in it already. With <paramref name="returns"/> above 0, when there is no such event and the anchor's event is
    /// a single report, the event the later reports clearly return to most (see <see cref="ReturnedTo"/>) instead.
    /// </summary>
    public static bool[]? Articles(ClusterFeatures f, int anchorArticle, int minSources, int margin, int returns = 0, int returnMargin = 1)
    {
        int n = f.Articles.Length;
        if (n < 2 || anchorArticle < 0 || anchorArticle >= n || (minSources <= 0 && returns <= 0)) return null;
        var (events, copy) = StoryClusterer.EventsOf(f.Articles, SummaryEvents);
        var sources = new Dictionary<int, int>();
        for (int a = 0; a < n; a++)
            sources[events[a]] = sources.GetValueOrDefault(events[a]) + (copy[a] ? 0 : 1);
        int anchorEvent = events[anchorArticle];
        int best = minSources > 0 ? Largest(sources, anchorEvent, minSources, margin) : -1;
        if (best < 0 && returns > 0 && sources[anchorEvent] <= 1) best = ReturnedTo(f, events, copy, sources, anchorEvent, returns, returnMargin);
        if (best < 0) return null;
        var member = new bool[n];
        for (int a = 0; a < n; a++) member[a] = events[a] == best;
        return member;
    }

    /// <summary>The clearly largest event by independent reports (see <see cref="Articles"/>), or -1.</summary>
    private static int Largest(Dictionary<int, int> sources, int anchorEvent, int minSources, int margin)
    {
        int best = -1, most = 0, second = 0;
        foreach (var (e, count) in sources.OrderBy(p => p.Key))
        {
            if (count > most) { second = most; most = count; best = e; }
            else if (count > second) second = count;
        }
        if (best < 0 || best == anchorEvent || most == second || most < minSources || most - sources[anchorEvent] < margin) return -1;
        return best;
    }

    /// <summary>
    /// The event of two or more independent reports that the topic's later reports return to clearly most (see
    /// <see cref="CoverageOptions.MainEventReturns"/>), or -1. An event's names are the two-word names its reports carry
    /// (<see cref="ClusterFeatures.NamedBigram"/>: "Roll Back", "World Bank") that are rare in the cluster (in at most a
    /// quarter of its articles); an article outside the event published after the event's first report returns to it when
    /// it carries one of those names. An event's weight is its independent reports plus the articles that return to it; the chosen
    /// event has at least <paramref name="returns"/> of the latter and a weight at least <paramref name="margin"/> above
    /// every other event's (the anchor's included).
    /// </summary>
    internal static int ReturnedTo(ClusterFeatures f, int[] events, bool[] copy, Dictionary<int, int> sources, int anchorEvent, int returns, int margin)
    {
        int n = f.Articles.Length;
        var own = Names(f);
        // Each event's names and first report.
        var names = new Dictionary<int, HashSet<int>>();
        var start = new Dictionary<int, DateTimeOffset>();
        for (int a = 0; a < n; a++)
        {
            int e = events[a];
            if (copy[a]) continue;
            if (f.Articles[a].Published is { } t && (!start.TryGetValue(e, out var s) || t < s)) start[e] = t;
            if (!names.TryGetValue(e, out var set)) names[e] = set = [];
            set.UnionWith(own[a]);
        }
        var weight = new Dictionary<int, int>();
        var returned = new Dictionary<int, int>();
        foreach (var (e, set) in names)
        {
            int count = 0;
            if (set.Count > 0 && start.TryGetValue(e, out var from))
                for (int a = 0; a < n; a++)
                    if (events[a] != e && !copy[a] && f.Articles[a].Published is { } t && t > from && own[a].Overlaps(set)) count++;
            returned[e] = count;
            weight[e] = sources.GetValueOrDefault(e) + count;
        }
        int best = -1;
        foreach (var (e, w) in weight.OrderBy(p => p.Key))
            if (sources.GetValueOrDefault(e) >= 2 && returned[e] >= returns && (best < 0 || w > weight[best])) best = e;
        if (best < 0 || best == anchorEvent) return -1;
        foreach (var (e, w) in weight)
            if (e != best && weight[best] - w < margin) return -1;
        return best;
    }

    /// <summary>Each article's rare two-word names (see <see cref="ReturnedTo"/>), found once per cluster.</summary>
    private static HashSet<int>[] Names(ClusterFeatures f) => f.ArticleNamesMemo ??= FindNames(f);

    private static HashSet<int>[] FindNames(ClusterFeatures f)
    {
        int n = f.Articles.Length;
        int rare = Math.Max(2, n / 4);
        var names = new HashSet<int>[n];
        for (int a = 0; a < n; a++) names[a] = [];
        for (int i = 0; i < f.Sentences.Length; i++)
            foreach (int b in f.Bigrams[i])
                if (f.NamedBigram[b] && f.BigramDf[b] >= 2 && f.BigramDf[b] <= rare) names[f.ArticleOf[i]].Add(b);
        return names;
    }

    /// <summary>
    /// The articles that could form an event the later reports return to (see <see cref="ReturnedTo"/>), found without
    /// clustering: two articles besides <paramref name="anchorArticle"/> published within
    /// <see cref="StoryClusteringOptions.EventMaxSpan"/> of each other whose names at least <paramref name="returns"/>
    /// later articles carry, and enough of them that the two reports and those articles outweigh the anchor's article and
    /// the later articles that share a name with it by <paramref name="margin"/> (as an event of two reports must outweigh
    /// the anchor's event of one). Null when no such pair exists.
    /// </summary>
    public static bool[]? ReturnCandidates(ClusterFeatures f, int anchorArticle, int returns, int margin = 1, StoryClusteringOptions? options = null)
    {
        options ??= StoryClusteringOptions.Default;
        int n = f.Articles.Length;
        if (returns <= 0 || n < 3) return null;
        var own = Names(f);
        // The articles that share a name with each article (through each name's few articles: a name is rare).
        var carriers = new Dictionary<int, List<int>>();
        for (int a = 0; a < n; a++)
            foreach (int name in own[a])
            {
                if (!carriers.TryGetValue(name, out var list)) carriers[name] = list = [];
                list.Add(a);
            }
        var sharing = new List<int>[n];
        var stamp = new int[n];
        Array.Fill(stamp, -1);
        for (int a = 0; a < n; a++)
        {
            sharing[a] = [];
            foreach (int name in own[a])
                foreach (int c in carriers[name])
                    if (c != a && stamp[c] != a) { stamp[c] = a; sharing[a].Add(c); }
        }
        // The anchor's article alone (an event of one report) weighs itself and the later articles that share a name with it;
        // an event of two reports needs as many later articles as make its weight lead that by the margin.
        int needed = returns;
        if (anchorArticle >= 0 && anchorArticle < n && f.Articles[anchorArticle].Published is { } anchorTime)
        {
            int later = sharing[anchorArticle].Count(c => f.Articles[c].Published is { } tc && tc > anchorTime);
            needed = Math.Max(needed, 1 + later + margin - 2);
        }
        Array.Fill(stamp, -1);
        int pair = 0;
        bool[]? candidate = null;
        for (int a = 0; a < n; a++)
        {
            if (a == anchorArticle || f.Articles[a].Published is not { } ta) continue;
            for (int b = a + 1; b < n; b++)
            {
                if (b == anchorArticle || f.Articles[b].Published is not { } tb || (ta - tb).Duration() > options.EventMaxSpan) continue;
                if (sharing[a].Count + sharing[b].Count < needed || (candidate is not null && candidate[a] && candidate[b])) continue;
                var from = ta < tb ? ta : tb;
                int count = 0;
                pair++;
                foreach (var list in (ReadOnlySpan<List<int>>)[sharing[a], sharing[b]])
                    foreach (int c in list)
                        if (count < needed && c != a && c != b && stamp[c] != pair && f.Articles[c].Published is { } tc && tc > from)
                        {
                            stamp[c] = pair;
                            count++;
                        }
                if (count < needed) continue;
                candidate ??= new bool[n];
                candidate[a] = candidate[b] = true;
            }
        }
        return candidate;
    }
}
