namespace Roundup.Reading;

/// <summary>The input formats Roundup reads; <see cref="Auto"/> detects by extension and content.</summary>
public enum InputFormat
{
    /// <summary>Detect from the file extension and the first bytes.</summary>
    Auto,

    /// <summary>Plain text (.txt, .md): one article per file, the first line as title when it looks like one.</summary>
    Text,

    /// <summary>Multi-News form: documents separated by <c>|||||</c>, <c>NEWLINE_CHAR</c> for newlines.</summary>
    MultiNews,

    /// <summary>JSON lines, one cluster a line: <c>{id|idx, documents[], summary?}</c>; streamed.</summary>
    Batch,

    /// <summary>JSON lines, one article a line: <c>{id, title, text, source, url, published}</c>; one cluster.</summary>
    Articles,

    /// <summary>A saved HTML page: main text, title, byline, date and site name are extracted.</summary>
    Html,

    /// <summary>An RSS 2.0 or Atom feed: one article per item.</summary>
    Feed,

    /// <summary>TREC/SGML news (AQUAINT, DUC): one article per <c>&lt;DOC&gt;</c>, hard-wrapped wire copy unwrapped.</summary>
    Sgml,
}

/// <summary>Parses and names <see cref="InputFormat"/> values for the command line.</summary>
public static class InputFormats
{
    /// <summary>Names accepted by <see cref="Parse"/>, for help text.</summary>
    public static IReadOnlyList<string> Names { get; } = ["auto", "text", "multinews", "batch", "articles", "html", "feed", "sgml"];

    /// <summary>Parses a format name (case-insensitive; also "txt", "jsonl", "rss", "atom"); throws a user-facing error if unknown.</summary>
    public static InputFormat Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "auto" or "" => InputFormat.Auto,
            "text" or "txt" or "plain" or "md" or "markdown" => InputFormat.Text,
            "multinews" or "multi-news" => InputFormat.MultiNews,
            "batch" or "clusters" or "jsonl" => InputFormat.Batch,
            "articles" or "article-lines" => InputFormat.Articles,
            "html" or "htm" => InputFormat.Html,
            "feed" or "rss" or "atom" or "xml" => InputFormat.Feed,
            "sgml" or "sgm" or "trec" => InputFormat.Sgml,
            _ => throw new RoundupInputException($"Unknown input format '{name}'; use one of: {string.Join(", ", Names)}."),
        };
    }
}
