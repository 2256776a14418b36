namespace Roundup.Cleaning;

/// <summary>
/// Broadcast transcripts (NPR, CNN, PBS) label each turn with its speaker in capitals: "MICHEL MARTIN, HOST:" or
/// "ANDERSON COOPER, CNN ANCHOR:" on the host's first turn, then the surname alone ("MARTIN: That's Opal Lee."), and
/// each guest by name ("OPAL LEE: I kept telling …", "LEE: …"). The host's and the reporters' turns are the story's
/// narration: the cleaner removes their label (reason <see cref="Reason"/>) and keeps their words, so a sentence no
/// longer opens with a label that makes it a box's line. A guest's turn is that person's words: its label stays, and
/// the turn stays out of the summary as the words of someone other than the writer.
/// A transcript is an article with a label that names a broadcast role (host, anchor, byline, correspondent,
/// reporter, moderator) and at least one more labelled turn.
/// </summary>
public static class TranscriptTurns
{
    /// <summary>Reason for a host's or a reporter's speaker label.</summary>
    public const string Reason = "speaker-label";

    /// <summary>The words of a speaker's role that make its turns the story's narration.</summary>
    private static readonly string[] NarratorRoles = ["HOST", "CO-HOST", "ANCHOR", "BYLINE", "CORRESPONDENT", "REPORTER", "MODERATOR"];

    /// <summary>At most this many words of capitals in a speaker's name.</summary>
    private const int MaxNameWords = 4;

    /// <summary>
    /// The surnames of the narrators (host, anchor, reporter) of a transcript in <paramref name="raw"/>, or null when
    /// the text is no transcript.
    /// </summary>
    public static HashSet<string>? Narrators(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.IndexOf(':') < 0) return null;
        HashSet<string>? narrators = null;
        int labels = 0;
        foreach (var range in raw.AsSpan().Split('\n'))
        {
            var line = raw.AsSpan(range).Trim();
            if (!Label(line, out var name, out var role, out _)) continue;
            labels++;
            if (role.IsEmpty || !IsNarratorRole(role)) continue;
            narrators ??= new HashSet<string>(StringComparer.Ordinal);
            narrators.Add(Surname(name).ToString());
        }
        return narrators is not null && labels >= 2 ? narrators : null;
    }

    /// <summary>
    /// The length of the narrator's label that opens <paramref name="line"/> (trimmed), with the colon and the spaces
    /// after it, or 0 when the line opens with no label of one of <paramref name="narrators"/>.
    /// </summary>
    public static int NarratorLabelLength(ReadOnlySpan<char> line, HashSet<string> narrators)
    {
        ArgumentNullException.ThrowIfNull(narrators);
        if (!Label(line, out var name, out var role, out int end)) return 0;
        if (!role.IsEmpty && !IsNarratorRole(role)) return 0;
        if (!narrators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Surname(name))) return 0;
        while (end < line.Length && char.IsWhiteSpace(line[end])) end++;
        return end;
    }

    private static bool IsNarratorRole(ReadOnlySpan<char> role)
    {
        foreach (var word in role.Split(' '))
        {
            var w = role[word].Trim(" ,()");
            foreach (var r in NarratorRoles)
                if (w.SequenceEqual(r)) return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> Surname(ReadOnlySpan<char> name)
    {
        int space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }

    /// <summary>
    /// A speaker's label opening the line: one to four words of capitals (a name: letters, dots, apostrophes, hyphens),
    /// optionally a comma and a role in capitals ("HOST", "CNN ANCHOR", "BYLINE"), then a colon that ends the line or
    /// is followed by a space.
    /// </summary>
    private static bool Label(ReadOnlySpan<char> line, out ReadOnlySpan<char> name, out ReadOnlySpan<char> role, out int length)
    {
        name = role = [];
        length = 0;
        int colon = line.IndexOf(':');
        if (colon < 2 || colon > 60) return false;
        if (colon + 1 < line.Length && line[colon + 1] != ' ') return false;
        var head = line[..colon];
        int comma = head.IndexOf(',');
        name = comma < 0 ? head : head[..comma];
        role = comma < 0 ? [] : head[(comma + 1)..].Trim();
        if (!IsCapitalWords(name, MaxNameWords, allowParentheses: false)) return false;
        if (comma >= 0 && !IsCapitalWords(role, MaxNameWords, allowParentheses: true)) return false;
        length = colon + 1;
        return true;
    }

    private static bool IsCapitalWords(ReadOnlySpan<char> text, int maxWords, bool allowParentheses)
    {
        if (text.IsEmpty || text[0] == ' ' || text[^1] == ' ') return false;
        int words = 1, letters = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ')
            {
                if (text[i - 1] == ' ' || ++words > maxWords) return false;
            }
            else if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            else if (!(c is '.' or '\'' or '’' or '-' || (allowParentheses && c is '(' or ')'))) return false;
        }
        return letters >= 2;
    }
}
