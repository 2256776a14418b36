using System.Runtime.InteropServices;
using Roundup.Cleaning;

namespace Roundup.Clustering;

/// <summary>A story being built: members, centroid (sum of member vectors), time span, index terms.</summary>
internal sealed class StoryState(int id)
{
    public int Id { get; } = id;
    public List<int> Members { get; } = [];
    public TermCentroid Centroid { get; set; } = new();
    public double SumSq { get; set; }
    public DateTimeOffset? First { get; set; }
    public DateTimeOffset? Last { get; set; }
    public float[]? Dense { get; set; }
    public bool Dormant { get; set; }
    public int Independent { get; set; }

    /// <summary>Members summed into the centroid that have a publication time, and the sum of those times in days (the event
    /// engine's day penalty: <see cref="StoryClusteringOptions.EventDayPenalty"/>).</summary>
    public int DatedMembers { get; set; }

    /// <inheritdoc cref="DatedMembers"/>
    public double DaySum { get; set; }

    /// <summary>Cosine of the query's vector with the centroid.</summary>
    public double Cosine(ArticleQuery q) => SumSq <= 0 ? 0 : q.Dot(Centroid) / Math.Sqrt(SumSq);

    /// <summary>Mean similarity of the query's vector with the members summed into the centroid (average linkage of one article with the story).</summary>
    public double MeanSimilarity(ArticleQuery q) => Independent == 0 ? 0 : q.Dot(Centroid) / Independent;
}

/// <summary>
/// The single-pass core shared by both modes: each document joins the most similar active story (found through an
/// inverted index over the stories' top centroid terms, compared against their centroids) or starts a new one.
/// Documents are processed strictly one at a time, so the result depends only on their order.
/// </summary>
internal sealed class StoryEngine
{
    private readonly StoryClusteringOptions _options;
    private List<int>?[] _postings = new List<int>?[1024]; // by term id: the stories it indexes, oldest first (null: none)
    private readonly List<int> _candidates = [];
    private Seen[] _seen = new Seen[64]; // by story id: whether the candidate search has met it for this article, and its hits
    private int _stampValue;
    private long _clock = long.MinValue; // the latest publication time seen (UTC ticks); MinValue: none yet
    private readonly long _window;
    private readonly int _stride;
    // What the candidate search reads for every posting entry, by story id, in flat arrays (no object to follow): its times
    // and state, and its index terms (sorted, _stride slots a story).
    private StorySpan[] _spans = new StorySpan[64];
    private int[] _indexed = [];
    private int _sinceSweep;
    private int _contentDocs; // documents that are not junk: the cold start counts only these

    private readonly bool _coldStart;
    private readonly ArticleQuery _query;
    private readonly double _dayPenalty;
    private readonly double _pairJoin;
    private readonly double _clearJoin;
    private readonly Func<int, bool>? _isName;
    private readonly int _joinNames;
    private readonly double _joinNamesBelow;

    /// <summary>Most candidate stories compared with one article: those sharing the most of its top terms.</summary>
    internal const int MaxCandidates = 64;

    /// <summary>Most entries of one term's posting list read per lookup (the newest).</summary>
    internal const int MaxPostingScan = 256;

