using System.Text;
using Roundup.Model;

namespace Roundup.Reading;

/// <summary>
/// Turns what the user named on the command line into clusters. Plain files, pages, feeds, article lines and
/// folders of them together make one cluster; a cluster batch (JSON lines of clusters) makes one cluster per line,
/// streamed lazily; "-" or no path reads standard input. Each file's format is detected by extension and content
/// unless <see cref="InputOptions.Format"/> forces one. Bad input raises <see cref="RoundupInputException"/> with a
/// one-line message: paths are checked before this method returns, contents while the clusters are enumerated.
/// </summary>
public static class InputLoader
{
    private static readonly HashSet<string> BinaryExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar",
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".ico", ".mp3", ".mp4", ".wav", ".avi", ".mov", ".exe",
        ".dll", ".so", ".bin", ".epub", ".parquet", ".arrow", ".sqlite", ".db",
    };

    /// <summary>Reads clusters from <paramref name="paths"/> with default options; "-" means <paramref name="stdin"/>.</summary>
    public static IEnumerable<Cluster> Load(IReadOnlyList<string> paths, TextReader stdin) => Load(paths, stdin, InputOptions.Default);

    /// <summary>Reads clusters from <paramref name="paths"/>; "-" (or no path) means <paramref name="stdin"/>.</summary>
    public static IEnumerable<Cluster> Load(IReadOnlyList<string> paths, TextReader stdin, InputOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(options);
        var inputs = paths.Count == 0 ? ["-"] : paths;
        foreach (var p in inputs)
        {
            if (p == "-") continue;
            if (string.IsNullOrWhiteSpace(p)) throw new RoundupInputException("An empty path was given.");
            if (!File.Exists(p) && !Directory.Exists(p)) throw new RoundupInputException($"No such file or folder: {p}");
        }
        return LoadCore(inputs, stdin, options);
    }

    /// <summary>All articles of the input, cluster by cluster (for commands that regroup articles themselves).</summary>
    public static IEnumerable<Article> LoadArticles(IReadOnlyList<string> paths, TextReader stdin, InputOptions options)
        => Load(paths, stdin, options).SelectMany(c => c.Articles);

    /// <summary>The format <paramref name="path"/> would be read as (after sniffing its content when needed).</summary>
    public static InputFormat DetectFormat(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (BinaryExtensions.Contains(ext))
            throw new RoundupInputException($"{path}: {ext} files are not supported; give text (.txt, .md), HTML (.html), feeds (.xml, .rss, .atom) or JSON lines (.jsonl).");
        switch (ext)
        {
            case ".jsonl" or ".ndjson" or ".json":
                return SniffJsonLines(path);
            case ".html" or ".htm" or ".xhtml" or ".shtml":
                return InputFormat.Html;
            case ".rss" or ".atom":
                return InputFormat.Feed;
            case ".sgml" or ".sgm":
                return InputFormat.Sgml;
        }
        var head = ReadHead(path, 4096);
        var trimmed = head.AsSpan().TrimStart();
        if (ext == ".xml") return FeedArticleReader.Looks(head) ? InputFormat.Feed : HtmlArticleReader.Looks(head) ? InputFormat.Html : InputFormat.Feed;
        if (trimmed.StartsWith("{", StringComparison.Ordinal) && ext is not (".txt" or ".md" or ".text" or ".markdown")) return SniffJsonLines(path);
        if (SgmlNewsReader.Looks(head)) return InputFormat.Sgml;
        if (FeedArticleReader.Looks(head) && trimmed.StartsWith("<?xml", StringComparison.Ordinal)) return InputFormat.Feed;
        if (HtmlArticleReader.Looks(head)) return InputFormat.Html;
        if (FeedArticleReader.Looks(head)) return InputFormat.Feed;
        return MultiNewsFormat.Looks(head) ? InputFormat.MultiNews : InputFormat.Text;
    }

    private static IEnumerable<Cluster> LoadCore(IReadOnlyList<string> inputs, TextReader stdin, InputOptions options)
    {
        var pending = new List<Article>();
        var skipped = new List<string>();
        int yielded = 0;
        string? singleName = inputs.Count == 1 ? inputs[0] : null;
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                foreach (var c in ReadStdin(stdin, options, pending)) { yielded++; yield return Finish(c, options); }
                continue;
            }
            if (Directory.Exists(input))
            {
                var all = Directory.EnumerateFiles(input).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
                // Pictures, PDFs and archives saved next to the articles are skipped with a warning, not fatal.
                var files = all.Where(f => !BinaryExtensions.Contains(Path.GetExtension(f))).ToList();
                skipped.AddRange(all.Except(files).Select(Path.GetFileName)!);
                if (files.Count == 0) throw new RoundupInputException($"The folder {input} has no text, HTML, feed or JSON-lines files to read.");
                foreach (var f in files)
                    foreach (var c in ReadFile(f, options, pending)) { yielded++; yield return Finish(c, options); }
                continue;
            }
            foreach (var c in ReadFile(input, options, pending)) { yielded++; yield return Finish(c, options); }
        }
        if (pending.Count > 0)
        {
            if (pending.TrueForAll(a => string.IsNullOrWhiteSpace(a.RawText)))
                throw new RoundupInputException("The input is empty: no article has any text.");
            var cluster = new Cluster(ClusterName(singleName), pending);
            if (skipped.Count > 0) cluster.Warnings.Add($"skipped {skipped.Count} file(s) that are not text: {string.Join(", ", skipped.Take(5))}{(skipped.Count > 5 ? ", …" : "")}.");
            yield return Finish(cluster, options);
        }
        else if (yielded == 0)
        {
            throw new RoundupInputException("The input is empty: no article has any text.");
        }
    }

    private static string ClusterName(string? single)
    {
        if (single is null or "-") return "input";
        var name = Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(single));
        return string.IsNullOrEmpty(name) ? "input" : name;
    }

    /// <summary>Reads one file: a cluster batch is returned as a lazy stream; other formats add to <paramref name="pending"/>.</summary>
    private static IEnumerable<Cluster> ReadFile(string path, InputOptions options, List<Article> pending)
    {
        var name = Path.GetFileName(path);
        long length = FileLength(path);
        if (length > options.MaxFileBytes && options.Format != InputFormat.Batch && !(options.Format == InputFormat.Auto && IsBatch(path)))
            throw TooBig(path, length, options.MaxFileBytes);
        var format = options.Format == InputFormat.Auto ? DetectFormat(path) : options.Format;
        if (format is InputFormat.Text or InputFormat.MultiNews && options.Format != InputFormat.Auto)
            RefuseJsonLinesAsText(path, format);
        switch (format)
        {
            case InputFormat.Batch:
                return StreamBatch(path, options);
            case InputFormat.Articles:
                using (var s = OpenRead(path, options.MaxFileBytes)) pending.AddRange(JsonLinesReader.ReadArticles(s, name));
                return [];
            case InputFormat.Html:
                pending.Add(HtmlArticleReader.Read(name, TextDecoder.ReadFile(path, options.MaxFileBytes), path));
                return [];
            case InputFormat.Feed:
                pending.AddRange(FeedArticleReader.Read(name, TextDecoder.ReadFile(path, options.MaxFileBytes)));
                return [];
            case InputFormat.MultiNews:
                AddMultiNews(name, TextDecoder.ReadFile(path, options.MaxFileBytes), pending);
                return [];
            case InputFormat.Sgml:
                pending.AddRange(SgmlNewsReader.Read(name, TextDecoder.ReadFile(path, options.MaxFileBytes)));
                return [];
            default:
                pending.Add(PlainTextReader.Read(name, TextDecoder.ReadFile(path, options.MaxFileBytes)));
                return [];
        }
    }

    private static void AddMultiNews(string name, string text, List<Article> pending)
    {
        var docs = MultiNewsFormat.Split(text);
        for (int i = 0; i < docs.Count; i++)
        {
            var a = PlainTextReader.Read(docs.Count == 1 ? name : $"{name}/{i}", docs[i]);
            a.Origin = name;
            pending.Add(a);
        }
    }

    private static IEnumerable<Cluster> StreamBatch(string path, InputOptions options)
    {
        var name = Path.GetFileName(path);
        using var stream = OpenRead(path, long.MaxValue);
        long total = stream.Length;
        int count = 0;
        var progress = options.Progress;
        foreach (var c in JsonLinesReader.ReadClusters(stream, name, progress is null ? null : bytes => progress(new InputProgress(name, bytes, total, count + 1))))
        {
            count++;
            yield return c;
        }
        if (count == 0) throw new RoundupInputException($"{path} is empty: no cluster lines.");
    }

    private static IEnumerable<Cluster> ReadStdin(TextReader stdin, InputOptions options, List<Article> pending)
    {
        // Skip leading blank lines, then decide the format from the first line without reading everything:
        // a cluster batch on standard input is streamed like a file.
        string? first;
        while ((first = stdin.ReadLine()) is not null && string.IsNullOrWhiteSpace(first)) { }
        if (first is null) throw new RoundupInputException("The input is empty: nothing on standard input.");
        var format = options.Format;
        if (format == InputFormat.Auto && first.TrimStart().StartsWith('{'))
        {
            format = JsonLinesReader.Sniff(Encoding.UTF8.GetBytes(first)) switch
            {
                JsonLinesKind.Clusters => InputFormat.Batch,
                JsonLinesKind.Articles => InputFormat.Articles,
                _ => throw new RoundupInputException("Standard input holds JSON lines with neither \"documents\" (a cluster batch) nor \"text\" (articles) in the first line."),
            };
        }
        if (format == InputFormat.Batch) return StreamStdinBatch(first, stdin, options.Progress);
        var text = first + "\n" + ReadLimited(stdin, options.MaxFileBytes);
        if (TextDecoder.LooksBinary(text)) throw new RoundupInputException("Standard input looks like a binary file, not text.");
        if (format == InputFormat.Auto)
            format = SgmlNewsReader.Looks(text) ? InputFormat.Sgml : HtmlArticleReader.Looks(text) ? InputFormat.Html : FeedArticleReader.Looks(text) ? InputFormat.Feed : MultiNewsFormat.Looks(text) ? InputFormat.MultiNews : InputFormat.Text;
        switch (format)
        {
            case InputFormat.Articles: pending.AddRange(JsonLinesReader.ReadArticles(new StringReader(text), "stdin")); break;
            case InputFormat.Html: pending.Add(HtmlArticleReader.Read("stdin", text, "stdin")); break;
            case InputFormat.Feed: pending.AddRange(FeedArticleReader.Read("stdin", text)); break;
            case InputFormat.Sgml: pending.AddRange(SgmlNewsReader.Read("stdin", text)); break;
            case InputFormat.MultiNews: AddMultiNews("stdin", text, pending); break;
            default: pending.Add(PlainTextReader.Read("stdin", TextDecoder.RepairMojibake(text))); break;
        }
        return [];
    }

    private static IEnumerable<Cluster> StreamStdinBatch(string first, TextReader stdin, Action<InputProgress>? progress)
    {
        var head = JsonLinesReader.ParseCluster(Encoding.UTF8.GetBytes(first), "stdin", 1);
        long before = first.Length + 1;
        int count = 1;
        progress?.Invoke(new InputProgress("stdin", before, -1, count));
        yield return head;
        foreach (var c in JsonLinesReader.ReadClusters(stdin, "stdin", 1, progress is null ? null : chars => progress(new InputProgress("stdin", before + chars, -1, ++count))))
            yield return c;
    }

    private static string ReadLimited(TextReader reader, long maxBytes)
    {
        var sb = new StringBuilder();
        var buffer = new char[1 << 16];
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            sb.Append(buffer, 0, n);
            if (sb.Length > maxBytes)
                throw new RoundupInputException($"Standard input is over the limit of {maxBytes / (1024 * 1024)} MB for one article source (only JSON-lines cluster batches are streamed without limit).");
        }
        return sb.ToString();
    }

    private static RoundupInputException TooBig(string path, long length, long maxBytes)
        => new($"{path} is {(length + (1 << 20) - 1) >> 20} MB; the limit for one file is {maxBytes >> 20} MB (only JSON-lines cluster batches are streamed without limit). Split the file.");

    private static long FileLength(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new RoundupInputException($"Cannot read {path}: {e.Message}", e); }
    }

    /// <summary>Whether a file is a JSON-lines cluster batch by its content (used to let large batches through).</summary>
    private static bool IsBatch(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".jsonl" or ".ndjson" or ".json") && !ReadHead(path, 64).AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal)) return false;
        try { return SniffJsonLines(path) == InputFormat.Batch; }
        catch (RoundupInputException) { return false; }
    }

    private static FileStream OpenRead(string path, long maxBytes)
    {
        try
        {
            var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            if (s.Length > maxBytes)
            {
                long length = s.Length;
                s.Dispose();
                throw TooBig(path, length, maxBytes);
            }
            return s;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RoundupInputException($"Cannot read {path}: {e.Message}", e);
        }
    }

    private static string ReadHead(string path, int bytes)
    {
        using var s = OpenRead(path, long.MaxValue);
        var buffer = new byte[Math.Min(bytes, (int)Math.Min(int.MaxValue, s.Length))];
        int n = s.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var head = buffer.AsSpan(0, n);
        if (head.IndexOf((byte)0) >= 0 && !(n >= 2 && (head[0] == 0xFF || head[0] == 0xFE)))
            throw new RoundupInputException($"{path} looks like a binary file, not text.");
        // A multi-byte character may be cut at the end of the head; sniffing tolerates a replacement character.
        return n >= 2 && head[0] == 0xFF && head[1] == 0xFE ? Encoding.Unicode.GetString(head[2..])
            : n >= 2 && head[0] == 0xFE && head[1] == 0xFF ? Encoding.BigEndianUnicode.GetString(head[2..])
            : Encoding.UTF8.GetString(head);
    }

    /// <summary>
    /// A JSON-lines file forced to be read as text would become one garbled article; the user almost certainly meant
    /// the batch or article-lines reader, so this says which.
    /// </summary>
    private static void RefuseJsonLinesAsText(string path, InputFormat forced)
    {
        if (!ReadHead(path, 4096).AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal)) return;
        var kind = FirstLineKind(path);
        if (kind is null or JsonLinesKind.Unknown) return;
        string name = forced == InputFormat.MultiNews ? "multinews (the Multi-News text form, documents separated by |||||)" : "text";
        string want = kind == JsonLinesKind.Clusters ? "batch" : "articles";
        throw new RoundupInputException($"{path} is JSON lines ({(kind == JsonLinesKind.Clusters ? "one cluster of documents a line" : "one article a line")}), not {name}: use --input-format {want}, or leave --input-format out to detect it.");
    }

    private static InputFormat SniffJsonLines(string path) => FirstLineKind(path) switch
    {
        JsonLinesKind.Clusters => InputFormat.Batch,
        JsonLinesKind.Articles => InputFormat.Articles,
        null => throw new RoundupInputException($"{path} is empty."),
        _ => throw new RoundupInputException($"{path}: the first line has neither \"documents\" (a cluster batch) nor \"text\" (one article a line); use --input-format to force a format."),
    };

    /// <summary>What the first non-blank line of a JSON-lines file holds; null when the file has none.</summary>
    private static JsonLinesKind? FirstLineKind(string path)
    {
        using var s = OpenRead(path, long.MaxValue);
        using var lines = Utf8LineReader.Open(s);
        while (lines.TryReadLine(out var line))
        {
            var span = line.Span.Trim(" \t"u8);
            if (span.IsEmpty) continue;
            if (span[0] == (byte)'[')
                throw new RoundupInputException($"{path} is a JSON array; Roundup reads JSON lines (one object a line): convert it, e.g. with `jq -c '.[]'`.");
            return JsonLinesReader.Sniff(span);
        }
        return null;
    }

    /// <summary>Sets each article's language and adds warnings for empty and non-English articles.</summary>
    private static Cluster Finish(Cluster cluster, InputOptions options)
    {
        foreach (var a in cluster.Articles)
        {
            if (string.IsNullOrWhiteSpace(a.RawText))
            {
                cluster.Warnings.Add($"article {a.Id} is empty.");
                continue;
            }
            if (!options.DetectLanguage) continue;
            var detected = LanguageIdentifier.Identify(a.RawText);
            a.Language ??= detected;
            if (detected is not null and not "en")
                cluster.Warnings.Add($"article {a.Id} looks {LanguageIdentifier.Name(detected)} ({detected}), not English; Roundup is tuned for English and its summary may be poor.");
        }
        return cluster;
    }
}
