using System.Numerics;

namespace Roundup.Clustering;

/// <summary>
/// Term → id for <see cref="TermStatistics"/>: one thread adds, any thread may look up meanwhile. An open-addressing table
/// (power-of-two size, at most half full) of the terms, their hash codes and ids in flat arrays. A slot's term is published
/// after its id and hash, and a bigger table is filled before it replaces the old one, so a reader finds either the right
/// id or nothing (a term added meanwhile), never a wrong one. This lets the feature-extraction threads of
/// <see cref="IncrementalStoryClusterer"/> look up the ids of the terms seen before while the calling thread assigns
/// articles; only the calling thread gives out new ids, in order of first sight.
/// </summary>
internal sealed class TermIdTable
{
    private sealed class Table
    {
        public readonly string?[] Keys;
        public readonly int[] Hashes;
        public readonly int[] Ids;
        public readonly int Shift;

        public Table(int size)
        {
            Keys = new string?[size];
            Hashes = new int[size];
            Ids = new int[size];
            Shift = 32 - BitOperations.Log2((uint)size);
        }
    }

    private Table _table = new(1024);
    private int _count;

    /// <summary>Terms held.</summary>
    public int Count => _count;

    /// <summary>The id of <paramref name="term"/>, or -1 when it is not held (yet). Safe on any thread, also while
    /// <see cref="GetOrAdd"/> runs on another.</summary>
    public int Find(string term) => Find(Volatile.Read(ref _table), term, term.GetHashCode());

    private static int Find(Table t, string term, int hash)
    {
        int mask = t.Keys.Length - 1;
        for (int h = Home(hash, t.Shift); ; h = (h + 1) & mask)
        {
            var key = Volatile.Read(ref t.Keys[h]);
            if (key is null) return -1;
            if (t.Hashes[h] == hash && string.Equals(key, term, StringComparison.Ordinal)) return t.Ids[h];
        }
    }

    /// <summary>The id of <paramref name="term"/>; when it is not held, <paramref name="next"/> is given to it and returned.
    /// One thread at a time.</summary>
    public int GetOrAdd(string term, int next)
    {
        int hash = term.GetHashCode();
        var t = _table;
        int mask = t.Keys.Length - 1;
        int h = Home(hash, t.Shift);
        for (; t.Keys[h] is { } key; h = (h + 1) & mask)
            if (t.Hashes[h] == hash && string.Equals(key, term, StringComparison.Ordinal)) return t.Ids[h];
        if ((_count + 1) * 2 > t.Keys.Length)
        {
            t = Grow(t);
            mask = t.Keys.Length - 1;
            h = Home(hash, t.Shift);
            while (t.Keys[h] is not null) h = (h + 1) & mask;
        }
        t.Hashes[h] = hash;
        t.Ids[h] = next;
        Volatile.Write(ref t.Keys[h], term);
        _count++;
        return next;
    }

    private Table Grow(Table old)
    {
        var t = new Table(old.Keys.Length * 2);
        int mask = t.Keys.Length - 1;
        for (int i = 0; i < old.Keys.Length; i++)
        {
            if (old.Keys[i] is not { } key) continue;
            int h = Home(old.Hashes[i], t.Shift);
            while (t.Keys[h] is not null) h = (h + 1) & mask;
            t.Keys[h] = key;
            t.Hashes[h] = old.Hashes[i];
            t.Ids[h] = old.Ids[i];
        }
        Volatile.Write(ref _table, t);
        return t;
    }

    private static int Home(int hash, int shift) => (int)(((uint)hash * 0x9E3779B1u) >> shift);
}
