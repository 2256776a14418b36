using Roundup.Model;
using Roundup.Reading;
using Roundup.Lexicon;

namespace Roundup.Evaluation;

/// <summary>One item of a summarization test set: a cluster of articles and its reference summaries.</summary>
/// <param name="Id">Item id (Multi-News <c>idx</c>, or the topic folder name).</param>
/// <param name="Cluster">The articles to summarize.</param>
/// <param name="References">Reference summaries, each as its sentences (one ROUGE line each).</param>
public sealed record SummaryEvaluationCase(string Id, Cluster Cluster, IReadOnlyList<IReadOnlyList<string>> References);

/// <summary>
/// Reads summarization test sets. Two layouts:
/// <list type="bullet">
/// <item>Multi-News JSON lines: one cluster a line, <c>{"idx": 0, "documents": ["…", …], "summary": "…"}</c>,
/// read with <see cref="JsonLinesReader"/> (so every batch form it accepts works; the summary is the one
/// reference, or a <c>"references": ["…", …]</c> array gives several, as in DUC 2006).</item>
/// <item>A DUC-style folder: one sub-folder per topic, <c>TOPIC/docs/*</c> holding one article a file and
/// <c>TOPIC/refs/*</c> one reference summary a file (documents in plain text or TREC/SGML; several references are combined as ROUGE's
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

    // Abbreviations after which a capitalized word does not start a sentence. Titles ("Mr.", "Dr.", "Rep.") are
    // deliberately absent: the splitting behind the official Multi-News ROUGE cases breaks after them.
    private static readonly System.Collections.Frozen.FrozenSet<string> Abbreviations = LanguageLexicon.English.Words("abbreviations-rouge-reference");

    /// <summary>
    /// Splits a reference summary into sentences (one ROUGE line each), reproducing the punkt-style splitting
    /// used for the official Multi-News ROUGE cases (identical on 246 of their 250 references): at line breaks,
    /// and after '.', '!' or '?' (plus at most one closing quote, never a closing bracket) when whitespace
    /// follows and the next word, after opening quotes or brackets, starts with a capital letter; not after the
    /// abbreviations above ("Oct.", "No.", "U.S."). Only ROUGE-L depends on sentence boundaries.
    /// </summary>
    public static IReadOnlyList<string> SplitSentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<string>();
        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            int start = 0;
            for (int i = 0; i < line.Length; i++)
            {
                if (line[i] is not ('.' or '!' or '?')) continue;
                int j = i + 1;
                while (j < line.Length && line[j] is '.' or '!' or '?') j++;
                int closers = 0;
                while (j < line.Length && line[j] is '"' or '\'' or '”' or '’' or ')' or ']')
                {
                    j++;
                    closers++;
                }
                if (closers > 1 || (closers == 1 && line[j - 1] is ')' or ']')) continue;
                if (j >= line.Length || !char.IsWhiteSpace(line[j])) continue;
                int k = j;
                while (k < line.Length && char.IsWhiteSpace(line[k])) k++;
                int w = k;
                while (w < line.Length && line[w] is '"' or '\'' or '“' or '‘' or '(' or '[' or '.') w++;
                if (w >= line.Length || !char.IsUpper(line[w])) continue;
                if (line[i] == '.')
                {
                    int b = i;
                    while (b > start && !char.IsWhiteSpace(line[b - 1]) && line[b - 1] is not ('"' or '(' or '“')) b--;
                    if (lookup.Contains(line.AsSpan(b, i - b))) continue;
                }
                result.Add(line[start..j].Trim());
                start = k;
                i = k - 1;
            }
            if (start < line.Length && line[start..].Trim() is { Length: > 0 } rest) result.Add(rest);
        }
        return result;
    }

    private static IEnumerable<SummaryEvaluationCase> LoadJsonLines(string path)
    {
        using var stream = File.OpenRead(path);
        int index = 0;
        foreach (var cluster in JsonLinesReader.ReadClusters(stream, Path.GetFileName(path)))
        {
            index++;
            if (string.IsNullOrWhiteSpace(cluster.Reference))
                throw new RoundupInputException($"{Path.GetFileName(path)}: cluster {cluster.Id} (item {index}) has no reference \"summary\".");
            IReadOnlyList<IReadOnlyList<string>> references = cluster.References.Count > 0
                ? [.. cluster.References.Select(SplitSentences)]
                : [SplitSentences(cluster.Reference)];
            yield return new SummaryEvaluationCase(cluster.Id, cluster, references);
        }
    }

    /// <summary>A topic's document: TREC/SGML news (one or more DOCs) or one plain-text article.</summary>
    private static IReadOnlyList<Article> ReadDocument(string id, string text) =>
        SgmlNewsReader.Looks(text) ? SgmlNewsReader.Read(id, text) : [PlainTextReader.Read(id, text)];

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
                .SelectMany(f => ReadDocument($"{id}/{Path.GetFileName(f)}", TextDecoder.ReadFile(f)))
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