    /// <summary>Creates an engine; <paramref name="coldStart"/> raises the threshold over the first articles (incremental term
    /// statistics); engines that see the same vectors can share one <paramref name="query"/> (each article's table is built once).
    /// With <paramref name="dayPenalty"/> (the event engine: <see cref="StoryClusteringOptions.EventDayPenalty"/>), a dated
    /// article's similarity with a story loses that much per day between it and the mean time of the story's dated members.
    /// With <paramref name="pairJoin"/> below 1 (the event engine: <see cref="StoryClusteringOptions.EventPairJoin"/>; member-mean
    /// matching only), an article whose similarity with one member reaches it joins as if its mean similarity were that
    /// similarity less (<paramref name="pairJoin"/> − the threshold). With <paramref name="clearJoin"/> above 0 (the event engine:
    /// <see cref="StoryClusteringOptions.EventClearJoin"/>), an article that reaches no story's threshold joins its best candidate
    /// when that holds at least <see cref="StoryClusteringOptions.EventClearMinArticles"/> documents, scores at least
    /// <paramref name="clearJoin"/>, and no other candidate reaches <see cref="StoryClusteringOptions.EventClearMargin"/> of its score.
    /// With <paramref name="isName"/> and <paramref name="joinNames"/> above 0 (the event engine:
    /// <see cref="StoryClusteringOptions.EventJoinNames"/>), a dated article whose score with a story holding a dated member reaches
    /// the threshold but stays below <paramref name="joinNamesBelow"/> does not join it when none of its <paramref name="joinNames"/>
    /// most salient names occurs in the story (<see cref="NamesNew"/>): the story is left out of its candidates.</summary>
    public StoryEngine(StoryClusteringOptions options, bool coldStart, ArticleQuery? query = null, double dayPenalty = 0, double pairJoin = 1,
        double clearJoin = 0, Func<int, bool>? isName = null, int joinNames = 0, double joinNamesBelow = 0)
    {
        _clearJoin = clearJoin;
        _isName = joinNames > 0 ? isName : null;
        _joinNames = joinNames;
        _joinNamesBelow = joinNamesBelow;
        _options = options;
        _dayPenalty = dayPenalty;
        _pairJoin = options.Match == StoryMatch.MemberMean ? pairJoin : 1;
        _coldStart = coldStart;
        _query = query ?? new ArticleQuery();
        _window = options.Window.Ticks;
        _stride = options.IndexTerms;
        _indexed = new int[_spans.Length * _stride];
    }

    /// <summary>What the candidate search notes for a story it meets (side by side: one read finds both): <see cref="Stamp"/>
    /// equals the search's number when met during this search; <see cref="Hits"/> counts the article's top terms that index it
    /// (0: met, but outside the article's time window).</summary>
    private struct Seen
    {
        public int Stamp;
        public int Hits;
    }

    /// <summary>A story's time span and state as the candidate search needs them.</summary>
    private struct StorySpan
    {
        /// <summary>Last publication time + window (UTC ticks, saturated): dormant once the clock passes it, and no article
        /// published after it is a candidate.</summary>
        public long Until;

        /// <summary>First publication time − window: no article published before it is a candidate.</summary>
        public long From;

        /// <summary>Whether the story has a publication time (else Until and From mean nothing).</summary>
        public bool Dated;

        public bool Dormant;

        /// <summary>Position of the last document it took.</summary>
        public int LastSeq;

        /// <summary>Index terms it has (in <c>_indexed</c> from id × stride).</summary>
        public int IndexCount;
    }

    private double Threshold(int doc) => !_coldStart || doc >= _options.ColdStartArticles ? _options.Threshold
        : _options.Threshold + _options.ColdStartBoost * (1 - (double)doc / _options.ColdStartArticles);

    public List<StoryState> Stories { get; } = [];
    public List<int> StoryOf { get; } = [];
    public List<SparseVector> Vectors { get; } = [];
    public List<float[]?> Dense { get; } = [];
    public List<DateTimeOffset?> Times { get; } = [];

    public int ActiveStories => Stories.Count(s => !s.Dormant);

