using Roundup.Model;

namespace Roundup.Store;

/// <summary>
/// Where the service keeps everything: articles (stored once per text), the lines the cleaner removed, near-copy
/// links, stories and their members, summary versions and facts, with full-text search over articles and stories.
/// Two implementations behave the same: <see cref="SqliteStoryStore"/> (one file, the default) and
/// <see cref="PostgresStoryStore"/>. Thread-safe.
/// </summary>
public interface IStoryStore : IDisposable
{
    /// <summary>The schema version the store is at after its migrations ran.</summary>
    int SchemaVersion { get; }

    /// <summary>Stores a cleaned article with its removed lines, unless the same raw text is stored already (then nothing changes).</summary>
    AddArticleResult AddArticle(Article article);

    /// <summary>Puts article <paramref name="articleId"/> into story <paramref name="storyId"/> (created when new), marks it a near-copy of <paramref name="duplicateOf"/> when given, and updates the story's counts; one transaction.</summary>
    void AssignStory(string articleId, long storyId, string? duplicateOf);

    /// <summary>Writes a new summary version of a story (and its label); returns the version number.</summary>
    int SaveSummary(long storyId, string label, string text, string body, string? facts, long lastArticleSeq, int articles);

    /// <summary>An article by store id, or null.</summary>
    StoredArticle? GetArticle(string id);

    /// <summary>The lines removed from an article, in text order.</summary>
    IReadOnlyList<StoredRemovedLine> RemovedLines(string articleId);

    /// <summary>Articles in arrival order after arrival number <paramref name="afterSeq"/>, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<StoredArticle> ArticlesAfter(long afterSeq, int limit);

    /// <summary>The articles of a story in arrival order.</summary>
    IReadOnlyList<StoredArticle> StoryArticles(long storyId);

    /// <summary>A story, or null.</summary>
    StoryRecord? GetStory(long id);

    /// <summary>Stories in <paramref name="order"/>.</summary>
    IReadOnlyList<StoryRecord> ListStories(StoryOrder order, int limit, int offset = 0);

    /// <summary>Stories whose headline or summary match <paramref name="query"/> (words, all required), best first.</summary>
    IReadOnlyList<StoryRecord> SearchStories(string query, int limit);

    /// <summary>Articles whose title or clean text match <paramref name="query"/> (words, all required), best first.</summary>
    IReadOnlyList<StoredArticle> SearchArticles(string query, int limit);

    /// <summary>Every summary version of a story, oldest first.</summary>
    IReadOnlyList<SummaryVersion> SummaryVersions(long storyId);

    /// <summary>Stories whose newest summary was built before their newest article joined (or that have none): they need summarizing.</summary>
    IReadOnlyList<long> StaleStories();

    /// <summary>Articles stored.</summary>
    long CountArticles();

    /// <summary>Stories stored.</summary>
    long CountStories();

    /// <summary>Checks the store: the database's own check where it has one, then that every article has at most one story,
    /// every member exists, every story's counts match its members and versions are numbered 1, 2, …. Returns the problems (empty when sound).</summary>
    IReadOnlyList<string> CheckIntegrity();
}
