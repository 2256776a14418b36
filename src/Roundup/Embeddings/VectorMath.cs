using System.Numerics;
using System.Runtime.InteropServices;

namespace Roundup.Embeddings;

/// <summary>Small vector helpers for embeddings (dot product, normalisation, mean).</summary>
public static class VectorMath
{
    /// <summary>Dot product; for L2-normalised vectors this is the cosine similarity.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length) throw new ArgumentException("Vectors must have the same length.");
        float sum = 0;
        int i = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<float>.Count)
        {
            var acc = Vector<float>.Zero;
            var va = MemoryMarshal.Cast<float, Vector<float>>(a);
            var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
            for (int k = 0; k < va.Length; k++) acc += va[k] * vb[k];
            sum = Vector.Sum(acc);
            i = va.Length * Vector<float>.Count;
        }
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>Cosine similarity of any two vectors (0 when either is all zeros).</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float na = MathF.Sqrt(Dot(a, a)), nb = MathF.Sqrt(Dot(b, b));
        return na == 0 || nb == 0 ? 0 : Dot(a, b) / (na * nb);
    }

    /// <summary>Scales <paramref name="v"/> in place to unit length (leaves an all-zero vector alone).</summary>
    public static void Normalize(Span<float> v)
    {
        float norm = MathF.Sqrt(Dot(v, v));
        if (norm < 1e-12f) return;
        float inv = 1f / norm;
        for (int i = 0; i < v.Length; i++) v[i] *= inv;
    }

    /// <summary>The L2-normalised mean of <paramref name="vectors"/>, or null when there are none.</summary>
    public static float[]? NormalizedMean(IEnumerable<float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        float[]? sum = null;
        foreach (var v in vectors)
        {
            sum ??= new float[v.Length];
            if (v.Length != sum.Length) throw new ArgumentException("Vectors must have the same length.");
            for (int i = 0; i < v.Length; i++) sum[i] += v[i];
        }
        if (sum is not null) Normalize(sum);
        return sum;
    }
}
