using System.Data.Common;
using Npgsql;

namespace Roundup.Store;

/// <summary>
/// The store for teams: PostgreSQL (12 or later), same tables and behaviour as <see cref="SqliteStoryStore"/>; search
/// through generated <c>tsvector</c> columns (English stemming) with GIN indexes. The schema goes where the connection
/// string's search path points (<c>Search Path=…</c>), created when missing.
/// </summary>
public sealed class PostgresStoryStore : SqlStoryStore
{
    private readonly NpgsqlDataSource _source;

    /// <summary>Connects with <paramref name="connectionString"/> and brings the schema up to date.</summary>
    public PostgresStoryStore(string connectionString, TimeProvider? clock = null) : base(clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.SearchPath is { Length: > 0 } schema)
        {
            var bare = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = null };
            using var c = new NpgsqlConnection(bare.ToString());
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS \"{schema.Split(',')[0].Trim().Replace("\"", "", StringComparison.Ordinal)}\"", c);
            cmd.ExecuteNonQuery();
        }
        _source = NpgsqlDataSource.Create(builder);
        Migrate();
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Migrations { get; } =
    [
        CoreSchema("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"),
        """
        ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', COALESCE(title, '') || ' ' || LEFT(clean_text, 200000))) STORED;
        CREATE INDEX articles_search ON articles USING GIN (search);
        ALTER TABLE stories ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', COALESCE(label, '') || ' ' || COALESCE(summary_text, ''))) STORED;
        CREATE INDEX stories_search ON stories USING GIN (search)
        """,
    ];

    /// <inheritdoc/>
    protected override DbConnection Open() => _source.OpenConnection();

    /// <inheritdoc/>
    protected override void BeforeMigrations(DbConnection connection, DbTransaction transaction)
        => Exec(connection, transaction, "SELECT pg_advisory_xact_lock(7215)");

    /// <inheritdoc/>
    protected override void IndexArticle(DbConnection connection, DbTransaction transaction, long seq, string? title, string text) { }

    /// <inheritdoc/>
    protected override void IndexStory(DbConnection connection, DbTransaction transaction, long storyId, string label, string text) { }

    /// <inheritdoc/>
    protected override void UnindexStory(DbConnection connection, DbTransaction transaction, long storyId) { }

    /// <inheritdoc/>
    protected override string StorySearchSql =>
        "SELECT id FROM stories WHERE latest_version > 0 AND search @@ to_tsquery('english', @q) ORDER BY ts_rank(search, to_tsquery('english', @q)) DESC, id LIMIT @limit";

    /// <inheritdoc/>
    protected override string ArticleSearchSql =>
        "SELECT seq FROM articles WHERE search @@ to_tsquery('english', @q) ORDER BY ts_rank(search, to_tsquery('english', @q)) DESC, seq LIMIT @limit";

    /// <inheritdoc/>
    /// <remarks>Each word is quoted as a lexeme, so no query syntax can be injected; all words are required.</remarks>
    protected override string? SearchQuery(string words)
    {
        var w = Words(words);
        return w.Count == 0 ? null : string.Join(" & ", w.Select(x => $"'{x}'"));
    }

    /// <inheritdoc/>
    protected override IEnumerable<string> DatabaseCheck(DbConnection connection) => [];

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing) _source.Dispose();
        base.Dispose(disposing);
    }
}
