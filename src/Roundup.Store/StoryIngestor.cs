using Roundup.Model;
using Roundup.Stories;

namespace Roundup.Store;

/// <summary>What happened to one ingested article.</summary>
/// <param name="ArticleId">Its store id.</param>
/// <param name="Added">False when the same article was stored already (nothing changed).</param>
/// <param name="StoryId">Its story.</param>
/// <param name="DuplicateOf">The article it copies, or null.</param>
/// <param name="Changed">Other stories whose articles changed with this one's arrival (a story split in two moved earlier
/// articles, or a lone report moved into this article's story: <see cref="StoryAssignment.Moved"/>); their summaries are stale
/// too. A story left without articles is removed from the store with its summaries (summarizing it again gives nothing). Empty
/// when none.</param>
public sealed record IngestResult(string ArticleId, bool Added, long StoryId, string? DuplicateOf, IReadOnlyList<long> Changed)
{
    /// <summary>A result that changed no other story.</summary>
    public IngestResult(string articleId, bool added, long storyId, string? duplicateOf) : this(articleId, added, storyId, duplicateOf, []) { }
}

/// <summary>A story's summary computed by <see cref="StoryIngestor.PrepareSummary"/>, not yet written.</summary>
/// <param name="StoryId">The story.</param>
/// <param name="Label">Its headline.</param>
/// <param name="Text">The summary as plain text.</param>
/// <param name="Body">The summary as stored JSON (<see cref="StoredSummary"/>).</param>
/// <param name="Facts">The facts as JSON, or null.</param>
/// <param name="LastArticleSeq">Arrival number of the newest article it was built from.</param>
/// <param name="Articles">Articles it was built from.</param>
public sealed record PreparedSummary(long StoryId, string Label, string Text, string Body, string? Facts, long LastArticleSeq, int Articles);

/// <summary>
/// Keeps a store's stories up to date as articles arrive: each new article is cleaned, stored (once per content),
/// checked for near-copies and put into a story by the story flow's incremental clustering, and its story is marked
/// for a new summary; <see cref="Resummarize"/> writes that summary as a new version. At start, <see cref="Replay"/>
/// feeds the stored articles through the clustering again in arrival order, which gives the same stories (the
/// clustering depends only on the articles and their order), so nothing but the store has to survive a restart.
/// Thread-safe: ingesting is serialized, summarizing may run beside it.
/// </summary>
public sealed class StoryIngestor
{
    private readonly IStoryStore _store;
    private readonly StoryFlow _flow;
    private readonly StoryStream _stream;
    private readonly Lock _gate = new();
    private long _lastSeq;
    private bool _replayed;

