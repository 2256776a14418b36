using Roundup.Model;
using Roundup.Reading;

namespace Roundup.Evaluation.Clustering;

/// <summary>A pool of articles with a gold story label each.</summary>
/// <param name="Name">Where it came from.</param>
/// <param name="Articles">The articles.</param>
/// <param name="Gold">The gold label of each article (same order).</param>
public sealed record ClusteringDataset(string Name, IReadOnlyList<Article> Articles, IReadOnlyList<string> Gold)
{
    /// <summary>
    /// Reads a labelled pool: a JSON-lines cluster batch (e.g. Multi-News: every line's documents are one story, the line
    /// is the gold label), or a folder laid out like WikiRef220 (<c>labels.tsv</c> with "file&lt;TAB&gt;label" lines and the
    /// files under <c>articles/</c>).
    /// </summary>
    public static ClusteringDataset Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) return LoadFolder(path);
        if (!File.Exists(path)) throw new RoundupInputException($"No such file or folder: {path}");
        var articles = new List<Article>();
        var gold = new List<string>();
        foreach (var c in InputLoader.Load([path], TextReader.Null, new InputOptions { Format = InputFormat.Batch, DetectLanguage = false }))
        {
            foreach (var a in c.Articles)
            {
                if (string.IsNullOrWhiteSpace(a.RawText)) continue;
                articles.Add(a);
                gold.Add(c.Id);
            }
        }
        if (articles.Count == 0) throw new RoundupInputException($"{path} holds no article.");
        return new ClusteringDataset(Path.GetFileName(path), articles, gold);
    }

    private static ClusteringDataset LoadFolder(string path)
    {
        var labels = Path.Combine(path, "labels.tsv");
        var folder = Path.Combine(path, "articles");
        if (!File.Exists(labels) || !Directory.Exists(folder))
            throw new RoundupInputException($"{path} is not a labelled clustering folder: it needs labels.tsv (file<TAB>label) and articles/.");
        var articles = new List<Article>();
        var gold = new List<string>();
        foreach (var line in File.ReadLines(labels))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || parts[0].Length == 0 || (articles.Count == 0 && gold.Count == 0 && parts[0] == "file")) continue;
            var file = Path.Combine(folder, parts[0]);
            if (!File.Exists(file)) throw new RoundupInputException($"{labels} names {parts[0]}, which is not in {folder}.");
            var a = PlainTextReader.Read(parts[0], TextDecoder.ReadFile(file));
            if (string.IsNullOrWhiteSpace(a.RawText)) continue;
            articles.Add(a);
            gold.Add(parts[1].Trim());
        }
        if (articles.Count == 0) throw new RoundupInputException($"{labels} lists no article.");
        return new ClusteringDataset(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), articles, gold);
    }

    /// <summary>The same pool in a random order (Fisher–Yates with <paramref name="seed"/>).</summary>
    public ClusteringDataset Shuffle(int seed)
    {
        var rng = new Random(seed);
        var order = Enumerable.Range(0, Articles.Count).ToArray();
        rng.Shuffle(order);
        return this with { Articles = [.. order.Select(i => Articles[i])], Gold = [.. order.Select(i => Gold[i])] };
    }
}
