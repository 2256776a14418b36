using System.Globalization;
using System.Text.Json;
using Roundup.Model;
using Roundup.Reading;
using Roundup.Segmentation;

namespace Roundup.Evaluation;

/// <summary>One item of a summarization test set: a cluster of articles and its reference summaries.</summary>
/// <param name="Id">Item id (Multi-News <c>idx</c>, or the topic folder name).</param>
/// <param name="Cluster">The articles to summarize.</param>
/// <param name="References">Reference summaries, each as its sentences (one ROUGE line each).</param>
public sealed record SummaryEvaluationCase(string Id, Cluster Cluster, IReadOnlyList<IReadOnlyList<string>> References);

/// <summary>
/// Reads summarization test sets. Two layouts:
/// <list type="bullet">
/// <item>Multi-News JSON lines: one cluster a line, <c>{"idx": 0, "documents": ["…", …], "summary": "…"}</c>
/// (<c>id</c> is accepted for <c>idx</c>, and <c>summary</c> may be an array of references).</item>
/// <item>A DUC-style folder: one sub-folder per topic, <c>TOPIC/docs/*</c> holding one article a file and
/// <c>TOPIC/refs/*</c> one reference summary a file (plain text; several references are combined as ROUGE's
/// <c>-f</c> says).</item>
/// </list>
/// Reference text is split into sentences at line breaks and then with Roundup's sentence rules (sentences
/// matter only to ROUGE-L).
/// </summary>
public static class SummaryEvaluationDataset
{
    /// <summary>Reads every item of the test set at <paramref name="path"/> (a JSON-lines file or a folder).</summary>
    public static IEnumerable<SummaryEvaluationCase> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) return LoadFolder(path);
        if (!File.Exists(path)) throw new RoundupInputException($"No such file or folder: {path}");
        return LoadJsonLines(path);
    }

    /// <summary>Splits a summary into sentences: at line breaks, then at sentence ends.</summary>
    public static IReadOnlyList<string> SplitSentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<string>();
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int nl = text.IndexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.Length : nl;
            foreach (var span in SentenceSegmenter.SplitLine(text, lineStart, lineEnd))
                result.Add(text.Substring(span.Start, span.Length));
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return result;
    }

    private static IEnumerable<SummaryEvaluationCase> LoadJsonLines(string path)
    {
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                throw new RoundupInputException($"Line {lineNumber} of {path} is not JSON: {e.Message}");
            }
            using (doc)
            {
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object) throw new RoundupInputException($"Line {lineNumber} of {path} is not a JSON object.");
                string id = ReadId(root) ?? (lineNumber - 1).ToString(CultureInfo.InvariantCulture);
                var articles = new List<Article>();
                if (root.TryGetProperty("documents", out var docs) && docs.ValueKind == JsonValueKind.Array)
                {
                    int i = 0;
                    foreach (var d in docs.EnumerateArray())
                    {
                        var text = d.ValueKind == JsonValueKind.String ? d.GetString() ?? "" : "";
                        if (!string.IsNullOrWhiteSpace(text))
                            articles.Add(new Article($"{id}/{i}", text.Replace("\r\n", "\n", StringComparison.Ordinal)) { Origin = $"line {lineNumber} of {path}" });
                        i++;
                    }
                }
                var references = new List<IReadOnlyList<string>>();
                if (root.TryGetProperty("summary", out var summary))
                {
                    if (summary.ValueKind == JsonValueKind.String) references.Add(SplitSentences(summary.GetString() ?? ""));
                    else if (summary.ValueKind == JsonValueKind.Array)
                        foreach (var s in summary.EnumerateArray())
                            if (s.ValueKind == JsonValueKind.String) references.Add(SplitSentences(s.GetString() ?? ""));
                }
                if (references.Count == 0) throw new RoundupInputException($"Line {lineNumber} of {path} has no reference \"summary\".");
                var cluster = new Cluster(id, articles) { Reference = string.Join(" ", references[0]) };
                yield return new SummaryEvaluationCase(id, cluster, references);
            }
        }
    }

    private static string? ReadId(JsonElement root)
    {
        foreach (var name in (string[])["idx", "id"])
        {
            if (!root.TryGetProperty(name, out var v)) continue;
            if (v.ValueKind == JsonValueKind.String) return v.GetString();
            if (v.ValueKind == JsonValueKind.Number) return v.GetRawText();
        }
        return null;
    }

    private static IEnumerable<SummaryEvaluationCase> LoadFolder(string path)
    {
        var topics = Directory.GetDirectories(path).Order(StringComparer.Ordinal).ToList();
        if (topics.Count == 0) throw new RoundupInputException($"{path} has no topic folders (expected TOPIC/docs/* and TOPIC/refs/*).");
        foreach (var topic in topics)
        {
            string id = Path.GetFileName(topic);
            var docsDir = Path.Combine(topic, "docs");
            var refsDir = Path.Combine(topic, "refs");
            if (!Directory.Exists(docsDir) || !Directory.Exists(refsDir))
                throw new RoundupInputException($"Topic folder {topic} needs a docs/ and a refs/ folder.");
            var articles = Directory.GetFiles(docsDir).Order(StringComparer.Ordinal)
                .Select(f => PlainTextReader.Read($"{id}/{Path.GetFileName(f)}", TextDecoder.ReadFile(f)))
                .ToList();
            var references = Directory.GetFiles(refsDir).Order(StringComparer.Ordinal)
                .Select(f => SplitSentences(TextDecoder.ReadFile(f)))
                .ToList();
            if (references.Count == 0) throw new RoundupInputException($"Topic folder {topic} has no reference summary in refs/.");
            var cluster = new Cluster(id, articles) { Reference = string.Join(" ", references[0]) };
            yield return new SummaryEvaluationCase(id, cluster, references);
        }
    }
}
