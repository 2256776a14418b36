using Roundup.Clustering;
using Roundup.Model;
using Roundup.Store;
using Roundup.Stories;

namespace Roundup.Tests.Clustering;

/// <summary>Incremental mode: an event whose articles fall into two groups with a clear cut is split in two
/// (<see cref="StoryClusteringOptions.EventSplitRatio"/>), and the earlier articles that move are reported
/// (<see cref="IncrementalStoryClusterer.Moved"/>, <see cref="StoryAssignment.Moved"/>) and followed by the stream and the store.</summary>
public sealed class EventSplitTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("roundup-event-split-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    // Two happenings in one town on the same two days, sharing the town's name and little else: a bakery fire and a council
    // vote on a library. The articles arrive alternating: two of each, then one of each.
    private static List<Article> Town() =>
    [
        StoryFixtures.Make("fire-1", "Fire guts Wrenford bakery", "A fire gutted the Hollis bakery on Mill Street in Wrenford before dawn. Firefighters fought the blaze for three hours and the baker escaped through a back door.", 0),
        StoryFixtures.Make("fire-2", "Bakery blaze on Mill Street", "Firefighters spent three hours fighting a blaze that gutted the Hollis bakery on Mill Street; the baker escaped unhurt through the back door.", 2),
        StoryFixtures.Make("vote-1", "Wrenford council approves new library", "Wrenford councillors voted seven to four to build a new public library beside the railway station, at a cost of twelve million pounds.", 4),
        StoryFixtures.Make("vote-2", "Library plan wins council vote", "The council backed the twelve million pound library beside the railway station by seven votes to four after a long debate.", 6),
        StoryFixtures.Make("fire-3", "Arson suspected in bakery fire", "Investigators said the blaze at the Hollis bakery on Mill Street was started deliberately; firefighters found petrol cans near the back door.", 24),
        StoryFixtures.Make("vote-3", "Library opponents plan appeal", "Councillors who voted against the railway station library said they would appeal the twelve million pound decision.", 26),
        StoryFixtures.Make("fire-4", "Bakery owner vows to rebuild", "The owner of the Hollis bakery on Mill Street said he would rebuild after the blaze, thanking the firefighters who saved the back of the building.", 30),
        StoryFixtures.Make("vote-4", "Library appeal date set", "The appeal against the council's twelve million pound library beside the railway station will be heard next month, councillors were told.", 32),
    ];

    // The same articles, each also quoting the town's mayor by name: both happenings now name the same person first.
    private static List<Article> TownWithMayor() =>
        [.. Town().Select(a => StoryFixtures.Make(a.Id, a.Title!, a.Text[(a.Title!.Length + 2)..]
            + " Mayor Dana Ostrow told reporters that Ostrow's office would follow the matter closely.", (a.Published!.Value - Town()[0].Published!.Value).TotalHours))];

    // Every article joins the open event (a join level of 0.01), so the two happenings are one event unless it is split.
    private static readonly StoryClusteringOptions Loose = StoryClusteringOptions.Default with
    {
        DetectDuplicates = false, ColdStartBoost = 0, EventJoinThreshold = 0.01, EventPairJoin = 1, EventDayPenalty = 0, SubjectSplitRatio = 0,
    };

    private static (int[] Events, List<(string Arrived, List<EventMove> Moved)> Moves) Stream(StoryClusteringOptions options, List<Article>? articles = null)
    {
        var clusterer = new IncrementalStoryClusterer(options);
        var moves = new List<(string, List<EventMove>)>();
        foreach (var a in articles ?? Town())
        {
            clusterer.Add(a);
            if (clusterer.Moved.Count > 0) moves.Add((a.Id, [.. clusterer.Moved]));
        }
        return ([.. clusterer.Result().StoryOfArticle], moves);
    }

    [Fact]
    public void An_event_that_took_a_neighbouring_happening_is_split_and_the_earlier_articles_that_leave_are_reported()
    {
        var (whole, none) = Stream(Loose with { EventSplitRatio = 0 });
        Assert.Single(whole.Distinct());
        Assert.Empty(none);

        var (split, moves) = Stream(Loose);
        // fire-1, fire-2, vote-1, vote-2, …: the vote half leaves when vote-2 arrives, the fourth article (two a half).
        Assert.Equal([split[0], split[0], split[2], split[2], split[0], split[2], split[0], split[2]], split);
        Assert.NotEqual(split[0], split[2]);
        var (arrived, moved) = Assert.Single(moves);
        Assert.Equal("vote-2", arrived);
        var move = Assert.Single(moved);
        Assert.Equal("vote-1", move.Article.Id);
        Assert.NotEqual(move.From, move.To);
    }

    [Fact]
    public void Each_half_must_hold_the_fewest_articles()
    {
        // Three a half: no cut at four articles (two and two); at eight the vote half (four articles) leaves when vote-4
        // arrives, three of them earlier ones.
        var (split, moves) = Stream(Loose with { EventSplitMinArticles = 3 });
        Assert.Equal([split[0], split[0], split[2], split[2], split[0], split[2], split[0], split[2]], split);
        Assert.NotEqual(split[0], split[2]);
        var (arrived, moved) = Assert.Single(moves);
        Assert.Equal("vote-4", arrived);
        Assert.Equal(["vote-1", "vote-2", "vote-3"], moved.Select(m => m.Article.Id));

        var (whole, _) = Stream(Loose with { EventSplitMinArticles = 5 });
        Assert.Single(whole.Distinct());
    }

    [Fact]
    public void Halves_that_name_the_same_person_first_are_not_split()
    {
        // With the mayor quoted in every article, her names are among both halves' two most salient names: no cut.
        var (kept, none) = Stream(Loose, TownWithMayor());
        Assert.Single(kept.Distinct());
        Assert.Empty(none);
        // Without the name check, the words alone still cut the vote from the fire.
        var (split, moves) = Stream(Loose with { EventSplitNames = 0 }, TownWithMayor());
        Assert.Equal([split[0], split[0], split[2], split[2], split[0], split[2], split[0], split[2]], split);
        Assert.NotEqual(split[0], split[2]);
        Assert.NotEmpty(moves);
    }

    [Fact]
    public void A_stream_moves_the_articles_that_left_to_their_new_story()
    {
        var stream = new StoryFlowBuilder().UseClustering(ClusteringMode.Incremental, Loose).Build().OpenStream();
        var town = Town();
        var assigned = town.Take(4).Select(a => stream.Add(a)).ToList();
        Assert.All(assigned.Take(3), a => Assert.Empty(a.Moved));
        var move = Assert.Single(assigned[3].Moved);
        Assert.Equal(("vote-1", assigned[2].Story, assigned[3].Story), (move.ArticleId, move.From, move.To));
        Assert.Equal(["fire-1", "fire-2"], stream.Articles(assigned[0].Story).Select(a => a.Id));
        Assert.Equal(["vote-1", "vote-2"], stream.Articles(assigned[3].Story).Select(a => a.Id));
        Assert.Equal(2, stream.Stories);
    }

    [Fact]
    public void The_store_follows_the_articles_that_left()
    {
        using var store = new SqliteStoryStore(Path.Combine(_dir, "r.db"));
        var ingestor = new StoryIngestor(store, new StoryFlowBuilder().UseClustering(ClusteringMode.Incremental, Loose).Build());
        var results = Town().Take(4).Select(ingestor.Ingest).ToList();
        long fire = results[0].StoryId, vote = results[3].StoryId;
        Assert.Equal(fire, results[2].StoryId); // vote-1 joined the fire event, and vote-2's arrival moved it
        Assert.NotEqual(fire, vote);
        Assert.Equal(vote, store.GetArticle(results[2].ArticleId)!.StoryId);
        Assert.Equal([fire], results[3].Changed); // the fire story lost an article: its summary is stale too
        Assert.All(results.Take(3), r => Assert.Empty(r.Changed));
        Assert.Equal(2, store.GetStory(fire)!.Articles);
        Assert.Equal(2, store.GetStory(vote)!.Articles);
        Assert.Empty(store.CheckIntegrity());
    }

    [Fact]
    public void An_event_split_ratio_outside_zero_to_one_or_a_minimum_below_one_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventSplitRatio = -0.1 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventSplitRatio = 1.5 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventSplitMinArticles = 0 }).Validate());
        Assert.Throws<ArgumentException>(() => (StoryClusteringOptions.Default with { EventSplitNames = -1 }).Validate());
        (StoryClusteringOptions.Default with { EventSplitRatio = 0 }).Validate();
    }
}
