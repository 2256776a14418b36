namespace Roundup.Store;

/// <summary>Opens the store a command or the server is pointed at.</summary>
public static class StoryStores
{
    /// <summary>The SQLite file used when neither a file nor a PostgreSQL connection is given.</summary>
    public const string DefaultFile = "roundup.db";

    /// <summary>PostgreSQL when <paramref name="postgres"/> is given, else SQLite in <paramref name="file"/> (default <see cref="DefaultFile"/>).</summary>
    public static IStoryStore Open(string? file, string? postgres, TimeProvider? clock = null)
    {
        if (!string.IsNullOrWhiteSpace(file) && !string.IsNullOrWhiteSpace(postgres))
            throw new ArgumentException("Give either a database file or a PostgreSQL connection string, not both.");
        return string.IsNullOrWhiteSpace(postgres) ? new SqliteStoryStore(string.IsNullOrWhiteSpace(file) ? DefaultFile : file, clock) : new PostgresStoryStore(postgres, clock);
    }
}
