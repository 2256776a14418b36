using Roundup.Cleaning;
using Roundup.Model;

namespace Roundup.Clustering;

/// <summary>
/// Story clustering for a stream: articles arrive in time order, in chunks of any size, and each joins the most similar
/// active story or starts a new one; a story with no article within <see cref="StoryClusteringOptions.Window"/> of the
/// newest article goes dormant and takes no more. Term statistics (IDF) grow with the stream. Articles are processed
/// strictly one at a time (only the pure feature extraction of a chunk runs in parallel), so the result depends on the
/// order of the articles, never on how they were chunked. Not thread-safe.
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
    private int _duplicateCount;

    /// <summary>Creates an empty clusterer.</summary>
    public IncrementalStoryClusterer(StoryClusteringOptions? options = null, IDocumentVectorSource? dense = null)
    {
        _options = options ?? StoryClusteringOptions.Default;
        _options.Validate();
        _dense = dense;
        _duplicates = new NearDuplicateIndex(_options.Duplicates);
        _engine = new StoryEngine(EventOptions(_options), coldStart: true);
        _subjects = new StoryEngine(_options, coldStart: true);
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

    /// <summary>Adds one article; returns the internal number of the story it joined (stable for this clusterer).</summary>
    public int Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        bool junk = JunkDetector.IsJunk(article, _options.MinWords);
        return Add(article, _options.DetectDuplicates && !junk ? _duplicates.Fingerprint(article) : default, junk ? ArticleTerms.Empty : LexicalFeatures.Extract(article, _options), _dense?.Vector(article), junk);
    }

    /// <summary>Adds a chunk of articles in order. Their features (terms, near-duplicate fingerprint, junk test, dense vector)
    /// are pure functions of each article, so they are extracted in parallel, one block of <see cref="Block"/> articles ahead
    /// of the strictly sequential assignment: while one block is assigned, the next is being read. The result is the
    /// same as adding the articles one at a time.</summary>
    public void Add(IEnumerable<Article> chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var list = chunk as IReadOnlyList<Article> ?? [.. chunk];
        if (list.Count == 0) return;
        Task<Features[]>? next = Task.Run(() => Extract(list, 0, Math.Min(Block, list.Count)));
        for (int from = 0; from < list.Count; from += Block)
        {
            // Waiting on the handle (not Task.Wait) never runs the extraction inline on this thread, which must stay free to assign.
            ((IAsyncResult)next!).AsyncWaitHandle.WaitOne();
            var features = next.GetAwaiter().GetResult();
            int ahead = from + Block;
            next = ahead < list.Count ? Task.Run(() => Extract(list, ahead, Math.Min(ahead + Block, list.Count))) : null;
            for (int i = 0; i < features.Length; i++)
            {
                var f = features[i];
                Add(list[from + i], f.Signature, f.Terms, f.Dense, f.Junk);
            }
        }
    }

    /// <summary>Articles whose features are extracted together while the block before them is assigned.</summary>
    internal const int Block = 128;

    private readonly record struct Features((uint[]?, int) Signature, ArticleTerms Terms, float[]? Dense, bool Junk);

    private Features[] Extract(IReadOnlyList<Article> list, int from, int to)
    {
        var features = new Features[to - from];
        Parallel.For(from, to, i =>
        {
            var a = list[i];
            bool junk = JunkDetector.IsJunk(a, _options.MinWords);
            features[i - from] = new Features(_options.DetectDuplicates && !junk ? _duplicates.Fingerprint(a) : default,
                junk ? ArticleTerms.Empty : LexicalFeatures.Extract(a, _options), _dense?.Vector(a), junk);
        });
        return features;
    }

    private int Add(Article article, (uint[]?, int) signature, ArticleTerms raw, float[]? dense, bool junk)
    {
        int dup = _options.DetectDuplicates ? _duplicates.Add(article, signature) : -1;
        if (dup >= 0) _duplicateCount++;
        var ids = _stats.AddDocument(raw);
        _articles.Add(article);
        var v = _stats.Vector(raw, ids, _options);
        int ev = _engine.Add(v, dense, article.Published, dup, junk);
        var members = _engine.Stories[ev].Members;
        // A new event finds its subject; an article that joins an event goes to that event's subject.
        int force = dup < 0 && members.Count > 1 ? _subjects.StoryOf[members[0]] : -1;
        _subjects.Add(v, dense, article.Published, dup, junk, force);
        return ev;
    }

    /// <summary>The stories so far (biggest first); <see cref="StoryClusteringResult.StoryOfArticle"/> is in arrival order.</summary>
    public StoryClusteringResult Result()
        => StoryBuilder.Build(_articles, [.. _engine.StoryOf], [.. _subjects.StoryOf], _engine.Vectors, _stats, _options, _duplicateCount);
}
