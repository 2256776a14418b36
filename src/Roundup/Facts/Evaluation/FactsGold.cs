using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Roundup.Model;
using Roundup.Reading;

namespace Roundup.Facts.Evaluation;

/// <summary>One annotated story of the facts gold set (format: test/Roundup.Tests/Fixtures/facts/README.md).</summary>
public sealed class GoldCluster
{
    /// <summary>Cluster id.</summary>
    public required string Id { get; init; }

    /// <summary>The articles (fresh, unprocessed).</summary>
    public required IReadOnlyList<Article> Articles { get; init; }

    /// <summary>Entity id → aliases (longest first).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Entities { get; init; }

    /// <summary>Article id → (date expression → ISO value, or null when the expression must stay unresolved).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Dates { get; init; }

    /// <summary>Article id → quotes (a piece of the quoted text, speaker entity id or null).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<(string Text, string? Speaker)>> Quotes { get; init; }

    /// <summary>Planted conflicts: slot and values (only the real ones; see <see cref="FalseConflicts"/>).</summary>
    public required IReadOnlyList<(string Slot, IReadOnlyList<string> Values)> Conflicts { get; init; }

    /// <summary>Tempting candidates that are not conflicts ("real": false): different values of different things.</summary>
    public IReadOnlyList<(string Slot, IReadOnlyList<string> Values)> FalseConflicts { get; init; } = [];

    /// <summary>Entity id → kind (person, organization, place, other).</summary>
    public IReadOnlyDictionary<string, string> Kinds { get; init; } = new Dictionary<string, string>();

    /// <summary>Article id → (alias → entity id) for this article only ("Clinton" is Bill in one article, Hillary in another).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ArticleAliases { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Pairs of entities that share a name part or sit side by side and must never merge (tempting wrong merges).</summary>
    public IReadOnlyList<(string A, string B)> Distinct { get; init; } = [];

    /// <summary>Article ids whose publication date is known (metadata or dateline).</summary>
    public IReadOnlySet<string> Dated { get; init; } = new HashSet<string>();

    /// <summary>A new cluster of fresh copies of the articles, ready for a pipeline.</summary>
    public Cluster ToCluster() => new(Id, Articles.Select(a => new Article(a.Id, a.RawText) { Source = a.Source, Published = a.Published, Title = a.Title }));
}

