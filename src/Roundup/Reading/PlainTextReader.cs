using Roundup.Model;

namespace Roundup.Reading;

/// <summary>
/// Reads one plain-text or Markdown article. An optional front-matter block (a first line "---", then
/// "key: value" lines for title, source, url, published, byline, language, then "---") gives metadata and is not
/// part of the text; otherwise a first line that looks like a headline becomes the title. Wire copy and other
/// hard-wrapped text is brought to one line a paragraph first (<see cref="WireText"/>), so a title is only a line
/// that stands apart.
/// </summary>
public static class PlainTextReader
{
    /// <summary>Builds an article from plain text (line ends normalised to LF).</summary>
    public static Article Read(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains('\r', StringComparison.Ordinal)) text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var meta = ReadFrontMatter(ref text);
        text = WireText.Normalize(text);
        var article = new Article(id, text) { Origin = id, Title = GuessTitle(text) };
        if (meta is null) return article;
        foreach (var (key, value) in meta)
        {
            switch (key)
            {
                case "title" or "headline": article.Title = value; break;
                case "source" or "outlet" or "site" or "publisher": article.Source = value; break;
                case "url" or "link": article.Url = value; break;
                case "byline" or "author": article.Byline = value; break;
                case "language" or "lang": article.Language = value; break;
                case "published" or "date":
                    if (DateParsing.TryParse(value, out var when)) article.Published = when;
                    break;
            }
        }
        return article;
    }

    /// <summary>Removes a leading front-matter block from <paramref name="text"/> and returns its keys (lower case) and values.</summary>
    private static List<(string Key, string Value)>? ReadFrontMatter(ref string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return null;
        int end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0) return null;
        int after = end + 4;
        if (after < text.Length && text[after] != '\n') return null;
        var pairs = new List<(string, string)>();
        foreach (var line in text[4..end].Split('\n'))
        {
            if (line.Trim().Length == 0) continue;
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) return null; // not front matter: leave the text alone
            var value = line[(colon + 1)..].Trim().Trim('"');
            if (value.Length > 0) pairs.Add((line[..colon].Trim().ToLowerInvariant(), value));
        }
        text = after >= text.Length ? "" : text[(after + 1)..].TrimStart('\n');
        return pairs;
    }

    /// <summary>
    /// The first non-blank line that is not boilerplate (a dateline, a promotion…, as the cleaner judges lines) when
    /// it looks like a headline: followed by more text, 2–25 words, under 200 characters, and not ending like a
    /// sentence (. , ; :) or a quotation. Null otherwise.
    /// </summary>
    public static string? GuessTitle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = 0;
        for (int skipped = 0; ; skipped++)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
            int nl = text.IndexOf('\n', start);
            if (nl < 0) return null;
            var line = text.AsSpan(start, nl - start).Trim();
            if (skipped < 3 && Cleaning.BoilerplateCleaner.Classify(line) is not null) { start = nl + 1; continue; }
            return LooksLikeHeadline(line, text.AsSpan(nl)) ? line.ToString() : null;
        }
    }

    private static bool LooksLikeHeadline(ReadOnlySpan<char> first, ReadOnlySpan<char> rest)
    {
        if (first.Length is < 4 or > 200) return false;
        if (rest.Trim().IsEmpty) return false;
        if (".,;:\"”'’".Contains(first[^1])) return false;
        int words = Sentence.CountWords(first);
        if (words is < 2 or > 25) return false;
        return char.IsLetterOrDigit(first[0]) || first[0] is '‘' or '\'' or '"' or '“';
    }
}
