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
        // Both engines see the same vector for each article: one query table serves both.
        var query = new ArticleQuery();
        _engine = new StoryEngine(EventOptions(_options), coldStart: true, query);
        _subjects = new StoryEngine(_options, coldStart: true, query);
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

    /// <summary>Adds a chunk of articles in order (their features are extracted in parallel first).</summary>
    public void Add(IEnumerable<Article> chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var list = chunk as IReadOnlyList<Article> ?? [.. chunk];
        var sigs = new (uint[]?, int)[list.Count];
        var raw = new ArticleTerms[list.Count];
        var vecs = new float[]?[list.Count];
        var junk = new bool[list.Count];
        Parallel.For(0, list.Count, i =>
        {
            junk[i] = JunkDetector.IsJunk(list[i], _options.MinWords);
            if (_options.DetectDuplicates && !junk[i]) sigs[i] = _duplicates.Fingerprint(list[i]);
            raw[i] = junk[i] ? ArticleTerms.Empty : LexicalFeatures.Extract(list[i], _options);
            vecs[i] = _dense?.Vector(list[i]);
        });
        for (int i = 0; i < list.Count; i++) Add(list[i], sigs[i], raw[i], vecs[i], junk[i]);
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