    /// <summary>Adds a document; <paramref name="duplicateOf"/> is the position of the document it copies, or -1; a
    /// <paramref name="junk"/> document (see <see cref="JunkDetector"/>) gets a story of its own that takes nothing else;
    /// <paramref name="force"/> (a story number, or -1) puts the document in that story whatever its similarity (the subject of
    /// the event it joined); <paramref name="stored"/> is what <see cref="Vectors"/> keeps for the document (default
    /// <paramref name="v"/>: an engine that compares a vector of its own can keep the one shared with another engine).</summary>
    public int Add(SparseVector v, float[]? dense, DateTimeOffset? time, int duplicateOf, bool junk = false, int force = -1, SparseVector? stored = null)
    {
        int doc = Vectors.Count;
        Vectors.Add(stored ?? v);
        Dense.Add(dense);
        Times.Add(time);
        if (time is { } t && t.UtcTicks > _clock) _clock = t.UtcTicks;
        StoryState? target = null;
        if (!junk) _contentDocs++;
        if (duplicateOf >= 0)
        {
            target = Stories[StoryOf[duplicateOf]];
        }
        else if (force >= 0)
        {
            target = Stories[force];
        }
        else if (!junk)
        {
            double best = 0, threshold = Threshold(_contentDocs - 1);
            double top = 0, second = 0; // the two best scores of any candidate (for the clear join)
            StoryState? topStory = null;
            int[]? names = null; // the article's most salient names, read when the name gate first needs them
            _query.Prepare(v);
            foreach (int id in Touched(Candidates(time)))
            {
                var s = Stories[id];
                double sim = Similarity(_query, dense, s);
                // Only for an event the mean misses, and only when one member could reach the pair level: the members'
                // similarities sum to the mean times their number, so none exceeds that sum.
                if (_pairJoin < 1 && sim < threshold && sim >= StoryClusteringOptions.EventPairFloor && s.Members.Count > 1
                    && sim * s.Independent >= _pairJoin)
                    sim = Math.Max(sim, BestMember(v, s) - (_pairJoin - _options.Threshold));
                if (_dayPenalty > 0 && time is { } at && s.DatedMembers > 0) sim -= _dayPenalty * Math.Abs(Days(at) - s.DaySum / s.DatedMembers);
                // The name gate: a weak join (it reaches the threshold, not the gate's level) of a dated report to a dated event
                // that never named the people or places the report leads on. The clear join below the threshold is not gated.
                if (_isName is not null && time is not null && s.DatedMembers > 0 && sim >= threshold && sim < _joinNamesBelow
                    && NamesNew(names ??= SalientNames(v), s))
                {
                    GateRefusals++;
                    continue;
                }
                if (sim >= threshold && (target is null || sim > best)) { best = sim; target = s; }
                if (sim > top) { second = top; top = sim; topStory = s; }
                else if (sim > second) second = sim;
            }
            // No story reached the threshold: the one clear neighbour still takes the article.
            if (target is null && _clearJoin > 0 && topStory is not null && top >= _clearJoin && second < _options.EventClearMargin * top
                && topStory.Members.Count >= _options.EventClearMinArticles)
                target = topStory;
        }
        target ??= NewStory();
        StoryOf.Add(target.Id);
        target.Members.Add(doc);
        ref var span = ref _spans[target.Id];
        span.LastSeq = doc;
        if (time is { } tt)
        {
            if (target.First is null || tt < target.First) target.First = tt;
            if (target.Last is null || tt > target.Last) target.Last = tt;
            span.Dated = true;
            span.Until = Saturated(target.Last.Value.UtcTicks, _window);
            span.From = Saturated(target.First.Value.UtcTicks, -_window);
        }
        if (duplicateOf < 0 && !junk && !target.Dormant)
        {
            Join(target, v, dense);
            if (time is { } td) { target.DatedMembers++; target.DaySum += Days(td); }
        }
        if (++_sinceSweep >= 20_000) Sweep();
        return target.Id;
    }

    /// <summary>Candidates the name gate left out (<see cref="StoryClusteringOptions.EventJoinNames"/>), over all articles.</summary>
    public int GateRefusals { get; private set; }

    /// <summary>Whether the name gate is on (<see cref="StoryClusteringOptions.EventJoinNames"/>).</summary>
    public bool GatesNames => _isName is not null;

    /// <summary>Whether none of <paramref name="names"/> occurs in story <paramref name="s"/> (its centroid sums its members'
    /// vectors; a large story's centroid keeps its heaviest <see cref="StoryClusteringOptions.CentroidTerms"/> to twice that
    /// terms, so a name it mentioned only in passing may count as new); false when there are no names (nothing to tell them
    /// apart). A few lookups: no per-story state is kept for the gate.</summary>
    public static bool NamesNew(int[] names, StoryState s)
    {
        if (names.Length == 0) return false;
        foreach (int n in names) if (s.Centroid.TryGetValue(n, out var w) && w > 0) return false;
        return true;
    }

