using Roundup.Cleaning;
using Roundup.Model;

namespace Roundup.Clustering;

/// <summary>
/// Story clustering for a stream: articles arrive in time order, in chunks of any size, and each joins the most similar
/// active story or starts a new one; a story with no article within <see cref="StoryClusteringOptions.Window"/> of the
/// newest article goes dormant and takes no more. Term statistics (IDF) grow with the stream. Articles are processed
/// strictly one at a time (only the pure feature extraction of a chunk runs in parallel, ahead of the assignment), so
/// the result depends on the order of the articles, never on how they were chunked. Not thread-safe.
/// </summary>
public sealed class IncrementalStoryClusterer
{
    private readonly StoryClusteringOptions _options;
    private readonly IDocumentVectorSource? _dense;
    private readonly NearDuplicateIndex _duplicates;
    private readonly TermStatistics _stats = new();
    private readonly StoryEngine _engine;
    private readonly StoryEngine _subjects;
    private readonly List<Article> _articles = [];
    private readonly bool _ownSubjectVectors;
    private int _duplicateCount;
    private readonly List<bool> _counted = []; // by arrival: whether the article was summed into its stories (not a near-copy, not junk)
    private readonly Dictionary<int, int> _copyOf = []; // a near-copy's arrival position → its original's
    private readonly List<EventMove> _moved = [];
    private readonly StreamCommunities? _communities; // subjects as constant-Potts communities (SubjectCommunityDensity, SubjectCommunityIncremental)

    /// <summary>Creates an empty clusterer.</summary>
    public IncrementalStoryClusterer(StoryClusteringOptions? options = null, IDocumentVectorSource? dense = null)
    {
        _options = options ?? StoryClusteringOptions.Default;
        _options.Validate();
        _dense = dense;
        _duplicates = new NearDuplicateIndex(_options.Duplicates);
        // Both engines see the same vector for each article (unless the subject level reads its own: SubjectVectors): one
        // query table serves both.
        var query = new ArticleQuery();
        _ownSubjectVectors = !SubjectVectors.Same(_options);
        _engine = new StoryEngine(EventOptions(_options), coldStart: true, query, _options.EventDayPenalty, _options.EventPairJoin, _options.EventClearJoin,
            _stats.IsName, _options.EventJoinNames, _options.EventJoinNamesBelow);
        _subjects = new StoryEngine(_options, coldStart: true, _ownSubjectVectors ? new ArticleQuery() : query, _options.SubjectDayPenalty);
        if (_options.SubjectCommunityDensity > 0 && _options.SubjectCommunityIncremental) _communities = new StreamCommunities(_options, _engine);
    }

    /// <summary>Articles added so far.</summary>
    public int Count => _articles.Count;

    /// <summary>The settings of the event-level engine: <see cref="StoryClusteringOptions.EventJoinThreshold"/> on the mean
    /// similarity with an event's members, dormant after <see cref="StoryClusteringOptions.EventWindow"/>.</summary>
    internal static StoryClusteringOptions EventOptions(StoryClusteringOptions o)
        => o with { Threshold = o.EventJoinThreshold, Window = o.EventWindow, Match = StoryMatch.MemberMean };

    /// <summary>Events that can still take articles.</summary>
    public int ActiveStories => _engine.ActiveStories;

    /// <summary>Events so far (active and dormant).</summary>
    public int TotalStories => _engine.Stories.Count;

    /// <summary>The earlier articles that the last <see cref="Add(Article)"/> moved to another event (an event split in two:
    /// <see cref="StoryClusteringOptions.EventSplitRatio"/>; a lone report taken into the event the article joined, its own
    /// event left empty: <see cref="StoryClusteringOptions.EventRelink"/>), in arrival order; empty when none moved. The article just added
    /// is not listed: its event is the one returned. After <see cref="Add(IEnumerable{Article})"/>, only the last article's moves
    /// are here; a caller that must follow every move adds one article at a time.</summary>
    public IReadOnlyList<EventMove> Moved => _moved;

