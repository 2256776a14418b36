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
public static partial class InputLoader
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
        if (options.Charset is { } charset && TextDecoder.ResolveCharset(charset) is null)
            throw new RoundupInputException($"Unknown charset '{charset}': give a label such as utf-8, windows-1251, iso-8859-2, koi8-r or shift_jis.");
        var inputs = paths.Count == 0 ? ["-"] : paths;
        foreach (var p in inputs)
        {
            if (p == "-") continue;
            if (string.IsNullOrWhiteSpace(p)) throw new RoundupInputException("An empty path was given.");
            if (!File.Exists(p) && !Directory.Exists(p) && !Web.WebReader.IsUrl(p)) throw new RoundupInputException($"No such file or folder: {p}");
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
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in LoadClusters(inputs, stdin, options))
        {
            // Clusters of a batch are keyed by id in the output: a repeated id gets a suffix and a warning.
            if (ids.TryGetValue(c.Id, out int seen))
            {
                var original = c.Id;
                string id;
                do id = $"{original}#{++seen}"; while (ids.ContainsKey(id));
                ids[original] = seen;
                ids[id] = 1;
                c.Id = id;
                c.Warnings.Add($"the cluster id '{original}' was used before; this cluster is '{id}'.");
            }
            else ids[c.Id] = 1;
            yield return c;
        }
    }

    private static IEnumerable<Cluster> LoadClusters(IReadOnlyList<string> inputs, TextReader stdin, InputOptions options)
    {
        var pending = new List<Article>();
        var skipped = new List<string>();
        var notes = new List<string>();
        int yielded = 0;
        string? singleName = inputs.Count == 1 ? inputs[0] : null;
        var webFailures = new List<string>();
        var web = ReadUrls(inputs, options, webFailures);
        foreach (var input in inputs)
        {
            if (web.TryGetValue(input, out var fetched)) { pending.AddRange(fetched); continue; }
            if (input == "-")
            {
                foreach (var c in ReadStdin(stdin, options, pending)) { yielded++; yield return Finish(c, options); }
                continue;
            }
            if (Directory.Exists(input))
            {
                var files = FolderFiles(input, skipped, notes);
                if (files.Count == 0) throw new RoundupInputException($"The folder {input} has no text, HTML, feed or JSON-lines files to read{(notes.Count > 0 ? $" ({notes[^1]})" : "")}.");
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
            cluster.Warnings.AddRange(webFailures);
            if (skipped.Count > 0) cluster.Warnings.Add($"skipped {skipped.Count} file(s) that are not text: {string.Join(", ", skipped.Take(5))}{(skipped.Count > 5 ? ", …" : "")}.");
            cluster.Warnings.AddRange(notes);
            yield return Finish(cluster, options);
        }
        else if (yielded == 0)
        {
            throw new RoundupInputException("The input is empty: no article has any text.");
        }
    }

    /// <summary>
    /// The files of a folder to read, in name order. Hidden files are left out; pictures, PDFs and archives are
    /// skipped into <paramref name="skipped"/>; subfolders (one level is read), entries that cannot be read (a
    /// dangling symbolic link, a link loop, no permission) and entries of size zero (empty files, named pipes,
    /// devices: reading a pipe in a folder could wait forever) are skipped with a warning in <paramref name="notes"/>.
    /// </summary>
    private static List<string> FolderFiles(string folder, List<string> skipped, List<string> notes)
    {
        List<string> all, subfolders;
        try
        {
            all = [.. Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)];
            subfolders = [.. Directory.EnumerateDirectories(folder).Select(d => Path.GetFileName(d) ?? d).Where(d => !d.StartsWith('.')).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RoundupInputException($"Cannot read the folder {folder}: {e.Message}", e);
        }
        var files = new List<string>();
        var unreadable = new List<string>();
        var empty = new List<string>();
        foreach (var f in all)
        {
            var name = Path.GetFileName(f) ?? f;
            if (BinaryExtensions.Contains(Path.GetExtension(f))) { skipped.Add(name); continue; }
            try
            {
                var info = new FileInfo(f);
                if (info.LinkTarget is not null) info = (FileInfo?)info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
                if (!info.Exists) { unreadable.Add(name); continue; }
                if (info.Length == 0) { empty.Add(name); continue; }
                files.Add(f);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable.Add(name);
            }
        }
        static string List(List<string> names) => string.Join(", ", names.Take(5)) + (names.Count > 5 ? ", …" : "");
        if (subfolders.Count > 0) notes.Add($"skipped {subfolders.Count} subfolder(s) of {folder} (one folder level is read; name a subfolder to read it): {List(subfolders)}.");
        if (unreadable.Count > 0) notes.Add($"skipped {unreadable.Count} entr{(unreadable.Count == 1 ? "y" : "ies")} of {folder} that cannot be read (a dangling or looping link, or no permission): {List(unreadable)}.");
        if (empty.Count > 0) notes.Add($"skipped {empty.Count} empty entr{(empty.Count == 1 ? "y" : "ies")} of {folder} (empty files, pipes or devices): {List(empty)}.");
        return files;
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
        if (OpenIfStream(path) is { } pipe) return ReadPipe(path, pipe, options, pending);
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
                using (var s = OpenRead(path, options.MaxFileBytes)) pending.AddRange(JsonLinesReader.ReadArticles(s, name, options.MaxLineBytes, options.BadLineHandler));
                return [];
            case InputFormat.Html:
                pending.Add(HtmlArticleReader.Read(name, TextDecoder.ReadFile(path, options.MaxFileBytes, options.Charset), path));
                return [];
            case InputFormat.Feed:
                pending.AddRange(FeedArticleReader.Read(name, TextDecoder.ReadFile(path, options.MaxFileBytes, options.Charset)));
                return [];
            case InputFormat.MultiNews:
                AddMultiNews(name, TextDecoder.ReadFile(path, options.MaxFileBytes, options.Charset), pending);
                return [];
            case InputFormat.Sgml:
                pending.AddRange(SgmlNewsReader.Read(name, TextDecoder.ReadFile(path, options.MaxFileBytes, options.Charset)));
                return [];
            default:
                pending.Add(PlainTextReader.Read(name, TextDecoder.ReadFile(path, options.MaxFileBytes, options.Charset)));
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
        foreach (var c in JsonLinesReader.ReadClusters(stream, name, progress is null ? null : bytes => progress(new InputProgress(name, bytes, total, count + 1)),
                     options.MaxLineBytes, options.BadLineHandler))
        {
            count++;
            yield return c;
        }
        if (count == 0) throw new RoundupInputException($"{path} has no cluster lines{(options.OnError == InputErrorPolicy.Skip ? " that could be read" : "")}.");
    }

    /// <summary>
    /// Opens <paramref name="path"/> when it is not a plain file: a named pipe, <c>/dev/stdin</c>, a process
    /// substitution (<c>&lt;(…)</c>) or a device. Such a stream can be read once, in order, and has no length, so it is
    /// read like standard input. Null for a regular file.
    /// </summary>
    private static FileStream? OpenIfStream(string path)
    {
        FileStream s;
        try { s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new RoundupInputException($"Cannot read {path}: {e.Message}", e); }
        try
        {
            if (!s.CanSeek) return s;
            // A device such as /dev/zero says it is empty but never ends: read it as a stream, with the limits of one.
            if (s.Length == 0 && s.ReadByte() >= 0) { s.Position = 0; return s; }
        }
        catch (IOException)
        {
            // Seeking failed after all: a stream.
            return s;
        }
        s.Dispose();
        return null;
    }

    private static IEnumerable<Cluster> ReadPipe(string path, FileStream stream, InputOptions options, List<Article> pending)
    {
        using (stream)
        using (var reader = new StreamInputReader(stream))
            foreach (var c in ReadStdin(reader, path, options, pending)) yield return c;
    }

    private static IEnumerable<Cluster> ReadStdin(TextReader stdin, InputOptions options, List<Article> pending) => ReadStdin(stdin, null, options, pending);

    /// <summary>Reads a stream that can be read only once: standard input (<paramref name="path"/> null) or a pipe named as a path.</summary>
    private static IEnumerable<Cluster> ReadStdin(TextReader stdin, string? path, InputOptions options, List<Article> pending)
    {
        string label = path ?? "standard input", name = path is null ? "stdin" : Path.GetFileName(path);
        stdin = DecodeWhole(stdin, label, options);
        // Skip leading blank lines, then decide the format from the first line without reading everything:
        // a cluster batch on standard input is streamed like a file. No line is read without a limit.
        var lines = new BoundedLineReader(stdin, Math.Max(options.MaxFileBytes, options.MaxLineBytes)) { StopAtNul = true };
        string? first;
        while ((first = lines.ReadLine()) is not null && !lines.LastLineTooLong && string.IsNullOrWhiteSpace(first)) { }
        if (first is null) throw new RoundupInputException($"The input is empty: nothing on {label}.");
        if (lines.LastLineTooLong) throw OverLimit(label, options.MaxFileBytes);
        if (first.Contains('\0', StringComparison.Ordinal)) throw new RoundupInputException($"{Capital(label)} looks like a binary file, not text.");
        var format = options.Format;
        if (format == InputFormat.Auto && first.TrimStart().StartsWith('{'))
        {
            format = JsonLinesReader.Sniff(Encoding.UTF8.GetBytes(first)) switch
            {
                JsonLinesKind.Clusters => InputFormat.Batch,
                JsonLinesKind.Articles => InputFormat.Articles,
                _ => throw new RoundupInputException($"{Capital(label)} holds JSON lines with neither \"documents\" (a cluster batch) nor \"text\" (articles) in the first line."),
            };
        }
        lines.MaxLineChars = options.MaxLineBytes;
        lines.StopAtNul = false;
        if (format == InputFormat.Batch) return StreamStdinBatch(first, lines, name, options);
        var text = first + "\n" + (lines.ReadToEnd(options.MaxFileBytes - first.Length) ?? throw OverLimit(label, options.MaxFileBytes));
        if (TextDecoder.LooksBinary(text)) throw new RoundupInputException($"{Capital(label)} looks like a binary file, not text.");
        if (format == InputFormat.Auto)
            format = SgmlNewsReader.Looks(text) ? InputFormat.Sgml : HtmlArticleReader.Looks(text) ? InputFormat.Html : FeedArticleReader.Looks(text) ? InputFormat.Feed : MultiNewsFormat.Looks(text) ? InputFormat.MultiNews : InputFormat.Text;
        switch (format)
        {
            case InputFormat.Articles: pending.AddRange(JsonLinesReader.ReadArticles(new StringReader(text), name, options.MaxLineBytes, options.BadLineHandler)); break;
            case InputFormat.Html: pending.Add(HtmlArticleReader.Read(name, text, label)); break;
            case InputFormat.Feed: pending.AddRange(FeedArticleReader.Read(name, text)); break;
            case InputFormat.Sgml: pending.AddRange(SgmlNewsReader.Read(name, text)); break;
            case InputFormat.MultiNews: AddMultiNews(name, text, pending); break;
            default: pending.Add(PlainTextReader.Read(name, TextDecoder.RepairMojibake(text))); break;
        }
        return [];
    }

    /// <summary>
    /// Standard input or a pipe given as bytes (<see cref="StreamInputReader"/>) that is not JSON lines: all of it,
    /// decoded as a file is (byte-order mark, <see cref="InputOptions.Charset"/>, the page's declaration, detection).
    /// JSON lines, and a reader already read as text, stay as they are: read as UTF-8 text, a batch streamed.
    /// </summary>
    private static TextReader DecodeWhole(TextReader stdin, string label, InputOptions options)
    {
        if (stdin is not StreamInputReader raw || raw.TextStarted || options.Format is InputFormat.Batch or InputFormat.Articles) return stdin;
        // Binary input (a NUL byte where UTF-16 cannot explain it) is refused here, before anything else is read.
        var head = TextDecoder.DecodeHead(raw.PeekBytes(4096), Capital(label));
        if (options.Format == InputFormat.Auto && head.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal)) return stdin;
        var bytes = raw.ReadAllBytes(options.MaxFileBytes) ?? throw OverLimit(label, options.MaxFileBytes);
        return new StringReader(TextDecoder.DecodeText(bytes, Capital(label), options.Charset).Text);
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static RoundupInputException OverLimit(string label, long maxBytes)
        => new($"{Capital(label)} is over the limit of {maxBytes / (1024 * 1024)} MB for one article source (only JSON-lines cluster batches are streamed without limit).");

    private static IEnumerable<Cluster> StreamStdinBatch(string first, BoundedLineReader lines, string name, InputOptions options)
    {
        var progress = options.Progress;
        var onBad = options.BadLineHandler;
        int count = 0;
        Cluster? head;
        if (first.Length > options.MaxLineBytes)
        {
            var e = JsonLinesReader.TooLong(name, lines.LineNumber, first.Length, options.MaxLineBytes);
            head = onBad is not null && onBad(e) ? null : throw e;
        }
        else
        {
            try { head = JsonLinesReader.ParseCluster(Encoding.UTF8.GetBytes(first), name, lines.LineNumber); }
            catch (RoundupInputException e) when (onBad is not null && onBad(e)) { head = null; }
        }
        if (head is not null)
        {
            count++;
            progress?.Invoke(new InputProgress(name, lines.CharsRead, -1, count));
            yield return head;
        }
        foreach (var c in JsonLinesReader.ReadClusters(lines, name, progress is null ? null : chars => progress(new InputProgress(name, chars, -1, count + 1)), options.MaxLineBytes, onBad))
        {
            count++;
            yield return c;
        }
        if (count == 0) throw new RoundupInputException($"{name} has no cluster lines that could be read.");
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
        // BOM-less UTF-16 is told from binary by the decoder. A multi-byte character may be cut at the end of the head;
        // sniffing tolerates a replacement character.
        return TextDecoder.DecodeHead(buffer.AsSpan(0, n), path);
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

    /// <summary>
    /// Gives every article of a cluster its own id: files with the same name in different folders, a file named
    /// twice and repeated ids in a batch line would otherwise be indistinguishable in the output's sources. The first
    /// keeps its id, the others get "#2", "#3", …, and a warning says so.
    /// </summary>
    private static void MakeIdsUnique(Cluster cluster)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in cluster.Articles) seen[a.Id] = seen.GetValueOrDefault(a.Id) + 1;
        if (seen.Count == cluster.Articles.Count) return;
        var taken = new HashSet<string>(seen.Keys, StringComparer.Ordinal);
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in cluster.Articles)
        {
            if (seen[a.Id] == 1 || firstSeen.Add(a.Id)) continue;
            var original = a.Id;
            int k = next.GetValueOrDefault(original, 1);
            string id;
            do id = $"{original}#{++k}"; while (!taken.Add(id));
            next[original] = k;
            a.Id = id;
        }
        foreach (var (id, n) in seen)
            if (n > 1) cluster.Warnings.Add($"{n} articles have the id '{id}' (same file name in different folders, a file named twice, or a repeated id); they are told apart as '{id}', '{id}#2'{(n > 2 ? ", …" : "")}.");
    }

    /// <summary>Sets each article's language and adds warnings for empty and non-English articles.</summary>
    private static Cluster Finish(Cluster cluster, InputOptions options)
    {
        MakeIdsUnique(cluster);
        foreach (var a in cluster.Articles)
        {
            if (string.IsNullOrWhiteSpace(a.RawText))
            {
                cluster.Warnings.Add($"article {a.Id} is empty.");
                continue;
            }
            if (TextDecoder.DescribeMojibake(a.RawText) is { } garbled) cluster.Warnings.Add($"article {a.Id} may be garbled: {garbled}.");
            if (options.Language is { } declared) { a.Language = declared; continue; }
            if (!options.DetectLanguage) continue;
            var detected = LanguageIdentifier.Identify(a.RawText);
            a.Language ??= detected;
            if (detected is not null and not "en")
                cluster.Warnings.Add($"article {a.Id} looks {LanguageIdentifier.Name(detected)} ({detected}), not English; Roundup is tuned for English and its summary may be poor.");
        }
        return cluster;
    }
}
