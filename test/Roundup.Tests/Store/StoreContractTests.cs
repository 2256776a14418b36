using Roundup.Model;
using Roundup.Stories;
using Roundup.Store;
using Roundup.Tests.Stories;

namespace Roundup.Tests.Store;

/// <summary>The behaviour every store must have; run against SQLite and PostgreSQL by the subclasses below.</summary>
public abstract class StoreContractTests : IDisposable
{
    private static readonly StoryFlow Flow = new StoryFlowBuilder().Build();
    private IStoryStore? _store;

    /// <summary>A fresh, empty store (skips the test when the database is not reachable).</summary>
    protected abstract IStoryStore CreateStore();

    /// <summary>Opens the same store again (a restart).</summary>
    protected abstract IStoryStore Reopen();

    protected IStoryStore Store => _store ??= CreateStore();

    private static Article Cleaned(string name) => Flow.Clean(StoryFixtures.Load(name)[0]);

    [SkippableFact]
    public void Migrations_bring_a_new_store_to_the_latest_schema_and_reopening_keeps_it()
    {
        Assert.Equal(2, Store.SchemaVersion);
        Store.AddArticle(Cleaned("museum.txt"));
        _store!.Dispose();
        _store = Reopen();
        Assert.Equal(2, _store.SchemaVersion);
        Assert.Equal(1, _store.CountArticles());
    }

