using Roundup.Clustering;
using Roundup.Model;
using Roundup.Store;
using Roundup.Stories;

namespace Roundup.Tests.Clustering;

/// <summary>Incremental mode: a lone report that matched its story's first article too weakly to join it is taken into the
/// story's event once the event holds two articles (<see cref="StoryClusteringOptions.EventRelink"/>); the move is reported
/// (<see cref="IncrementalStoryClusterer.Moved"/>, <see cref="StoryAssignment.Moved"/>) and followed by the stream and the store.</summary>
public sealed class EventRelinkTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("roundup-event-relink-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    // A ferry running aground, told three times: the first report, a follow-up from the shelter that shares only part of its
    // words, and a second report close to the first that also tells of the shelter. A concert review is the other story.
    private static List<Article> Ferry(double followUpHours = 2) =>
    [
        StoryFixtures.Make("ferry-1", "Ferry runs aground off Tarrow Point", "The passenger ferry Saltmarsh ran aground on rocks off Tarrow Point in thick fog on Friday evening. Coastguard lifeboats took off all two hundred passengers and the crew stayed aboard as the tide rose.", 0),
        StoryFixtures.Make("concert-1", "Orchestra opens season with Mahler", "The city orchestra opened its winter season with Mahler's fifth symphony, and the new conductor drew a standing ovation from a full hall.", 1),
        StoryFixtures.Make("ferry-2", "Stranded passengers spend night in Tarrow sports hall", "Stranded passengers spent the night on camp beds in the Tarrow sports hall, where volunteers served soup and blankets arrived from the county council.", followUpHours),
        StoryFixtures.Make("ferry-3", "Lifeboats rescue passengers from grounded Saltmarsh ferry", "Coastguard lifeboats rescued two hundred passengers from the ferry Saltmarsh after it ran aground in fog off Tarrow Point; the passengers were taken to the Tarrow sports hall for the night.", 4),
    ];

    private static readonly StoryClusteringOptions Options = StoryClusteringOptions.Default with { DetectDuplicates = false, ColdStartBoost = 0 };

    private static (int[] Events, List<(string Arrived, List<EventMove> Moved)> Moves) Stream(StoryClusteringOptions options, List<Article>? articles = null)
    {
        var clusterer = new IncrementalStoryClusterer(options);
        var moves = new List<(string, List<EventMove>)>();
        foreach (var a in articles ?? Ferry())
        {
            clusterer.Add(a);
            if (clusterer.Moved.Count > 0) moves.Add((a.Id, [.. clusterer.Moved]));
        }
        return ([.. clusterer.Result().StoryOfArticle], moves);
    }

    [Fact]
    public void A_lone_report_is_taken_into_its_story_event_once_the_event_holds_two()
    {
        // The shelter report matches the first report too weakly to join it (0.21, below the join level 0.22), and the event
        // holds one article, so the clear join does not apply either: it starts an event of its own.
        var (apart, none) = Stream(Options with { EventRelink = 0 });
        Assert.Equal(4, apart.Length);
        Assert.Equal(apart[0], apart[3]);
        Assert.NotEqual(apart[0], apart[2]);
        Assert.Empty(none);

        // With the relink, the third ferry report's arrival brings it in: its mean with the two reports is 0.26.
        var (together, moves) = Stream(Options);
        Assert.Equal([together[0], together[1], together[0], together[0]], together);
        Assert.NotEqual(together[0], together[1]);
        var (arrived, moved) = Assert.Single(moves);
        Assert.Equal("ferry-3", arrived);
        var move = Assert.Single(moved);
        Assert.Equal("ferry-2", move.Article.Id);
        Assert.NotEqual(move.From, move.To);
    }

    [Fact]
    public void The_mean_must_reach_the_level_and_no_other_event_may_come_close()
    {
        var (apart, none) = Stream(Options with { EventRelink = 0.3 });
        Assert.NotEqual(apart[0], apart[2]);
        Assert.Empty(none);
        // A margin of 0 lets no other candidate score at all (the concert review shares a word or two with the reports).
        var (alone, noMove) = Stream(Options with { EventRelinkMargin = 0 });
        Assert.NotEqual(alone[0], alone[2]);
        Assert.Empty(noMove);
    }

    [Fact]
    public void A_report_a_day_and_more_away_from_the_event_is_not_moved()
    {
        // The shelter report dated 30 hours before the first: the two events together would span 34 hours.
        var early = Ferry(followUpHours: -30);
        var (apart, none) = Stream(Options, early);
        Assert.NotEqual(apart[0], apart[2]);
        Assert.Empty(none);
        var (together, moves) = Stream(Options with { EventRelinkSpan = TimeSpan.FromDays(2) }, early);
        Assert.Equal(together[0], together[2]);
        Assert.Single(moves);
    }

    [Fact]
    public void A_report_in_another_subject_is_not_moved()
    {
        // A subject join level of 0.5: the shelter report starts a subject of its own, and the subject level does not agree.
        var (apart, none) = Stream(Options with { Threshold = 0.5 });
        Assert.NotEqual(apart[0], apart[2]);
        Assert.Empty(none);
    }

    [Fact]
    public void A_stream_moves_the_report_into_its_story_in_arrival_order_and_drops_the_empty_story()
    {
        var stream = new StoryFlowBuilder().UseClustering(ClusteringMode.Incremental, Options).Build().OpenStream();
        var assigned = Ferry().Select(a => stream.Add(a)).ToList();
        Assert.All(assigned.Take(3), a => Assert.Empty(a.Moved));
        var move = Assert.Single(assigned[3].Moved);
        Assert.Equal(("ferry-2", assigned[2].Story, assigned[0].Story), (move.ArticleId, move.From, move.To));
        Assert.Equal(assigned[0].Story, assigned[3].Story);
        Assert.Equal(["ferry-1", "ferry-2", "ferry-3"], stream.Articles(assigned[0].Story).Select(a => a.Id));
        Assert.Empty(stream.Articles(assigned[2].Story));
        Assert.Equal(2, stream.Stories);
    }

    [Fact]
    public void The_store_moves_the_report_and_removes_its_empty_story_with_its_summaries()
    {
        using var store = new SqliteStoryStore(Path.Combine(_dir, "r.db"));
        var ingestor = new StoryIngestor(store, new StoryFlowBuilder().UseClustering(ClusteringMode.Incremental, Options).Build());
        var ferry = Ferry();
        var results = ferry.Take(3).Select(ingestor.Ingest).ToList();
        long main = results[0].StoryId, lone = results[2].StoryId;
        Assert.NotEqual(main, lone);
        Assert.NotNull(ingestor.Resummarize(lone)); // the lone report's story has a summary (and a search entry) before it goes
        Assert.Single(store.SearchStories("camp beds", 10));
        var last = ingestor.Ingest(ferry[3]);
        Assert.Equal(main, last.StoryId);
        Assert.Equal([lone], last.Changed);
        Assert.Equal(main, store.GetArticle(results[2].ArticleId)!.StoryId);
        Assert.Equal(3, store.GetStory(main)!.Articles);
        Assert.Null(store.GetStory(lone));
        Assert.Empty(store.SummaryVersions(lone));
        Assert.Empty(store.SearchStories("camp beds", 10));
        Assert.Null(ingestor.Resummarize(lone)); // summarizing the gone story again gives nothing
        Assert.Empty(store.CheckIntegrity());

        // A restart replays the stored articles through the clustering: the same move, the same stories.
        var touched = new StoryIngestor(store, new StoryFlowBuilder().UseClustering(ClusteringMode.Incremental, Options).Build()).Replay();
        Assert.Contains(main, touched);
        Assert.Equal(main, store.GetArticle(results[2].ArticleId)!.StoryId);
        Assert.Null(store.GetStory(lone));
        Assert.Equal(3, store.GetStory(main)!.Articles);
        Assert.Empty(store.CheckIntegrity());
    }

    [Fact]
    public void A_relink_level_or_margin_out_of_range_or_a_negative_span_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventRelink = -0.1 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventRelink = 1 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventRelinkMargin = 1.5 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventRelinkSpan = TimeSpan.FromHours(-1) }).Validate());
        (StoryClusteringOptions.Default with { EventRelink = 0 }).Validate();
    }
}