    /// <summary>Creates an ingestor over <paramref name="store"/>; call <see cref="Replay"/> before ingesting into a store that holds articles.</summary>
    public StoryIngestor(IStoryStore store, StoryFlow flow)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _flow = flow ?? throw new ArgumentNullException(nameof(flow));
        _stream = flow.OpenStream();
    }

    /// <summary>The store.</summary>
    public IStoryStore Store => _store;

    /// <summary>The story flow.</summary>
    public StoryFlow Flow => _flow;

    /// <summary>
    /// Feeds every stored article not yet seen through the clustering, in arrival order, and repairs any membership the
    /// store lost (an article stored but not yet assigned when the process died). Returns the stories that need a
    /// summary: those whose membership changed and those whose newest summary is older than their newest article.
    /// </summary>
    public IReadOnlyCollection<long> Replay(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var touched = ReplayLocked(progress, cancellationToken);
            touched.UnionWith(_store.StaleStories());
            return touched;
        }
    }

    /// <summary>The replay itself; the caller holds the gate. Marks the ingestor replayed.</summary>
    private HashSet<long> ReplayLocked(IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var touched = new HashSet<long>();
        long done = 0;
        while (true)
        {
            var batch = _store.ArticlesAfter(_lastSeq, 1000);
            if (batch.Count == 0) break;
            foreach (var stored in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var assigned = Cluster(stored);
                if (stored.StoryId != assigned.Story || stored.DuplicateOf != assigned.DuplicateOf)
                {
                    _store.AssignStory(stored.Id, assigned.Story, assigned.DuplicateOf);
                    touched.Add(assigned.Story);
                }
                foreach (var move in Follow(assigned)) touched.Add(move);
                _lastSeq = stored.Seq;
                progress?.Report(++done);
            }
        }
        _replayed = true;
        return touched;
    }

    /// <summary>Cleans, stores and assigns one article. An article whose content is stored already changes nothing.</summary>
    public IngestResult Ingest(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _flow.Clean(article);
        lock (_gate)
        {
            // Stored articles go through the clustering first, in their order, whoever comes first after start.
            if (!_replayed) ReplayLocked(null, CancellationToken.None);
            var added = _store.AddArticle(article);
            if (!added.Added)
                return new IngestResult(added.Article.Id, false, added.Article.StoryId ?? -1, added.Article.DuplicateOf);
            var assigned = Cluster(added.Article);
            _store.AssignStory(added.Article.Id, assigned.Story, assigned.DuplicateOf);
            var changed = Follow(assigned).Where(s => s != assigned.Story).Distinct().ToList();
            _lastSeq = added.Article.Seq;
            return new IngestResult(added.Article.Id, true, assigned.Story, assigned.DuplicateOf, changed);
        }
    }

    /// <summary>Writes the new story of each earlier article that <paramref name="assigned"/>'s arrival moved (a story split in
    /// two); returns the stories whose articles changed (both sides of each move).</summary>
    private List<long> Follow(StoryAssignment assigned)
    {
        var changed = new List<long>();
        foreach (var move in assigned.Moved)
        {
            _store.AssignStory(move.ArticleId, move.To, move.DuplicateOf);
            changed.Add(move.From);
            changed.Add(move.To);
        }
        return changed;
    }

    private StoryAssignment Cluster(StoredArticle stored)
    {
        var a = stored.ToArticle();
        a.DuplicateOf = null;
        return _stream.Add(a, alreadyClean: true);
    }

    /// <summary>Summarizes a story from its stored articles and writes the summary (and facts) as a new version; null when the story has no article.</summary>
    public SummaryVersion? Resummarize(long storyId, CancellationToken cancellationToken = default)
        => PrepareSummary(storyId, cancellationToken) is { } prepared ? SaveSummary(prepared) : null;

    /// <summary>
    /// Summarizes a story from its stored articles without writing anything (null when the story has no article): the
    /// costly part of <see cref="Resummarize"/>, safe to run for several stories at once; <see cref="SaveSummary"/>
    /// writes the result.
    /// </summary>
    public PreparedSummary? PrepareSummary(long storyId, CancellationToken cancellationToken = default)
    {
        var stored = _store.StoryArticles(storyId);
        if (stored.Count == 0) return null;
        var story = _flow.SummarizeStory($"story-{storyId}", [.. stored.Select(s => s.ToArticle())], cancellationToken);
        var body = StoredSummary.Of(story);
        return new PreparedSummary(storyId, body.Label, story.Summary?.Text ?? "", body.ToJson(), StoredSummary.FactsJson(story), stored[^1].Seq, stored.Count);
    }

    /// <summary>Writes a prepared summary as the story's next version.</summary>
    public SummaryVersion SaveSummary(PreparedSummary prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        int version = _store.SaveSummary(prepared.StoryId, prepared.Label, prepared.Text, prepared.Body, prepared.Facts, prepared.LastArticleSeq, prepared.Articles);
        return _store.SummaryVersions(prepared.StoryId).First(v => v.Version == version);
    }

    /// <summary>
    /// What is new in a story after arrival number <paramref name="afterSeq"/>: an update summary of the later articles
    /// holding only what the earlier ones did not carry (<see cref="StoryFlow.SummarizeUpdate"/>); null for an unknown story.
    /// </summary>
    public (StoredSummary Summary, IReadOnlyList<StoredArticle> NewArticles)? WhatIsNew(long storyId, long afterSeq, CancellationToken cancellationToken = default)
    {
        var stored = _store.StoryArticles(storyId);
        if (stored.Count == 0) return null;
        var earlier = stored.Where(a => a.Seq <= afterSeq).ToList();
        var later = stored.Where(a => a.Seq > afterSeq).ToList();
        var update = _flow.SummarizeUpdate($"story-{storyId}-new", [.. earlier.Select(a => a.ToArticle())], [.. later.Select(a => a.ToArticle())], cancellationToken: cancellationToken);
        return (StoredSummary.Of(update), later);
    }
}
