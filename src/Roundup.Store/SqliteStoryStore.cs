using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Roundup.Store;

/// <summary>
/// The default store: one SQLite file in write-ahead-log mode (readers never wait for the writer), foreign keys on,
/// full-text search with FTS5 (Porter stemming).
/// </summary>
public sealed class SqliteStoryStore : SqlStoryStore
{
    private readonly string _connectionString;

    /// <summary>Opens (creating when missing) the store in file <paramref name="path"/> and brings its schema up to date.</summary>
    public SqliteStoryStore(string path, TimeProvider? clock = null) : base(clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(Path) is { } dir) Directory.CreateDirectory(dir);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, ForeignKeys = true, Pooling = true, DefaultTimeout = 30,
        }.ToString();
        using (var c = Open())
            Exec(c, null, "PRAGMA journal_mode = WAL");
        Migrate();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Migrations { get; } =
    [
        CoreSchema("INTEGER PRIMARY KEY AUTOINCREMENT"),
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content = '', tokenize = 'porter unicode61');
        CREATE VIRTUAL TABLE stories_fts USING fts5 (label, summary, tokenize = 'porter unicode61')
        """,
    ];

    /// <inheritdoc/>
    protected override DbConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA synchronous = NORMAL";
        cmd.ExecuteNonQuery();
        return c;
    }

    /// <inheritdoc/>
    protected override void IndexArticle(DbConnection connection, DbTransaction transaction, long seq, string? title, string text)
        => Exec(connection, transaction, "INSERT INTO articles_fts (rowid, title, body) VALUES (@s, @title, @body)", ("s", seq), ("title", title ?? ""), ("body", text));

    /// <inheritdoc/>
    protected override void IndexStory(DbConnection connection, DbTransaction transaction, long storyId, string label, string text)
    {
        Exec(connection, transaction, "DELETE FROM stories_fts WHERE rowid = @s", ("s", storyId));
        Exec(connection, transaction, "INSERT INTO stories_fts (rowid, label, summary) VALUES (@s, @label, @summary)", ("s", storyId), ("label", label), ("summary", text));
    }

    /// <inheritdoc/>
    protected override void UnindexStory(DbConnection connection, DbTransaction transaction, long storyId)
        => Exec(connection, transaction, "DELETE FROM stories_fts WHERE rowid = @s", ("s", storyId));

    /// <inheritdoc/>
    protected override string StorySearchSql => "SELECT rowid FROM stories_fts WHERE stories_fts MATCH @q ORDER BY rank LIMIT @limit";

    /// <inheritdoc/>
    protected override string ArticleSearchSql => "SELECT rowid FROM articles_fts WHERE articles_fts MATCH @q ORDER BY rank LIMIT @limit";

    /// <inheritdoc/>
    /// <remarks>Each word becomes a quoted FTS5 string, so no query syntax can be injected; all words are required.</remarks>
    protected override string? SearchQuery(string words)
    {
        var w = Words(words);
        return w.Count == 0 ? null : string.Join(' ', w.Select(x => $"\"{x}\""));
    }

    /// <inheritdoc/>
    protected override IEnumerable<string> DatabaseCheck(DbConnection connection)
    {
        var problems = Query(connection, "PRAGMA integrity_check", r => r.GetString(0)).Where(s => s != "ok").ToList();
        problems.AddRange(Query(connection, "PRAGMA foreign_key_check", r => $"foreign key broken in {r.GetString(0)} row {r.GetValue(1)}"));
        long articles = Convert.ToInt64(Scalar(connection, null, "SELECT COUNT(*) FROM articles"));
        long indexed = Convert.ToInt64(Scalar(connection, null, "SELECT COUNT(*) FROM articles_fts"));
        if (articles != indexed) problems.Add($"{articles} articles but {indexed} in the search index");
        return problems;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        using (var c = new SqliteConnection(_connectionString)) SqliteConnection.ClearPool(c);
        base.Dispose(disposing);
    }
}
