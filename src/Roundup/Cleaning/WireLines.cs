using System.Text.RegularExpressions;
using Roundup.Lexicon;

namespace Roundup.Cleaning;

/// <summary>
/// Newswire lines that are not story text, from the <c>wire-codes</c> lexicon: notes to editors and syndication
/// notices ("(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)", "(Distributed by …)", "For Use By Clients of the
/// New York Times News Service"), end-of-story and separator marks ("-0-", "(MORE)", "XXXX END OF STORY") and
/// transmission slugs ("NYT-06-12-98 2216EDT"). The cleaner removes them with the reasons below.
/// </summary>
public static class WireLines
{
    /// <summary>Reason for a note to editors or a syndication notice.</summary>
    public const string NoteReason = "wire-note";

    /// <summary>Reason for an end-of-story mark, a separator or a transmission slug.</summary>
    public const string SlugReason = "wire-slug";

    private static readonly string[] Notes = Entries("note");
    private static readonly HashSet<string> Marks = new(Entries("mark"), StringComparer.OrdinalIgnoreCase);
    private static readonly Regex[] Slugs = [.. Entries("slug").Select(p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))];

    /// <summary>First characters of every note, upper-cased: a line starting otherwise is no note (a cheap gate).</summary>
    private static readonly string NoteStarts = new([.. Notes.Select(n => char.ToUpperInvariant(n[0])).Distinct()]);

    private static string[] Entries(string kind)
    {
        var prefix = kind + " ";
        return [.. LanguageLexicon.English.Lines("wire-codes").Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l[prefix.Length..].Trim())];
    }

    /// <summary>The reason <paramref name="line"/> (trimmed) is wire furniture, or null when it is story text.</summary>
    public static string? Classify(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty) return null;
        if (NoteStarts.Contains(char.ToUpperInvariant(line[0]), StringComparison.Ordinal))
        {
            foreach (var note in Notes)
                if (line.StartsWith(note, StringComparison.OrdinalIgnoreCase)) return NoteReason;
        }
        if (line.Length > 60) return null;
        var s = line.ToString();
        if (Marks.Contains(s)) return SlugReason;
        foreach (var slug in Slugs)
            if (slug.IsMatch(s)) return SlugReason;
        return null;
    }
}