    [SkippableFact]
    public void Storing_the_same_article_twice_changes_nothing()
    {
        var first = Store.AddArticle(Cleaned("bridge-1.txt"));
        var again = Store.AddArticle(Cleaned("bridge-1.txt"));
        Assert.True(first.Added);
        Assert.False(again.Added);
        Assert.Equal(first.Article.Id, again.Article.Id);
        Assert.Equal(1, Store.CountArticles());
        var stored = Store.GetArticle(first.Article.Id)!;
        Assert.Equal("Millbrook Gazette", stored.Source);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), stored.Published);
        Assert.DoesNotContain("Follow us on Twitter", stored.CleanText, StringComparison.Ordinal);
        Assert.Contains("Follow us on Twitter", stored.RawText, StringComparison.Ordinal);
        var removed = Store.RemovedLines(stored.Id);
        Assert.Contains(removed, r => r.Text.Contains("Follow us on Twitter", StringComparison.Ordinal) && r.Reason.Length > 0);
    }

    [SkippableFact]
    public void Stories_keep_members_counts_copies_and_summary_versions()
    {
        var a = Store.AddArticle(Cleaned("bridge-1.txt")).Article;
        var b = Store.AddArticle(Cleaned("bridge-2.txt")).Article;
        var m = Store.AddArticle(Cleaned("museum.txt")).Article;
        Store.AssignStory(a.Id, 1, null);
        Store.AssignStory(b.Id, 1, null);
        Store.AssignStory(m.Id, 2, null);
        var story = Store.GetStory(1)!;
        Assert.Equal(2, story.Articles);
        Assert.Equal(2, story.Sources);
        Assert.Equal(0, story.LatestVersion);
        Assert.Equal([a.Id, b.Id], Store.StoryArticles(1).Select(x => x.Id));

        // A near-copy counts as an article but not as a source; moving an article recounts both stories, and a story left
        // without articles is gone (moving an article back opens it again).
        Store.AssignStory(m.Id, 1, a.Id);
        Assert.Equal(3, Store.GetStory(1)!.Articles);
        Assert.Equal(2, Store.GetStory(1)!.Sources);
        Assert.Equal(a.Id, Store.GetArticle(m.Id)!.DuplicateOf);
        Assert.Null(Store.GetStory(2));
        Assert.Empty(Store.CheckIntegrity());
        Store.AssignStory(m.Id, 2, null);
        Assert.Null(Store.GetArticle(m.Id)!.DuplicateOf);
        Assert.Equal(1, Store.GetStory(2)!.Articles);

        Assert.Equal(1, Store.SaveSummary(1, "Bridge closed", "The bridge closed.", "{\"v\":1}", "{\"facts\":[]}", b.Seq, 2));
        Assert.Equal(2, Store.SaveSummary(1, "Bridge shut", "The bridge shut for repairs.", "{\"v\":2}", null, b.Seq, 2));
        var versions = Store.SummaryVersions(1);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal("{\"facts\":[]}", versions[0].Facts);
        Assert.Null(versions[1].Facts);
        Assert.Equal("Bridge shut", Store.GetStory(1)!.Label);
        Assert.Equal(2, Store.GetStory(1)!.LatestVersion);
        Assert.Throws<KeyNotFoundException>(() => Store.SaveSummary(99, "x", "x", "{}", null, 0, 0));
        Assert.Throws<KeyNotFoundException>(() => Store.AssignStory("nope", 1, null));
    }

    [SkippableFact]
    public void Stories_list_newest_or_by_sources_and_search_finds_stories_and_articles_by_stemmed_words()
    {
        var time = 0;
        foreach (var (name, story) in new[] { ("strike-1.txt", 5L), ("bridge-1.txt", 7L), ("bridge-2.txt", 7L) })
        {
            var a = Store.AddArticle(Cleaned(name)).Article;
            Store.AssignStory(a.Id, story, null);
            time++;
        }
        Store.SaveSummary(7, "Cracks shut the Old Mill Bridge", "Engineers found cracks in the bridge supports.", "{}", null, 3, 2);
        Store.SaveSummary(5, "Teachers vote to strike", "Harlow teachers will strike over class sizes.", "{}", null, 1, 1);
        Assert.Equal([7L, 5L], Store.ListStories(StoryOrder.MostSources, 10).Select(s => s.Id));
        Assert.Equal(2, Store.ListStories(StoryOrder.Newest, 10).Count);
        Assert.Single(Store.ListStories(StoryOrder.Newest, 1));

        Assert.Equal([7L], Store.SearchStories("crack bridges", 10).Select(s => s.Id)); // stemmed: crack ~ cracks
        Assert.Equal([5L], Store.SearchStories("STRIKING teachers", 10).Select(s => s.Id));
        Assert.Empty(Store.SearchStories("bridge teachers", 10)); // every word is required
        Assert.Empty(Store.SearchStories("\" OR 1=1 --", 10)); // query syntax cannot be injected
        Assert.Empty(Store.SearchStories("   ", 10));
        var hits = Store.SearchArticles("detours commuters", 10);
        Assert.Equal(["River Valley News"], hits.Select(h => h.Source));
        Assert.Equal(2, Store.SearchArticles("Adeyemi", 10).Count);
    }

    [SkippableFact]
    public void Replay_reads_articles_in_arrival_order_and_a_sound_store_passes_the_integrity_check()
    {
        var names = new[] { "museum.txt", "strike-2.txt", "bridge-3.txt" };
        var ids = names.Select(n => Store.AddArticle(Cleaned(n)).Article.Id).ToList();
        Assert.Equal(ids, Store.ArticlesAfter(0, 10).Select(a => a.Id));
        var first = Store.ArticlesAfter(0, 1).Single();
        Assert.Equal(ids[1..], Store.ArticlesAfter(first.Seq, 10).Select(a => a.Id));
        foreach (var id in ids) Store.AssignStory(id, 3, null);
        Store.SaveSummary(3, "x", "y", "{}", null, 3, 3);
        Assert.Empty(Store.CheckIntegrity());
    }

    [SkippableFact]
    public void Text_with_a_nul_character_is_stored_without_it()
    {
        var a = new Article("nul", "Ferry crews struck\0 on Monday after pay talks failed, the union said on Tuesday.") { Source = "X" };
        Flow.Clean(a);
        var stored = Store.AddArticle(a).Article;
        Assert.DoesNotContain('\0', stored.RawText);
        Assert.DoesNotContain('\0', stored.CleanText);
    }

    public void Dispose()
    {
        _store?.Dispose();
        Cleanup();
        GC.SuppressFinalize(this);
    }

    /// <summary>Removes what <see cref="CreateStore"/> made.</summary>
    protected abstract void Cleanup();
}

public sealed class SqliteStoreTests : StoreContractTests
{
    private readonly string _dir = Directory.CreateTempSubdirectory("roundup-store-").FullName;

    private string File => Path.Combine(_dir, "roundup.db");

    protected override IStoryStore CreateStore() => new SqliteStoryStore(File);

    protected override IStoryStore Reopen() => new SqliteStoryStore(File);

    protected override void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_file_is_in_write_ahead_log_mode()
    {
        _ = Store;
        Assert.True(System.IO.File.Exists(File + "-wal") || System.IO.File.Exists(File + "-shm"));
    }
}

public sealed class PostgresStoreTests : StoreContractTests
{
    private readonly string _schema = "roundup_test_" + Guid.NewGuid().ToString("N")[..12];

    protected override IStoryStore CreateStore() => new PostgresStoryStore(TestPostgres.ConnectionString(_schema));

    protected override IStoryStore Reopen() => CreateStore();

    protected override void Cleanup() => TestPostgres.DropSchema(_schema);
}
