using Roundup.Clustering;
using Roundup.Stories;
using Roundup.Summarization;
using Roundup.Text;

namespace Roundup.Tests.Stories;

public sealed class StoryFlowTests
{
    private static readonly StoryFlow Flow = new StoryFlowBuilder().UseSummarizer(new SummaryOptions { Words = 60 }).UseFacts().Build();

    [Fact]
    public void Batch_groups_the_fixtures_into_their_stories_and_summarizes_each_with_sources_and_facts()
    {
        var result = Flow.Run(StoryFixtures.Load());
        Assert.Equal(3, result.Stories.Count);
        var bridge = result.Stories[0];
        Assert.Equal(["bridge-1", "bridge-2", "bridge-3"], bridge.Articles.Select(a => Path.GetFileNameWithoutExtension(a.Id)).Order());
        Assert.NotNull(bridge.Summary);
        Assert.NotEmpty(bridge.Summary!.Sentences);
        Assert.All(bridge.Summary.Sentences, s => Assert.Contains(s.Sentence.Article, bridge.Articles));
        Assert.NotNull(bridge.Facts);
        Assert.Contains(bridge.Facts!.Entities, e => e.Name.Contains("Adeyemi", StringComparison.Ordinal));
        Assert.DoesNotContain(bridge.Articles, a => a.Text.Contains("Follow us on Twitter", StringComparison.Ordinal)); // cleaned
    }

