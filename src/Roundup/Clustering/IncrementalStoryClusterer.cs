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
    private readonly List<Article> _articles = [];
    private int _duplicateCount;

    /// <summary>Creates an empty clusterer.</summary>
    public IncrementalStoryClusterer(StoryClusteringOptions? options = null, IDocumentVectorSource? dense = null)
    {
        _options = options ?? StoryClusteringOptions.Default;
        _options.Validate();
        _dense = dense;
        _duplicates = new NearDuplicateIndex(_options.Duplicates);
        _engine = new StoryEngine(_options, coldStart: true);
    }

    /// <summary>Articles added so far.</summary>
    public int Count => _articles.Count;

    /// <summary>Stories that can still take articles.</summary>
    public int ActiveStories => _engine.ActiveStories;

    /// <summary>Stories so far (active and dormant).</summary>
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
        return _engine.Add(_stats.Vector(raw, ids, _options), dense, article.Published, dup, junk);
    }

    /// <summary>The stories so far (biggest first); <see cref="StoryClusteringResult.StoryOfArticle"/> is in arrival order.</summary>
    public StoryClusteringResult Result()
        => StoryBuilder.Build(_articles, [.. _engine.StoryOf], _engine.Vectors, _stats, _options, _duplicateCount);
}
