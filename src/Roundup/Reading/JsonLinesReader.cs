using System.Globalization;
using System.Text;
using System.Text.Json;
using Roundup.Model;

namespace Roundup.Reading;

/// <summary>What a JSON-lines file holds, decided by the keys of its first line.</summary>
public enum JsonLinesKind
{
    /// <summary>Not recognised.</summary>
    Unknown,

    /// <summary>One cluster a line: <c>{id|idx, documents[], summary?}</c>.</summary>
    Clusters,

    /// <summary>One article a line: <c>{id, title, text, source, url, published}</c>.</summary>
    Articles,
}

/// <summary>
/// Reads JSON lines with <see cref="Utf8JsonReader"/> straight from UTF-8 bytes: cluster batches are streamed,
/// one <see cref="Cluster"/> per line, yielded lazily; article lines make one cluster. Documents given as strings
/// are in Multi-News form (see <see cref="MultiNewsFormat"/>); a <c>summary</c> becomes <see cref="Cluster.Reference"/>.
/// </summary>
public static class JsonLinesReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Longest batch or article line read by default: 16 MB (a Multi-News cluster is well under 1 MB).</summary>
    public const long DefaultMaxLineBytes = 16L << 20;

    /// <summary>Streams the clusters of a batch file, one per non-blank line.</summary>
    /// <param name="stream">The bytes (UTF-8, optionally with BOM; UTF-16 with BOM is transcoded).</param>
    /// <param name="name">The input's name, for ids of line-numbered clusters and for messages.</param>
    /// <param name="progress">Called after each cluster with the bytes read so far.</param>
    /// <param name="maxLineBytes">Longest line accepted; a longer one is a bad line (default <see cref="DefaultMaxLineBytes"/>).</param>
    /// <param name="onBadLine">
    /// Called with the error of a bad line (not JSON, not a cluster, too long); return true to skip the line and go
    /// on, false to stop (the error is then thrown). Null: stop at the first bad line.
    /// </param>
    public static IEnumerable<Cluster> ReadClusters(Stream stream, string name, Action<long>? progress = null, long maxLineBytes = DefaultMaxLineBytes,
        Func<RoundupInputException, bool>? onBadLine = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        using var lines = Utf8LineReader.Open(stream, maxLineBytes);
        while (lines.TryReadLine(out var line))
        {
            if (!lines.LastLineTooLong && IsBlank(line.Span)) continue;
            var cluster = lines.LastLineTooLong
                ? Bad(TooLong(name, lines.LineNumber, lines.LastLineBytes, maxLineBytes), onBadLine)
                : TryParse(line.Span, name, lines.LineNumber, onBadLine);
            progress?.Invoke(lines.BytesRead);
            if (cluster is not null) yield return cluster;
        }
    }

    /// <summary>Streams the clusters of a batch read from text (e.g. standard input).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The input's name, for messages.</param>
    /// <param name="linesBefore">Lines already consumed from the reader (line numbers in messages count them).</param>
    /// <param name="progress">Called after each cluster with the characters read so far.</param>
    /// <param name="maxLineBytes">Longest line accepted, in characters here (default <see cref="DefaultMaxLineBytes"/>).</param>
    /// <param name="onBadLine">As for the stream overload.</param>
    public static IEnumerable<Cluster> ReadClusters(TextReader reader, string name, int linesBefore = 0, Action<long>? progress = null,
        long maxLineBytes = DefaultMaxLineBytes, Func<RoundupInputException, bool>? onBadLine = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        return ReadClusters(new BoundedLineReader(reader, maxLineBytes), name, progress, maxLineBytes, onBadLine, linesBefore);
    }

    /// <summary>Streams the clusters of the lines left in <paramref name="lines"/>.</summary>
    internal static IEnumerable<Cluster> ReadClusters(BoundedLineReader lines, string name, Action<long>? progress, long maxLineBytes,
        Func<RoundupInputException, bool>? onBadLine, int linesBefore = 0)
    {
        while (lines.ReadLine() is { } text)
        {
            int n = linesBefore + lines.LineNumber;
            if (!lines.LastLineTooLong && string.IsNullOrWhiteSpace(text)) continue;
            var cluster = lines.LastLineTooLong
                ? Bad(TooLong(name, n, lines.LastLineChars, maxLineBytes), onBadLine)
                : TryParse(Encoding.UTF8.GetBytes(text), name, n, onBadLine);
            progress?.Invoke(lines.CharsRead);
            if (cluster is not null) yield return cluster;
        }
    }

    /// <summary>The error for a line over the length limit.</summary>
    internal static RoundupInputException TooLong(string name, int lineNumber, long length, long max)
        => new($"{name} line {lineNumber}: the line is {Megabytes(length)} MB; the limit for one batch line is {Megabytes(max)} MB (split the cluster).");

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString(bytes < (10L << 20) ? "0.#" : "0", CultureInfo.InvariantCulture);

    private static Cluster? TryParse(ReadOnlySpan<byte> line, string name, int lineNumber, Func<RoundupInputException, bool>? onBadLine)
    {
        try
        {
            return ParseCluster(line, name, lineNumber);
        }
        catch (RoundupInputException e) when (onBadLine is not null)
        {
            return Bad(e, onBadLine);
        }
    }

    private static Cluster? Bad(RoundupInputException e, Func<RoundupInputException, bool>? onBadLine)
        => onBadLine is not null && onBadLine(e) ? null : throw e;

    /// <summary>Reads every line of an article-lines file as one article each.</summary>
    public static List<Article> ReadArticles(Stream stream, string name, long maxLineBytes = DefaultMaxLineBytes, Func<RoundupInputException, bool>? onBadLine = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var articles = new List<Article>();
        using var lines = Utf8LineReader.Open(stream, maxLineBytes);
        while (lines.TryReadLine(out var line))
        {
            if (!lines.LastLineTooLong && IsBlank(line.Span)) continue;
            try
            {
                if (lines.LastLineTooLong) throw TooLong(name, lines.LineNumber, lines.LastLineBytes, maxLineBytes);
                articles.Add(ParseArticle(line.Span, name, lines.LineNumber, $"{Path.GetFileNameWithoutExtension(name)}/{articles.Count}"));
            }
            catch (RoundupInputException e) when (onBadLine is not null && onBadLine(e))
            {
            }
        }
        return articles;
    }

    /// <summary>Reads every line of article-lines text as one article each.</summary>
    public static List<Article> ReadArticles(TextReader reader, string name, long maxLineBytes = DefaultMaxLineBytes, Func<RoundupInputException, bool>? onBadLine = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var articles = new List<Article>();
        var lines = new BoundedLineReader(reader, maxLineBytes);
        while (lines.ReadLine() is { } text)
        {
            if (!lines.LastLineTooLong && string.IsNullOrWhiteSpace(text)) continue;
            try
            {
                if (lines.LastLineTooLong) throw TooLong(name, lines.LineNumber, lines.LastLineChars, maxLineBytes);
                articles.Add(ParseArticle(Encoding.UTF8.GetBytes(text), name, lines.LineNumber, $"{name}/{articles.Count}"));
            }
            catch (RoundupInputException e) when (onBadLine is not null && onBadLine(e))
            {
            }
        }
        return articles;
    }

    /// <summary>Decides what a JSON-lines input holds from its first non-blank line.</summary>
    public static JsonLinesKind Sniff(ReadOnlySpan<byte> firstLine)
    {
        var r = new Utf8JsonReader(firstLine, ReaderOptions);
        try
        {
            if (!r.Read() || r.TokenType != JsonTokenType.StartObject) return JsonLinesKind.Unknown;
            bool text = false;
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                if (r.ValueTextEquals("documents"u8) || r.ValueTextEquals("document"u8) || r.ValueTextEquals("articles"u8)) return JsonLinesKind.Clusters;
                if (r.ValueTextEquals("text"u8) || r.ValueTextEquals("content"u8) || r.ValueTextEquals("body"u8)) text = true;
                r.Read();
                r.Skip();
            }
            return text ? JsonLinesKind.Articles : JsonLinesKind.Unknown;
        }
        catch (JsonException)
        {
            // A first line cut short (sniffing reads a prefix) still tells the kind by the keys seen before the cut.
            return JsonLinesKind.Unknown;
        }
    }

    /// <summary>Parses one batch line into a cluster; <paramref name="lineNumber"/> is 1-based and names it when it has no id.</summary>
    public static Cluster ParseCluster(ReadOnlySpan<byte> json, string name, int lineNumber)
    {
        try
        {
            return ParseClusterCore(json, name, lineNumber);
        }
        catch (ShapeException e)
        {
            throw new RoundupInputException($"{name} line {lineNumber}: {e.Message}.", e);
        }
        catch (JsonException e)
        {
            throw new RoundupInputException($"{name} line {lineNumber}: not valid JSON ({FirstSentence(e.Message)}).", e);
        }
        catch (InvalidOperationException) when (!System.Text.Unicode.Utf8.IsValid(json))
        {
            // Not UTF-8 as JSON requires: read the bytes as Windows-1252, the usual culprit.
            return ParseCluster(Encoding.UTF8.GetBytes(TextDecoder.Utf8WithWindows1252Fallback.GetString(json)), name, lineNumber);
        }
        catch (InvalidOperationException e)
        {
            throw InvalidText(name, lineNumber, e);
        }
    }

    /// <summary>Parses one article line.</summary>
    public static Article ParseArticle(ReadOnlySpan<byte> json, string name, int lineNumber, string fallbackId)
    {
        try
        {
            var r = new Utf8JsonReader(json, ReaderOptions);
            if (!r.Read() || r.TokenType != JsonTokenType.StartObject)
                throw new RoundupInputException($"{name} line {lineNumber}: expected a JSON object for an article.");
            var fields = ReadArticleObject(ref r);
            EndOfLine(ref r);
            if (fields.Text is null)
                throw new RoundupInputException($"{name} line {lineNumber}: the article has no \"text\".");
            return fields.Build(fields.Id ?? fallbackId, $"{name} line {lineNumber}");
        }
        catch (JsonException e)
        {
            throw new RoundupInputException($"{name} line {lineNumber}: not valid JSON ({FirstSentence(e.Message)}).", e);
        }
        catch (InvalidOperationException) when (!System.Text.Unicode.Utf8.IsValid(json))
        {
            return ParseArticle(Encoding.UTF8.GetBytes(TextDecoder.Utf8WithWindows1252Fallback.GetString(json)), name, lineNumber, fallbackId);
        }
        catch (InvalidOperationException e)
        {
            throw InvalidText(name, lineNumber, e);
        }
    }

    /// <summary>A string that JSON allows but text cannot hold (a lone surrogate escape such as \ud800).</summary>
    private static RoundupInputException InvalidText(string name, int lineNumber, Exception e)
        => new($"{name} line {lineNumber}: a string is not valid text (a lone surrogate escape such as \\ud800).", e);

    /// <summary>Requires the end of the input after the top-level object: <c>{…} trailing text</c> is not a JSON line.</summary>
    private static void EndOfLine(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.EndObject) throw new JsonException("the object is not closed");
        if (r.Read()) throw new JsonException($"unexpected {r.TokenType} after the object");
    }

    private static Cluster ParseClusterCore(ReadOnlySpan<byte> json, string name, int lineNumber)
    {
        var r = new Utf8JsonReader(json, ReaderOptions);
        if (!r.Read() || r.TokenType != JsonTokenType.StartObject)
            throw new RoundupInputException($"{name} line {lineNumber}: expected a JSON object {{\"id\", \"documents\": [...]}}.");
        string? id = null, idx = null, summary = null;
        List<ArticleFields>? docs = null;
        List<string>? references = null, docIds = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8)) { r.Read(); id = Scalar(ref r); }
            else if (r.ValueTextEquals("doc_ids"u8))
            {
                r.Read();
                if (r.TokenType != JsonTokenType.StartArray) { r.Skip(); continue; }
                docIds = [];
                while (r.Read() && r.TokenType != JsonTokenType.EndArray) docIds.Add(Scalar(ref r) ?? "");
            }
            else if (r.ValueTextEquals("idx"u8)) { r.Read(); idx = Scalar(ref r); }
            else if (r.ValueTextEquals("documents"u8) || r.ValueTextEquals("document"u8) || r.ValueTextEquals("articles"u8))
            {
                r.Read();
                docs ??= [];
                ReadDocuments(ref r, docs);
            }
            else if (r.ValueTextEquals("summary"u8) || r.ValueTextEquals("reference"u8)) { r.Read(); summary = StringOrLines(ref r); }
            else if (r.ValueTextEquals("references"u8) || r.ValueTextEquals("summaries"u8))
            {
                r.Read();
                if (r.TokenType != JsonTokenType.StartArray) { r.Skip(); continue; }
                references = [];
                while (r.Read() && r.TokenType != JsonTokenType.EndArray)
                    if (StringOrLines(ref r) is { } one && one.Trim().Length > 0) references.Add(one);
            }
            else { r.Read(); r.Skip(); }
        }
        EndOfLine(ref r);
        if (docs is null)
            throw new RoundupInputException($"{name} line {lineNumber}: no \"documents\" array; a batch line is {{\"id\", \"documents\": [...], \"summary\"?}}.");
        var clusterId = id ?? idx ?? lineNumber.ToString(CultureInfo.InvariantCulture);
        var origin = $"{name} line {lineNumber}";
        var articles = new List<Article>(docs.Count);
        // A DUC-style line names its documents by wire DOCNO in "doc_ids" ("APW19990707.0181"), one a document: that is
        // each one's id, and its date is the article's when the document gives none.
        if (docIds is not null && docIds.Count != docs.Count) docIds = null;
        for (int i = 0; i < docs.Count; i++)
        {
            var docno = docIds is not null && docIds[i].Trim() is { Length: > 0 } given ? given : null;
            var article = docs[i].Build(docs[i].Id ?? docno ?? $"{clusterId}/{i}", origin);
            if (article.Published is null && docno is not null && DocnoDate(docno) is { } dated)
            {
                article.Published = dated;
                article.PublishedOrigin = "docno";
            }
            articles.Add(article);
        }
        var cluster = new Cluster(clusterId, articles) { Reference = summary ?? references?.FirstOrDefault(), References = references ?? [] };
        if (articles.Count == 0) cluster.Warnings.Add($"cluster {clusterId} ({origin}) has no document with text.");
        return cluster;
    }

    private static void ReadDocuments(ref Utf8JsonReader r, List<ArticleFields> docs)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.String:
                foreach (var d in MultiNewsFormat.Split(r.GetString()!)) docs.Add(ArticleFields.FromText(d));
                break;
            case JsonTokenType.StartArray:
                while (r.Read() && r.TokenType != JsonTokenType.EndArray)
                {
                    if (r.TokenType == JsonTokenType.String)
                    {
                        foreach (var d in MultiNewsFormat.Split(r.GetString()!)) docs.Add(ArticleFields.FromText(d));
                    }
                    else if (r.TokenType == JsonTokenType.StartObject)
                    {
                        var f = ReadArticleObject(ref r);
                        if (!string.IsNullOrWhiteSpace(f.Text)) docs.Add(f);
                    }
                    else r.Skip();
                }
                break;
            default:
                throw new ShapeException($"\"documents\" must be an array of strings or article objects, not {r.TokenType.ToString().ToLowerInvariant()}");
        }
    }

    private static ArticleFields ReadArticleObject(ref Utf8JsonReader r)
    {
        var f = new ArticleFields();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8)) { r.Read(); f.Id = Scalar(ref r); }
            else if (r.ValueTextEquals("text"u8) || r.ValueTextEquals("content"u8) || r.ValueTextEquals("body"u8)) { r.Read(); f.Text = StringOrLines(ref r) is { } t ? MultiNewsFormat.Unescape(t) : null; }
            else if (r.ValueTextEquals("title"u8) || r.ValueTextEquals("headline"u8)) { r.Read(); f.Title = Scalar(ref r); }
            else if (r.ValueTextEquals("source"u8) || r.ValueTextEquals("outlet"u8) || r.ValueTextEquals("site"u8) || r.ValueTextEquals("publisher"u8)) { r.Read(); f.Source = Scalar(ref r); }
            else if (r.ValueTextEquals("url"u8) || r.ValueTextEquals("link"u8)) { r.Read(); f.Url = Scalar(ref r); }
            else if (r.ValueTextEquals("published"u8) || r.ValueTextEquals("date"u8) || r.ValueTextEquals("publish_date"u8) || r.ValueTextEquals("published_at"u8)) { r.Read(); f.Published = Scalar(ref r); }
            else if (r.ValueTextEquals("byline"u8) || r.ValueTextEquals("author"u8)) { r.Read(); f.Byline = StringOrLines(ref r, ", "); }
            else if (r.ValueTextEquals("language"u8) || r.ValueTextEquals("lang"u8)) { r.Read(); f.Language = Scalar(ref r); }
            else { r.Read(); r.Skip(); }
        }
        return f;
    }

    /// <summary>A string, number or boolean as text; null for null; objects and arrays are skipped.</summary>
    private static string? Scalar(ref Utf8JsonReader r)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.String: return r.GetString();
            case JsonTokenType.Number: return Encoding.UTF8.GetString(r.ValueSpan);
            case JsonTokenType.True: return "true";
            case JsonTokenType.False: return "false";
            case JsonTokenType.Null: return null;
            default: r.Skip(); return null;
        }
    }

    /// <summary>A string, or an array of strings joined by <paramref name="joiner"/>.</summary>
    private static string? StringOrLines(ref Utf8JsonReader r, string joiner = "\n")
    {
        if (r.TokenType != JsonTokenType.StartArray) return Scalar(ref r);
        var parts = new List<string>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            if (Scalar(ref r) is { } s) parts.Add(s);
        return string.Join(joiner, parts);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line) if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return (dot > 0 ? message[..dot] : message).TrimEnd('.');
    }

    /// <summary>The publication date in a wire DOCNO (<c>APW19990421.0123</c> → 1999-04-21, noon UTC: the hour is unknown), or null.</summary>
    public static DateTimeOffset? DocnoDate(string docno)
    {
        ArgumentNullException.ThrowIfNull(docno);
        int at = 0;
        while (at < docno.Length && char.IsLetter(docno[at])) at++;
        if (at == 0 || docno.Length < at + 8) return null;
        return DateTime.TryParseExact(docno.AsSpan(at, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new DateTimeOffset(d.Year, d.Month, d.Day, 12, 0, 0, TimeSpan.Zero) : null;
    }

    /// <summary>Valid JSON in the wrong shape for a batch line.</summary>
    private sealed class ShapeException(string message) : JsonException(message);

    /// <summary>Fields of one article as read, before its id is known.</summary>
    private sealed class ArticleFields
    {
        public string? Id, Text, Title, Source, Url, Published, Byline, Language;

        public static ArticleFields FromText(string text) => new() { Text = text };

        public Article Build(string id, string origin)
        {
            var a = new Article(id, WireText.Normalize(Text ?? "")) { Origin = origin, Source = Blank(Source), Url = Blank(Url), Byline = Blank(Byline), Language = Blank(Language) };
            a.Title = Blank(Title) ?? PlainTextReader.GuessTitle(a.RawText);
            if (Blank(Published) is { } p && DateParsing.TryParse(p, out var when)) a.Published = when;
            return a;
        }

        private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
