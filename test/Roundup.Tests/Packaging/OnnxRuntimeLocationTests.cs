using System.Runtime.InteropServices;
using System.Xml.Linq;
using Roundup.Cli;
using Roundup.Embeddings;

namespace Roundup.Tests.Packaging;

/// <summary>The tool packages leave ONNX Runtime's native library out; <c>--embeddings</c> finds it where the install hint puts it.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class OnnxRuntimeLocationTests
{
    [Fact]
    public void The_version_is_the_one_the_build_uses()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var pinned = XDocument.Load(Path.Combine(dir.FullName, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(e => (string?)e.Attribute("Include") == "Microsoft.ML.OnnxRuntime").Attribute("Version")!.Value;
        Assert.Equal(OnnxRuntimeNative.Version, pinned);
        Assert.Contains($"Microsoft.ML.OnnxRuntime@{pinned} -o ~/.nuget/packages", OnnxRuntimeNative.InstallHint, StringComparison.Ordinal);
    }

    [Fact]
    public void The_library_is_looked_for_in_roundup_models_then_the_nuget_packages_folder()
    {
        var old = Environment.GetEnvironmentVariable(MiniLmModel.FolderVariable);
        var folder = Path.Combine(Path.GetTempPath(), "roundup-models");
        Environment.SetEnvironmentVariable(MiniLmModel.FolderVariable, folder);
        try
        {
            var paths = OnnxRuntimeNative.CandidatePaths().ToList();
            Assert.Equal(Path.Combine(folder, OnnxRuntimeNative.FileName), paths[0]);
            var native = Path.Combine("microsoft.ml.onnxruntime", OnnxRuntimeNative.Version, "runtimes", RuntimeInformation.RuntimeIdentifier, "native", OnnxRuntimeNative.FileName);
            Assert.Equal(Path.Combine(folder, native), paths[1]);
            Assert.Contains(paths, p => p.EndsWith(Path.Combine(".nuget", "packages", native), StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable(MiniLmModel.FolderVariable, old);
        }
    }

    [Fact]
    public void An_application_that_carries_the_library_needs_nothing_more()
        => OnnxRuntimeNative.Ensure(); // the test host carries it, as dotnet run and builds of the tool do
}

/// <summary>Tests that change process environment variables run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}
