using Roundup.Embeddings;
using Roundup.Model;
using Roundup.Pipeline;
using Roundup.Summarization;

namespace Roundup.Tests.Embeddings;

public sealed class EmbeddingSimilarityTests
{
    private static List<Sentence> Sentences(params string[] texts)
    {
        var cluster = new Cluster("c", texts.Select((t, i) => new Article($"a{i}", t)));
        new RoundupPipelineBuilder().UseDefaults().Build().Run(cluster);
        return [.. cluster.Sentences];
    }

    [Fact]
    public void Uses_the_embedding_cosine_when_both_sentences_have_vectors()
    {
        var s = Sentences("The council approved the budget on Monday evening.", "Lawmakers backed the spending plan at the start of the week.");
        s[0].Embedding = [1f, 0f];
        s[1].Embedding = [0.8f, 0.6f];
        var scope = new EmbeddingSimilarity(0.75).Prepare(s);
        Assert.Equal(0.8, scope.Similarity(0, 1), 5);
        Assert.Equal(scope.Similarity(0, 1), scope.Similarity(1, 0), 6);
    }

    [Fact]
    public void Falls_back_to_rescaled_lexical_similarity_without_vectors()
    {
        var s = Sentences("The council approved the school budget on Monday.", "The council approved the school budget on Monday night.");
        var lexical = new LexicalSimilarity(0.5);
        double lex = lexical.Prepare(s).Similarity(0, 1);
        Assert.True(lex > 0.5, $"near-copies are lexically similar ({lex})");
        var scope = new EmbeddingSimilarity(0.8, lexical: lexical).Prepare(s);
        Assert.Equal(Math.Min(1, lex * 0.8 / 0.5), scope.Similarity(0, 1), 6);
        // Lexical evidence also wins over a low embedding cosine.
        s[0].Embedding = [1f, 0f];
        s[1].Embedding = [0f, 1f];
        Assert.Equal(Math.Min(1, lex * 0.8 / 0.5), new EmbeddingSimilarity(0.8, lexical: lexical).Prepare(s).Similarity(0, 1), 6);
    }

    [Fact]
    public void Embeds_missing_sentences_on_demand_when_given_an_embedder()
    {
        var s = Sentences("First sentence about the storm damage.", "Second sentence about the flood warnings.");
        s[0].Embedding = FakeEmbedder.Vector(s[0].Text);
        var fake = new FakeEmbedder();
        var scope = new EmbeddingSimilarity(0.75, fake).Prepare(s);
        Assert.Equal([s[1].Text], Assert.Single(fake.Calls));
        double expected = Math.Max(VectorMath.Dot(s[0].Embedding, FakeEmbedder.Vector(s[1].Text)), new LexicalSimilarity().Prepare(s).Similarity(0, 1) * 0.75 / 0.5);
        Assert.Equal(expected, scope.Similarity(0, 1), 5);
    }

    [Fact]
    public void Rejects_a_threshold_outside_zero_to_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmbeddingSimilarity(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmbeddingSimilarity(1.5));
    }

    [Fact]
    public void With_embeddings_a_paraphrase_in_another_outlet_counts_as_support()
    {
        // Two outlets report the same fact in different words (MiniLM cosine about 0.59); lexical overlap does not link them.
        var a = new Article("a", "The city council approved the new budget on Monday after a long debate. The vote was seven to two.") { Source = "Daily" };
        var b = new Article("b", "Councillors voted to pass the city's spending plan at the start of the week. Critics called it rushed.") { Source = "Herald" };
        var options = new SummaryOptions { Sentences = 1, Algorithm = "coverage" };
        var lexical = new RoundupPipelineBuilder().UseDefaults().UseSummarizer(options).Build()
            .Run(new Cluster("c", [new Article("a", a.RawText) { Source = "Daily" }, new Article("b", b.RawText) { Source = "Herald" }]));
        var semantic = new RoundupPipelineBuilder().UseDefaults().UseEmbeddings(similarity: new EmbeddingSimilarity(0.55)).UseSummarizer(options).Build()
            .Run(new Cluster("c", [a, b]));
        var lexicalFirst = lexical.Summary!.Sentences[0];
        var semanticFirst = semantic.Summary!.Sentences[0];
        Assert.Empty(lexicalFirst.Supporting);
        Assert.Contains(semanticFirst.Sentence.Text, new[] { "The city council approved the new budget on Monday after a long debate.", "Councillors voted to pass the city's spending plan at the start of the week." });
        Assert.Single(semanticFirst.Supporting);
    }
}
