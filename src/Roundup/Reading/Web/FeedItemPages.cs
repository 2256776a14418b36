using Roundup.Model;

namespace Roundup.Reading.Web;

/// <summary>
/// Feed items often carry a teaser, not the article: this fetches each item's page (its link) with a
/// <see cref="WebReader"/> and keeps the page's text when it says more than the item, with the item's id, title,
/// outlet, address and date. An item whose page cannot be read, or says less, stays as it is.
/// </summary>
public static class FeedItemPages
{
    /// <summary>
    /// The items of <paramref name="items"/>, each replaced by its page's article where that is longer; fetched at once
    /// within the reader's limits. <paramref name="failures"/> receives one line for each page that could not be read.
    /// </summary>
    public static async Task<IReadOnlyList<Article>> ReadAsync(WebReader reader, IReadOnlyList<Article> items, ICollection<string>? failures = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(items);
        var read = await Task.WhenAll(items.Select(async item =>
        {
            if (!WebReader.IsUrl(item.Url)) return (item, (WebReadResult?)null);
            var r = await reader.ReadAsync(item.Url!, cancellationToken).ConfigureAwait(false);
            return (item, (WebReadResult?)r);
        })).ConfigureAwait(false);
        var result = new List<Article>(items.Count);
        foreach (var (item, r) in read)
        {
            if (r is { Error: { } error }) failures?.Add(error);
            result.Add(r is { Articles: [var page] } && Words(page.RawText) > Words(item.RawText) ? Merge(item, page) : item);
        }
        return result;
    }

    /// <summary>
    /// Reads one feed and, when <paramref name="itemPages"/>, each item's page (<see cref="ReadAsync"/>); a feed that
    /// fails is a result with its reason, an item page that fails one line in <paramref name="failures"/>.
    /// </summary>
    public static async Task<WebReadResult> ReadFeedAsync(WebReader reader, Uri feed, bool itemPages = true, ICollection<string>? failures = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(feed);
        var read = await reader.ReadAsync(feed.AbsoluteUri, cancellationToken).ConfigureAwait(false);
        if (!read.Succeeded || !itemPages || read.Articles.Count == 0) return read;
        return read with { Articles = await ReadAsync(reader, read.Articles, failures, cancellationToken).ConfigureAwait(false) };
    }

    private static Article Merge(Article item, Article page) => new(item.Id, page.RawText)
    {
        Title = item.Title ?? page.Title,
        Source = item.Source ?? page.Source,
        Url = item.Url,
        Byline = item.Byline ?? page.Byline,
        Published = item.Published ?? page.Published,
        Language = item.Language ?? page.Language,
        Origin = item.Url,
    };

    private static int Words(string text)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }
}
