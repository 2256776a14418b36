using Roundup.Clustering;
using Roundup.Model;

namespace Roundup.Stories;

/// <summary>Where an article went when it joined a <see cref="StoryStream"/>.</summary>
/// <param name="Story">The story's number, stable for the stream (and for any stream fed the same articles in the same order).</param>
/// <param name="DuplicateOf">The id of the earlier article it copies, or null.</param>
/// <param name="IsNewStory">Whether the article started the story.</param>
/// <param name="Moved">Earlier articles that this one's arrival moved to another story (a story split in two:
/// <see cref="StoryClusteringOptions.EventSplitRatio"/>; a lone earlier report taken into this article's story, its own story
/// then gone: <see cref="StoryClusteringOptions.EventRelink"/>); empty when none moved.</param>
public sealed record StoryAssignment(int Story, string? DuplicateOf, bool IsNewStory, IReadOnlyList<StoryMove> Moved)
{
    /// <summary>An assignment that moved no earlier article.</summary>
    public StoryAssignment(int story, string? duplicateOf, bool isNewStory) : this(story, duplicateOf, isNewStory, []) { }
}

/// <summary>An earlier article that moved to another story when a story was split in two, or when a lone report was taken into
/// the story it belongs to.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="From">The story it was in.</param>
/// <param name="To">The story it is in now.</param>
/// <param name="DuplicateOf">The id of the earlier article it copies, or null.</param>
public sealed record StoryMove(string ArticleId, int From, int To, string? DuplicateOf);

/// <summary>
/// Incremental stories: <see cref="Add"/> cleans an article (unless it is clean already), checks it for near-copies
/// and puts it into the most similar active story or a new one; <see cref="Summarize"/> then summarizes any story
/// from its articles so far. Adding is serialized; summarizing works on copies of the articles, so it may run on
/// other threads while articles keep arriving.
/// </summary>
public sealed class StoryStream
{
    private readonly StoryFlow _flow;
    private readonly IncrementalStoryClusterer _clusterer;
    private readonly Dictionary<int, List<Article>> _members = [];
    private readonly Dictionary<Article, int> _arrival = new(ReferenceEqualityComparer.Instance); // each article's arrival position
    private readonly Lock _gate = new();

    internal StoryStream(StoryFlow flow)
    {
        _flow = flow;
        _clusterer = new IncrementalStoryClusterer(flow.Clustering);
    }

    /// <summary>Articles added so far.</summary>
    public int Count { get { lock (_gate) return _clusterer.Count; } }

    /// <summary>Stories so far.</summary>
    public int Stories { get { lock (_gate) return _members.Count; } }

    /// <summary>Adds one article: cleans it in place unless <paramref name="alreadyClean"/>, then assigns it to a story. When its
    /// arrival split a story in two, or brought a lone earlier report into its story (whose own story is then gone), the
    /// earlier articles that moved are in <see cref="StoryAssignment.Moved"/>, and <see cref="Articles"/> follows them.</summary>
    public StoryAssignment Add(Article article, bool alreadyClean = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!alreadyClean) _flow.Clean(article);
        else _flow.Adopt(article);
        lock (_gate)
        {
            int story = _clusterer.Add(article);
            _arrival[article] = _arrival.Count;
            bool created = !_members.ContainsKey(story);
            var moved = new List<StoryMove>(_clusterer.Moved.Count);
            foreach (var m in _clusterer.Moved)
            {
                // Both lists stay in arrival order (a story that took a lone earlier report may hold later articles already); a
                // story left without articles (its one report moved) is gone.
                if (_members.TryGetValue(m.From, out var from) && from.Remove(m.Article) && from.Count == 0) _members.Remove(m.From);
                if (!_members.TryGetValue(m.To, out var to)) _members[m.To] = to = [];
                int at = to.Count, arrived = _arrival[m.Article];
                while (at > 0 && _arrival[to[at - 1]] > arrived) at--;
                to.Insert(at, m.Article);
                moved.Add(new StoryMove(m.Article.Id, m.From, m.To, m.Article.DuplicateOf));
            }
            if (!_members.TryGetValue(story, out var list)) _members[story] = list = [];
            list.Add(article);
            return new StoryAssignment(story, article.DuplicateOf, created, moved);
        }
    }

    /// <summary>The articles of <paramref name="story"/> so far, in arrival order (empty for an unknown story).</summary>
    public IReadOnlyList<Article> Articles(int story)
    {
        lock (_gate) return _members.TryGetValue(story, out var list) ? [.. list] : [];
    }

    /// <summary>
    /// Summarizes <paramref name="story"/> from its articles so far (and extracts its facts when the flow does), labels
    /// it, and returns it as a new <see cref="Cluster"/> of copies of its articles, or null for an unknown story.
    /// </summary>
    public Cluster? Summarize(int story, CancellationToken cancellationToken = default)
    {
        var articles = Articles(story);
        return articles.Count == 0 ? null : _flow.SummarizeStory($"story-{story}", articles, cancellationToken);
    }
}
