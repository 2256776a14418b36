using Roundup.Store;
using Roundup.Stories;
using Roundup.Tests.Stories;

namespace Roundup.Tests.Store;

public sealed class StoryIngestorTests : IDisposable
{
    private static readonly StoryFlow Flow = new StoryFlowBuilder().Build();
    private readonly string _dir = Directory.CreateTempSubdirectory("roundup-ingestor-").FullName;

    [Fact]
    public void A_new_ingestor_replays_the_store_before_its_first_article_even_without_an_explicit_replay()
    {
        var db = Path.Combine(_dir, "r.db");
        long bridge;
        using (var store = new SqliteStoryStore(db))
        {
            var first = new StoryIngestor(store, Flow);
            first.Ingest(StoryFixtures.Load("museum.txt")[0]);
            bridge = first.Ingest(StoryFixtures.Load("bridge-1.txt")[0]).StoryId;
        }
        using (var store = new SqliteStoryStore(db))
        {
            var second = new StoryIngestor(store, Flow);
            var r = second.Ingest(StoryFixtures.Load("bridge-2.txt")[0]);
            Assert.True(r.Added);
            Assert.Equal(bridge, r.StoryId);
            Assert.Equal(2, store.GetStory(bridge)!.Articles);
            Assert.Empty(store.CheckIntegrity());
            // Both stories still need a summary: nothing summarized them yet.
            Assert.Equal(2, second.Replay().Count);
        }
    }

    [Fact]
    public void Debounced_stories_are_due_after_a_quiet_time_or_at_the_latest_after_the_longest_delay()
    {
        var clock = new ManualClock();
        var d = new DebouncedStories(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), clock);
        d.Touch(1);
        clock.Advance(1);
        d.Touch(2);
        Assert.Empty(d.TakeDue());
        clock.Advance(1.5); // story 1 quiet for 2.5 s, story 2 for 1.5 s
        Assert.Equal([1L], d.TakeDue());
        for (int i = 0; i < 4; i++) { clock.Advance(1); d.Touch(2); } // story 2 never quiet, first touched 5.5 s ago
        Assert.Equal([2L], d.TakeDue());
        Assert.Equal(0, d.Count);
        d.Touch(3);
        Assert.Equal([3L], d.TakeDue(all: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DebouncedStories(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

        public void Advance(double seconds) => _now = _now.AddSeconds(seconds);

        public override DateTimeOffset GetUtcNow() => _now;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
