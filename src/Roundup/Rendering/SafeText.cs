using System.Net;
using System.Text;

namespace Roundup.Rendering;

/// <summary>
/// Escaping of untrusted text (article text, titles, sources, ids, URLs) for each output target. Every renderer goes
/// through here: text for a terminal loses control characters and escape sequences, Markdown loses raw HTML and link
/// syntax, HTML is entity-encoded, and a URL is kept only when its scheme is http, https or mailto.
/// </summary>
public static class SafeText
{
    /// <summary>
    /// Text safe to print on a terminal: C0 and C1 control characters (escape sequences included), DEL and the
    /// bidirectional-override controls are dropped; tabs become spaces; line breaks are kept only when
    /// <paramref name="keepLines"/> (otherwise each run becomes one space).
    /// </summary>
    public static string Terminal(string? text, bool keepLines = false)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (!NeedsTerminalCleaning(text, keepLines)) return text;
        var sb = new StringBuilder(text.Length);
        bool lastSpace = false;
        foreach (char c in text)
        {
            if (c == '\n' && keepLines) { sb.Append('\n'); lastSpace = false; continue; }
            if (c is '\n' or '\r' or '\t' or '\u2028' or '\u2029')
            {
                if (!lastSpace) sb.Append(' ');
                lastSpace = true;
                continue;
            }
            if (IsUnsafeControl(c)) continue;
            sb.Append(c);
            lastSpace = c == ' ';
        }
        return sb.ToString();
    }

    /// <summary>Inline Markdown text: one line, terminal-safe, with raw HTML and link syntax neutralised.</summary>
    /// <remarks>
    /// <c>&lt;</c> and <c>&gt;</c> become entities (no raw HTML, no autolinks), a backslash is doubled, and a
    /// <c>]</c> that would close a link or reference (<c>](</c>, <c>][</c>, <c>]:</c>) is escaped, so
    /// <c>[x](javascript:…)</c> renders as text. Ordinary text renders unchanged.
    /// </remarks>
    public static string Markdown(string? text)
    {
        var s = Terminal(text);
        if (s.AsSpan().IndexOfAny("<>\\]") < 0) return s;
        var sb = new StringBuilder(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\\': sb.Append("\\\\"); break;
                case ']' when i + 1 < s.Length && s[i + 1] is '(' or '[' or ':': sb.Append("\\]"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>HTML text or attribute value: entity-encoded, control characters dropped.</summary>
    public static string Html(string? text) => WebUtility.HtmlEncode(Terminal(text, keepLines: true));

    /// <summary>
    /// The URL when it is absolute with scheme http, https or mailto and has no whitespace or control characters;
    /// otherwise null (so <c>javascript:</c>, <c>data:</c>, <c>file:</c> and relative links never become live links).
    /// </summary>
    public static string? Url(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var u = url.Trim();
        foreach (char c in u)
            if (char.IsWhiteSpace(c) || char.IsControl(c) || IsUnsafeControl(c) || c is '<' or '>' or '"' or '\'' or '`') return null;
        if (!Uri.TryCreate(u, UriKind.Absolute, out var parsed)) return null;
        return parsed.Scheme is "http" or "https" or "mailto" ? u : null;
    }

    private static bool NeedsTerminalCleaning(string text, bool keepLines)
    {
        foreach (char c in text)
            if ((c < ' ' && !(keepLines && c == '\n')) || IsUnsafeControl(c) || c is '\u2028' or '\u2029') return true;
        return false;
    }

    /// <summary>Control characters that can change what a terminal or a reader shows: C0, DEL, C1, bidi overrides and isolates.</summary>
    private static bool IsUnsafeControl(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069'
        || c is '\u200E' or '\u200F' or '\u061C' or '\uFEFF';
}