    /// <summary>Vector <paramref name="v"/>'s <see cref="StoryClusteringOptions.EventJoinNames"/> most salient names: its
    /// heaviest name terms, heaviest first (ties: lower id), as batch's gate ranks a group's (<see cref="EventEvidence.RankedNames"/>).</summary>
    public int[] SalientNames(SparseVector v) => EventEvidence.RankedNames([v], _isName!, _joinNames);

    /// <summary>The highest similarity of <paramref name="v"/> with one member of <paramref name="s"/> (near-copies and junk
    /// included: a near-copy scores as its original).</summary>
    private double BestMember(SparseVector v, StoryState s)
    {
        double best = 0;
        foreach (int m in s.Members) best = Math.Max(best, v.Dot(Vectors[m]));
        return best;
    }

    /// <summary>A publication time in days (UTC).</summary>
    private static double Days(DateTimeOffset t) => t.UtcTicks / (double)TimeSpan.TicksPerDay;

    /// <summary>The active story other than <paramref name="exclude"/> whose centroid has the highest cosine with
    /// <paramref name="v"/> (a group's summed vector, any length) among the candidates of a document at <paramref name="time"/>,
    /// or -1; <paramref name="cosine"/> is that cosine.</summary>
    public int BestOther(SparseVector v, DateTimeOffset? time, int exclude, out double cosine)
    {
        double norm = 0;
        foreach (var w in v.Weights) norm += (double)w * w;
        cosine = 0;
        if (norm <= 0) return -1;
        _query.Prepare(v);
        int best = -1;
        foreach (int id in Touched(Candidates(time)))
        {
            if (id == exclude) continue;
            double sim = Stories[id].Cosine(_query) / Math.Sqrt(norm);
            if (sim > cosine) { cosine = sim; best = id; }
        }
        return best;
    }

    /// <summary>The active story other than <paramref name="own"/> with the highest mean similarity over all pairs across it and
    /// <paramref name="own"/> (found among the candidates of a document at <paramref name="time"/> with <paramref name="own"/>'s
    /// centroid as query), less the day penalty between the two stories' mean times; -1 when none. <paramref name="second"/>:
    /// the next best candidate's score.</summary>
    public int BestStoryFor(int own, DateTimeOffset? time, out double best, out double second)
    {
        var o = Stories[own];
        best = second = 0;
        if (o.Independent == 0) return -1;
        var entries = o.Centroid.Entries;
        var ids = new int[entries.Length];
        var weights = new float[entries.Length];
        for (int i = 0; i < ids.Length; i++) { ids[i] = entries[i].Id; weights[i] = entries[i].Weight; }
        Array.Sort(ids, weights);
        _query.Prepare(new SparseVector(ids, weights));
        int found = -1;
        foreach (int id in Candidates(time))
        {
            if (id == own) continue;
            var s = Stories[id];
            if (s.Independent == 0) continue;
            double sim = s.MeanSimilarity(_query) / o.Independent;
            if (_dayPenalty > 0 && o.DatedMembers > 0 && s.DatedMembers > 0)
                sim -= _dayPenalty * Math.Abs(o.DaySum / o.DatedMembers - s.DaySum / s.DatedMembers);
            if (sim > best) { second = best; best = sim; found = id; }
            else if (sim > second) second = sim;
        }
        return found;
    }

    /// <summary>Moves every document of story <paramref name="from"/> into story <paramref name="to"/> (its centroid, member count
    /// and time span follow); <paramref name="from"/> is retired, empty.</summary>
    public void MergeInto(int from, int to)
    {
        var f = Stories[from];
        var t = Stories[to];
        foreach (var m in f.Members) { StoryOf[m] = to; t.Members.Add(m); }
        double ss = t.SumSq;
        foreach (var e in f.Centroid.Entries)
        {
            float old = t.Centroid.Add(e.Id, e.Weight);
            float now = old + e.Weight;
            ss += (double)now * now - (double)old * old;
        }
        t.SumSq = ss;
        t.Independent += f.Independent;
        t.DatedMembers += f.DatedMembers;
        t.DaySum += f.DaySum;
        if (f.Dense is { } fd)
        {
            t.Dense ??= new float[fd.Length];
            for (int i = 0; i < fd.Length; i++) t.Dense[i] += fd[i];
        }
        ref var span = ref _spans[to];
        span.LastSeq = Math.Max(span.LastSeq, _spans[from].LastSeq);
        if (f.First is { } ff && (t.First is null || ff < t.First)) t.First = ff;
        if (f.Last is { } fl && (t.Last is null || fl > t.Last)) t.Last = fl;
        if (t.Last is { } last && t.First is { } first)
        {
            span.Dated = true;
            span.Until = Saturated(last.UtcTicks, _window);
            span.From = Saturated(first.UtcTicks, -_window);
        }
        if (t.Centroid.Count > 2 * _options.CentroidTerms) Prune(t, _options.CentroidTerms);
        Reindex(t);
        f.Members.Clear();
        f.Centroid = new TermCentroid();
        f.SumSq = 0;
        f.Independent = 0;
        Retire(f);
    }

