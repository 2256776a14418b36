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
    /// is in it already.
    /// </summary>
    public static bool[]? Articles(ClusterFeatures f, int anchorArticle, int minSources, int margin)
    {
        int n = f.Articles.Length;
        if (minSources <= 0 || n < 2 || anchorArticle < 0 || anchorArticle >= n) return null;
        var (events, copy) = StoryClusterer.EventsOf(f.Articles);
        var sources = new Dictionary<int, int>();
        for (int a = 0; a < n; a++)
            sources[events[a]] = sources.GetValueOrDefault(events[a]) + (copy[a] ? 0 : 1);
        int best = -1, most = 0, second = 0;
        foreach (var (e, count) in sources.OrderBy(p => p.Key))
        {
            if (count > most) { second = most; most = count; best = e; }
            else if (count > second) second = count;
        }
        int anchorEvent = events[anchorArticle];
        if (best < 0 || best == anchorEvent || most == second || most < minSources || most - sources[anchorEvent] < margin) return null;
        var member = new bool[n];
        for (int a = 0; a < n; a++) member[a] = events[a] == best;
        return member;
    }
}
