using Roundup.Model;

namespace Roundup.Quotes;

/// <summary>A quotation as the marks delimit it, before attribution: its parts and where its marks are.</summary>
internal sealed class MarkedQuote
{
    public required List<TextSpan> Parts { get; init; }
    public required int Open { get; init; }
    public required int OpenLength { get; init; }
    public required int Close { get; set; }
    public required int CloseLength { get; set; }

    /// <summary>Just past the closing mark.</summary>
    public int End => Close + CloseLength;

    /// <summary>Whether the quotation runs over more than one paragraph.</summary>
    public bool MultiParagraph { get; init; }
}

/// <summary>
/// Finds quotation spans in every common style: curly “…”, straight "…", wire-style `` … '', NYT's ''…'',
/// guillemets « … » and low-high „ … “. A straight or doubled-apostrophe mark opens or closes by what stands beside
/// it (space before and a word after opens; a word before and space or punctuation after closes). A quotation left
/// open at a paragraph's end continues when the next paragraph starts with an opening mark (the convention for a
/// quotation running over paragraphs); otherwise it is dropped, since an unclosed mark is more often a stray.
/// </summary>
internal static class QuoteMarks
{
    private enum Family { Curly, LowHigh, Guillemet, Backtick, Straight, Apostrophes, Single }

    private readonly record struct Mark(int Pos, int Length, bool CanOpen, bool CanClose, Family Family, char Char);

    /// <summary>The quotations of <paramref name="text"/> in text order (nested quotations are part of the outer one).</summary>
    public static List<MarkedQuote> Find(string text)
    {
        var result = new List<MarkedQuote>();
        // The open mark, if any (a flag and a value rather than a Mark?, and the marks in an array rather than a
        // List<Mark>: generic code over this struct would be compiled at run time in every process).
        bool isOpen = false;
        Mark open = default;
        var parts = new List<TextSpan>();
        int firstOpen = -1, firstOpenLength = 0;
        int openParagraphEnd = -1;   // where the paragraph holding the open mark ends
        var marks = Scan(text, out int count);
        // British style quotes in single marks ('We will see them in court,' she said). They are read only in a text
        // with no double quotation mark of any kind: beside double marks a single mark is a nested quotation or an
        // apostrophe.
        if (count == 0) marks = ScanSingle(text, out count);
        for (int k = 0; k < count; k++)
        {
            var m = marks[k];
            if (isOpen && m.Pos > openParagraphEnd)
            {
                var o = open;
                // The quotation crossed a paragraph end while open: it continues only when this mark opens the next
                // paragraph (blank lines between are fine).
                bool continues = m.CanOpen && AtParagraphStart(text, m.Pos) && NextParagraphStart(text, openParagraphEnd) == m.Pos;
                if (continues)
                {
                    AddPart(text, parts, o.Pos + o.Length, openParagraphEnd);
                    open = m;
                    openParagraphEnd = ParagraphEnd(text, m.Pos);
                    continue;
                }
                isOpen = false;
                parts.Clear();
            }
            if (!isOpen)
            {
                if (m.CanOpen)
                {
                    isOpen = true;
                    open = m;
                    firstOpen = m.Pos;
                    firstOpenLength = m.Length;
                    openParagraphEnd = ParagraphEnd(text, m.Pos);
                }
                continue;
            }
            var current = open;
            if (Closes(current, m))
            {
                bool multi = parts.Count > 0;
                AddPart(text, parts, current.Pos + current.Length, m.Pos);
                if (parts.Count > 0)
                    result.Add(new MarkedQuote { Parts = [.. parts], Open = firstOpen, OpenLength = firstOpenLength, Close = m.Pos, CloseLength = m.Length, MultiParagraph = multi });
                parts.Clear();
                isOpen = false;
            }
            else if (m.CanOpen && !m.CanClose && m.Family == current.Family && parts.Count == 0)
            {
                // A second opening mark of the same kind: the first was never closed.
                open = m;
                firstOpen = m.Pos;
                firstOpenLength = m.Length;
            }
        }
        return result;
    }