    /// <summary>Adds one article; returns the internal number of the story it joined (stable for this clusterer).</summary>
    public int Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var f = Features.Of(article, _options, _duplicates, _dense);
        return Add(article, f.Signature, f.Terms, f.Dense, f.Junk);
    }

    /// <summary>Adds a chunk of articles in order. Their features (near-duplicate fingerprint, terms, dense vector) are
    /// extracted on other threads while the calling thread assigns the articles already extracted, one at a time in order;
    /// the calling thread extracts too whenever the next article is not ready yet. The result is that of adding them one by
    /// one. When extracting an article throws, the articles before it are added and an <see cref="AggregateException"/> holding
    /// the error is thrown.</summary>
    public void Add(IEnumerable<Article> chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var list = chunk as IReadOnlyList<Article> ?? [.. chunk];
        int n = list.Count;
        if (n == 0) return;
        var features = new Features[n];
        // 0: not extracted yet; 1: extracted; 2: extraction threw (the exception is in features[i].Error).
        var state = new int[n];
        int next = -1;
        bool stop = false;
        void Extract(int i)
        {
            try { features[i] = Features.Of(list[i], _options, _duplicates, _dense, _stats); }
            catch (Exception e) { features[i] = new Features(default, ArticleTerms.Empty, null, false, e); Volatile.Write(ref state[i], 2); return; }
            Volatile.Write(ref state[i], 1);
        }
        void Work()
        {
            for (int i; !Volatile.Read(ref stop) && (i = Interlocked.Increment(ref next)) < n;) Extract(i);
        }
        int helpers = Math.Min(Environment.ProcessorCount - 1, n - 1);
        var tasks = new Task[Math.Max(0, helpers)];
        for (int t = 0; t < tasks.Length; t++) tasks[t] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        try
        {
            for (int i = 0; i < n; i++)
            {
                var spin = new SpinWait();
                while (Volatile.Read(ref state[i]) == 0)
                {
                    // Not ready: extract the next unclaimed article here rather than wait (it may be this one).
                    int k = Interlocked.Increment(ref next);
                    if (k < n) Extract(k);
                    else spin.SpinOnce(sleep1Threshold: -1); // the article is being extracted: a short wait, never a 1 ms sleep
                }
                var f = features[i];
                if (f.Error is not null) throw new AggregateException(f.Error);
                features[i] = default;
                Add(list[i], f.Signature, f.Terms, f.Dense, f.Junk, f.KnownIds);
            }
        }
        finally
        {
            Volatile.Write(ref stop, true);
            Task.WaitAll(tasks);
        }
    }

    /// <summary>What is extracted from one article before it is assigned: a pure function of the article.</summary>
    /// <summary>What is extracted from one article before it is assigned: a pure function of the article, and, with
    /// <paramref name="KnownIds"/>, the ids of its terms that the term statistics held then (<see cref="TermStatistics.KnownIds"/>:
    /// read on the extraction thread, so the calling thread looks up only the terms new since).</summary>
    private readonly record struct Features((uint[]?, int) Signature, ArticleTerms Terms, float[]? Dense, bool Junk, Exception? Error = null,
        int[]? KnownIds = null)
    {
        public static Features Of(Article article, StoryClusteringOptions options, NearDuplicateIndex duplicates, IDocumentVectorSource? dense,
            TermStatistics? stats = null)
        {
            bool junk = JunkDetector.IsJunk(article, options.MinWords);
            var terms = junk ? ArticleTerms.Empty : LexicalFeatures.Extract(article, options);
            return new Features(options.DetectDuplicates && !junk ? duplicates.Fingerprint(article) : default,
                terms, dense?.Vector(article), junk, KnownIds: stats?.KnownIds(terms));
        }
    }

    private int Add(Article article, (uint[]?, int) signature, ArticleTerms raw, float[]? dense, bool junk, int[]? known = null)
    {
        int dup = _options.DetectDuplicates ? _duplicates.Add(article, signature) : -1;
        int position = _articles.Count;
        if (dup >= 0) { _duplicateCount++; _copyOf[position] = dup; }
        var ids = _stats.AddDocument(raw, known);
        _articles.Add(article);
        var v = _stats.Vector(raw, ids, _options);
        _moved.Clear();
        int ev = _engine.Add(v, dense, article.Published, dup, junk);
        _counted.Add(dup < 0 && !junk);
        _communities?.Joined(ev, dup < 0 && !junk);
        if (dup < 0 && !junk && _options.EventSplitRatio > 0) ev = SplitEvent(ev, position);
        if (dup < 0 && !junk && _options.EventRelink > 0 && _moved.Count == 0) RelinkEvent(ev, position, article.Published);
        var members = _engine.Stories[ev].Members;
        // A new event finds its subject; an article that joins an event goes to that event's subject.
        int force = dup < 0 && members.Count > 1 ? _subjects.StoryOf[members[0]] : -1;
        var subjectVector = _ownSubjectVectors ? SubjectVectors.Of(v, raw, ids, _options) : v;
        _subjects.Add(subjectVector, dense, article.Published, dup, junk, force, stored: v);
        _communities?.Add(position, subjectVector, dense, article.Published, dup < 0 && !junk, ev);
        if (force >= 0 && !junk && _options.SubjectRefineJoin < 1) Regroup(ev, force, article.Published);
        if (dup < 0 && !junk && _options.IncrementalMergeThreshold < 1) MergeSubject(_subjects.StoryOf[^1], article.Published);
        if (dup < 0 && !junk && _options.SubjectSplitRatio > 0) SplitSubject(_subjects.StoryOf[^1]);
        return ev;
    }

    /// <summary>
    /// After an article joined event <paramref name="ev"/> of subject <paramref name="subject"/>: when that subject holds
    /// only this event (its first article started a subject of its own), the event, now bigger, is compared whole with the
    /// other active subjects, and joins the best one (the whole subject merges into it) at a centroid cosine of at least
    /// <see cref="StoryClusteringOptions.SubjectRefineJoin"/> (batch mode's level for a lone event joining a subject). A first
    /// article that started a subject of its own, because it matched no subject's centroid closely enough, is then
    /// followed into it by the articles that join its event, however well they match a subject themselves; this lets them
    /// reach the subject as a group. Subjects are never reported by the stream (<see cref="Add(Article)"/> returns the
    /// event), so moving an event's subject changes nothing already reported.
    /// </summary>
    private void Regroup(int ev, int subject, DateTimeOffset? time)
    {
        var e = _engine.Stories[ev];
        // Looked at when the event reaches 2, 4, 8, … articles: its centroid moves most while it is small, and the search
        // stays a small share of the stream's cost.
        int m = e.Members.Count;
        if ((m & (m - 1)) != 0 || _subjects.Stories[subject].Members.Count != m) return;
        // The subject holds this event alone: its centroid is the event's, written in the subject level's vectors.
        int best = _subjects.BestOther(CentroidOf(subject), time, subject, out double cosine);
        if (best >= 0 && cosine >= _options.SubjectRefineJoin) _subjects.MergeInto(subject, best);
    }

    /// <summary>
    /// After an article joined subject <paramref name="subject"/>: when the subject has reached 2, 4, 8, … articles, its
    /// centroid is compared with the other active subjects', and the two merge at a centroid cosine of at least
    /// <see cref="StoryClusteringOptions.IncrementalMergeThreshold"/> (the smaller into the bigger): batch mode's centroid
    /// merges (<see cref="StoryClusteringOptions.MergeThreshold"/>), made when a subject has grown enough for its centroid to
    /// say what it is about.
    /// </summary>
    private void MergeSubject(int subject, DateTimeOffset? time)
    {
        var s = _subjects.Stories[subject];
        int m = s.Members.Count;
        if (m < 2 || (m & (m - 1)) != 0 || s.Dormant) return;
        int best = _subjects.BestOther(CentroidOf(subject), time, subject, out double cosine);
        if (best < 0 || cosine < _options.IncrementalMergeThreshold) return;
        if (_subjects.Stories[best].Members.Count >= m) _subjects.MergeInto(subject, best);
        else _subjects.MergeInto(best, subject);
    }

    /// <summary>
    /// After an article joined subject <paramref name="subject"/>: when the subject has reached 8, 16, 32, … articles (and the
    /// sizes between them that <see cref="StoryClusteringOptions.IncrementalSplitSteps"/> adds), its events are bisected
    /// (<see cref="SubjectSplit.Bisect"/>), and the half without its first event becomes a subject of its own when
    /// the cut is clear (<see cref="StoryClusteringOptions.SubjectSplitRatio"/>): batch mode's split, made as the subject grows.
    /// A first article that joined a neighbouring topic's subject on shared general words brings its whole event after it;
    /// once both topics have grown, the cut between them shows. The subject engine keeps each article's event-level vector
    /// (names weighted <see cref="StoryClusteringOptions.EntityBoost"/>, not <see cref="StoryClusteringOptions.SubjectEntityBoost"/>),
    /// so the cut reads those, and both subjects' centroids are rebuilt from them. Subjects are never reported by the stream,
    /// so a split changes nothing already reported; the articles of an event that left follow it into its new subject.
    /// </summary>
    private void SplitSubject(int subject)
    {
        var s = _subjects.Stories[subject];
        int m = s.Members.Count;
        if (!DueForSubjectSplit(s, m)) return;
        var byEvent = new Dictionary<int, List<int>>();
        var order = new List<int>();
        foreach (var d in s.Members)
        {
            int e = _engine.StoryOf[d];
            if (!byEvent.TryGetValue(e, out var list)) { byEvent[e] = list = []; order.Add(e); }
            list.Add(d);
        }
        if (byEvent.Count < 2) return;
        var sums = new List<Dictionary<int, float>>(order.Count);
        var sizes = new List<int>(order.Count);
        foreach (var e in order)
        {
            var counted = byEvent[e].Where(d => _counted[d]).ToList();
            sums.Add(SubjectSplit.Sum(_subjects.Vectors, counted));
            sizes.Add(counted.Count);
        }
        if (SubjectSplit.Bisect(sums, sizes, _options.SubjectSplitRatio, _options.SubjectSplitMinArticles, out var side) is null) return;
        var leave = new HashSet<int>();
        for (int k = 0; k < order.Count; k++) if (side[k]) foreach (var d in byEvent[order[k]]) leave.Add(d);
        _subjects.SplitOff(subject, leave, _counted);
    }

    /// <summary>
    /// After article <paramref name="position"/> joined event <paramref name="ev"/>: the event's articles are bisected
    /// (<see cref="SubjectSplit.Bisect"/>, each article a unit), and the half without the event's first article becomes an event
    /// of its own when the cut is clear (<see cref="StoryClusteringOptions.EventSplitRatio"/>); near-copies go with their
    /// originals, both events' centroids are rebuilt from their members' vectors, and the earlier articles that left are listed
    /// in <see cref="Moved"/>. Looked at when the event reaches 4, 8, 16, … articles (with the defaults: twice
    /// <see cref="StoryClusteringOptions.EventSplitMinArticles"/> or more), as the subject split is; checking at every join
    /// found the same cuts on the dev sets and cost far more. Returns the event the article is in now. The articles that
    /// left keep their subject; later articles that join the new event go to the subject of its first article, as for any
    /// event.
    /// </summary>
    private int SplitEvent(int ev, int position)
    {
        var s = _engine.Stories[ev];
        int m = s.Independent;
        if (!DueForSplit(s, m, _options.EventSplitMinArticles)) return ev;
        var counted = new List<int>(m);
        foreach (var d in s.Members) if (_counted[d]) counted.Add(d);
        var units = new List<Dictionary<int, float>>(counted.Count);
        foreach (var d in counted) units.Add(SubjectSplit.Sum(_engine.Vectors, [d]));
        var sizes = Enumerable.Repeat(1, counted.Count).ToList();
        if (SubjectSplit.Bisect(units, sizes, _options.EventSplitRatio, _options.EventSplitMinArticles, out var side) is null) return ev;
        if (_options.EventSplitNames > 0 && SharesSalientName(counted, side)) return ev;
        var leave = new HashSet<int>();
        for (int k = 0; k < counted.Count; k++) if (side[k]) leave.Add(counted[k]);
        foreach (var d in s.Members) if (!_counted[d] && _copyOf.TryGetValue(d, out var original) && leave.Contains(original)) leave.Add(d);
        int split = _engine.SplitOff(ev, leave, _counted);
        _communities?.Split(ev, split);
        foreach (var d in _engine.Stories[split].Members) if (d != position) _moved.Add(new EventMove(_articles[d], ev, split));
        return leave.Contains(position) ? split : ev;
    }

    /// <summary>
    /// After article <paramref name="position"/> joined event <paramref name="ev"/>, when the event has just reached 2, 4, 8, …
    /// articles: the active event it matches best (<see cref="StoryEngine.BestStoryFor"/>: the mean similarity over all pairs
    /// across the two, less the day penalty between their mean times) takes in that event's one article when the mean reaches
    /// <see cref="StoryClusteringOptions.EventRelink"/>, no other candidate reaches <see cref="StoryClusteringOptions.EventRelinkMargin"/>
    /// of it, and the two, when both are dated, span at most <see cref="StoryClusteringOptions.EventRelinkSpan"/>. A report that
    /// arrived while its story's event held one article matched that article too weakly to join; once the event holds two, the
    /// report's mean with them can show it belongs (the clear join's counterpart, <see cref="StoryClusteringOptions.EventClearJoin"/>,
    /// made after the fact, at the same level and margin by default). Only when the report is in the event's subject already:
    /// the subject level agrees, and subjects stay as they are. The report (and its near-copies) are listed in <see cref="Moved"/>;
    /// its old event is left empty. With the name gate (<see cref="StoryClusteringOptions.EventJoinNames"/>), a dated report none of
    /// whose most salient names occurs in the dated event is not taken in on a mean below <see cref="StoryClusteringOptions.EventJoinNamesBelow"/>.
    /// </summary>
    private void RelinkEvent(int ev, int position, DateTimeOffset? time)
    {
        var s = _engine.Stories[ev];
        int m = s.Independent;
        if (s.Dormant || m < 2 || (m & (m - 1)) != 0) return;
        int other = _engine.BestStoryFor(ev, time, out double best, out double second);
        if (other < 0 || best < _options.EventRelink || second >= _options.EventRelinkMargin * best) return;
        var o = _engine.Stories[other];
        if (o.Independent != 1) return;
        // The name gate (EventJoinNames): not a weak relink of a dated report to a dated event that never named the people or
        // places the report leads on (the join the gate refused is not made after the fact).
        if (_engine.GatesNames && best < _options.EventJoinNamesBelow && o.DatedMembers > 0 && s.DatedMembers > 0
            && o.Members.FirstOrDefault(d => _counted[d], -1) is int lone and >= 0
            && StoryEngine.NamesNew(_engine.SalientNames(_engine.Vectors[lone]), s))
            return;
        if (s.First is { } sf && o.First is { } of && (Later(s.Last!.Value, o.Last!.Value) - Earlier(sf, of)) > _options.EventRelinkSpan) return;
        // Only within one subject: the subject level already holds the report with the event, and the move leaves subjects as
        // they are (an event always lies in one subject).
        if (_subjects.StoryOf[o.Members[0]] != _subjects.StoryOf[s.Members.First(d => d != position)]) return;
        var movers = o.Members.ToList();
        _communities?.Merged(other, ev, o.Independent);
        _engine.MergeInto(other, ev);
        s.Members.Sort();
        foreach (var d in movers) _moved.Add(new EventMove(_articles[d], other, ev));
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>Whether a story with <paramref name="members"/> members is looked at for a split now: it is active, each half
    /// could hold <paramref name="minArticles"/>, and it has just reached a power of two.</summary>
    private static bool DueForSplit(StoryState story, int members, int minArticles)
        => !story.Dormant && members >= 2 * minArticles && (members & (members - 1)) == 0;

    /// <summary>Whether a subject with <paramref name="members"/> members is looked at for a split now: it is active, each half
    /// could hold <see cref="StoryClusteringOptions.SubjectSplitMinArticles"/>, and its size is c·2^k with c below
    /// 2^<see cref="StoryClusteringOptions.IncrementalSplitSteps"/> (steps 1: powers of two; 2: also 3·2^k; 3: also 5, 6 and 7·2^k).</summary>
    private bool DueForSubjectSplit(StoryState story, int members)
    {
        if (story.Dormant || members < 2 * _options.SubjectSplitMinArticles) return false;
        int limit = 1 << _options.IncrementalSplitSteps;
        int c = members;
        while ((c & 1) == 0 && c >= limit) c >>= 1;
        return c < limit;
    }

    /// <summary>Whether the two halves of a bisected event (<paramref name="side"/> true: the half that would leave) share one of
    /// their <see cref="StoryClusteringOptions.EventSplitNames"/> most salient names: the name terms
    /// (<see cref="TermStatistics.IsName"/>) with the most weight summed over the half's articles.</summary>
    private bool SharesSalientName(List<int> counted, bool[] side)
    {
        var first = EventEvidence.SalientNames(counted.Where((_, k) => !side[k]).Select(i => _engine.Vectors[i]), _stats.IsName, _options.EventSplitNames);
        return EventEvidence.SalientNames(counted.Where((_, k) => side[k]).Select(i => _engine.Vectors[i]), _stats.IsName, _options.EventSplitNames)
            .Any(first.Contains);
    }

    /// <summary>Subject <paramref name="subject"/>'s centroid (the sum of its members' subject-level vectors) as a vector.</summary>
    private SparseVector CentroidOf(int subject)
    {
        var centroid = _subjects.Stories[subject].Centroid.Entries;
        var ids = new int[centroid.Length];
        var weights = new float[centroid.Length];
        for (int i = 0; i < ids.Length; i++) { ids[i] = centroid[i].Id; weights[i] = centroid[i].Weight; }
        TermStatistics.SortById(ids, weights);
        return new SparseVector(ids, weights);
    }

    /// <summary>The stories so far (biggest first); <see cref="StoryClusteringResult.StoryOfArticle"/> is in arrival order.</summary>
    public StoryClusteringResult Result()
        => StoryBuilder.Build(_articles, [.. _engine.StoryOf], _communities?.Subjects() ?? [.. _subjects.StoryOf], _engine.Vectors, _stats, _options, _duplicateCount);
}

/// <summary>An earlier article that an incremental event split or relink moved (<see cref="IncrementalStoryClusterer.Moved"/>): from event
/// <paramref name="From"/> to event <paramref name="To"/> (the clusterer's internal numbers).</summary>
public sealed record EventMove(Article Article, int From, int To);
