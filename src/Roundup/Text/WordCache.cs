namespace Roundup.Text;

/// <summary>
/// A map from a word (an ordinal string key) to what it was analyzed to, read by span without allocating, for
/// <see cref="TermAnalyzer"/>'s per-word cache. Lookups take no lock and may run on any number of threads while one
/// thread at a time adds (adds take a lock). An entry, once added, is never replaced or removed.
/// </summary>
/// <remarks>
/// It does what <c>ConcurrentDictionary&lt;string, T&gt;.GetAlternateLookup&lt;ReadOnlySpan&lt;char&gt;&gt;()</c> did
/// here, in code of this library: that lookup is generic framework code over <c>ReadOnlySpan&lt;char&gt;</c>, which a
/// ReadyToRun build cannot compile ahead of time, so every process compiled it at run time and ran it unoptimized
/// (tier 0) for most of a one-second batch, once per word of every sentence. This class is not generic, so the
/// ReadyToRun image holds its optimized code.
/// </remarks>
internal sealed class WordCache
{
    private sealed class Node(string key, int hash, object value, Node? next)
    {
        public readonly string Key = key;
        public readonly int Hash = hash;
        public readonly object Value = value;
        public readonly Node? Next = next;
    }

    private Node?[] _buckets = new Node?[256]; // replaced whole when grown; a reader works on the array it read
    private int _count;
    private readonly Lock _gate = new();

    /// <summary>Number of entries.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The value stored for <paramref name="key"/> (compared ordinally), or null.</summary>
    public object? Find(ReadOnlySpan<char> key)
    {
        var buckets = Volatile.Read(ref _buckets);
        int hash = string.GetHashCode(key);
        for (var node = Volatile.Read(ref buckets[hash & (buckets.Length - 1)]); node is not null; node = node.Next)
            if (node.Hash == hash && key.Equals(node.Key, StringComparison.Ordinal)) return node.Value;
        return null;
    }

    /// <summary>
    /// Adds <paramref name="value"/> for <paramref name="key"/> unless the key is there already or the map holds
    /// <paramref name="limit"/> entries; true when it was added.
    /// </summary>
    public bool TryAdd(string key, object value, int limit)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        int hash = string.GetHashCode(key.AsSpan());
        lock (_gate)
        {
            if (_count >= limit) return false;
            var buckets = _buckets;
            int at = hash & (buckets.Length - 1);
            for (var node = buckets[at]; node is not null; node = node.Next)
                if (node.Hash == hash && string.Equals(node.Key, key, StringComparison.Ordinal)) return false;
            if (_count >= buckets.Length) // grow at one entry per bucket on average
            {
                buckets = Grow(buckets);
                at = hash & (buckets.Length - 1);
            }
            // The node is complete before it is published: a reader sees the bucket without it or with all of it.
            Volatile.Write(ref buckets[at], new Node(key, hash, value, buckets[at]));
            Volatile.Write(ref _count, _count + 1);
            return true;
        }
    }

    /// <summary>A table twice as large with every node of <paramref name="old"/> copied in (the old table is left as it is for readers still on it).</summary>
    private Node?[] Grow(Node?[] old)
    {
        var grown = new Node?[old.Length * 2];
        foreach (var head in old)
            for (var node = head; node is not null; node = node.Next)
            {
                int at = node.Hash & (grown.Length - 1);
                grown[at] = new Node(node.Key, node.Hash, node.Value, grown[at]);
            }
        Volatile.Write(ref _buckets, grown);
        return grown;
    }
}
