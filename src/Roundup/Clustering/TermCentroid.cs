using System.Numerics;

namespace Roundup.Clustering;

/// <summary>One centroid entry: a term id and its summed weight (side by side, so reading the entries reads both).</summary>
internal struct TermWeight
{
    /// <summary>The term id.</summary>
    public int Id;

    /// <summary>The summed weight.</summary>
    public float Weight;
}

/// <summary>
/// A story's centroid: term id → summed weight. Entries sit in one flat array (in insertion order) so a similarity can read
/// them front to back; an open-addressing table (power-of-two size, at most half full) finds an id's entry. It replaces a
/// <see cref="Dictionary{TKey, TValue}"/>: same values, same arithmetic, less memory and no per-entry indirection.
/// </summary>
internal sealed class TermCentroid
{
    private TermWeight[] _entries;
    private int[] _slots; // entry index + 1; 0 = empty
    private int _shift;
    private int _count;

    /// <summary>Creates an empty centroid with room for <paramref name="capacity"/> terms before it grows.</summary>
    public TermCentroid(int capacity = 8)
    {
        capacity = Math.Max(4, capacity);
        _entries = new TermWeight[capacity];
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2);
        _slots = new int[size];
        _shift = 32 - BitOperations.Log2((uint)size);
    }

    /// <summary>Terms in the centroid.</summary>
    public int Count => _count;

    /// <summary>The first entry's id (0 when empty): a read of the start of the entries.</summary>
    public int FirstId => _entries[0].Id;

    /// <summary>The entries, in insertion order.</summary>
    public ReadOnlySpan<TermWeight> Entries => _entries.AsSpan(0, _count);

    /// <summary>The weight of <paramref name="id"/> (0 when absent).</summary>
    public float this[int id] => TryGetValue(id, out var w) ? w : 0f;

    /// <summary>Whether <paramref name="id"/> is in the centroid, and its weight.</summary>
    public bool TryGetValue(int id, out float weight)
    {
        int mask = _slots.Length - 1;
        for (int h = Slot(id); ; h = (h + 1) & mask)
        {
            int e = _slots[h] - 1;
            if (e < 0) { weight = 0; return false; }
            if (_entries[e].Id == id) { weight = _entries[e].Weight; return true; }
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of <paramref name="id"/> (a new term starts at 0); returns the old weight.</summary>
    public float Add(int id, float delta)
    {
        int mask = _slots.Length - 1;
        int h = Slot(id);
        for (; ; h = (h + 1) & mask)
        {
            int e = _slots[h] - 1;
            if (e < 0) break;
            if (_entries[e].Id == id)
            {
                float old = _entries[e].Weight;
                _entries[e].Weight = old + delta;
                return old;
            }
        }
        if (_count == _entries.Length)
        {
            Grow();
            mask = _slots.Length - 1;
            h = Slot(id);
            while (_slots[h] != 0) h = (h + 1) & mask;
        }
        _entries[_count] = new TermWeight { Id = id, Weight = 0f + delta };
        _slots[h] = ++_count;
        return 0f;
    }

    private void Grow()
    {
        Array.Resize(ref _entries, _entries.Length * 2);
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)_entries.Length * 2);
        _slots = new int[size];
        _shift = 32 - BitOperations.Log2((uint)size);
        int mask = size - 1;
        for (int e = 0; e < _count; e++)
        {
            int h = Slot(_entries[e].Id);
            while (_slots[h] != 0) h = (h + 1) & mask;
            _slots[h] = e + 1;
        }
    }

    private int Slot(int id) => (int)(((uint)id * 0x9E3779B1u) >> _shift);
}

/// <summary>
/// One article's vector prepared for comparison with many centroids: an open-addressing table from term id to the term's
/// position in the vector (at most a quarter full, small enough to stay in the first-level cache), and the article's top
/// query terms. Built once per article and shared by both engines (it is rebuilt only when a different vector comes). Not
/// thread-safe.
/// </summary>
internal sealed class ArticleQuery
{
    /// <summary>A table slot: a term id (-1: empty) and its position in the vector.</summary>
    private struct Slot
    {
        public int Key;
        public int Position;
    }

    private static readonly Slot Empty = new() { Key = -1 };