    /// <summary>Moves <paramref name="docs"/> (members of story <paramref name="from"/>) into a new story; both stories'
    /// centroids, counts and time spans are rebuilt from the kept vectors (<see cref="Vectors"/>) of their members
    /// (<paramref name="counted"/>, by position: those summed into a centroid, not near-copies or junk). Returns the new story's id.</summary>
    public int SplitOff(int from, HashSet<int> docs, IReadOnlyList<bool> counted)
    {
        var f = Stories[from];
        var t = NewStory();
        var keep = f.Members.Where(d => !docs.Contains(d)).ToList();
        var move = f.Members.Where(docs.Contains).ToList();
        Rebuild(f, keep, counted);
        Rebuild(t, move, counted);
        foreach (var d in move) StoryOf[d] = t.Id;
        return t.Id;
    }

    private void Rebuild(StoryState s, List<int> members, IReadOnlyList<bool> counted)
    {
        s.Members.Clear();
        s.Centroid = new TermCentroid();
        s.SumSq = 0;
        s.Independent = 0;
        s.DatedMembers = 0;
        s.DaySum = 0;
        s.First = s.Last = null;
        s.Dense = null;
        ref var span = ref _spans[s.Id];
        span.LastSeq = 0;
        foreach (var d in members)
        {
            s.Members.Add(d);
            span.LastSeq = Math.Max(span.LastSeq, d);
            if (Times[d] is { } t)
            {
                if (s.First is null || t < s.First) s.First = t;
                if (s.Last is null || t > s.Last) s.Last = t;
                if (counted[d]) { s.DatedMembers++; s.DaySum += Days(t); }
            }
            if (counted[d]) Join(s, Vectors[d], Dense[d]);
        }
        if (s.Last is { } last && s.First is { } first)
        {
            span.Dated = true;
            span.Until = Saturated(last.UtcTicks, _window);
            span.From = Saturated(first.UtcTicks, -_window);
        }
        Reindex(s);
    }

    private StoryState NewStory()
    {
        var s = new StoryState(Stories.Count);
        Stories.Add(s);
        if (_spans.Length < Stories.Count)
        {
            Array.Resize(ref _spans, _spans.Length * 2);
            Array.Resize(ref _indexed, _spans.Length * _stride);
        }
        _spans[s.Id] = default;
        return s;
    }

    /// <summary><paramref name="ticks"/> + <paramref name="delta"/>, held within the range of times.</summary>
    private static long Saturated(long ticks, long delta)
    {
        long sum = ticks + delta;
        // Overflow only when both have the same sign and the sum's sign differs.
        if (((ticks ^ sum) & (delta ^ sum)) < 0) return delta > 0 ? long.MaxValue : long.MinValue;
        return sum;
    }

    private ReadOnlySpan<int> Indexed(int story) => _indexed.AsSpan(story * _stride, _spans[story].IndexCount);

    /// <summary>The similarity of <paramref name="v"/> (and its <paramref name="dense"/> vector) with story <paramref name="s"/>.</summary>
    public double Similarity(SparseVector v, float[]? dense, StoryState s)
    {
        _query.Prepare(v);
        return Similarity(_query, dense, s);
    }

