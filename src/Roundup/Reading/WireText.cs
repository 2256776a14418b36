using System.Text;
using Roundup.Lexicon;

namespace Roundup.Reading;

/// <summary>
/// Turns newswire and other hard-wrapped text into one line a paragraph, the form every later stage reads:
/// <list type="bullet">
/// <item>typesetting codes (<c>&amp;QL;</c>, <c>&amp;HT;</c>, … from the <c>wire-codes</c> lexicon) are dropped and
/// SGML entities (<c>&amp;AMP;</c>) decoded;</item>
/// <item>ASCII quotation marks become typographic ones: <c>``</c> opens, <c>''</c> closes (or opens, where it
/// stands before a word after a space, as in NYT copy that uses it on both sides), a lone <c>`</c> opens a single
/// quotation; a wire dash <c> _ </c> becomes an em dash;</item>
/// <item>hard-wrapped lines are joined (see <see cref="Unwrap"/>).</item>
/// </list>
/// Only the typography and line breaks change (and a full stop a paragraph lost comes back, see
/// <see cref="Unwrap"/>); no word is added or removed.
/// </summary>
public static class WireText
{
    private static readonly (string Code, string Replacement)[] Codes = LoadCodes();

    private static (string, string)[] LoadCodes()
    {
        var list = new List<(string, string)>();
        foreach (var line in LanguageLexicon.English.Lines("wire-codes"))
        {
            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts[0] == "code" && parts.Length == 2) list.Add((parts[1], ""));
            else if (parts[0] == "entity" && parts.Length == 3) list.Add((parts[1], parts[2]));
        }
        return [.. list];
    }

    /// <summary>Applies every step: codes and entities, quotation marks and dashes, then <see cref="Unwrap"/>.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Unwrap(NormalizeMarks(DecodeCodes(text)));
    }

    /// <summary>Removes wire typesetting codes and decodes SGML entities (both listed in the <c>wire-codes</c> lexicon).</summary>
    public static string DecodeCodes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('&', StringComparison.Ordinal)) return text;
        foreach (var (code, replacement) in Codes)
            if (text.Contains(code, StringComparison.Ordinal)) text = text.Replace(code, replacement, StringComparison.Ordinal);
        return text;
    }

    /// <summary>
    /// ASCII quotation marks to typographic ones (<c>``a''</c> → “a”, NYT's <c>''a''</c> → “a”, <c>`a'</c> → ‘a'),
    /// and the wire's spaced underscore dash (<c>WASHINGTON _ The</c>) to an em dash.
    /// </summary>
    public static string NormalizeMarks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool quotes = text.Contains("``", StringComparison.Ordinal) || text.Contains("''", StringComparison.Ordinal) || text.Contains('`', StringComparison.Ordinal);
        bool dashes = text.Contains(" _ ", StringComparison.Ordinal) || text.Contains("\n_ ", StringComparison.Ordinal) || text.StartsWith("_ ", StringComparison.Ordinal);
        if (!quotes && !dashes) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool before = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '-';
            if (c == '`')
            {
                if (i + 1 < text.Length && text[i + 1] == '`') { sb.Append('“'); i++; }
                else sb.Append('‘');
            }
            else if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                bool opens = before && i + 2 < text.Length && !char.IsWhiteSpace(text[i + 2]);
                sb.Append(opens ? '“' : '”');
                i++;
            }
            else if (c == '_' && before && (i + 1 == text.Length || text[i + 1] is ' ' or '\n'))
            {
                sb.Append('—');
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Joins hard-wrapped lines into paragraphs when the text is hard-wrapped: most lines run on into the next one
    /// and almost none is longer than the wrap width. A line starts a new paragraph after a blank line, when it is
    /// indented (where not every line is), when it opens a list item, or when the line before it stopped short: its
    /// next word would have fitted on it ("a title is only a line that stands apart"); an indented line that follows a
    /// line filled to at least 80% of the wrap width and not ending a sentence continues it. Lines of a paragraph are
    /// joined with one space (a word broken after a hyphen keeps the hyphen); a blank line stays a blank line; a
    /// paragraph that lost its final full stop gets it back (see <see cref="CloseParagraphs"/>). Text that is not
    /// hard-wrapped is returned unchanged.
    /// </summary>
    public static string Unwrap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOf('\n') < 0) return text;
        int width = WrapWidth(text);
        if (width == 0) return text;
        var lines = text.Split('\n');
        int indented = 0, nonBlank = 0;
        foreach (var l in lines)
        {
            if (string.IsNullOrWhiteSpace(l)) continue;
            nonBlank++;
            if (l[0] is ' ' or '\t') indented++;
        }
        bool indentMarksParagraphs = indented > 0 && indented * 10 < nonBlank * 8;
        var sb = new StringBuilder(text.Length);
        string? previous = null;     // the previous non-blank line, trimmed, when the paragraph is open
        bool blank = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                if (sb.Length > 0) blank = true;
                previous = null;
                continue;
            }
            var trimmed = line.TrimStart();
            bool indent = line.Length > trimmed.Length;
            // An indented line still continues a full line that stopped mid-sentence ("… Sexually Transmitted Diseases" /
            // " Control indicates …"): a stray space is no paragraph where the sentence has not ended.
            bool runsOn = previous is not null && !EndsSentence(previous) && previous.Length * 5 >= width * 4;
            bool starts = previous is null || (indentMarksParagraphs && indent && !runsOn) || IsListMark(trimmed)
                || StoppedShort(previous, trimmed, width);
            if (sb.Length > 0)
            {
                if (blank) sb.Append("\n\n");
                else if (starts) sb.Append('\n');
                else if (!(previous![^1] == '-' && previous.Length > 1 && char.IsLetter(previous[^2]) && char.IsLower(trimmed[0]))) sb.Append(' ');
            }
            sb.Append(trimmed);
            blank = false;
            previous = trimmed;
        }
        return CloseParagraphs(sb.ToString());
    }

    /// <summary>
    /// A wire paragraph whose last sentence runs eight words or more and ends in a lower-case word, with another
    /// paragraph after it that starts like a sentence, lost its full stop ("… the Peace Now group said this action will
    /// cause more trouble for the final-status talks" / "The number of …"): the stop is put back, so the sentence ends
    /// where the paragraph does. A slug or code after a stop ("… reports said. enditem nnnn") is too short to count.
    /// </summary>
    private static string CloseParagraphs(string text)
    {
        var paragraphs = text.Split('\n');
        bool changed = false;
        for (int p = 1; p < paragraphs.Length; p++) // the first may be a title
        {
            var para = paragraphs[p];
            if (para.Length == 0 || !char.IsLower(para[^1])) continue;
            int q = p + 1;
            while (q < paragraphs.Length && paragraphs[q].Length == 0) q++;
            if (q == paragraphs.Length || !(char.IsUpper(paragraphs[q][0]) || paragraphs[q][0] is '“' or '"')) continue;
            int stop = para.LastIndexOfAny(['.', '!', '?', ':', ';']);
            if (para[(stop + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 8) continue;
            paragraphs[p] = para + ".";
            changed = true;
        }
        return changed ? string.Join('\n', paragraphs) : text;
    }

    /// <summary>
    /// The wrap width of a hard-wrapped text (the longest line, ignoring a few outliers), or 0 when the text is not
    /// hard-wrapped: at least two lines run on into a next line, they are at least a third of the lines, the
    /// median line is 35 to 100 characters and hardly any line is over 110.
    /// </summary>
    private static int WrapWidth(string text)
    {
        var lengths = new List<int>();
        int runOn = 0, longLines = 0, pos = 0;
        bool previousRunsOn = false;
        while (pos <= text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            var l = text.AsSpan(pos, end - pos).Trim();
            if (l.IsEmpty) previousRunsOn = false;
            else
            {
                if (previousRunsOn) runOn++;
                lengths.Add(l.Length);
                if (l.Length > 110 && ++longLines * 20 > lengths.Count + 20) return 0;
                previousRunsOn = !EndsSentence(l);
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        if (lengths.Count < 3 || runOn < 2 || runOn * 3 < lengths.Count || longLines * 20 > lengths.Count) return 0;
        lengths.Sort();
        int typical = lengths[lengths.Count / 2];
        int width = 0;
        foreach (var n in lengths) if (n <= 110) width = n;
        return typical is >= 35 and <= 100 && width >= 40 ? width : 0;
    }

    /// <summary>
    /// The line before stopped short of the wrap width: it ends a sentence and the next word would have fitted on
    /// it, or it is under 60% of the width and has no lower-case letter (a title or byline in capitals). A short line
    /// that does not end a sentence is otherwise a wrapped line ("… strongman Tan" / "Voss as sole prime minister").
    /// </summary>
    private static bool StoppedShort(string previous, string next, int width) =>
        (previous.Length * 10 < width * 6 && !previous.Any(char.IsLower))
        || (EndsSentence(previous) && previous.Length + 1 + FirstWordLength(next) <= width);

    private static bool EndsSentence(ReadOnlySpan<char> s)
    {
        s = s.TrimEnd("\"'”’)] ");
        return s.Length > 0 && s[^1] is '.' or '!' or '?' or ':';
    }

    private static int FirstWordLength(string s)
    {
        int i = s.IndexOf(' ', StringComparison.Ordinal);
        return i < 0 ? s.Length : i;
    }

    private static bool IsListMark(string s) =>
        s.Length > 2 && ((s[0] is '-' or '*' or '•' && s[1] == ' ') || (char.IsDigit(s[0]) && s.IndexOf(". ", StringComparison.Ordinal) is > 0 and < 3));
}
