using Roundup.Model;

namespace Roundup.Reading;

/// <summary>Reads one plain-text article; a first line that looks like a headline becomes the title.</summary>
public static class PlainTextReader
{
    /// <summary>Builds an article from plain text (line ends normalised to LF).</summary>
    public static Article Read(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains('\r', StringComparison.Ordinal)) text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return new Article(id, text) { Origin = id, Title = GuessTitle(text) };
    }

    /// <summary>
    /// The first non-blank line when it looks like a headline: followed by more text, 2–25 words, under 200
    /// characters, and not ending like a sentence (. , ; :) or a quotation. Null otherwise.
    /// </summary>
    public static string? GuessTitle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        int nl = text.IndexOf('\n', start);
        if (nl < 0) return null;
        var first = text.AsSpan(start, nl - start).Trim();
        if (first.Length is < 4 or > 200) return null;
        if (text.AsSpan(nl).Trim().IsEmpty) return null;
        if (".,;:\"”'’".Contains(first[^1])) return null;
        int words = Sentence.CountWords(first);
        if (words is < 2 or > 25) return null;
        if (!char.IsLetterOrDigit(first[0]) && first[0] is not ('‘' or '\'' or '"' or '“')) return null;
        return first.ToString();
    }
}
