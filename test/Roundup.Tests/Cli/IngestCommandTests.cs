using System.CommandLine;
using Roundup.Cli;
using Roundup.Store;
using Roundup.Tests.Stories;

namespace Roundup.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("roundup-ingest-").FullName;

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand { IngestCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CliRunner.Invoke(root, ["ingest", .. args], new CliConsole(TextReader.Null, output, error));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Ingest_stores_articles_into_stories_with_summaries_and_a_second_run_changes_nothing()
    {
        var db = Path.Combine(_dir, "r.db");
        var first = Run(StoryFixtures.File("bridge-1.txt"), StoryFixtures.File("bridge-2.txt"), StoryFixtures.File("museum.txt"), "--db", db);
        Assert.Equal(0, first.Exit);
        Assert.Contains("3 articles read: 3 stored, 0 already stored; 2 stories summarized", first.Out, StringComparison.Ordinal);
        var again = Run(StoryFixtures.Folder, "--db", db);
        Assert.Equal(0, again.Exit);
        Assert.Contains("6 articles read: 3 stored, 3 already stored", again.Out, StringComparison.Ordinal);
        Assert.Contains("the store holds 6 articles in 3 stories", again.Out, StringComparison.Ordinal);

        using var store = new SqliteStoryStore(db);
        var bridge = store.ListStories(StoryOrder.MostSources, 10).MaxBy(s => s.Articles)!;
        Assert.Equal(3, bridge.Articles);
        Assert.Equal(2, bridge.LatestVersion); // summarized again when bridge-3 joined
        Assert.Empty(store.CheckIntegrity());
        var latest = StoredSummary.Parse(store.SummaryVersions(bridge.Id)[^1].Body);
        Assert.NotEmpty(latest.Sentences);
        Assert.All(latest.Sentences, s => Assert.Contains(s.Article, s.Sources));
    }

    [Fact]
    public void Both_a_file_and_a_postgres_string_is_an_input_error()
    {
        var r = Run(StoryFixtures.Folder, "--db", Path.Combine(_dir, "x.db"), "--postgres", "Host=nowhere");
        Assert.Equal(CliRunner.InputError, r.Exit);
        Assert.StartsWith("roundup: ", r.Err, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
