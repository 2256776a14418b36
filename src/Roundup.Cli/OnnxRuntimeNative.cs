using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Roundup.Cli;

/// <summary>
/// ONNX Runtime's native library, which only <c>--embeddings</c> uses. The tool packages leave it out (29 MB on
/// linux-x64), as they leave out the MiniLM model; the user fetches it once with <see cref="InstallHint"/>. It is
/// loaded from the application when the application carries it (<c>dotnet run</c>, builds), else from the folder
/// <c>ROUNDUP_MODELS</c> names, else from the NuGet packages folder (<c>NUGET_PACKAGES</c> or <c>~/.nuget/packages</c>).
/// </summary>
internal static class OnnxRuntimeNative
{
    /// <summary>The Microsoft.ML.OnnxRuntime version the tool is built with (Directory.Packages.props; a test keeps them in step).</summary>
    public const string Version = "1.31.1";

    /// <summary>What a user runs to fetch the native library.</summary>
    public const string InstallHint = "dotnet package download Microsoft.ML.OnnxRuntime@" + Version + " -o ~/.nuget/packages";

    private static int _registered;

    /// <summary>The native library's file name on this platform.</summary>
    public static string FileName =>
        OperatingSystem.IsWindows() ? "onnxruntime.dll" : OperatingSystem.IsMacOS() ? "libonnxruntime.dylib" : "libonnxruntime.so";

    /// <summary>
    /// Makes the native library loadable for embeddings; throws <see cref="FileNotFoundException"/> with
    /// <see cref="InstallHint"/> (one line, exit 2) when neither the application nor any folder searched has it.
    /// </summary>
    public static void Ensure()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
            AssemblyLoadContext.Default.ResolvingUnmanagedDll += (_, name) =>
                name.Contains("onnxruntime", StringComparison.OrdinalIgnoreCase) && Find() is { } path ? NativeLibrary.Load(path) : IntPtr.Zero;
        if (CarriedByApplication() || Find() is not null) return;
        throw new FileNotFoundException(
            $"Embeddings need ONNX Runtime's native library ({FileName}), which the tool package leaves out; fetch it once with `{InstallHint}` (or put {FileName} in the folder {Roundup.Embeddings.MiniLmModel.FolderVariable} names).", FileName);
    }

    private static bool CarriedByApplication()
    {
        var assembly = typeof(Microsoft.ML.OnnxRuntime.InferenceSession).Assembly;
        if (!NativeLibrary.TryLoad("onnxruntime", assembly, DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.ApplicationDirectory, out var handle)) return false;
        NativeLibrary.Free(handle);
        return true;
    }

    /// <summary>The first candidate that exists, or null.</summary>
    public static string? Find() => CandidatePaths().FirstOrDefault(File.Exists);

    /// <summary>Where the native library is looked for when the application does not carry it, in order.</summary>
    public static IEnumerable<string> CandidatePaths()
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        if (Environment.GetEnvironmentVariable(Roundup.Embeddings.MiniLmModel.FolderVariable) is { Length: > 0 } folder)
        {
            yield return Path.Combine(folder, FileName);
            yield return Path.Combine(folder, "microsoft.ml.onnxruntime", Version, "runtimes", rid, "native", FileName);
        }
        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages)
            yield return Path.Combine(packages, "microsoft.ml.onnxruntime", Version, "runtimes", rid, "native", FileName);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0)
            yield return Path.Combine(home, ".nuget", "packages", "microsoft.ml.onnxruntime", Version, "runtimes", rid, "native", FileName);
    }
}
