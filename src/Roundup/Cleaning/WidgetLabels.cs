using Roundup.Lexicon;

namespace Roundup.Cleaning;

/// <summary>
/// A widget's label run into a paragraph of the story ("Email This Even at 88, Betty White has the ambition of a
/// 20-something! She brought down the house …"): a line that opens with a label of <c>widget-labels</c> and a
/// capital is widget residue when short (the boilerplate rule <c>widget-lead</c> removes it whole, up to
/// <see cref="MaxResidueLength"/> characters: a video's caption after "CLOSE"), and the story's own paragraph when
/// longer, of which only the label goes.
/// </summary>
public static class WidgetLabels
{
    /// <summary>Longest line the <c>widget-lead</c> rule removes whole (its <c>max-length</c>).</summary>
    public const int MaxResidueLength = 400;

    private static readonly string[] Labels = [.. LanguageLexicon.English.Lines("widget-labels")];

    /// <summary>
    /// The length of the label and the spaces after it that open <paramref name="line"/> (trimmed) when the line is
    /// longer than <see cref="MaxResidueLength"/> and a capital follows the label; else 0.
    /// </summary>
    public static int Length(ReadOnlySpan<char> line)
    {
        if (line.Length <= MaxResidueLength) return 0;
        foreach (var label in Labels)
        {
            if (!line.StartsWith(label, StringComparison.Ordinal)) continue;
            int next = label.Length;
            if (next >= line.Length || line[next] != ' ') continue;
            while (next < line.Length && line[next] == ' ') next++;
            if (next < line.Length && char.IsUpper(line[next])) return next;
        }
        return 0;
    }
}
