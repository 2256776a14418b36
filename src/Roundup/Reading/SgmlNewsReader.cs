using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Roundup.Model;

namespace Roundup.Reading;

/// <summary>
/// Reads TREC/SGML news files (the form of the AQUAINT, TIPSTER and DUC corpora): a file holds one or more
/// <c>&lt;DOC&gt;</c> elements; <c>DOCNO</c> gives the article id, <c>DATE_TIME</c> or <c>DATE</c> its publication
/// time, <c>HEADLINE</c> its title, <c>TEXT</c> its body, with <c>&lt;P&gt;</c> paragraphs or hard-wrapped lines
/// (indented first lines). A story body that stands outside <c>TEXT</c> (after the headline, in some NYT files)
/// is read too. The body goes through <see cref="WireText"/> (codes, quotation marks, wrapping); wire notes and
/// slugs are left to the cleaner, which removes them with their reason (<see cref="Cleaning.WireLines"/>).
/// </summary>
public static partial class SgmlNewsReader
{
    [GeneratedRegex(@"<DOC>(.*?)</DOC>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocPattern();

    [GeneratedRegex(@"</?(?:P|ANNOTATION)(?:\s[^>]*)?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphTag();

    [GeneratedRegex(@"<[A-Za-z/][^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    /// <summary>Whether <paramref name="head"/> (the first bytes of a file) looks like TREC/SGML news.</summary>
    public static bool Looks(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var t = head.AsSpan().TrimStart();
        return t.StartsWith("<DOC>", StringComparison.OrdinalIgnoreCase) && head.Contains("<DOCNO>", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads every <c>&lt;DOC&gt;</c> of <paramref name="text"/>; <paramref name="name"/> is the file name (the id of a document without DOCNO).</summary>
    public static IReadOnlyList<Article> Read(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains('\r', StringComparison.Ordinal)) text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var articles = new List<Article>();
        foreach (Match m in DocPattern().Matches(text))
        {
            var doc = m.Groups[1].Value;
            var id = Element(doc, "DOCNO")?.Trim();
            if (string.IsNullOrEmpty(id)) id = articles.Count == 0 ? name : $"{name}/{articles.Count}";
            var body = Body(doc);
            if (body.Length == 0) continue;
            var article = new Article(id, body) { Origin = name, Source = SourceOf(id) };
            var headline = Element(doc, "HEADLINE");
            if (headline is not null)
            {
                var title = Collapse(WireText.NormalizeMarks(WireText.DecodeCodes(AnyTag().Replace(headline, " "))));
                if (title.Length > 0) article.Title = title;
            }
            var when = Element(doc, "DATE_TIME") ?? Element(doc, "DATE");
            if (when is not null && ParseDate(when.Trim()) is { } published) article.Published = published;
            articles.Add(article);
        }
        if (articles.Count == 0) throw new RoundupInputException($"{name} has no <DOC> element with a story.");
        return articles;
    }

    /// <summary>The story text: <c>TEXT</c>, plus any body text between the headline and <c>TEXT</c>; paragraphs one a line.</summary>
    private static string Body(string doc)
    {
        var sb = new StringBuilder();
        int headlineEnd = doc.IndexOf("</HEADLINE>", StringComparison.OrdinalIgnoreCase);
        int textStart = doc.IndexOf("<TEXT>", StringComparison.OrdinalIgnoreCase);
        if (headlineEnd >= 0 && textStart > headlineEnd)
        {
            var before = AnyTag().Replace(doc[(headlineEnd + "</HEADLINE>".Length)..textStart], "\n");
            if (before.Trim().Length > 0) sb.Append(Paragraphs(before)).Append("\n\n");
        }
        var text = Element(doc, "TEXT");
        if (text is not null) sb.Append(Paragraphs(text));
        return sb.ToString().Trim();
    }

    /// <summary>Paragraph tags become blank lines; the rest goes through <see cref="WireText.Normalize"/>.</summary>
    private static string Paragraphs(string text)
    {
        var plain = ParagraphTag().Replace(text, "\n\n");
        plain = AnyTag().Replace(plain, " ");
        return WireText.Normalize(plain).Trim();
    }

    private static string? Element(string doc, string tag)
    {
        int open = doc.IndexOf($"<{tag}>", StringComparison.OrdinalIgnoreCase);
        if (open < 0) return null;
        int start = open + tag.Length + 2;
        int close = doc.IndexOf($"</{tag}>", start, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? null : doc[start..close];
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The wire service a DOCNO names by its prefix (APW, NYT, XIE, …), or null.</summary>
    private static string? SourceOf(string id) => id.Length < 3 ? null : id[..3] switch
    {
        "APW" => "Associated Press",
        "NYT" => "New York Times",
        "XIE" => "Xinhua",
        _ => null,
    };

    private static DateTimeOffset? ParseDate(string s)
    {
        string[] formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyyMMdd", "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy"];
        if (DateTimeOffset.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact)) return exact;
        return DateParsing.TryParse(s, out var when) ? when : null;
    }
}
