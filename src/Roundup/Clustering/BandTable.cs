using System.Numerics;

namespace Roundup.Clustering;

/// <summary>
/// One LSH band of <see cref="NearDuplicateIndex"/>: band hash → the first article that had it. An open-addressing table
/// (power-of-two size, at most half full) with the keys in one flat array and the values in another, so looking up a hash
/// that is not there (most lookups: most articles copy nothing) reads one array slot after another from the keys alone.
/// Same answers as a <see cref="Dictionary{TKey, TValue}"/> used with TryGetValue and TryAdd (the first value stays).
/// </summary>
internal sealed class BandTable
{
    private ulong[] _keys; // 0: empty (the key 0 itself is held aside)
    private int[] _values;
    private int _count;
    private int _shift;
    private bool _hasZero;
    private int _zeroValue;

    /// <summary>Creates an empty table.</summary>
    public BandTable(int capacity = 16)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _keys = new ulong[size];
        _values = new int[size];
        _shift = 64 - BitOperations.Log2((uint)size);
    }

    /// <summary>Keys held.</summary>
    public int Count => _count + (_hasZero ? 1 : 0);

    /// <summary>Whether <paramref name="key"/> is held, and its value.</summary>
    public bool TryGetValue(ulong key, out int value)
    {
        if (key == 0) { value = _zeroValue; return _hasZero; }
        var keys = _keys;
        int mask = keys.Length - 1;
        for (int h = Home(key); ; h = (h + 1) & mask)
        {
            ulong k = keys[h];
            if (k == key) { value = _values[h]; return true; }
            if (k == 0) { value = 0; return false; }
        }
    }

    /// <summary>Adds <paramref name="key"/> with <paramref name="value"/> unless it is held (then nothing changes); returns
    /// whether it was added.</summary>
    public bool TryAdd(ulong key, int value)
    {
        if (key == 0)
        {
            if (_hasZero) return false;
            _hasZero = true;
            _zeroValue = value;
            return true;
        }
        int mask = _keys.Length - 1;
        int h = Home(key);
        for (; _keys[h] != 0; h = (h + 1) & mask) if (_keys[h] == key) return false;
        _keys[h] = key;
        _values[h] = value;
        if (++_count * 2 > _keys.Length) Grow();
        return true;
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = new ulong[keys.Length * 2];
        _values = new int[keys.Length * 2];
        _shift--;
        int mask = _keys.Length - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] == 0) continue;
            int h = Home(keys[i]);
            while (_keys[h] != 0) h = (h + 1) & mask;
            _keys[h] = keys[i];
            _values[h] = values[i];
        }
    }

    /// <summary>The key's home slot: its high bits after a multiplicative mix (band hashes are well mixed already; the
    /// multiplication keeps the table sound for any keys).</summary>
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
