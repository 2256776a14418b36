using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Roundup.Reading;

/// <summary>Turns HTML (a page or a fragment) into plain text with one paragraph per block element.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header",
        "footer", "tr", "table", "figure", "figcaption", "pre", "hr", "dd", "dt", "aside", "main", "nav",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "svg", "iframe" };

    /// <summary>Plain text of an HTML fragment; text without tags is returned with entities decoded.</summary>
    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal)) return html.Trim();
        var parser = new HtmlParser();
        var doc = parser.ParseDocument("<html><body></body></html>");
        var nodes = parser.ParseFragment(html, doc.Body!);
        var sb = new StringBuilder();
        foreach (var n in nodes) Append(n, sb);
        return Normalise(sb);
    }

    /// <summary>Plain text of an element and its descendants.</summary>
    public static string ToPlainText(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var sb = new StringBuilder();
        Append(node, sb);
        return Normalise(sb);
    }

    private static void Append(INode node, StringBuilder sb)
    {
        switch (node)
        {
            case IText text:
                sb.Append(text.Data);
                break;
            case IElement e when Skipped.Contains(e.LocalName):
                break;
            case IElement e:
                bool block = Blocks.Contains(e.LocalName);
                if (block) sb.Append('\n');
                foreach (var child in e.ChildNodes) Append(child, sb);
                if (block) sb.Append('\n');
                break;
            default:
                foreach (var child in node.ChildNodes) Append(child, sb);
                break;
        }
    }

    /// <summary>Collapses runs of spaces inside lines and blank lines between paragraphs.</summary>
    private static string Normalise(StringBuilder sb)
    {
        var paragraphs = new List<string>();
        foreach (var raw in sb.ToString().Split('\n'))
        {
            var line = string.Join(' ', raw.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
            if (line.Length > 0) paragraphs.Add(line);
        }
        return string.Join("\n\n", paragraphs);
    }
}
