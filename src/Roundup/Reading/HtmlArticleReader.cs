using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Roundup.Model;

namespace Roundup.Reading;

/// <summary>
/// Reads a saved HTML page: SmartReader finds the main text, title, byline, publication date and site name
/// (which becomes <see cref="Article.Source"/>); the canonical URL comes from the page's metadata.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>
    /// Pages with more elements than this (5,000; a news page has one to three thousand) are not given to SmartReader,
    /// whose cost grows faster than the page (20,000 paragraphs took 9 s): their visible text is read instead, in
    /// linear time, and the cleaner removes the page furniture as it does for text.
    /// </summary>
    public const int MaxReadableElements = 5_000;

    /// <summary>Builds an article from a page's HTML.</summary>
    /// <param name="id">Article id (usually the file name).</param>
    /// <param name="html">The page.</param>
    /// <param name="origin">Where it came from, for messages.</param>
    public static Article Read(string id, string html, string origin)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(html);
        if (HtmlText.IsTooDeep(html)) return new Article(id, HtmlText.StripTags(html)) { Origin = origin };
        var doc = new HtmlParser().ParseDocument(html);
        var url = Meta(doc, "link[rel=canonical]", "href") ?? Meta(doc, "meta[property='og:url']", "content");
        var baseUri = Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u.ToString() : "https://localhost/" + Uri.EscapeDataString(id);
        // Metadata is read before SmartReader runs: it rewrites the document in place.
        var siteName = Meta(doc, "meta[property='og:site_name']", "content") ?? Meta(doc, "meta[name='application-name']", "content");
        var metaDate = Meta(doc, "meta[property='article:published_time']", "content") ?? Meta(doc, "meta[name='date']", "content")
            ?? Meta(doc, "meta[itemprop='datePublished']", "content") ?? Meta(doc, "time[datetime]", "datetime");
        var metaAuthor = Meta(doc, "meta[name='author']", "content");
        var fallbackText = doc.Body is { } body ? HtmlText.ToPlainText(body) : "";
        var pageTitle = doc.Title;

        SmartReader.Article? extracted = null;
        if (doc.All.Length <= MaxReadableElements)
        try
        {
            var reader = new SmartReader.Reader(baseUri, doc) { ContinueIfNotReadable = true };
            extracted = reader.GetArticle();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or FormatException)
        {
            // A page SmartReader cannot handle still yields its visible text below.
        }

        var text = extracted is { IsReadable: true, Content: { Length: > 0 } content } ? HtmlText.ToPlainText(content) : fallbackText;
        var article = new Article(id, text)
        {
            Origin = origin,
            Title = Clean(extracted?.Title) ?? Clean(pageTitle),
            Byline = Clean(extracted?.Byline) ?? Clean(extracted?.Author) ?? Clean(metaAuthor),
            Source = Clean(siteName) ?? Clean(extracted?.SiteName),
            Url = url is null ? null : baseUri,
        };
        if (DateParsing.TryParse(metaDate, out var when)) article.Published = when;
        else if (extracted?.PublicationDate is { } d) article.Published = new DateTimeOffset(DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind));
        return article;
    }

    /// <summary>Whether text looks like an HTML page.</summary>
    public static bool Looks(ReadOnlySpan<char> head)
    {
        var h = head.TrimStart();
        return h.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || h.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (h.StartsWith("<", StringComparison.Ordinal) && head.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }

    private static string? Meta(IHtmlDocument doc, string selector, string attribute)
        => doc.QuerySelector(selector)?.GetAttribute(attribute) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        return string.Join(' ', s.Split([' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
    }
}
