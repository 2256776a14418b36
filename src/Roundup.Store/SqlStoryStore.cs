using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Roundup.Model;

namespace Roundup.Store;

/// <summary>
/// The behaviour both stores share, in SQL both databases speak (<c>ON CONFLICT</c>, <c>RETURNING</c>); each subclass
/// supplies its connections, its schema migrations and its full-text search. Writes are serialized inside the
/// process (one writer at a time, as SQLite wants anyway); each write is one transaction, so a crash leaves either
/// all of it or none.
/// </summary>
public abstract class SqlStoryStore : IStoryStore
{
    private readonly Lock _write = new();
    private readonly TimeProvider _clock;

    /// <summary>Creates the store; call <see cref="Migrate"/> from the subclass constructor.</summary>
    protected SqlStoryStore(TimeProvider? clock) => _clock = clock ?? TimeProvider.System;

    /// <inheritdoc/>
    public int SchemaVersion { get; private set; }

    /// <summary>The schema migrations, in order: migration <c>i</c> brings the schema to version <c>i + 1</c>.</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>Opens a connection.</summary>
    protected abstract DbConnection Open();

    /// <summary>Runs before the migrations in the same transaction (a lock where several processes may migrate at once).</summary>
    protected virtual void BeforeMigrations(DbConnection connection, DbTransaction transaction) { }

    /// <summary>Indexes a stored article for search (inside the storing transaction).</summary>
    protected abstract void IndexArticle(DbConnection connection, DbTransaction transaction, long seq, string? title, string text);

    /// <summary>Indexes a story's headline and summary for search (inside the saving transaction).</summary>
    protected abstract void IndexStory(DbConnection connection, DbTransaction transaction, long storyId, string label, string text);

    /// <summary>Removes a story from the search index (inside the transaction that removes the story).</summary>
    protected abstract void UnindexStory(DbConnection connection, DbTransaction transaction, long storyId);

    /// <summary>SQL selecting story ids and ranks (best first) matching the query in parameter <c>@q</c>, limited by <c>@limit</c>.</summary>
    protected abstract string StorySearchSql { get; }

    /// <summary>SQL selecting article arrival numbers (best first) matching the query in parameter <c>@q</c>, limited by <c>@limit</c>.</summary>
    protected abstract string ArticleSearchSql { get; }

    /// <summary>Turns free text into the query parameter <c>@q</c> (null when it has no words).</summary>
    protected abstract string? SearchQuery(string words);

    /// <summary>The database's own integrity check; returns its problems.</summary>
    protected abstract IEnumerable<string> DatabaseCheck(DbConnection connection);

