using System.Net;
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

    /// <summary>Elements that never nest: void elements and those the parser closes when a sibling opens.</summary>
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot", "colgroup", "html", "head", "body",
    };

    /// <summary>Elements whose content is raw text up to their closing tag.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext" };

    /// <summary>
    /// Deepest element nesting a page may have to be parsed as a tree (256). A deeper page (100,000 nested
    /// <c>&lt;div&gt;</c>s, unclosed <c>&lt;span&gt;</c>s) costs the HTML parser time quadratic in its depth, so its text is
    /// taken by a linear tag stripper instead (<see cref="IsTooDeep"/>).
    /// </summary>
    public const int MaxNestingDepth = 256;

    /// <summary>
    /// Whether <paramref name="html"/> nests elements deeper than <see cref="MaxNestingDepth"/>, estimated in one
    /// linear pass over its tags (void and self-closing elements and those closed implicitly by a sibling do not count).
    /// </summary>
    public static bool IsTooDeep(ReadOnlySpan<char> html)
    {
        int depth = 0;
        int i = 0;
        while (true)
        {
            int lt = html[i..].IndexOf('<');
            if (lt < 0) return false;
            i += lt + 1;
            if (i >= html.Length) return false;
            char c = html[i];
            if (c == '!')
            {
                int end = html[i..].StartsWith("!--") ? html[i..].IndexOf("-->") : html[i..].IndexOf('>');
                if (end < 0) return false;
                i += end + 1;
                continue;
            }
            bool closing = c == '/';
            int nameStart = closing ? i + 1 : i;
            int n = nameStart;
            while (n < html.Length && (char.IsAsciiLetterOrDigit(html[n]) || html[n] is '-' or ':')) n++;
            if (n == nameStart || !char.IsAsciiLetter(html[nameStart])) continue;
            var name = html[nameStart..n];
            int gt = html[n..].IndexOf('>');
            if (gt < 0) return false;
            bool selfClosing = gt > 0 && html[n + gt - 1] == '/';
            i = n + gt + 1;
            if (closing) { if (depth > 0) depth--; continue; }
            if (IsRawText(name))
            {
                // Skip to the closing tag: markup inside a script is not markup.
                int close = IndexOfClosingTag(html, i, name);
                if (close < 0) return false;
                i = close;
                continue;
            }
            if (selfClosing || IsFlat(name)) continue;
            if (++depth > MaxNestingDepth) return true;
        }
    }

    private static bool IsFlat(ReadOnlySpan<char> name) => Flat.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    private static bool IsRawText(ReadOnlySpan<char> name) => RawText.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    private static int IndexOfClosingTag(ReadOnlySpan<char> html, int from, ReadOnlySpan<char> name)
    {
        int i = from;
        while (true)
        {
            int k = html[i..].IndexOf("</", StringComparison.Ordinal);
            if (k < 0) return -1;
            i += k + 2;
            if (html.Length - i >= name.Length && html.Slice(i, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)) return i - 2;
        }
    }

    /// <summary>
    /// Plain text of HTML by a single linear pass that drops tags (block elements become paragraph breaks), comments
    /// and the content of scripts and styles, and decodes entities: for pages too deep to parse as a tree.
    /// </summary>
    public static string StripTags(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var sb = new StringBuilder(html.Length / 2);
        var span = html.AsSpan();
        int i = 0;
        while (i < span.Length)
        {
            int lt = span[i..].IndexOf('<');
            if (lt < 0) { sb.Append(span[i..]); break; }
            sb.Append(span.Slice(i, lt));
            i += lt + 1;
            if (i >= span.Length) break;
            if (span[i] == '!')
            {
                int end = span[i..].StartsWith("!--") ? span[i..].IndexOf("-->") : span[i..].IndexOf('>');
                i = end < 0 ? span.Length : i + end + (span[i..].StartsWith("!--") ? 3 : 1);
                continue;
            }
            bool closing = span[i] == '/';
            int nameStart = closing ? i + 1 : i;
            int n = nameStart;
            while (n < span.Length && (char.IsAsciiLetterOrDigit(span[n]) || span[n] is '-' or ':')) n++;
            if (n == nameStart) { sb.Append('<'); continue; }
            int gt = span[n..].IndexOf('>');
            if (gt < 0) break;
            var name = span[nameStart..n];
            i = n + gt + 1;
            if (!closing && (Skipped.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name) || IsRawText(name) && !name.Equals("title", StringComparison.OrdinalIgnoreCase)))
            {
                int close = IndexOfClosingTag(span, i, name);
                if (close < 0) break;
                int after = span[close..].IndexOf('>');
                i = after < 0 ? span.Length : close + after + 1;
                continue;
            }
            if (Blocks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)) sb.Append('\n');
        }
        return Normalise(new StringBuilder(WebUtility.HtmlDecode(sb.ToString())));
    }

    /// <summary>Plain text of an HTML fragment; text without tags is returned with entities decoded.</summary>
    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal)) return html.Trim();
        if (IsTooDeep(html)) return StripTags(html);
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

    /// <summary>Appends the text of <paramref name="root"/> depth-first, with an explicit stack (no recursion, whatever the depth).</summary>
    private static void Append(INode root, StringBuilder sb)
    {
        // A null node on the stack stands for the line break that closes a block element.
        var stack = new Stack<INode?>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case null:
                    sb.Append('\n');
                    continue;
                case IText text:
                    sb.Append(text.Data);
                    continue;
                case IElement e when Skipped.Contains(e.LocalName):
                    continue;
                case IElement e when Blocks.Contains(e.LocalName):
                    sb.Append('\n');
                    stack.Push(null);
                    break;
            }
            var children = node.ChildNodes;
            for (int k = children.Length - 1; k >= 0; k--) stack.Push(children[k]);
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
