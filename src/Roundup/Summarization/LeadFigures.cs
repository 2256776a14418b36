namespace Roundup.Summarization;

/// <summary>
/// A lead paragraph gives its figures before its comment. A short summary goes on as its opening article's lead
/// goes on (<see cref="CoverageOptions.AnchorFollow"/>); when the summary has given no figure yet, the article's next
/// unit gives none either (a comment: "While Putin would almost certainly win a second round, …") and the unit after
/// it does ("With 93 percent of the vote … counted …, Putin had 52.4 percent …"), the lead goes on with the figure:
/// the outcome a reader was told to expect, not another sentence about it. A figure is one of
/// <see cref="HeadlineFigures.Figures"/> (a count, a share, money; not a year, a date's day or a name's number). As
/// the headline figure, only in a topic of <see cref="HeadlineFigures.MinArticles"/> or more reports: in Multi-News
/// clusters of three to ten web reports it changed 11 of 250 120-word summaries, most of them for the worse (the
/// shooting's time and place gave way to the clinic's street address, a poll's lead to its figures alone).
/// </summary>
internal static class LeadFigures
{
    /// <summary>
    /// The unit the lead paragraph goes on with: <paramref name="follow"/> (the article's next unit), or
    /// <paramref name="after"/> (the unit after it, -1 when none) when neither the <paramref name="chosen"/> sentences
    /// nor <paramref name="follow"/> give a figure and <paramref name="after"/> does and does not lean on the sentence
    /// before it (<paramref name="glued"/>: an opening "they", "the other 33").
    /// </summary>
    public static int Next(ClusterFeatures f, List<(int Start, int Count)> units, bool[] glued, int follow, int after, List<int> chosen)
    {
        // Only in a topic of many reports (HeadlineFigures.MinArticles): a web feature's next sentence is its story,
        // and the figures two sentences on were as often a side detail (an address, a study's sample size).
        if (f.Articles.Length < HeadlineFigures.MinArticles) return follow;
        // One that leans on the sentence it would skip ("It has already been approved by 40 other countries.") is no lead's next sentence.
        if (after < 0 || glued[units[after].Start]) return follow;
        var found = new List<string>();
        foreach (int i in chosen) HeadlineFigures.Figures(f.Texts[i], found, clauseEnd: true);
        if (found.Count > 0 || GivesFigure(f, units[follow], found)) return follow;
        return GivesFigure(f, units[after], found) ? after : follow;
    }

    private static bool GivesFigure(ClusterFeatures f, (int Start, int Count) unit, List<string> found)
    {
        for (int i = unit.Start; i < unit.Start + unit.Count; i++) HeadlineFigures.Figures(f.Texts[i], found, clauseEnd: true);
        return found.Count > 0;
    }
}
