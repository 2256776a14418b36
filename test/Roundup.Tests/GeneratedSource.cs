namespace Roundup.Tests;

/// <summary>
/// The repository's folders as the tests see them, and the check that keeps a generated source file in step with
/// what generates it (rewritten instead when <c>ROUNDUP_WRITE_PATTERNS=1</c>).
/// </summary>
internal static class GeneratedSource
{
    /// <summary>The repository root: the first folder above the test binaries that holds <c>Roundup.slnx</c>.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Roundup.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Roundup.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// Asserts that the file at <paramref name="relativePath"/> (from the repository root) holds
    /// <paramref name="expected"/>; with <c>ROUNDUP_WRITE_PATTERNS=1</c> it writes it first. The failure message
    /// names the command that regenerates it.
    /// </summary>
    public static void AssertInStep(string relativePath, string expected)
    {
        var path = Path.Combine(RepositoryRoot(), relativePath);
        if (Environment.GetEnvironmentVariable("ROUNDUP_WRITE_PATTERNS") == "1") File.WriteAllText(path, expected);
        Assert.True(expected == File.ReadAllText(path),
            $"{Path.GetFileName(path)} differs from what generates it: run ROUNDUP_WRITE_PATTERNS=1 dotnet test test/Roundup.Tests -c Release --filter \"WordPatterns|BoilerplatePatterns\", then rebuild.");
    }
}
