using Roundup.Model;

namespace Roundup.Reading;

/// <summary>
/// Turns what the user named on the command line into clusters. Several files or a folder make one cluster;
/// a batch file (JSON lines of clusters) makes one cluster per line; "-" or no path reads standard input.
/// </summary>
public static class InputLoader
{
    /// <summary>Reads clusters from <paramref name="paths"/>; "-" means <paramref name="stdin"/>.</summary>
    public static IEnumerable<Cluster> Load(IReadOnlyList<string> paths, TextReader stdin)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(stdin);
        var articles = new List<Article>();
        foreach (var path in paths.Count == 0 ? ["-"] : paths)
        {
            if (path == "-")
            {
                articles.Add(PlainTextReader.Read("stdin", stdin.ReadToEnd()));
                continue;
            }
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
                    articles.Add(PlainTextReader.Read(Path.GetFileName(f), TextDecoder.ReadFile(f)));
                continue;
            }
            if (!File.Exists(path)) throw new RoundupInputException($"No such file or folder: {path}");
            articles.Add(PlainTextReader.Read(Path.GetFileName(path), TextDecoder.ReadFile(path)));
        }
        if (articles.All(a => string.IsNullOrWhiteSpace(a.RawText)))
            throw new RoundupInputException("The input is empty: no article has any text.");
        return [new Cluster("input", articles)];
    }
}
