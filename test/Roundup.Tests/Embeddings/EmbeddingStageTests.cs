using Roundup.Embeddings;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Summarization;

namespace Roundup.Tests.Embeddings;

public sealed class EmbeddingStageTests
{
    private static Cluster Segmented(params Article[] articles)
    {
        var cluster = new Cluster("c", articles);
        new RoundupPipelineBuilder().UseDefaults().Build().Run(cluster);
        return cluster;
    }

    private static Article Story(string id, int sentences) =>
        new(id, string.Join(" ", Enumerable.Range(1, sentences).Select(i => $"Sentence number {i} of story {id} reports the news.")));

    [Fact]
    public void Embeds_at_most_the_first_n_sentences_of_each_article_in_one_call()
    {
        var cluster = Segmented(Story("a", 5), Story("b", 2));
        var fake = new FakeEmbedder();
        new EmbeddingStage(fake, new EmbeddingSelection { MaxSentencesPerArticle = 3 }).Process(cluster);
        Assert.Single(fake.Calls);
        Assert.Equal(5, fake.Calls[0].Count);
        var a = cluster.Articles[0].Sentences;
        Assert.All(a.Take(3), s => Assert.Equal(FakeEmbedder.Vector(s.Text), s.Embedding));
        Assert.All(a.Skip(3), s => Assert.Null(s.Embedding));
        Assert.All(cluster.Articles[1].Sentences, s => Assert.NotNull(s.Embedding));
    }

    [Fact]
    public void Skips_short_fragments_and_duplicate_articles()
    {
        var cluster = Segmented(new Article("a", "Too short. The council approved the budget on Monday evening."), Story("b", 2));
        cluster.Articles[1].DuplicateOf = "a";
        var fake = new FakeEmbedder();
        new EmbeddingStage(fake).Process(cluster);
        Assert.Equal(["The council approved the budget on Monday evening."], fake.Calls[0]);
        Assert.Null(cluster.Articles[0].Sentences[0].Embedding);
        Assert.All(cluster.Articles[1].Sentences, s => Assert.Null(s.Embedding));
        var all = new EmbeddingStage(fake, EmbeddingSelection.All).Select(cluster);
        Assert.Equal(cluster.Sentences.Count(), all.Count);
    }

    [Fact]
    public void Makes_no_call_for_a_cluster_with_nothing_to_embed()
    {
        var fake = new FakeEmbedder();
        new EmbeddingStage(fake).Process(new Cluster("empty", []));
        Assert.Empty(fake.Calls);
    }

    [Fact]
    public void Document_vectors_average_the_embedded_sentences()
    {
        var cluster = Segmented(Story("a", 2), Story("b", 1));
        new EmbeddingStage(new FakeEmbedder()).Process(cluster);
        var doc = DocumentEmbedding.OfArticle(cluster.Articles[0]);
        var expected = VectorMath.NormalizedMean(cluster.Articles[0].Sentences.Select(s => s.Embedding!));
        Assert.Equal(expected, doc);
        Assert.NotNull(DocumentEmbedding.OfCluster(cluster));
        Assert.Null(DocumentEmbedding.OfArticle(new Article("x", "")));
        var fake = new FakeEmbedder();
        var article = cluster.Articles[1];
        article.Title = "Big news";
        DocumentEmbedding.TitleAndLead(article, fake, 1);
        Assert.Equal(["Big news " + article.Sentences[0].Text], fake.Calls[0]);
    }

    [Fact]
    public void Builder_puts_embeddings_after_segmentation_and_before_the_summarizer()
    {
        var tooEarly = new RoundupPipelineBuilder().UseEmbeddings().UseDefaults();
        Assert.Contains("segment", Assert.Throws<InvalidOperationException>(() => tooEarly.Build()).Message, StringComparison.Ordinal);
        var afterSummary = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions()).UseEmbeddings();
        Assert.Contains("summarize", Assert.Throws<InvalidOperationException>(() => afterSummary.Build()).Message, StringComparison.Ordinal);
        var ok = new RoundupPipelineBuilder().UseDefaults().UseEmbeddings().UseSummarizer(new SummaryOptions()).Build();
        Assert.Contains(ok.Stages, s => s.Name == "embed");
    }

    [Fact]
    public void The_lexical_pipeline_works_without_embeddings()
    {
        var cluster = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(new SummaryOptions { Sentences = 1 }).Build().Run(new Cluster("c", [Story("a", 3)]));
        Assert.NotNull(cluster.Summary);
        Assert.All(cluster.Sentences, s => Assert.Null(s.Embedding));
    }

    [Fact]
    public void The_real_model_fills_unit_vectors_through_the_pipeline()
    {
        var cluster = new Cluster("c", [new Article("a", "The council approved the budget on Monday. It will pay for three new schools and a library.")]);
        new RoundupPipelineBuilder().UseDefaults().UseEmbeddings().Build().Run(cluster);
        Assert.All(cluster.Sentences, s => Assert.Equal(1.0, Math.Sqrt(VectorMath.Dot(s.Embedding!, s.Embedding!)), 5));
    }
}
