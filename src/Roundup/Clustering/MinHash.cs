namespace Roundup.Clustering;

/// <summary>
/// One-permutation MinHash with rotation densification: each word shingle is hashed once and lands in one of
/// <c>m</c> bins, each bin keeps its minimum; empty bins borrow from the next non-empty bin. Cost is linear in the
/// text length (not in text × hashes). The share of equal bins of two signatures estimates the Jaccard similarity
/// of the two shingle sets.
/// </summary>
public static class MinHash
{
    /// <summary>The signature of <paramref name="text"/> (words are lower-cased letter/digit runs; shingles of
    /// <paramref name="shingleWords"/> words; a text shorter than that is one shingle). Null when it has no word.</summary>
    public static uint[]? Signature(ReadOnlySpan<char> text, int shingleWords, int size) => Signature(text, shingleWords, size, out _);

    /// <summary>As <see cref="Signature(ReadOnlySpan{char}, int, int)"/>, also giving the number of shingles (with repeats).</summary>
    public static uint[]? Signature(ReadOnlySpan<char> text, int shingleWords, int size, out int shingles)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleWords, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Span<ulong> window = stackalloc ulong[shingleWords];
        var sig = new uint[size];
        sig.AsSpan().Fill(uint.MaxValue);
        var filled = new bool[size];
        int words = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            ulong h = 14695981039346656037UL;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                char c = char.ToLowerInvariant(text[i]);
                if (c == '’') c = '\'';
                h = (h ^ c) * 1099511628211UL;
                i++;
            }
            window[words % shingleWords] = h;
            words++;
            if (words >= shingleWords) Add(ShingleHash(window, words, shingleWords), sig, filled);
        }
        shingles = Math.Max(words - shingleWords + 1, words > 0 ? 1 : 0);
        if (words == 0) return null;
        if (words < shingleWords) Add(ShingleHash(window, words, words), sig, filled);
        Densify(sig, filled);
        return sig;
    }

    /// <summary>Estimated containment of the smaller shingle set in the larger, from the estimated Jaccard
    /// similarity <paramref name="jaccard"/> and the set sizes: |A∩B| = J(|A|+|B|)/(1+J), divided by min(|A|, |B|).</summary>
    public static double Containment(double jaccard, int sizeA, int sizeB)
    {
        int min = Math.Min(sizeA, sizeB);
        return min <= 0 ? 0 : Math.Min(1, jaccard * (sizeA + sizeB) / ((1 + jaccard) * min));
    }

    /// <summary>Estimated Jaccard similarity: the share of positions where the two signatures agree.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length) throw new ArgumentException("Signatures differ in size.");
        int same = 0;
        for (int i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return (double)same / a.Length;
    }

    private static ulong ShingleHash(ReadOnlySpan<ulong> window, int words, int k)
    {
        // The last k words in order: window holds them cyclically, the oldest at (words - k) % size.
        ulong h = 0x9E3779B97F4A7C15UL;
        for (int j = 0; j < k; j++)
            h = Mix(h ^ window[(words - k + j) % window.Length]) + (ulong)j;
        return h;
    }

    private static void Add(ulong shingle, uint[] sig, bool[] filled)
    {
        ulong y = Mix(shingle);
        int bin = (int)(((y >> 32) * (ulong)sig.Length) >> 32);
        uint v = (uint)y;
        if (v < sig[bin]) sig[bin] = v;
        filled[bin] = true;
    }

    private static void Densify(uint[] sig, bool[] filled)
    {
        int m = sig.Length;
        var source = (uint[])sig.Clone();
        for (int b = 0; b < m; b++)
        {
            if (filled[b]) continue;
            for (int d = 1; d < m; d++)
            {
                int j = (b + d) % m;
                if (!filled[j]) continue;
                sig[b] = (uint)Mix(source[j] + (0x9E3779B97F4A7C15UL * (ulong)d));
                break;
            }
        }
    }

    /// <summary>A 64-bit finalizer (splitmix64).</summary>
    internal static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