    [Fact]
    public void Keep_drops_stories_with_too_few_sources_and_facts_stay_off_unless_asked()
    {
        var flow = new StoryFlowBuilder().Keep(minSources: 2).Build();
        var result = flow.Run(StoryFixtures.Load());
        Assert.Equal(2, result.Stories.Count);
        Assert.Equal(3, result.Clustering.Stories.Count);
        Assert.All(result.Stories, s => Assert.Null(s.Facts));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StoryFlowBuilder().Keep(minSources: 0));
    }

    [Fact]
    public void A_stream_puts_each_article_into_a_story_as_it_arrives_and_summarizes_on_demand()
    {
        var stream = Flow.OpenStream();
        var articles = StoryFixtures.Load("museum.txt", "bridge-1.txt", "strike-1.txt", "bridge-2.txt", "strike-2.txt");
        var assigned = articles.Select(a => stream.Add(a)).ToList();
        Assert.True(assigned[0].IsNewStory);
        Assert.True(assigned[1].IsNewStory);
        Assert.False(assigned[3].IsNewStory);
        Assert.Equal(assigned[1].Story, assigned[3].Story);
        Assert.Equal(assigned[2].Story, assigned[4].Story);
        Assert.NotEqual(assigned[1].Story, assigned[2].Story);
        Assert.Equal(3, stream.Stories);

        var bridge = stream.Summarize(assigned[1].Story)!;
        Assert.Equal(2, bridge.Articles.Count);
        Assert.NotEmpty(bridge.Summary!.Sentences);
        Assert.False(string.IsNullOrWhiteSpace(bridge.Label));
        Assert.Empty(articles[1].Sentences); // the stream summarizes copies
        Assert.Null(stream.Summarize(12345));
    }

    [Fact]
    public void Story_copies_keep_the_analysis_of_analysed_articles()
    {
        var articles = StoryFixtures.Load("bridge-1.txt", "bridge-2.txt");
        Flow.Run(articles);
        Assert.All(articles, a => Assert.True(TermStage.HasAnalysed(a)));
        var summarized = Flow.SummarizeStory("bridge", articles);
        Assert.NotEmpty(summarized.Summary!.Sentences);
        foreach (var (copy, original) in summarized.Articles.Zip(articles))
        {
            Assert.NotSame(original, copy);
            Assert.Equal(original.Sentences.Count, copy.Sentences.Count);
            Assert.All(copy.Sentences, s => Assert.Same(copy, s.Article));
            // The same terms, spans and tokens, not an analysis made again.
            Assert.All(copy.Sentences.Zip(original.Sentences), p =>
            {
                Assert.Same(p.Second.Terms, p.First.Terms);
                Assert.Same(p.Second.TermSpans, p.First.TermSpans);
                Assert.Same(p.Second.Tokens, p.First.Tokens);
            });
        }
    }

    [Fact]
    public void A_flow_that_keeps_some_stories_analyses_only_theirs_and_clusters_the_same()
    {
        var all = Flow.Run(StoryFixtures.Load());
        var articles = StoryFixtures.Load();
        var some = new StoryFlowBuilder().Keep(minSources: 2).Build().Run(articles);
        Assert.Equal(all.Clustering.StoryOfArticle, some.Clustering.StoryOfArticle);
        var kept = some.Stories.SelectMany(s => s.Articles).ToHashSet();
        Assert.All(articles, a => Assert.Equal(kept.Contains(a), TermStage.HasAnalysed(a)));
        Assert.Contains(articles, a => !kept.Contains(a));
    }

    [Fact]
    public void The_flow_clusters_from_its_one_analysis_as_clustering_raw_articles_does_and_summarizes_without_analysing_again()
    {
        var result = Flow.Run(StoryFixtures.Load());
        var raw = StoryFixtures.Load();
        foreach (var a in raw) Flow.Clean(a);
        Assert.All(raw, a => Assert.Empty(a.Sentences));
        var direct = StoryClusterer.Cluster(raw, ClusteringMode.Batch, Flow.Clustering);
        Assert.Equal(direct.StoryOfArticle, result.Clustering.StoryOfArticle);
        Assert.Equal(direct.Stories.Select(s => s.Label), result.Clustering.Stories.Select(s => s.Label));
        Assert.Equal(direct.Stories.Select(s => string.Join(",", s.Keywords)), result.Clustering.Stories.Select(s => string.Join(",", s.Keywords)));

        // Summarizing a story of analysed articles keeps their sentences: the summary points into the analysis clustering read.
        var story = new Model.Cluster("again", result.Stories[0].Articles);
        var sentences = story.Articles.Select(a => a.Sentences.ToList()).ToList();
        Flow.Summarize(story);
        Assert.Equal(sentences.SelectMany(s => s), story.Articles.SelectMany(a => a.Sentences));
        Assert.All(story.Summary!.Sentences, s => Assert.Contains(s.Sentence, sentences.SelectMany(x => x)));
    }

    [Fact]
    public void An_update_summary_carries_only_what_the_earlier_articles_did_not()
    {
        var all = StoryFixtures.Load("bridge-1.txt", "bridge-2.txt", "bridge-3.txt");
        foreach (var a in all) Flow.Clean(a);
        var update = Flow.SummarizeUpdate("u", all[..2], all[2..]);
        Assert.NotEmpty(update.Summary!.Sentences);
        Assert.All(update.Summary.Sentences, s => Assert.Equal("bridge-3", Path.GetFileNameWithoutExtension(s.Sentence.Article.Id)));
        Assert.Contains(update.Summary.Sentences, s => s.Text.Contains("June", StringComparison.Ordinal) || s.Text.Contains("3.2 million", StringComparison.Ordinal));
        // The sentence that only repeats earlier news is left out.
        Assert.DoesNotContain(update.Summary.Sentences, s => s.Text.StartsWith("The bridge was closed on Monday", StringComparison.Ordinal));

        // Against itself nothing is new.
        var none = Flow.SummarizeUpdate("u", all, all[2..]);
        Assert.Empty(none.Summary!.Sentences);
    }

    [Fact]
    public void Incremental_mode_gives_the_same_stories_as_the_stream()
    {
        var flow = new StoryFlowBuilder().UseClustering(ClusteringMode.Incremental).Build();
        var result = flow.Run(StoryFixtures.Load());
        Assert.Equal(3, result.Stories.Count);
        Assert.Equal(ClusteringMode.Incremental, flow.Mode);
    }
}
