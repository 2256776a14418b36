using System.CommandLine;
using Roundup.Cli;
using Roundup.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Roundup.Tests.Reading.Web;
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

    [Fact]
    public async Task Ingest_feeds_reads_every_feed_of_an_opml_file_with_item_pages_and_warns_about_one_that_fails()
    {
        await using var site = await LocalSite.StartAsync(app =>
        {
            app.MapGet("/gazette.rss", (HttpContext c) => Results.Text(
                $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gazette</title><link>https://g.example/</link><description>d</description>"
                + $"<item><guid>b1</guid><title>Bridge closed</title><link>http://{c.Request.Host}/bridge-1</link><description>The bridge closed.</description></item>"
                + $"<item><guid>b2</guid><title>Bridge repairs</title><link>http://{c.Request.Host}/bridge-2</link><description>Repairs.</description></item>"
                + "</channel></rss>", "application/rss+xml"));
            app.MapGet("/bridge-1", () => Results.Text(File.ReadAllText(StoryFixtures.File("bridge-1.txt")), "text/plain"));
            app.MapGet("/bridge-2", () => Results.Text(File.ReadAllText(StoryFixtures.File("bridge-2.txt")), "text/plain"));
        });
        var opml = Path.Combine(_dir, "feeds.opml");
        File.WriteAllText(opml, $"<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>mine</title></head><body><outline text=\"News\">"
            + $"<outline type=\"rss\" text=\"Gazette\" xmlUrl=\"{site.Url("gazette.rss")}\"/><outline type=\"rss\" text=\"Gone\" xmlUrl=\"{site.Url("gone.rss")}\"/>"
            + "</outline></body></opml>");
        var db = Path.Combine(_dir, "f.db");
        var r = Run("--feeds", opml, "--db", db);
        Assert.Equal(0, r.Exit);
        Assert.Contains("2 articles read: 2 stored", r.Out, StringComparison.Ordinal);
        Assert.Contains("roundup: warning: could not read feed", r.Err, StringComparison.Ordinal);
        Assert.Contains("gone.rss", r.Err, StringComparison.Ordinal);
        using var store = new SqliteStoryStore(db);
        var stored = store.ArticlesAfter(0, 10);
        Assert.Equal(2, stored.Count);
        // The pages' text, not the items' one-line descriptions; the outlet is the feed's.
        Assert.All(stored, a => Assert.Contains("Old Mill Bridge", a.RawText, StringComparison.Ordinal));
        Assert.All(stored, a => Assert.Equal("Gazette", a.Source));
    }

    [Fact]
    public void Ingest_feeds_with_an_opml_file_that_is_not_opml_is_an_input_error()
    {
        var bad = Path.Combine(_dir, "bad.opml");
        File.WriteAllText(bad, "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY a \"aaaa\">]><opml><body><outline xmlUrl=\"http://x.example/&a;\"/></body></opml>");
        var r = Run("--feeds", bad, "--db", Path.Combine(_dir, "x.db"));
        Assert.Equal(CliRunner.InputError, r.Exit);
        Assert.StartsWith("roundup: ", r.Err, StringComparison.Ordinal);
        Assert.Contains("not readable OPML", r.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("5000")]
    public void Ingest_watch_settle_out_of_range_is_an_input_error(string seconds)
    {
        var r = Run("--watch", _dir, "--settle", seconds, "--db", Path.Combine(_dir, "s.db"));
        Assert.Equal(CliRunner.InputError, r.Exit);
        Assert.StartsWith("roundup: ", r.Err, StringComparison.Ordinal);
        Assert.Contains("--settle", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_watch_ingests_files_as_they_arrive_and_change_and_stops_cleanly_when_cancelled()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_dir, "inbox")).FullName;
        File.Copy(StoryFixtures.File("bridge-1.txt"), Path.Combine(inbox, "bridge-1.txt"));
        var db = Path.Combine(_dir, "w.db");
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var errorText = new StringWriter();
        var error = TextWriter.Synchronized(errorText);
        var console = new CliConsole(TextReader.Null, output, error) { Cancellation = stop.Token };
        var run = Task.Run(() => CliRunner.Invoke(new RootCommand { IngestCommand.Create() }, ["ingest", "--watch", inbox, "--settle", "3", "--db", db], console));

        async Task WaitFor(long articles)
        {
            // A deadline, not a timing: the wait ends as soon as the store holds the articles (a loaded machine, with other
            // test processes running, once took more than 60 s for the first file).
            var until = DateTime.UtcNow.AddSeconds(180);
            while (DateTime.UtcNow < until && !run.IsCompleted)
            {
                if (File.Exists(db))
                {
                    using var s = new SqliteStoryStore(db);
                    if (s.CountArticles() == articles && s.StaleStories().Count == 0) return;
                }
                await Task.Delay(100);
            }
            throw new TimeoutException($"the store did not reach {articles} articles: {errorText}");
        }

        await WaitFor(1);
        // A file written in two steps is read once, whole: the second write comes well within the 3 s a file must stay
        // unchanged (with the default 0.5 s, a CI machine busy with the other tests once let the half be read).
        var partial = Path.Combine(inbox, "bridge-2.txt");
        var text = File.ReadAllText(StoryFixtures.File("bridge-2.txt"));
        File.WriteAllText(partial, text[..(text.Length / 2)]);
        await Task.Delay(100);
        File.WriteAllText(partial, text);
        File.Copy(StoryFixtures.File("museum.txt"), Path.Combine(inbox, "museum.txt"));
        File.WriteAllText(Path.Combine(inbox, ".hidden.txt"), "Not for reading. It is hidden from the watch and has two sentences.");
        await WaitFor(3);
        // A changed file is read again: its new text is a new article in the same story.
        File.AppendAllText(Path.Combine(inbox, "museum.txt"), "\n\nThe museum said the new wing would open to visitors in the autumn, a year later than planned.\n");
        await WaitFor(4);

        stop.Cancel();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("roundup: watching", errorText.ToString(), StringComparison.Ordinal);
        Assert.Contains("watched ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("the store holds 4 articles in 2 stories", output.ToString(), StringComparison.Ordinal); // the changed museum article joins its first version
        using var store = new SqliteStoryStore(db);
        Assert.Empty(store.SearchArticles("hidden", 5));
        Assert.Empty(store.CheckIntegrity());
        var bridge = store.SearchArticles("detours", 5);
        Assert.Single(bridge);
        Assert.Contains("last repaired in 2009", bridge[0].RawText, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
