using System.Collections.Frozen;
using Roundup.Lexicon;
using Roundup.Model;

namespace Roundup.Cleaning;

/// <summary>
/// Some pages run a photo caption into the story's first words on one line, the caption closed by its credit in square
/// brackets: "Crowds have gathered outside the court since dawn [Reuters] The mayor of Harbor Town has resigned …".
/// Read as text, the caption becomes the start of the lead sentence, which then opens with a scene that is not the news.
/// The cleaner removes the caption with its credit (reason <see cref="BoilerplateReason.PhotoCredit"/>) and keeps the
/// story's words. A caption is what comes before the bracket on its line: at least <see cref="MinCaptionWords"/> words, no
/// sentence end, no quotation mark; the credit names a photo source of the <c>caption-credit-sources</c> lexicon; and a
/// capitalised word follows it. Square brackets inside a quotation ("as [Harbor] Secretary …") or around a link label are
/// left alone.
/// </summary>
public static class GluedCaptions
{
    /// <summary>Fewest words before the credit for them to be read as a caption.</summary>
    public const int MinCaptionWords = 3;

    /// <summary>Longest caption, in characters, with its credit.</summary>
    public const int MaxCaptionLength = 300;

    private static readonly FrozenSet<string> Sources = LanguageLexicon.English.Words("caption-credit-sources");

    /// <summary>
    /// The length of the caption and its bracketed credit that open <paramref name="line"/> (trimmed), with the spaces
    /// after the credit, or 0 when the line opens with no such caption.
    /// </summary>
    public static int Length(ReadOnlySpan<char> line)
    {
        int open = line.IndexOf('[');
        if (open < 1 || open > MaxCaptionLength) return 0;
        int close = line[open..].IndexOf(']');
        if (close < 2) return 0;
        close += open;
        if (!IsSource(line[(open + 1)..close])) return 0;
        // The story goes on after the credit with a capitalised word.
        int next = close + 1;
        if (next >= line.Length || line[next] != ' ') return 0;
        while (next < line.Length && line[next] == ' ') next++;
        if (next >= line.Length || !char.IsUpper(line[next])) return 0;
        // The caption: words with no sentence end and no quotation before the credit.
        var caption = line[..open].TrimEnd();
        if (caption.IsEmpty || !char.IsLetterOrDigit(caption[0]) || Sentence.CountWords(caption) < MinCaptionWords) return 0;
        if (caption.IndexOfAny("\"“”«»") >= 0 || caption.IndexOf('[') >= 0) return 0;
        for (int i = 0; i < caption.Length; i++)
            if (caption[i] is '.' or '!' or '?' && (i + 1 == caption.Length || caption[i + 1] == ' ') && !IsInitialOrAbbreviation(caption, i)) return 0;
        return next;
    }

    /// <summary>True when a part of the bracket's text ("AFP/Getty Images", "File: Reuters") names a photo source.</summary>
    private static bool IsSource(ReadOnlySpan<char> credit)
    {
        if (credit.Length > 60) return false;
        var lookup = Sources.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in credit.SplitAny("/:,"))
        {
            var name = credit[range].Trim();
            if (name.Length > 0 && lookup.Contains(name)) return true;
        }
        return false;
    }

    /// <summary>A dot that closes a one-letter initial or a short abbreviation ("U.S.", "Mr.", "St.") is no sentence end.</summary>
    private static bool IsInitialOrAbbreviation(ReadOnlySpan<char> text, int dot)
    {
        if (text[dot] != '.') return false;
        int start = dot;
        while (start > 0 && text[start - 1] != ' ') start--;
        var word = text[start..dot];
        return word.Length <= 3 && word.Length > 0 && char.IsUpper(word[0]);
    }
}
