using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.Net.Http.Headers;
using Roundup.Model;
using Roundup.Reading;

namespace Roundup.Server;

/// <summary>A request body that could not be read as articles: the HTTP status and what to tell the client.</summary>
/// <param name="Status">400, 413 or 415.</param>
/// <param name="Title">Short title.</param>
/// <param name="Detail">What was wrong.</param>
public sealed record BodyProblem(int Status, string Title, string Detail);

/// <summary>
/// Turns a POSTed body into articles with the library's readers: JSON (one article object or an array of them, the
/// fields of a JSON-lines article line), HTML (one page), RSS or Atom (one article per item), plain text (optional
/// front matter). Bodies must be UTF-8; DTDs in XML are refused (no entity expansion, no external entities).
/// </summary>
public static class ArticleBodies
{
    /// <summary>The most articles one request may carry.</summary>
    public const int MaxArticles = 500;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="body"/> sent as <paramref name="contentType"/>; <paramref name="source"/> and <paramref name="url"/> (query) fill in what an HTML or text body lacks.</summary>
    public static (IReadOnlyList<Article>? Articles, BodyProblem? Problem) Read(ReadOnlySpan<byte> body, string? contentType, string? source, string? url)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { } type)
            return (null, new BodyProblem(415, "Unsupported media type", "Send application/json, text/html, application/rss+xml, application/atom+xml, application/xml or text/plain."));
        if (media.Charset.HasValue && !media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            return (null, new BodyProblem(415, "Unsupported charset", $"Bodies must be UTF-8, not {media.Charset}."));
        if (body.IsEmpty) return (null, new BodyProblem(400, "Empty body", "The request has no body."));
        string text;
        try
        {
            if (body.StartsWith("\uFEFF"u8)) body = body[3..];
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            return (null, new BodyProblem(400, "Invalid UTF-8", $"The body is not valid UTF-8 (bad byte at offset {e.Index})."));
        }
        var stamp = Guid.NewGuid().ToString("N")[..8];
        try
        {
            List<Article> articles;
            switch (type.ToLowerInvariant())
            {
                case "application/json":
                    articles = Json(body, stamp);
                    break;
                case "text/html" or "application/xhtml+xml":
                    articles = [HtmlArticleReader.Read($"post-{stamp}", text, "request")];
                    break;
                case "application/rss+xml" or "application/atom+xml" or "application/xml" or "text/xml":
                    if (XmlProblem(text) is { } xml) return (null, xml);
                    articles = FeedArticleReader.Read("request", text);
                    break;
                case "text/plain" or "text/markdown":
                    articles = [PlainTextReader.Read($"post-{stamp}", text)];
                    break;
                default:
                    return (null, new BodyProblem(415, "Unsupported media type", $"'{type}' is not read; send application/json, text/html, application/rss+xml, application/atom+xml, application/xml or text/plain."));
            }
            foreach (var a in articles)
            {
                a.Source ??= string.IsNullOrWhiteSpace(source) ? null : source.Trim();
                a.Url ??= string.IsNullOrWhiteSpace(url) ? null : url.Trim();
            }
            if (articles.Count == 0) return (null, new BodyProblem(400, "No articles", "The body holds no article."));
            if (articles.Count > MaxArticles) return (null, new BodyProblem(400, "Too many articles", $"At most {MaxArticles} articles a request; this one holds {articles.Count}."));
            if (articles.FindIndex(a => string.IsNullOrWhiteSpace(a.RawText)) is var empty and >= 0)
                return (null, new BodyProblem(400, "Empty article", $"Article {empty + 1} has no text."));
            return (articles, null);
        }
        catch (RoundupInputException e)
        {
            return (null, new BodyProblem(400, "Unreadable body", e.Message));
        }
    }

    /// <summary>Refuses XML with a document type declaration (no entity expansion, no external entities) or that is not well-formed, before the feed reader sees it.</summary>
    private static BodyProblem? XmlProblem(string text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 64L * 1024 * 1024 };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            while (reader.Read()) { }
            return null;
        }
        catch (XmlException e)
        {
            return e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? new BodyProblem(400, "DTD not allowed", "XML bodies may not carry a document type declaration (entities are not expanded).")
                : new BodyProblem(400, "Malformed XML", $"The body is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}).");
        }
    }

    private static List<Article> Json(ReadOnlySpan<byte> body, string stamp)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 16 }); }
        catch (JsonException e) { throw new RoundupInputException($"The body is not valid JSON ({e.Message.Split('.')[0]})."); }
        using (doc)
        {
            var items = doc.RootElement.ValueKind switch
            {
                JsonValueKind.Array => doc.RootElement.EnumerateArray().ToList(),
                JsonValueKind.Object => [doc.RootElement],
                _ => throw new RoundupInputException("Send one article object or an array of them."),
            };
            if (items.Count > MaxArticles) throw new RoundupInputException($"At most {MaxArticles} articles a request; this one holds {items.Count}.");
            return [.. items.Select((e, i) => e.ValueKind == JsonValueKind.Object
                ? JsonLinesReader.ParseArticle(Encoding.UTF8.GetBytes(e.GetRawText()), "request", i + 1, $"post-{stamp}-{i + 1}")
                : throw new RoundupInputException($"Item {i + 1} is not an article object."))];
        }
    }
}
