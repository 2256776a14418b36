using System.Xml;

namespace Roundup.Reading;

/// <summary>A feed named in an OPML subscription list.</summary>
/// <param name="Url">The feed's address (<c>xmlUrl</c>), absolute http or https.</param>
/// <param name="Title">Its title (<c>title</c> or <c>text</c>), or null.</param>
public sealed record FeedSubscription(Uri Url, string? Title);

/// <summary>
/// Reads OPML subscription lists (the format feed readers export): every <c>outline</c> element with an
/// <c>xmlUrl</c>, at any depth, once per address. XML with a DTD is refused (no entity expansion, no external
/// entities); an address that is not an absolute http(s) URL is an error naming it.
/// </summary>
public static class OpmlReader
{
    /// <summary>Reads the OPML file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<FeedSubscription> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new RoundupInputException($"{path}: no such OPML file.");
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads an OPML document; <paramref name="name"/> names it in errors.</summary>
    public static IReadOnlyList<FeedSubscription> Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, MaxCharactersInDocument = 64L * 1024 * 1024 };
        var feeds = new List<FeedSubscription>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool opml = false;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.Depth == 0)
                {
                    if (!reader.LocalName.Equals("opml", StringComparison.OrdinalIgnoreCase))
                        throw new RoundupInputException($"{name} is XML but not OPML (its root is <{reader.LocalName}>).");
                    opml = true;
                    continue;
                }
                if (!reader.LocalName.Equals("outline", StringComparison.OrdinalIgnoreCase)) continue;
                var xmlUrl = reader.GetAttribute("xmlUrl") ?? reader.GetAttribute("xmlurl");
                if (string.IsNullOrWhiteSpace(xmlUrl)) continue;
                xmlUrl = xmlUrl.Trim();
                if (!Uri.TryCreate(xmlUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                    throw new RoundupInputException($"{name}: the feed address '{Cut(xmlUrl)}' is not an http or https URL.");
                if (!seen.Add(url.AbsoluteUri)) continue;
                var title = reader.GetAttribute("title") ?? reader.GetAttribute("text");
                feeds.Add(new FeedSubscription(url, string.IsNullOrWhiteSpace(title) ? null : title.Trim()));
            }
        }
        catch (XmlException e)
        {
            throw new RoundupInputException($"{name} is not readable OPML ({e.Message.Split('\n')[0].TrimEnd('.')}).", e);
        }
        if (!opml) throw new RoundupInputException($"{name} is empty, not OPML.");
        return feeds;
    }

    private static string Cut(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
