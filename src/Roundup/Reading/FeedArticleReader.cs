using CodeHollow.FeedReader;
using Roundup.Model;

namespace Roundup.Reading;

/// <summary>Reads an RSS 2.0, RSS 1.0 or Atom feed: one article per item, HTML stripped from its content.</summary>
public static class FeedArticleReader
{
    /// <summary>Reads the items of a feed document.</summary>
    /// <param name="name">The feed's name (file name), used for ids and messages.</param>
    /// <param name="xml">The feed document.</param>
    public static List<Article> Read(string name, string xml)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(xml);
        Feed feed;
        try { feed = FeedReader.ReadFromString(xml); }
        catch (Exception e) when (e is not (OutOfMemoryException or RoundupInputException))
        {
            // The feed library throws many kinds (XML errors, and null references or casts on XML that is not a feed):
            // all of them mean the document is not a feed Roundup can read.
            throw new RoundupInputException($"{name} is not a readable RSS or Atom feed ({e.Message.Split('\n')[0].TrimEnd('.')}).", e);
        }
        if (feed is null || feed.Type == FeedType.Unknown)
            throw new RoundupInputException($"{name} is XML but not an RSS or Atom feed.");
        var source = string.IsNullOrWhiteSpace(feed.Title) ? null : feed.Title.Trim();
        var articles = new List<Article>();
        int i = 0;
        foreach (var item in feed.Items)
        {
            var html = !string.IsNullOrWhiteSpace(item.Content) ? item.Content : item.Description ?? "";
            var text = HtmlText.ToPlainText(html);
            var id = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim() : !string.IsNullOrWhiteSpace(item.Link) ? item.Link.Trim() : $"{name}/{i}";
            var article = new Article(id, text)
            {
                Origin = $"{name} item {i + 1}",
                Title = string.IsNullOrWhiteSpace(item.Title) ? null : HtmlText.ToPlainText(item.Title),
                Url = string.IsNullOrWhiteSpace(item.Link) ? null : item.Link.Trim(),
                Byline = string.IsNullOrWhiteSpace(item.Author) ? null : item.Author.Trim(),
                Source = source,
            };
            if (DateParsing.TryParse(item.PublishingDateString, out var when)) article.Published = when;
            else if (item.PublishingDate is { } d) article.Published = new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc));
            articles.Add(article);
            i++;
        }
        return articles;
    }

    /// <summary>Whether text looks like a feed document (RSS, RDF or Atom root element).</summary>
    public static bool Looks(ReadOnlySpan<char> head)
    {
        var h = head.TrimStart();
        if (!h.StartsWith("<", StringComparison.Ordinal)) return false;
        return h.Contains("<rss", StringComparison.OrdinalIgnoreCase) || h.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || h.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }
}
