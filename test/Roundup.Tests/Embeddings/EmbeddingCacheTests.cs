using Roundup.Embeddings;

namespace Roundup.Tests.Embeddings;

public sealed class EmbeddingCacheTests
{
    [Fact]
    public void Returns_what_was_stored_and_counts_hits_and_misses()
    {
        var cache = new EmbeddingCache(4);
        Assert.False(cache.TryGet("a", out _));
        cache.Add("a", [1f]);
        Assert.True(cache.TryGet("a", out var v));
        Assert.Equal([1f], v);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(1, cache.Misses);
    }

    [Fact]
    public void Evicts_the_least_recently_used_beyond_capacity()
    {
        var cache = new EmbeddingCache(2);
        cache.Add("a", [1f]);
        cache.Add("b", [2f]);
        Assert.True(cache.TryGet("a", out _)); // a is now more recent than b
        cache.Add("c", [3f]);
        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void Replacing_a_text_keeps_one_entry()
    {
        var cache = new EmbeddingCache(3);
        cache.Add("a", [1f]);
        cache.Add("a", [2f]);
        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("a", out var v));
        Assert.Equal([2f], v);
    }

    [Fact]
    public void Stays_bounded_and_consistent_under_concurrent_use()
    {
        var cache = new EmbeddingCache(100);
        Parallel.For(0, 5000, i =>
        {
            var key = $"s{i % 300}";
            if (!cache.TryGet(key, out var v)) cache.Add(key, [i % 300]);
            else Assert.Equal(i % 300, (int)v[0]);
        });
        Assert.True(cache.Count <= 100);
        Assert.Equal(5000, cache.Hits + cache.Misses);
    }
}
