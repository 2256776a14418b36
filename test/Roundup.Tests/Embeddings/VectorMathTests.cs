using Roundup.Embeddings;

namespace Roundup.Tests.Embeddings;

public sealed class VectorMathTests
{
    [Fact]
    public void Dot_matches_a_plain_loop_for_lengths_around_the_simd_width()
    {
        var rng = new Random(7);
        foreach (var n in new[] { 0, 1, 3, 7, 8, 9, 16, 31, 384 })
        {
            var a = Enumerable.Range(0, n).Select(_ => (float)rng.NextDouble() - 0.5f).ToArray();
            var b = Enumerable.Range(0, n).Select(_ => (float)rng.NextDouble() - 0.5f).ToArray();
            double expected = 0;
            for (int i = 0; i < n; i++) expected += a[i] * b[i];
            Assert.Equal(expected, VectorMath.Dot(a, b), 4);
        }
    }

    [Fact]
    public void Normalize_gives_unit_length_and_leaves_zero_alone()
    {
        var v = new float[] { 3, 4 };
        VectorMath.Normalize(v);
        Assert.Equal(0.6f, v[0], 6);
        Assert.Equal(0.8f, v[1], 6);
        var zero = new float[3];
        VectorMath.Normalize(zero);
        Assert.All(zero, x => Assert.Equal(0f, x));
    }

    [Fact]
    public void Cosine_ignores_length_and_mean_is_normalised()
    {
        Assert.Equal(1f, VectorMath.Cosine([1, 2, 3], [2, 4, 6]), 5);
        Assert.Equal(0f, VectorMath.Cosine([1, 0], [0, 5]), 6);
        var mean = VectorMath.NormalizedMean([[1f, 0f], [0f, 1f]]);
        Assert.NotNull(mean);
        Assert.Equal(MathF.Sqrt(0.5f), mean![0], 5);
        Assert.Equal(mean[0], mean[1], 6);
        Assert.Null(VectorMath.NormalizedMean([]));
    }

    [Fact]
    public void Mean_pooling_ignores_padding_rows_and_normalises()
    {
        // Three tokens of dimension 2, then two padding rows full of garbage that the mask excludes.
        float[] hidden = [1, 0, 3, 0, 2, 0, 99, -99, 50, 50];
        var v = MiniLmEmbedder.MeanPool(hidden, length: 3, dimension: 2);
        Assert.Equal([1f, 0f], v);
        float[] hidden2 = [1, 1, 3, 1];
        var w = MiniLmEmbedder.MeanPool(hidden2, length: 2, dimension: 2);
        // mean (2, 1) normalised
        Assert.Equal(2 / MathF.Sqrt(5), w[0], 6);
        Assert.Equal(1 / MathF.Sqrt(5), w[1], 6);
    }
}
