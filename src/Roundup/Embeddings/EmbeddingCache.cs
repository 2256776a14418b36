namespace Roundup.Embeddings;

/// <summary>
/// A bounded, thread-safe least-recently-used map from sentence text to its vector, so a text that recurs
/// (the same wire sentence in several outlets, the same cluster summarized twice) is embedded once.
/// </summary>
public sealed class EmbeddingCache
{
    private readonly Dictionary<string, LinkedListNode<KeyValuePair<string, float[]>>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<KeyValuePair<string, float[]>> _order = new();
    private readonly Lock _lock = new();
    private long _hits, _misses;

    /// <summary>Creates a cache that keeps at most <paramref name="capacity"/> texts.</summary>
    public EmbeddingCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>Most texts kept; the least recently used is dropped beyond it.</summary>
    public int Capacity { get; }

    /// <summary>Texts currently kept.</summary>
    public int Count { get { lock (_lock) return _map.Count; } }

    /// <summary>Lookups that found their text.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Lookups that did not.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Looks <paramref name="text"/> up and marks it recently used.</summary>
    public bool TryGet(string text, out float[] vector)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_lock)
        {
            if (_map.TryGetValue(text, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                _hits++;
                vector = node.Value.Value;
                return true;
            }
            _misses++;
        }
        vector = [];
        return false;
    }

    /// <summary>Stores (or replaces) the vector of <paramref name="text"/>, evicting the least recently used beyond capacity.</summary>
    public void Add(string text, float[] vector)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(vector);
        lock (_lock)
        {
            if (_map.TryGetValue(text, out var old))
            {
                _order.Remove(old);
                _map.Remove(text);
            }
            var node = _order.AddFirst(new KeyValuePair<string, float[]>(text, vector));
            _map[text] = node;
            while (_map.Count > Capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
            }
        }
    }

    /// <summary>Drops everything (statistics are kept).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _map.Clear();
            _order.Clear();
        }
    }
}
