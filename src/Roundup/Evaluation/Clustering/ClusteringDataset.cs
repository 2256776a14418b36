using System.Globalization;
using System.Text.Json;
using Roundup.Clustering;
using Roundup.Model;
using Roundup.Reading;

namespace Roundup.Evaluation.Clustering;

/// <summary>A pool of articles with a gold story label each.</summary>
/// <param name="Name">Where it came from.</param>
/// <param name="Articles">The articles.</param>
/// <param name="Gold">The gold label of each article (same order), at the level <see cref="Level"/>.</param>
public sealed record ClusteringDataset(string Name, IReadOnlyList<Article> Articles, IReadOnlyList<string> Gold)
{
    /// <summary>What the labels of <see cref="Gold"/> stand for: one event a label (Multi-News: every line is one event) or
    /// a running subject (WikiRef220's topics, DUC 2006's topics).</summary>
    public StoryLevel Level { get; init; } = StoryLevel.Event;

    /// <summary>Event labels from an event-label file (<see cref="WithEventLabels"/>), same order as <see cref="Articles"/>;
    /// null for an article the file does not label (it is clustered but not scored at the event level).</summary>
    public IReadOnlyList<string?>? EventGold { get; init; }

    /// <summary>
    /// Reads a labelled pool: a JSON-lines cluster batch (e.g. Multi-News: every line's documents are one story, the line
    /// is the gold label), a DUC-style JSON-lines file whose lines also carry <c>doc_ids</c> (DUC 2006: every line is a
    /// topic, a subject-level label; each article's id is its DOCNO, its publication date read from it, an article in two
    /// topics kept once, in the first), or a folder laid out like WikiRef220 (<c>labels.tsv</c> with "file&lt;TAB&gt;label"
    /// lines and the files under <c>articles/</c>).
    /// </summary>
    public static ClusteringDataset Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) return LoadFolder(path);
        if (!File.Exists(path)) throw new RoundupInputException($"No such file or folder: {path}");
        if (HasDocIds(path)) return LoadTopics(path);
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

    private static bool HasDocIds(string path)
    {
        using var reader = new StreamReader(path);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (!line.TrimStart().StartsWith('{')) return false;
            try
            {
                using var doc = JsonDocument.Parse(line);
                return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("doc_ids", out var ids) && ids.ValueKind == JsonValueKind.Array
                    && doc.RootElement.TryGetProperty("documents", out _);
            }
            catch (JsonException) { return false; }
        }
        return false;
    }

    private static ClusteringDataset LoadTopics(string path)
    {
        var articles = new List<Article>();
        var gold = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonElement root;
            try { root = JsonDocument.Parse(line).RootElement; }
            catch (JsonException e) { throw new RoundupInputException($"{path}:{lineNo}: not a JSON line ({e.Message})."); }
            string topic = root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : lineNo.ToString(CultureInfo.InvariantCulture);
            if (!root.TryGetProperty("documents", out var docs) || docs.ValueKind != JsonValueKind.Array
                || !root.TryGetProperty("doc_ids", out var docIds) || docIds.ValueKind != JsonValueKind.Array || docIds.GetArrayLength() != docs.GetArrayLength())
                throw new RoundupInputException($"{path}:{lineNo}: a topic line needs 'documents' and as many 'doc_ids'.");
            for (int k = 0; k < docs.GetArrayLength(); k++)
            {
                string docno = docIds[k].GetString() ?? "";
                string text = docs[k].GetString() ?? "";
                if (docno.Length == 0 || string.IsNullOrWhiteSpace(text) || !seen.Add(docno)) continue;
                articles.Add(new Article(docno, text) { Published = DateFromDocno(docno), PublishedOrigin = "docno" });
                gold.Add(topic);
            }
        }
        if (articles.Count == 0) throw new RoundupInputException($"{path} holds no article.");
        return new ClusteringDataset(Path.GetFileName(path), articles, gold) { Level = StoryLevel.Subject };
    }

    /// <summary>The publication date in a wire DOCNO (see <see cref="JsonLinesReader.DocnoDate"/>), or null.</summary>
    public static DateTimeOffset? DateFromDocno(string docno) => JsonLinesReader.DocnoDate(docno);

    /// <summary>
    /// The same pool with event labels read from <paramref name="labelsPaths"/>: "id&lt;TAB&gt;event" lines (an article's id,
    /// e.g. a DOCNO, and its event), <c>#</c> comments and blank lines skipped. Several files are read as one (a base set and
    /// an extension scored together); an id they label differently is an error. Articles no file names are kept (clustered
    /// with the rest) but not scored at the event level.
    /// </summary>
    public ClusteringDataset WithEventLabels(params string[] labelsPaths)
    {
        ArgumentNullException.ThrowIfNull(labelsPaths);
        if (labelsPaths.Length == 0) throw new ArgumentException("No event-label file named.", nameof(labelsPaths));
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var labelsPath in labelsPaths)
        {
            ArgumentNullException.ThrowIfNull(labelsPath);
            if (!File.Exists(labelsPath)) throw new RoundupInputException($"No such event-label file: {labelsPath}");
            int lineNo = 0;
            foreach (var line in File.ReadLines(labelsPath))
            {
                lineNo++;
                var t = line.Trim();
                if (t.Length == 0 || t.StartsWith('#')) continue;
                var parts = t.Split('\t');
                if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Trim().Length == 0)
                    throw new RoundupInputException($"{labelsPath}:{lineNo}: expected 'id<TAB>event'.");
                var (id, ev) = (parts[0].Trim(), parts[1].Trim());
                if (map.TryGetValue(id, out var before) && before != ev)
                    throw new RoundupInputException($"{labelsPath}:{lineNo}: {id} is labelled '{ev}' here and '{before}' before.");
                map[id] = ev;
            }
        }
        var events = Articles.Select(a => map.GetValueOrDefault(a.Id)).ToList();
        int found = events.Count(e => e is not null);
        if (found == 0) throw new RoundupInputException($"{string.Join(", ", labelsPaths)} label none of the {Articles.Count} articles of {Name}.");
        return this with { EventGold = events };
    }

    /// <summary>
    /// Scores a predicted assignment at <paramref name="level"/>: against <see cref="EventGold"/> (labelled articles only) when
    /// the level is <see cref="StoryLevel.Event"/> and event labels were read, else against <see cref="Gold"/>.
    /// </summary>
    public ClusteringScores Score(IReadOnlyList<int> predicted, StoryLevel level)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        if (level == StoryLevel.Event && EventGold is { } ev)
        {
            var keep = Enumerable.Range(0, ev.Count).Where(i => ev[i] is not null).ToList();
            return ClusteringMetrics.Score(keep.Select(i => ev[i]!).ToList(), keep.Select(i => predicted[i]).ToList());
        }
        return ClusteringMetrics.Score(Gold, predicted);
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
        return new ClusteringDataset(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), articles, gold) { Level = StoryLevel.Subject };
    }

    /// <summary>The same pool in a random order (Fisher–Yates with <paramref name="seed"/>).</summary>
    public ClusteringDataset Shuffle(int seed)
    {
        var rng = new Random(seed);
        var order = Enumerable.Range(0, Articles.Count).ToArray();
        rng.Shuffle(order);
        return this with
        {
            Articles = [.. order.Select(i => Articles[i])], Gold = [.. order.Select(i => Gold[i])],
            EventGold = EventGold is { } ev ? [.. order.Select(i => ev[i])] : null,
        };
    }
}