    private SparseVector _vector = SparseVector.Empty;
    private Slot[] _slots = [];
    private int _shift;
    private ulong[] _filter = []; // bit (id & mask) set for every id of the vector: most centroid terms are ruled out by one bit
    private float[] _products = [];
    private ulong[] _matched = [];
    private int[] _matchPositions = [];
    private int[] _matchEntries = [];
    private int[]? _top;
    private int _topCount;

    /// <summary>Prepares for <paramref name="v"/> (nothing to do when it is the vector prepared last).</summary>
    public void Prepare(SparseVector v)
    {
        if (ReferenceEquals(v.Ids, _vector.Ids) && ReferenceEquals(v.Weights, _vector.Weights)) return;
        _vector = v;
        _top = null;
        int n = v.Ids.Length;
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, n * 4));
        if (_slots.Length != size)
        {
            _slots = new Slot[size];
            _shift = 32 - BitOperations.Log2((uint)size);
        }
        if (_products.Length < n)
        {
            _products = new float[n];
            _matched = new ulong[(n + 63) / 64];
        }
        _slots.AsSpan().Fill(Empty);
        // About 64 bits per term: a centroid term not in the vector passes the filter with a chance of about 1 in 64.
        int bits = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, n * 64));
        if (_filter.Length != bits / 64) _filter = new ulong[bits / 64];
        else Array.Clear(_filter);
        int mask = size - 1;
        var ids = v.Ids;
        for (int k = 0; k < n; k++)
        {
            _filter[(ids[k] & (bits - 1)) >> 6] |= 1UL << ids[k];
            int h = Home(ids[k]);
            while (_slots[h].Key >= 0) h = (h + 1) & mask;
            _slots[h] = new Slot { Key = ids[k], Position = k };
        }
    }

    /// <summary>The ids of the vector's <paramref name="k"/> heaviest terms (see <see cref="SparseVector.Top"/>), computed once per vector.</summary>
    public int[] Top(int k)
    {
        if (_top is null || _topCount != k) { _top = _vector.Top(k); _topCount = k; }
        return _top;
    }

    /// <summary>The dot product of the prepared vector with <paramref name="centroid"/>: exactly
    /// <see cref="SparseVector.Dot(Dictionary{int, float})"/>'s value (the same float products, summed in the vector's term
    /// order). The centroid's entries are read once, front to back; the few that pass the vector's bit filter (most share no
    /// term with it) are looked up in its small table; then the products of the matches are added in the vector's order.</summary>
    public double Dot(TermCentroid centroid)
    {
        var entries = centroid.Entries;
        if (_matchPositions.Length < entries.Length)
        {
            _matchPositions = new int[Math.Max(entries.Length, 2 * _matchPositions.Length)];
            _matchEntries = new int[_matchPositions.Length];
        }
        var slots = _slots;
        var positions = _matchPositions;
        var found = _matchEntries;
        var filter = _filter;
        int bitMask = filter.Length * 64 - 1;
        int mask = slots.Length - 1;
        int shift = _shift;
        int m = 0;
        for (int e = 0; e < entries.Length; e++)
        {
            int id = entries[e].Id;
            if ((filter[(id & bitMask) >> 6] & (1UL << id)) == 0) continue;
            int h = (int)(((uint)id * 0x9E3779B1u) >> shift);
            while (slots[h].Key != id && slots[h].Key >= 0) h = (h + 1) & mask;
            // Written every time, kept only when the id was found.
            positions[m] = slots[h].Position;
            found[m] = e;
            m += slots[h].Key == id ? 1 : 0;
        }
        if (m == 0) return 0;
        var vw = _vector.Weights;
        var products = _products;
        var matched = _matched.AsSpan(0, (vw.Length + 63) / 64);
        matched.Clear();
        for (int j = 0; j < m; j++)
        {
            int k = positions[j];
            products[k] = vw[k] * entries[found[j]].Weight;
            matched[k >> 6] |= 1UL << k;
        }
        double s = 0;
        for (int word = 0; word < matched.Length; word++)
        {
            ulong bits = matched[word];
            while (bits != 0)
            {
                s += products[(word << 6) + BitOperations.TrailingZeroCount(bits)];
                bits &= bits - 1;
            }
        }
        return s;
    }

    private int Home(int id) => (int)(((uint)id * 0x9E3779B1u) >> _shift);
}
