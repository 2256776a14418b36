using Npgsql;

namespace Roundup.Tests.Store;

/// <summary>
/// The PostgreSQL the tests use: the connection string in ROUNDUP_TEST_POSTGRES (.ci/setup.d/postgres.sh starts a
/// throwaway server and sets it). Tests skip, saying so, when it is unset or the server does not answer.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "ROUNDUP_TEST_POSTGRES";

    private static readonly Lazy<string?> Why = new(() =>
    {
        var cs = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(cs)) return $"PostgreSQL tests skipped: {Variable} is not set (.ci/setup.d/postgres.sh starts a throwaway server and sets it).";
        try
        {
            using var c = new NpgsqlConnection(cs);
            c.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException or System.Net.Sockets.SocketException)
        {
            return $"PostgreSQL tests skipped: no server answers at {Variable} ({e.Message}).";
        }
    });

    /// <summary>The connection string with its own schema as search path; skips the test when no server is reachable.</summary>
    public static string ConnectionString(string schema)
    {
        Skip.If(Why.Value is not null, Why.Value);
        return new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Variable)) { SearchPath = schema }.ToString();
    }

    /// <summary>Drops a test schema (nothing when no server).</summary>
    public static void DropSchema(string schema)
    {
        if (Why.Value is not null) return;
        NpgsqlConnection.ClearAllPools();
        using var c = new NpgsqlConnection(Environment.GetEnvironmentVariable(Variable));
        c.Open();
        using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", c);
        cmd.ExecuteNonQuery();
    }
}
