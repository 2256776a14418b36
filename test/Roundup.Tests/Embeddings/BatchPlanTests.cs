using Roundup.Embeddings;

namespace Roundup.Tests.Embeddings;

public sealed class BatchPlanTests
{
    [Fact]
    public void Fixed_batches_when_padding_is_unlimited()
    {
        var plan = MiniLmEmbedder.PlanBatches([5, 6, 7, 8, 9], maxRows: 2, maxPadding: double.MaxValue);
        Assert.Equal([(0, 2), (2, 2), (4, 1)], plan);
    }

    [Fact]
    public void A_long_input_starts_its_own_batch_instead_of_padding_short_ones()
    {
        // Padding [10, 10, 11] to 60 would waste most of the batch.
        var plan = MiniLmEmbedder.PlanBatches([10, 10, 11, 60], maxRows: 32, maxPadding: 1.3);
        Assert.Equal([(0, 3), (3, 1)], plan);
    }

    [Fact]
    public void Every_input_is_in_exactly_one_batch_in_order()
    {
        var rng = new Random(3);
        for (int trial = 0; trial < 50; trial++)
        {
            var lengths = Enumerable.Range(0, rng.Next(0, 80)).Select(_ => rng.Next(3, 128)).Order().ToArray();
            var plan = MiniLmEmbedder.PlanBatches(lengths, maxRows: 16, maxPadding: 1.3);
            int next = 0;
            foreach (var (start, count) in plan)
            {
                Assert.Equal(next, start);
                Assert.InRange(count, 1, 16);
                long real = lengths.Skip(start).Take(count).Sum();
                Assert.True(count == 1 || count * lengths[start + count - 1] <= 1.3 * real + 1e-9);
                next += count;
            }
            Assert.Equal(lengths.Length, next);
        }
    }
}
