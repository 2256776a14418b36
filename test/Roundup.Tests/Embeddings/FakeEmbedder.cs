using System.Security.Cryptography;
using System.Text;
using Roundup.Embeddings;

namespace Roundup.Tests.Embeddings;

/// <summary>A model-free embedder for stage tests: a unit vector derived from a hash of the text; records its calls.</summary>
internal sealed class FakeEmbedder : ISentenceEmbedder
{
    public List<IReadOnlyList<string>> Calls { get; } = [];

    public int Dimension => 8;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        Calls.Add([.. texts]);
        return [.. texts.Select(Vector)];
    }

    public static float[] Vector(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        var v = new float[8];
        for (int i = 0; i < v.Length; i++) v[i] = hash[i] - 127.5f;
        VectorMath.Normalize(v);
        return v;
    }
}
