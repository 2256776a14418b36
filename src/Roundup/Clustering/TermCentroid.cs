using System.Numerics;

namespace Roundup.Clustering;

/// <summary>
/// A story's centroid: term id → summed weight. Entries sit in two flat arrays (ids and weights, in insertion order) so a
/// similarity can read them front to back; an open-addressing table (power-of-two size, at most half full) finds an id's
/// entry. It replaces a <see cref="Dictionary{TKey, TValue}"/>: same values, same arithmetic, less memory and no per-entry
/// indirection.
/// </summary>
internal sealed class TermCentroid
{
    private int[] _ids;
    private float[] _weights;
    private int[] _slots; // entry index + 1; 0 = empty
    private int _shift;
    private int _count;

    /// <summary>Creates an empty centroid with room for <paramref name="capacity"/> terms before it grows.</summary>
    public TermCentroid(int capacity = 8)
    {
        capacity = Math.Max(4, capacity);
        _ids = new int[capacity];
        _weights = new float[capacity];
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2);
        _slots = new int[size];
        _shift = 32 - BitOperations.Log2((uint)size);
    }

    /// <summary>Terms in the centroid.</summary>
    public int Count => _count;

    /// <summary>The term ids, in insertion order (parallel to <see cref="Weights"/>).</summary>
    public ReadOnlySpan<int> Ids => _ids.AsSpan(0, _count);

    /// <summary>The summed weights, parallel to <see cref="Ids"/>.</summary>
    public ReadOnlySpan<float> Weights => _weights.AsSpan(0, _count);

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
            if (_ids[e] == id) { weight = _weights[e]; return true; }
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
            if (_ids[e] == id)
            {
                float old = _weights[e];
                _weights[e] = old + delta;
                return old;
            }
        }
        if (_count == _ids.Length)
        {
            Grow();
            Insert(id, 0f + delta);
        }
        else
        {
            _ids[_count] = id;
            _weights[_count] = 0f + delta;
            _slots[h] = ++_count;
        }
        return 0f;
    }

    private void Insert(int id, float weight)
    {
        int mask = _slots.Length - 1;
        int h = Slot(id);
        while (_slots[h] != 0) h = (h + 1) & mask;
        _ids[_count] = id;
        _weights[_count] = weight;
        _slots[h] = ++_count;
    }

    private void Grow()
    {
        int capacity = _ids.Length * 2;
        Array.Resize(ref _ids, capacity);
        Array.Resize(ref _weights, capacity);
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2);
        _slots = new int[size];
        _shift = 32 - BitOperations.Log2((uint)size);
        int mask = size - 1;
        for (int e = 0; e < _count; e++)
        {
            int h = Slot(_ids[e]);
            while (_slots[h] != 0) h = (h + 1) & mask;
            _slots[h] = e + 1;
        }
    }

    private int Slot(int id) => (int)(((uint)id * 0x9E3779B1u) >> _shift);
}

/// <summary>
/// One article's vector prepared for comparison with many centroids: an open-addressing table from term id to the term's
/// position in the vector, small enough to stay in the first-level cache, and the article's top query terms. Built once
/// per article and shared by both engines (it is rebuilt only when a different vector comes). Not thread-safe.
/// </summary>
internal sealed class ArticleQuery
{
    private SparseVector _vector = SparseVector.Empty;
    private int[] _keys = [];
    private int[] _positions = [];
    private int _shift;
    private float[] _products = [];
    private ulong[] _matched = [];
    private int[]? _top;
    private int _topCount;

    /// <summary>Prepares for <paramref name="v"/> (nothing to do when it is the vector prepared last).</summary>
    public void Prepare(SparseVector v)
    {
        if (ReferenceEquals(v.Ids, _vector.Ids) && ReferenceEquals(v.Weights, _vector.Weights)) return;
        _vector = v;
        _top = null;
        int n = v.Ids.Length;
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, n * 2));
        if (_keys.Length != size)
        {
            _keys = new int[size];
            _positions = new int[size];
            _shift = 32 - BitOperations.Log2((uint)size);
        }
        if (_products.Length < n)
        {
            _products = new float[n];
            _matched = new ulong[(n + 63) / 64];
        }
        Array.Fill(_keys, -1);
        int mask = size - 1;
        var ids = v.Ids;
        for (int k = 0; k < n; k++)
        {
            int h = Slot(ids[k]);
            while (_keys[h] >= 0) h = (h + 1) & mask;
            _keys[h] = ids[k];
            _positions[h] = k;
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
    /// order), found by reading the centroid's entries once and looking each up in the vector's small table.</summary>
    public double Dot(TermCentroid centroid)
    {
        var ids = centroid.Ids;
        var weights = centroid.Weights;
        var keys = _keys;
        var positions = _positions;
        var vw = _vector.Weights;
        var products = _products;
        var matched = _matched.AsSpan(0, (vw.Length + 63) / 64);
        matched.Clear();
        int mask = keys.Length - 1;
        int shift = _shift;
        for (int e = 0; e < ids.Length; e++)
        {
            int id = ids[e];
            for (int h = (int)(((uint)id * 0x9E3779B1u) >> shift); ; h = (h + 1) & mask)
            {
                int key = keys[h];
                if (key < 0) break;
                if (key != id) continue;
                int k = positions[h];
                products[k] = vw[k] * weights[e];
                matched[k >> 6] |= 1UL << k;
                break;
            }
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

    private int Slot(int id) => (int)(((uint)id * 0x9E3779B1u) >> _shift);
}
