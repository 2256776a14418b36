using Roundup.Clustering;
using Roundup.Model;

namespace Roundup.Tests.Clustering;

public sealed class JunkAndLinkageTests
{
    private const string ArchiveNotice =
        "Crawls performed by the archive robot collect pages as they appear so that later visitors can still follow links " +
        "that would otherwise break when a page changes or disappears, and the crawl data is kept for researchers and the public in our collections.";

    [Fact]
    public void Empty_short_and_notice_texts_are_junk_but_short_stories_are_not()
    {
        Assert.True(JunkDetector.IsJunk(new Article("e", ""), 12));
        Assert.True(JunkDetector.IsJunk(new Article("s", "Click here."), 12));
        Assert.True(JunkDetector.IsJunk(new Article("a", ArchiveNotice), 12));
        Assert.False(JunkDetector.IsJunk(StoryFixtures.Events()[0], 12));
        Assert.False(JunkDetector.IsJunk(new Article("e", ""), 0));
    }

    [Theory]
    [InlineData(ClusteringMode.Batch)]
    [InlineData(ClusteringMode.Incremental)]
    public void Junk_documents_stay_alone_and_are_not_near_duplicates(ClusteringMode mode)
    {
        var articles = StoryFixtures.Events();
        // The same notice in three places, and two empty texts: with duplicate detection alone they would form one story.
        for (int i = 0; i < 3; i++) articles.Add(new Article($"notice-{i}", ArchiveNotice) { Published = StoryFixtures.Day.AddHours(i) });
        articles.Add(new Article("empty-1", "") { Published = StoryFixtures.Day });
        articles.Add(new Article("empty-2", "") { Published = StoryFixtures.Day });
        var result = StoryClusterer.Cluster(articles, mode);
        foreach (var id in new[] { "notice-0", "notice-1", "notice-2", "empty-1", "empty-2" })
        {
            Assert.Single(result.Stories.Single(s => s.Articles.Any(a => a.Id == id)).Articles);
            Assert.Null(articles.Single(a => a.Id == id).DuplicateOf);
        }
        // The real events are still recovered.
        var flood = result.Stories.Single(s => s.Articles.Any(a => a.Id == "flood-1"));
        Assert.Contains(flood.Articles, a => a.Id == "flood-2");
        Assert.DoesNotContain(flood.Articles, a => a.Id.StartsWith("budget", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(BatchAlgorithm.AverageLinkage, 5_000)]
    [InlineData(BatchAlgorithm.AverageLinkage, 0)]
    [InlineData(BatchAlgorithm.Centroid, 5_000)]
    public void Both_batch_algorithms_and_both_candidate_paths_recover_the_events(BatchAlgorithm algorithm, int allPairsLimit)
    {
        var options = StoryClusteringOptions.Default with { Algorithm = algorithm, AllPairsLimit = allPairsLimit };
        var result = StoryClusterer.Cluster(StoryFixtures.Events(), ClusteringMode.Batch, options);
        var groups = result.Stories.Select(s => s.Articles.Select(a => a.Id[..a.Id.IndexOf('-', StringComparison.Ordinal)]).Distinct().ToList()).ToList();
        Assert.Equal(3, groups.Count);
        Assert.All(groups, g => Assert.Single(g));
    }

    [Fact]
    public void Average_linkage_does_not_chain_through_a_bridge_article()
    {
        // a1..a3 and b1..b3 are two tight groups; the bridge shares half its words with each side. Single linkage would chain
        // everything into one group; average linkage keeps the two groups apart.
        var a = new[] { "alpha beta gamma delta", "alpha beta gamma epsilon", "alpha beta delta epsilon" };
        var b = new[] { "kappa lambda mu nu", "kappa lambda mu xi", "kappa lambda nu xi" };
        var texts = a.Concat(b).Append("alpha beta kappa lambda").ToArray();
        var stats = new TermStatistics();
        var raw = texts.Select(t => new ArticleTerms(t.Split(' '), [.. t.Split(' ').Select(_ => 1f)], new bool[4])).ToArray();
        var ids = raw.Select(stats.AddDocument).ToArray();
        var vectors = raw.Select((r, i) => stats.Vector(r, ids[i], StoryClusteringOptions.Default)).ToArray();
        var options = StoryClusteringOptions.Default with { LinkageThreshold = 0.3 };
        var groups = AverageLinkage.Cluster(vectors, new float[]?[texts.Length], new DateTimeOffset?[texts.Length], new bool[texts.Length], options);
        Assert.Equal(groups[0], groups[1]);
        Assert.Equal(groups[0], groups[2]);
        Assert.Equal(groups[3], groups[4]);
        Assert.Equal(groups[3], groups[5]);
        Assert.NotEqual(groups[0], groups[3]);
    }
}