    /// <summary>Brings the schema up to date, each migration in its own transaction.</summary>
    protected void Migrate()
    {
        using var c = Open();
        Exec(c, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        for (int i = 0; i < Migrations.Count; i++)
        {
            using var tx = c.BeginTransaction();
            BeforeMigrations(c, tx);
            long current = Scalar(c, tx, "SELECT COALESCE(MAX(version), 0) FROM schema_version") is { } v ? Convert.ToInt64(v) : 0;
            if (current > i) { tx.Commit(); continue; }
            foreach (var statement in Migrations[i].Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                Exec(c, tx, statement);
            Exec(c, tx, "INSERT INTO schema_version (version) VALUES (@v)", ("v", i + 1));
            tx.Commit();
        }
        SchemaVersion = Convert.ToInt32(Scalar(c, null, "SELECT MAX(version) FROM schema_version"));
    }

    /// <summary>The common tables (first migration), with the arrival-number column type of the dialect.</summary>
    protected static string CoreSchema(string serialKey) => $"""
        CREATE TABLE articles (seq {serialKey}, id TEXT NOT NULL UNIQUE, hash TEXT NOT NULL UNIQUE, origin_id TEXT, title TEXT, source TEXT, url TEXT, byline TEXT,
          published BIGINT, language TEXT, raw_text TEXT NOT NULL, clean_text TEXT NOT NULL, added BIGINT NOT NULL);
        CREATE TABLE removed_lines (article_seq BIGINT NOT NULL REFERENCES articles(seq), position INTEGER NOT NULL, start_at INTEGER NOT NULL,
          length INTEGER NOT NULL, text TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (article_seq, position));
        CREATE TABLE copies (article_seq BIGINT PRIMARY KEY REFERENCES articles(seq), copy_of_seq BIGINT NOT NULL REFERENCES articles(seq));
        CREATE TABLE stories (id BIGINT PRIMARY KEY, label TEXT, article_count INTEGER NOT NULL DEFAULT 0, source_count INTEGER NOT NULL DEFAULT 0,
          first_seen BIGINT NOT NULL, updated BIGINT NOT NULL, latest_version INTEGER NOT NULL DEFAULT 0, summary_text TEXT);
        CREATE INDEX stories_updated ON stories (updated DESC, id);
        CREATE INDEX stories_sources ON stories (source_count DESC, updated DESC, id);
        CREATE TABLE story_articles (article_seq BIGINT PRIMARY KEY REFERENCES articles(seq), story_id BIGINT NOT NULL REFERENCES stories(id));
        CREATE INDEX story_articles_story ON story_articles (story_id, article_seq);
        CREATE TABLE summary_versions (story_id BIGINT NOT NULL REFERENCES stories(id), version INTEGER NOT NULL, created BIGINT NOT NULL,
          last_article_seq BIGINT NOT NULL, article_count INTEGER NOT NULL, text TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (story_id, version));
        CREATE TABLE facts (story_id BIGINT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (story_id, version),
          FOREIGN KEY (story_id, version) REFERENCES summary_versions (story_id, version))
        """;

    /// <summary>SHA-256 (hex) of an article's outlet, address and raw text: what makes two articles the same.</summary>
    public static string ContentHash(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var bytes = Encoding.UTF8.GetBytes($"{article.Source}\n{article.Url}\n{article.RawText}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <inheritdoc/>
    public AddArticleResult AddArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var hash = ContentHash(article);
        var id = hash[..16];
        lock (_write)
        {
            using var c = Open();
            using var tx = c.BeginTransaction();
            var seq = Scalar(c, tx, """
                INSERT INTO articles (id, hash, origin_id, title, source, url, byline, published, language, raw_text, clean_text, added)
                VALUES (@id, @hash, @origin, @title, @source, @url, @byline, @published, @language, @raw, @clean, @added)
                ON CONFLICT DO NOTHING RETURNING seq
                """,
                ("id", id), ("hash", hash), ("origin", NoNul(article.Id)), ("title", NoNul(article.Title)), ("source", NoNul(article.Source)), ("url", NoNul(article.Url)),
                ("byline", NoNul(article.Byline)), ("published", article.Published?.ToUnixTimeMilliseconds()), ("language", article.Language),
                ("raw", NoNul(article.RawText)), ("clean", NoNul(article.Text)), ("added", _clock.GetUtcNow().ToUnixTimeMilliseconds()));
            if (seq is null or DBNull)
            {
                tx.Rollback();
                return new AddArticleResult(GetArticleBy(c, "a.hash = @k", hash) ?? throw new InvalidOperationException($"Article {id} was neither stored nor found."), false);
            }
            long s = Convert.ToInt64(seq);
            int position = 0;
            foreach (var r in article.Removed)
                Exec(c, tx, "INSERT INTO removed_lines (article_seq, position, start_at, length, text, reason) VALUES (@s, @p, @start, @len, @text, @reason)",
                    ("s", s), ("p", position++), ("start", r.Span.Start), ("len", r.Span.Length), ("text", NoNul(r.Text)), ("reason", r.Reason));
            IndexArticle(c, tx, s, NoNul(article.Title), NoNul(article.Text)!);
            tx.Commit();
            return new AddArticleResult(GetArticleBy(c, "a.seq = @k", s)!, true);
        }
    }

    /// <inheritdoc/>
    public void AssignStory(string articleId, long storyId, string? duplicateOf)
    {
        long now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        lock (_write)
        {
            using var c = Open();
            using var tx = c.BeginTransaction();
            var seq = Scalar(c, tx, "SELECT seq FROM articles WHERE id = @id", ("id", articleId)) ?? throw new KeyNotFoundException($"No article '{articleId}'.");
            var old = Scalar(c, tx, "SELECT story_id FROM story_articles WHERE article_seq = @s", ("s", seq));
            Exec(c, tx, "INSERT INTO stories (id, first_seen, updated) VALUES (@id, @now, @now) ON CONFLICT (id) DO NOTHING", ("id", storyId), ("now", now));
            Exec(c, tx, "INSERT INTO story_articles (article_seq, story_id) VALUES (@s, @story) ON CONFLICT (article_seq) DO UPDATE SET story_id = excluded.story_id",
                ("s", seq), ("story", storyId));
            var copyOf = duplicateOf is null ? null : Scalar(c, tx, "SELECT seq FROM articles WHERE id = @id", ("id", duplicateOf));
            if (copyOf is null) Exec(c, tx, "DELETE FROM copies WHERE article_seq = @s", ("s", seq));
            else Exec(c, tx, "INSERT INTO copies (article_seq, copy_of_seq) VALUES (@s, @d) ON CONFLICT (article_seq) DO UPDATE SET copy_of_seq = excluded.copy_of_seq", ("s", seq), ("d", copyOf));
            Recount(c, tx, storyId, now);
            if (old is not (null or DBNull) && Convert.ToInt64(old) != storyId)
            {
                long left = Convert.ToInt64(old);
                Recount(c, tx, left, now);
                // A story whose last article moved away (a lone report taken into the story it belongs to) is gone, with its summaries.
                if (Convert.ToInt64(Scalar(c, tx, "SELECT article_count FROM stories WHERE id = @s", ("s", left))) == 0) RemoveStory(c, tx, left);
            }
            tx.Commit();
        }
    }

    private void RemoveStory(DbConnection c, DbTransaction tx, long story)
    {
        UnindexStory(c, tx, story);
        Exec(c, tx, "DELETE FROM facts WHERE story_id = @s", ("s", story));
        Exec(c, tx, "DELETE FROM summary_versions WHERE story_id = @s", ("s", story));
        Exec(c, tx, "DELETE FROM stories WHERE id = @s", ("s", story));
    }

    private static void Recount(DbConnection c, DbTransaction tx, long story, long now) => Exec(c, tx, """
        UPDATE stories SET
          article_count = (SELECT COUNT(*) FROM story_articles m WHERE m.story_id = @s),
          source_count = (SELECT COUNT(DISTINCT COALESCE(a.source, a.url, a.id)) FROM story_articles m JOIN articles a ON a.seq = m.article_seq
                          LEFT JOIN copies k ON k.article_seq = a.seq WHERE m.story_id = @s AND k.article_seq IS NULL),
          updated = @now
        WHERE id = @s
        """, ("s", story), ("now", now));

    /// <inheritdoc/>
    public int SaveSummary(long storyId, string label, string text, string body, string? facts, long lastArticleSeq, int articles)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(body);
        lock (_write)
        {
            using var c = Open();
            using var tx = c.BeginTransaction();
            if (Scalar(c, tx, "SELECT id FROM stories WHERE id = @s", ("s", storyId)) is null) throw new KeyNotFoundException($"No story {storyId}.");
            int version = Convert.ToInt32(Scalar(c, tx, "SELECT COALESCE(MAX(version), 0) + 1 FROM summary_versions WHERE story_id = @s", ("s", storyId)));
            Exec(c, tx, "INSERT INTO summary_versions (story_id, version, created, last_article_seq, article_count, text, body) VALUES (@s, @v, @now, @last, @n, @text, @body)",
                ("s", storyId), ("v", version), ("now", _clock.GetUtcNow().ToUnixTimeMilliseconds()), ("last", lastArticleSeq), ("n", articles), ("text", NoNul(text)), ("body", NoNul(body)));
            if (facts is not null) Exec(c, tx, "INSERT INTO facts (story_id, version, body) VALUES (@s, @v, @body)", ("s", storyId), ("v", version), ("body", NoNul(facts)));
            Exec(c, tx, "UPDATE stories SET label = @label, latest_version = @v, summary_text = @text WHERE id = @s", ("s", storyId), ("v", version), ("label", NoNul(label)), ("text", NoNul(text)));
            IndexStory(c, tx, storyId, NoNul(label)!, NoNul(text)!);
            tx.Commit();
            return version;
        }
    }

    private const string ArticleColumns = """
        SELECT a.seq, a.id, a.hash, a.origin_id, a.title, a.source, a.url, a.byline, a.published, a.language, a.raw_text, a.clean_text, a.added, d.id, m.story_id
        FROM articles a LEFT JOIN copies k ON k.article_seq = a.seq LEFT JOIN articles d ON d.seq = k.copy_of_seq LEFT JOIN story_articles m ON m.article_seq = a.seq
        """;

    /// <inheritdoc/>
    public StoredArticle? GetArticle(string id)
    {
        using var c = Open();
        return GetArticleBy(c, "a.id = @k", id);
    }

    private static StoredArticle? GetArticleBy(DbConnection c, string where, object key)
        => Query(c, $"{ArticleColumns} WHERE {where}", ReadArticle, ("k", key)).FirstOrDefault();

    /// <inheritdoc/>
    public IReadOnlyList<StoredRemovedLine> RemovedLines(string articleId)
    {
        using var c = Open();
        return Query(c, "SELECT r.start_at, r.length, r.text, r.reason FROM removed_lines r JOIN articles a ON a.seq = r.article_seq WHERE a.id = @id ORDER BY r.position",
            r => new StoredRemovedLine(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetString(3)), ("id", articleId));
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoredArticle> ArticlesAfter(long afterSeq, int limit)
    {
        using var c = Open();
        return Query(c, $"{ArticleColumns} WHERE a.seq > @after ORDER BY a.seq LIMIT @limit", ReadArticle, ("after", afterSeq), ("limit", limit));
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoredArticle> StoryArticles(long storyId)
    {
        using var c = Open();
        return Query(c, $"{ArticleColumns} WHERE m.story_id = @s ORDER BY a.seq", ReadArticle, ("s", storyId));
    }

    private const string StoryColumns = "SELECT s.id, s.label, s.article_count, s.source_count, s.first_seen, s.updated, s.latest_version, s.summary_text FROM stories s";

    /// <inheritdoc/>
    public StoryRecord? GetStory(long id)
    {
        using var c = Open();
        return Query(c, $"{StoryColumns} WHERE s.id = @id", ReadStory, ("id", id)).FirstOrDefault();
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoryRecord> ListStories(StoryOrder order, int limit, int offset = 0)
    {
        var by = order == StoryOrder.MostSources ? "s.source_count DESC, s.updated DESC, s.id" : "s.updated DESC, s.id";
        using var c = Open();
        return Query(c, $"{StoryColumns} ORDER BY {by} LIMIT @limit OFFSET @offset", ReadStory, ("limit", limit), ("offset", offset));
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoryRecord> SearchStories(string query, int limit)
    {
        if (SearchQuery(query ?? "") is not { } q) return [];
        using var c = Open();
        var ids = Query(c, StorySearchSql, r => r.GetInt64(0), ("q", q), ("limit", limit));
        return [.. ids.Select(id => Query(c, $"{StoryColumns} WHERE s.id = @id", ReadStory, ("id", id)).FirstOrDefault()).OfType<StoryRecord>()];
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoredArticle> SearchArticles(string query, int limit)
    {
        if (SearchQuery(query ?? "") is not { } q) return [];
        using var c = Open();
        var seqs = Query(c, ArticleSearchSql, r => r.GetInt64(0), ("q", q), ("limit", limit));
        return [.. seqs.Select(s => GetArticleBy(c, "a.seq = @k", s)).OfType<StoredArticle>()];
    }

    /// <inheritdoc/>
    public IReadOnlyList<SummaryVersion> SummaryVersions(long storyId)
    {
        using var c = Open();
        return Query(c, """
            SELECT v.story_id, v.version, v.created, v.last_article_seq, v.article_count, v.text, v.body, f.body
            FROM summary_versions v LEFT JOIN facts f ON f.story_id = v.story_id AND f.version = v.version WHERE v.story_id = @s ORDER BY v.version
            """,
            r => new SummaryVersion(r.GetInt64(0), r.GetInt32(1), Time(r.GetInt64(2)), r.GetInt64(3), r.GetInt32(4), r.GetString(5), r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7)),
            ("s", storyId));
    }

    /// <inheritdoc/>
    public IReadOnlyList<long> StaleStories()
    {
        using var c = Open();
        return Query(c, """
            SELECT s.id FROM stories s WHERE s.article_count > 0 AND (s.latest_version = 0 OR
              (SELECT MAX(m.article_seq) FROM story_articles m WHERE m.story_id = s.id) >
              (SELECT v.last_article_seq FROM summary_versions v WHERE v.story_id = s.id AND v.version = s.latest_version))
            ORDER BY s.id
            """, r => r.GetInt64(0));
    }

    /// <inheritdoc/>
    public long CountArticles()
    {
        using var c = Open();
        return Convert.ToInt64(Scalar(c, null, "SELECT COUNT(*) FROM articles"));
    }

    /// <inheritdoc/>
    public long CountStories()
    {
        using var c = Open();
        return Convert.ToInt64(Scalar(c, null, "SELECT COUNT(*) FROM stories"));
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> CheckIntegrity()
    {
        using var c = Open();
        var problems = DatabaseCheck(c).ToList();
        problems.AddRange(Query(c, """
            SELECT s.id, s.article_count, (SELECT COUNT(*) FROM story_articles m WHERE m.story_id = s.id) FROM stories s
            WHERE s.article_count <> (SELECT COUNT(*) FROM story_articles m WHERE m.story_id = s.id)
            """, r => $"story {r.GetInt64(0)} counts {r.GetInt64(1)} articles but has {r.GetInt64(2)}"));
        problems.AddRange(Query(c, """
            SELECT s.id, s.latest_version, COUNT(v.version), COALESCE(MAX(v.version), 0) FROM stories s LEFT JOIN summary_versions v ON v.story_id = s.id
            GROUP BY s.id, s.latest_version HAVING COUNT(v.version) <> COALESCE(MAX(v.version), 0) OR s.latest_version <> COALESCE(MAX(v.version), 0)
            """, r => $"story {r.GetInt64(0)} is at version {r.GetInt64(1)} with {r.GetInt64(2)} versions numbered up to {r.GetInt64(3)}"));
        problems.AddRange(Query(c, "SELECT m.article_seq FROM story_articles m LEFT JOIN stories s ON s.id = m.story_id WHERE s.id IS NULL",
            r => $"article {r.GetInt64(0)} is in a story that does not exist"));
        problems.AddRange(Query(c, "SELECT COUNT(*) FROM stories s WHERE s.article_count = 0", r => r.GetInt64(0) > 0 ? $"{r.GetInt64(0)} stories have no article" : null).OfType<string>());
        return problems;
    }

    private static StoredArticle ReadArticle(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), Str(r, 7),
        r.IsDBNull(8) ? null : Time(r.GetInt64(8)), Str(r, 9), r.GetString(10), r.GetString(11), Time(r.GetInt64(12)), Str(r, 13), r.IsDBNull(14) ? null : r.GetInt64(14));

    private static StoryRecord ReadStory(DbDataReader r) => new(
        r.GetInt64(0), Str(r, 1), r.GetInt32(2), r.GetInt32(3), Time(r.GetInt64(4)), Time(r.GetInt64(5)), r.GetInt32(6), Str(r, 7));

    private static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    /// <summary>PostgreSQL text cannot hold U+0000; both stores drop it so they keep the same text.</summary>
    private static string? NoNul(string? s) => s is null || !s.Contains('\0', StringComparison.Ordinal) ? s : s.Replace("\0", "", StringComparison.Ordinal);

    /// <summary>Runs a statement.</summary>
    protected static int Exec(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(connection, transaction, sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    /// <summary>Runs a query and returns its first value (null when no row).</summary>
    protected static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(connection, transaction, sql, parameters);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    /// <summary>Runs a query and reads every row.</summary>
    protected static List<T> Query<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(connection, null, sql, parameters);
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read()) list.Add(read(r));
        return list;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    /// <summary>The words of a search (letters and digits), lower-cased, at most 16.</summary>
    protected static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var ch in (text ?? "") + " ")
        {
            if (char.IsLetterOrDigit(ch)) { sb.Append(char.ToLowerInvariant(ch)); continue; }
            if (sb.Length > 0 && words.Count < 16) words.Add(sb.ToString());
            sb.Clear();
        }
        return words;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the subclass holds.</summary>
    protected virtual void Dispose(bool disposing) { }
}