    private double Similarity(ArticleQuery q, float[]? dense, StoryState s)
    {
        bool mean = _options.Match == StoryMatch.MemberMean;
        double lex = mean ? s.MeanSimilarity(q) : s.Cosine(q);
        if (dense is null || s.Dense is null) return lex;
        double dot = 0, nn = 0;
        for (int i = 0; i < dense.Length; i++) { dot += dense[i] * s.Dense[i]; nn += s.Dense[i] * s.Dense[i]; }
        double cos = mean ? dot / Math.Max(1, s.Independent) : nn > 0 ? dot / Math.Sqrt(nn) : 0;
        return (1 - _options.DenseWeight) * lex + _options.DenseWeight * cos;
    }

    private void Join(StoryState s, SparseVector v, float[]? dense)
    {
        s.Independent++;
        var c = s.Centroid;
        double ss = s.SumSq;
        for (int k = 0; k < v.Ids.Length; k++)
        {
            float old = c.Add(v.Ids[k], v.Weights[k]);
            float now = old + v.Weights[k];
            ss += (double)now * now - (double)old * old;
        }
        s.SumSq = ss;
        if (dense is not null)
        {
            s.Dense ??= new float[dense.Length];
            for (int i = 0; i < dense.Length; i++) s.Dense[i] += dense[i];
        }
        if (c.Count > 2 * _options.CentroidTerms) Prune(s, _options.CentroidTerms);
        int m = s.Independent;
        if (m <= 8 || (m & (m - 1)) == 0 || m % 16 == 0) Reindex(s);
    }

    private static void Prune(StoryState s, int keep)
    {
        var ranked = Ranked(s.Centroid, keep);
        var old = s.Centroid;
        s.Centroid = new TermCentroid(ranked.Length);
        double ss = 0;
        for (int i = 0; i < ranked.Length; i++)
        {
            int k = (int)(uint)ranked[i];
            float w = old[k];
            s.Centroid.Add(k, w);
            ss += (double)w * w;
        }
        s.SumSq = ss;
    }

    /// <summary>The first <paramref name="count"/> (at most) of a centroid's terms heaviest first (ties: lower id), as
    /// <see cref="SparseVector.HeaviestFirst"/> keys (the id in the low half). A few are picked without sorting them all.</summary>
    private static long[] Ranked(TermCentroid centroid, int count)
    {
        var entries = centroid.Entries;
        count = Math.Min(count, entries.Length);
        if (count <= SparseVector.KeepSmallestLimit)
        {
            var best = new long[count];
            int filled = 0;
            foreach (var e in entries) filled = SparseVector.KeepSmallest(best, filled, SparseVector.HeaviestFirst(e.Weight, e.Id));
            return best;
        }
        var keys = new long[entries.Length];
        for (int i = 0; i < keys.Length; i++) keys[i] = SparseVector.HeaviestFirst(entries[i].Weight, entries[i].Id);
        Array.Sort(keys);
        return count == keys.Length ? keys : keys[..count];
    }

    private void Reindex(StoryState s)
    {
        var ranked = Ranked(s.Centroid, _stride);
        Span<int> top = ranked.Length <= 256 ? stackalloc int[ranked.Length] : new int[ranked.Length];
        for (int i = 0; i < top.Length; i++) top[i] = (int)(uint)ranked[i];
        top.Sort();
        var indexed = Indexed(s.Id);
        foreach (var t in top)
        {
            if (indexed.BinarySearch(t) >= 0) continue;
            if (t >= _postings.Length) Array.Resize(ref _postings, Math.Max(t + 1, 2 * _postings.Length));
            var list = _postings[t] ??= [];
            list.Add(s.Id);
        }
        top.CopyTo(_indexed.AsSpan(s.Id * _stride));
        _spans[s.Id].IndexCount = top.Length;
    }

    /// <summary>Whether story <paramref name="id"/> is dormant: retired already, or its last article is more than the window
    /// older than the newest article (undated: it took none of the last <see cref="StoryClusteringOptions.DormantAfterArticles"/>);
    /// a story found dormant is retired.</summary>
    private bool IsDormant(int id)
    {
        ref var span = ref _spans[id];
        if (span.Dormant) return true;
        bool dormant = span.Dated ? span.Until < _clock
            : _options.DormantAfterArticles > 0 && Vectors.Count - 1 - span.LastSeq > _options.DormantAfterArticles;
        if (dormant) Retire(Stories[id]);
        return dormant;
    }