/// <summary>Reads the facts gold set: one JSON file per cluster.</summary>
public static class FactsGold
{
    /// <summary>Loads every *.json file of <paramref name="folder"/>, in name order.</summary>
    public static IReadOnlyList<GoldCluster> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new RoundupInputException($"No such folder: {folder}");
        var files = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new RoundupInputException($"No gold files (*.json) in {folder}");
        return [.. files.Select(f => Parse(File.ReadAllText(f), Path.GetFileNameWithoutExtension(f)))];
    }

    /// <summary>Parses one gold cluster; checks that every annotation occurs in its text.</summary>
    public static GoldCluster Parse(string json, string name)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var id = root.TryGetProperty("id", out var idEl) ? idEl.GetString() ?? name : name;
            var articles = new List<Article>();
            var dates = new Dictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);
            var articleAliases = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            var dated = new HashSet<string>(StringComparer.Ordinal);
            var quotes = new Dictionary<string, IReadOnlyList<(string, string?)>>(StringComparer.Ordinal);
            foreach (var a in root.GetProperty("articles").EnumerateArray())
            {
                var aid = a.GetProperty("id").GetString()!;
                var text = a.GetProperty("text").GetString()!;
                var raw = a.TryGetProperty("dateline", out var dl) ? dl.GetString() + "\n\n" + text : text;
                var article = new Article(aid, raw) { Source = a.TryGetProperty("source", out var s) ? s.GetString() : null };
                if (a.TryGetProperty("published", out var p)) article.Published = DateTimeOffset.Parse(p.GetString()!, CultureInfo.InvariantCulture);
                if (article.Published is not null || a.TryGetProperty("dateline", out _)) dated.Add(aid);
                articles.Add(article);
                var d = new Dictionary<string, string?>(StringComparer.Ordinal);
                if (a.TryGetProperty("dates", out var de))
                    foreach (var kv in de.EnumerateObject())
                    {
                        if (!text.Contains(kv.Name, StringComparison.Ordinal)) throw new RoundupInputException($"{name}: date expression '{kv.Name}' is not in article {aid}");
                        d[kv.Name] = kv.Value.ValueKind == JsonValueKind.Null ? null : kv.Value.GetString()!;
                    }
                dates[aid] = d;
                if (a.TryGetProperty("aliases", out var ae))
                {
                    var map = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var kv in ae.EnumerateObject())
                    {
                        if (!text.Contains(kv.Name, StringComparison.Ordinal)) throw new RoundupInputException($"{name}: alias '{kv.Name}' is not in article {aid}");
                        map[kv.Name] = kv.Value.GetString()!;
                    }
                    articleAliases[aid] = map;
                }
                var q = new List<(string, string?)>();
                if (a.TryGetProperty("quotes", out var qe))
                    foreach (var item in qe.EnumerateArray())
                    {
                        var qt = item.GetProperty("text").GetString()!;
                        if (!text.Contains(qt, StringComparison.Ordinal)) throw new RoundupInputException($"{name}: quote '{qt}' is not in article {aid}");
                        q.Add((qt, item.GetProperty("speaker").ValueKind == JsonValueKind.Null ? null : item.GetProperty("speaker").GetString()));
                    }
                quotes[aid] = q;
            }
            var entities = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in root.GetProperty("entities").EnumerateObject())
            {
                entities[e.Name] = [.. e.Value.GetProperty("aliases").EnumerateArray().Select(x => x.GetString()!).OrderByDescending(x => x.Length)];
                kinds[e.Name] = e.Value.TryGetProperty("kind", out var k) ? k.GetString() ?? "other" : "other";
            }
            foreach (var (aid, map) in articleAliases)
                foreach (var (alias, eid) in map)
                    if (!entities.ContainsKey(eid)) throw new RoundupInputException($"{name}: alias '{alias}' in article {aid} names unknown entity '{eid}'");
            var distinct = new List<(string, string)>();
            if (root.TryGetProperty("distinct", out var di))
                foreach (var pair in di.EnumerateArray())
                {
                    var ids = pair.EnumerateArray().Select(x => x.GetString()!).ToList();
                    if (ids.Count != 2 || !entities.ContainsKey(ids[0]) || !entities.ContainsKey(ids[1])) throw new RoundupInputException($"{name}: 'distinct' needs pairs of known entity ids");
                    distinct.Add((ids[0], ids[1]));
                }
            foreach (var (aid, list) in quotes)
                foreach (var (_, speaker) in list)
                    if (speaker is not null && !entities.ContainsKey(speaker)) throw new RoundupInputException($"{name}: unknown speaker '{speaker}' in article {aid}");
            var conflicts = new List<(string, IReadOnlyList<string>)>();
            var falseConflicts = new List<(string, IReadOnlyList<string>)>();
            if (root.TryGetProperty("conflicts", out var ce))
                foreach (var c in ce.EnumerateArray())
                {
                    bool real = !c.TryGetProperty("real", out var r) || r.GetBoolean();
                    (real ? conflicts : falseConflicts).Add((c.GetProperty("slot").GetString()!, [.. c.GetProperty("values").EnumerateArray().Select(v => v.GetString()!)]));
                }
            return new GoldCluster
            {
                Id = id, Articles = articles, Entities = entities, Dates = dates, Quotes = quotes, Conflicts = conflicts,
                FalseConflicts = falseConflicts, Kinds = kinds, ArticleAliases = articleAliases, Distinct = distinct, Dated = dated,
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new RoundupInputException($"{name}: not a valid facts gold file ({e.Message})");
        }
    }

    /// <summary>Every whole-word, case-sensitive occurrence of <paramref name="phrase"/> in <paramref name="text"/>; a space in the phrase also matches a line break (hard-wrapped wire copy).</summary>
    internal static IEnumerable<TextSpan> Occurrences(string text, string phrase)
    {
        var pattern = string.Join(@"(?:[ \t]+|[ \t]*\n[ \t]*)", phrase.Split(' ').Select(Regex.Escape));
        foreach (Match m in Regex.Matches(text, @"(?<![\p{L}\p{N}])" + pattern + @"(?![\p{L}\p{N}])"))
            yield return new TextSpan(m.Index, m.Length);
    }
}