    private static void AddPart(string text, List<TextSpan> parts, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) parts.Add(new TextSpan(start, end - start));
    }

    private static bool Closes(Mark open, Mark m)
    {
        if (!m.CanClose) return false;
        return open.Family switch
        {
            Family.Curly => m.Char is '”' or '"' || (m.Char == '“' && !m.CanOpen),
            Family.LowHigh => m.Char is '“' or '”',
            Family.Guillemet => m.Char == '»',
            Family.Backtick => m.Family == Family.Apostrophes || m.Char is '”' or '"',
            Family.Straight => m.Char is '"' or '”',
            Family.Apostrophes => m.Family == Family.Apostrophes || m.Char == '”',
            Family.Single => m.Family == Family.Single,
            _ => false,
        };
    }

    private static readonly System.Buffers.SearchValues<char> MarkChars = System.Buffers.SearchValues.Create("“”„«»`'\"");

    [ThreadStatic] private static Mark[]? t_marks;

    /// <summary>
    /// The marks of <paramref name="text"/> in text order: the first <paramref name="count"/> of the returned array,
    /// which belongs to the calling thread and is reused by its next call.
    /// </summary>
    private static Mark[] Scan(string text, out int count)
    {
        var marks = t_marks ??= new Mark[16];
        count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int next = text.AsSpan(i).IndexOfAny(MarkChars); // jump to the next character that may be a mark
            if (next < 0) break;
            i += next;
            char c = text[i];
            switch (c)
            {
                case '“':
                {
                    var (left, right) = Flanks(text, i, 1);
                    Add(ref marks, ref count, new Mark(i, 1, left || !right, right && !left, Family.Curly, c));
                    break;
                }
                case '”':
                {
                    var (left, right) = Flanks(text, i, 1);
                    Add(ref marks, ref count, new Mark(i, 1, left && !right, right || !left, Family.Curly, c));
                    break;
                }
                case '„':
                    Add(ref marks, ref count, new Mark(i, 1, true, false, Family.LowHigh, c));
                    break;
                case '«':
                    Add(ref marks, ref count, new Mark(i, 1, true, false, Family.Guillemet, c));
                    break;
                case '»':
                    Add(ref marks, ref count, new Mark(i, 1, false, true, Family.Guillemet, c));
                    break;
                case '`' when i + 1 < text.Length && text[i + 1] == '`':
                    Add(ref marks, ref count, new Mark(i, 2, true, false, Family.Backtick, c));
                    i++;
                    break;
                case '\'' when i + 1 < text.Length && text[i + 1] == '\'':
                {
                    var (left, right) = Flanks(text, i, 2);
                    Add(ref marks, ref count, new Mark(i, 2, left || !right, right || !left, Family.Apostrophes, c));
                    i++;
                    break;
                }
                case '"':
                {
                    var (left, right) = Flanks(text, i, 1);
                    Add(ref marks, ref count, new Mark(i, 1, left || !right, right || !left, Family.Straight, c));
                    break;
                }
            }
        }
        t_marks = marks;
        return marks;
    }

    private static readonly System.Buffers.SearchValues<char> SingleChars = System.Buffers.SearchValues.Create("‘’'");

    /// <summary>
    /// Single quotation marks (‘…’ and '…'), for a text with no double ones. A mark opens with a space or an opening
    /// sign before it and a letter or digit after it ("'We", "‘Nobody"); it closes after a sentence sign ("court,'")
    /// or, after a letter, only before punctuation or the end of a line ("hesitation'."), so a plural possessive
    /// ("the residents' petition") and an apostrophe inside a word ("don't") are no marks.
    /// </summary>
    private static Mark[] ScanSingle(string text, out int count)
    {
        var marks = t_marks ??= new Mark[16];
        count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int next = text.AsSpan(i).IndexOfAny(SingleChars);
            if (next < 0) break;
            i += next;
            char c = text[i];
            char before = i > 0 ? text[i - 1] : '\n';
            char after = i + 1 < text.Length ? text[i + 1] : '\n';
            bool open = char.IsLetterOrDigit(after) && (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or ':' or '\u00A0') && c != '’';
            bool close = !char.IsWhiteSpace(before)
                && (before is ',' or '.' or '!' or '?' or '…' ? !char.IsLetterOrDigit(after) : char.IsLetter(before) && (after is '\n' or '\r' || (char.IsPunctuation(after) && after is not ('\'' or '’' or '-'))));
            if (open || close) Add(ref marks, ref count, new Mark(i, 1, open, close && !open, Family.Single, c));
        }
        t_marks = marks;
        return marks;
    }

    private static void Add(ref Mark[] marks, ref int count, Mark mark)
    {
        if (count == marks.Length) Array.Resize(ref marks, marks.Length * 2);
        marks[count++] = mark;
    }

    /// <summary>Left-flanking (may open: no space after, space or an opening sign before) and right-flanking (may close).</summary>
    private static (bool Left, bool Right) Flanks(string text, int pos, int length)
    {
        char before = pos > 0 ? text[pos - 1] : '\n';
        char after = pos + length < text.Length ? text[pos + length] : '\n';
        bool left = !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':' or ',' or ';' or '“' or '‘' or '`' or '\u00A0');
        bool right = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || after is '\u00A0');
        return (left, right);
    }

    private static int ParagraphEnd(string text, int pos)
    {
        int nl = text.IndexOf('\n', pos);
        return nl < 0 ? text.Length : nl;
    }

    private static int NextParagraphStart(string text, int paragraphEnd)
    {
        int i = paragraphEnd;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static bool AtParagraphStart(string text, int pos)
    {
        for (int i = pos - 1; i >= 0; i--)
        {
            if (text[i] == '\n') return true;
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return true;
    }
}
