namespace Roundup.Tests;

/// <summary>
/// Locates the development data (../shared/data beside the repository, or $ROUNDUP_DEV_DATA). Tests that read
/// it call <see cref="Require"/>, which skips the test with a message when the data is absent (a user's machine).
/// </summary>
public static class DevData
{
    /// <summary>The data folder, or null when it is not on this machine.</summary>
    public static string? Root { get; } = Find();

    /// <summary>Full path of a file under the data folder; skips the calling test when the data is absent.</summary>
    public static string Require(string relative)
    {
        Skip.If(Root is null, "Development data (../shared/data or $ROUNDUP_DEV_DATA) is not on this machine; skipping.");
        var path = Path.Combine(Root!, relative);
        Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"Development data file {relative} is absent; skipping.");
        return path;
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("ROUNDUP_DEV_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Roundup.slnx")))
            {
                var candidate = Path.Combine(dir.FullName, "..", "shared", "data");
                return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }
        return null;
    }
}
