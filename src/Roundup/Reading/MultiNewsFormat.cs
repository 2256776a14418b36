namespace Roundup.Reading;

/// <summary>
/// The Multi-News text form: several documents in one string separated by <c>|||||</c>, with the literal marker
/// <c>NEWLINE_CHAR</c> standing for a line break.
/// </summary>
public static class MultiNewsFormat
{
    /// <summary>The document separator.</summary>
    public const string Separator = "|||||";

    /// <summary>The literal that stands for a newline.</summary>
    public const string NewlineMarker = "NEWLINE_CHAR";

    /// <summary>Whether <paramref name="text"/> uses the Multi-News markers.</summary>
    public static bool Looks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains(Separator, StringComparison.Ordinal) || text.Contains(NewlineMarker, StringComparison.Ordinal);
    }

    /// <summary>Replaces <c>NEWLINE_CHAR</c> by a newline and normalises CR LF / CR to LF.</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains(NewlineMarker, StringComparison.Ordinal)) text = text.Replace(NewlineMarker, "\n", StringComparison.Ordinal);
        if (text.Contains('\r', StringComparison.Ordinal)) text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text;
    }

    /// <summary>
    /// Splits <paramref name="text"/> into its documents (unescaped, trimmed); blank documents are dropped.
    /// A text without separators is one document.
    /// </summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(Separator, StringComparison.Ordinal))
        {
            var one = Unescape(text).Trim();
            return one.Length == 0 ? [] : [one];
        }
        var docs = new List<string>();
        foreach (var part in text.Split(Separator, StringSplitOptions.None))
        {
            var doc = Unescape(part).Trim();
            if (doc.Length > 0) docs.Add(doc);
        }
        return docs;
    }
}
