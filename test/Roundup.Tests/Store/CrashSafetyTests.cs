using System.Diagnostics;
using Roundup.Store;
using Roundup.Tests.Stories;

namespace Roundup.Tests.Store;

/// <summary>
/// kill -9 during a large ingest (its writes, or the summaries after them), then run the ingest again: no article lost
/// or stored twice, every story consistent, the store passes its integrity check and every story ends with a summary.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("roundup-crash-").FullName;

    /// <summary>Writes <paramref name="count"/> distinct articles: the fixtures, each with a numbered sentence added, so near-copies and stories form.</summary>
    private string WriteArticles(int count)
    {
        var folder = Path.Combine(_dir, "in");
        Directory.CreateDirectory(folder);
        var names = Directory.GetFiles(StoryFixtures.Folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        for (int i = 0; i < count; i++)
        {
            var text = File.ReadAllText(names[i % names.Length]);
            File.WriteAllText(Path.Combine(folder, $"a{i:D4}.txt"), text + $"\nUpdate {i}: the report was filed as number {i * 7 + 3}.\n");
        }
        return folder;
    }

    private static Process Ingest(string folder, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "roundup.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "ingest", folder, "--db", db }) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    [Fact]
    public async Task Killing_an_ingest_and_running_it_again_loses_and_duplicates_nothing()
    {
        const int count = 1500; // enough that even a quiet machine is still ingesting when the kill comes
        var folder = WriteArticles(count);
        var db = Path.Combine(_dir, "crash.db");

        using (var first = Ingest(folder, db))
        {
            // Kill once some articles are in, mid-way through the writes.
            var until = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < until && !first.HasExited)
            {
                await Task.Delay(20);
                if (File.Exists(db) && Stored(db) >= 20) break;
            }
            Assert.False(first.HasExited, "the ingest finished before it could be killed; raise the count");
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }
        // Mostly the kill lands in the writes; on a loaded machine the poll can miss them (its reads wait on the
        // writer) and the kill lands in the summaries after the last write: a crash in the ingest all the same, whose
        // stories the second run must finish.
        long before = Stored(db);
        Assert.InRange(before, 1, count);
        using (var store = new SqliteStoryStore(db))
            Assert.Empty(store.CheckIntegrity());

        using (var second = Ingest(folder, db))
        {
            var output = await second.StandardOutput.ReadToEndAsync();
            await second.WaitForExitAsync();
            Assert.True(second.ExitCode == 0, output + await second.StandardError.ReadToEndAsync());
            Assert.Contains($"{count} articles read: {count - before} stored, {before} already stored", output, StringComparison.Ordinal);
        }
        using var check = new SqliteStoryStore(db);
        Assert.Equal(count, check.CountArticles());
        Assert.Empty(check.CheckIntegrity());
        Assert.Empty(check.StaleStories());
        var all = check.ArticlesAfter(0, 10 * count);
        Assert.Equal(count, all.Select(a => a.Hash).Distinct().Count());
        Assert.All(all, a => Assert.NotNull(a.StoryId));
    }

    private static long Stored(string db)
    {
        try
        {
            using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM articles";
            return Convert.ToInt64(cmd.ExecuteScalar());
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
