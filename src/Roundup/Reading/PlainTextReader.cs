using Roundup.Model;

namespace Roundup.Reading;

/// <summary>Reads one plain-text article; a short first line without final punctuation becomes the title.</summary>
public static class PlainTextReader
{
    /// <summary>Builds an article from plain text.</summary>
    public static Article Read(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var article = new Article(id, text) { Origin = id };
        int nl = text.IndexOf('\n', StringComparison.Ordinal);
        var first = (nl < 0 ? text : text[..nl]).Trim();
        if (first.Length is > 0 and < 200 && nl > 0 && !".!?\"”".Contains(first[^1]))
            article.Title = first;
        return article;
    }
}