    /// <summary>A dormant story keeps only the centroid terms needed to label it.</summary>
    private void Retire(StoryState s)
    {
        s.Dormant = true;
        _spans[s.Id].Dormant = true;
        if (s.Centroid.Count > 32) Prune(s, 32);
        _spans[s.Id].IndexCount = 0;
        s.Dense = null;
    }

    private List<int> Candidates(DateTimeOffset? time)
    {
        _candidates.Clear();
        if (++_stampValue == int.MaxValue) { Array.Clear(_seen); _stampValue = 1; }
        if (_seen.Length < Stories.Count) Array.Resize(ref _seen, Math.Max(Stories.Count, _seen.Length * 2));
        var seen = _seen;
        int stamp = _stampValue;
        bool dated = time.HasValue;
        long at = time.GetValueOrDefault().UtcTicks;
        foreach (var t in _query.Top(_options.QueryTerms))
        {
            if ((uint)t >= (uint)_postings.Length || _postings[t] is not { } list) continue;
            // A term that indexes very many active stories (a long-running subject window, a common name) is read from its
            // newest entries only, so the cost per article stays bounded however long stories stay active.
            var entries = CollectionsMarshal.AsSpan(list);
            int from = Math.Max(0, entries.Length - MaxPostingScan);
            int w = from;
            for (int r = from; r < entries.Length; r++)
            {
                int id = entries[r];
                ref var mark = ref seen[id];
                if (mark.Stamp == stamp)
                {
                    // Met already for this article, so not dormant (nothing retires it during a search, and the clock stands
                    // still): the entry is stale only when the term has left the story's index terms.
                    if (!Indexed(id).Contains(t)) continue; // stale entry: drop
                    entries[w++] = id;
                    if (mark.Hits > 0) mark.Hits++;
                    continue;
                }
                if (IsDormant(id) || !Indexed(id).Contains(t)) continue; // stale entry: drop
                entries[w++] = id;
                mark.Stamp = stamp;
                mark.Hits = 0;
                ref var span = ref _spans[id];
                if (dated && span.Dated && (at > span.Until || at < span.From)) continue;
                mark.Hits = 1;
                _candidates.Add(id);
            }
            list.RemoveRange(w, entries.Length - w);
        }
        if (_candidates.Count > MaxCandidates)
        {
            // Only the stories that share the most of the article's top terms are compared (ties: older story first).
            // Keys order by hits (most first), then by id, as plain numbers; the MaxCandidates smallest are kept.
            Span<long> best = stackalloc long[MaxCandidates];
            int filled = 0;
            foreach (int id in _candidates) filled = SparseVector.KeepSmallest(best, filled, ((long)(int.MaxValue - seen[id].Hits) << 32) | (uint)id);
            _candidates.Clear();
            for (int i = 0; i < filled; i++) _candidates.Add((int)(uint)best[i]);
        }
        _candidates.Sort();
        return _candidates;
    }

    /// <summary>Reads the first bytes of each candidate's state and centroid entries before any is compared, and returns the
    /// candidates. Each of those reads needs the one before it (the story, then its centroid, then the entries), and each
    /// story's are likely out of the cache; made here in a short loop, the reads for many candidates are under way at once,
    /// where the comparisons would wait for each candidate's in turn.</summary>
    private List<int> Touched(List<int> candidates)
    {
        int sum = 0;
        foreach (int id in candidates) sum += Stories[id].Centroid.FirstId;
        _touched += sum;
        return candidates;
    }

    private int _touched; // keeps the reads of Touched from being left out as unused

    /// <summary>Retires stories that went dormant without being looked at, and drops empty postings.</summary>
    private void Sweep()
    {
        _sinceSweep = 0;
        foreach (var s in Stories) if (!s.Dormant) IsDormant(s.Id);
        for (int t = 0; t < _postings.Length; t++)
        {
            if (_postings[t] is not { } list) continue;
            list.RemoveAll(id => Stories[id].Dormant);
            if (list.Count == 0) _postings[t] = null;
        }
    }
}
