namespace Roundup.Summarization;

/// <summary>
/// The later stage of a running story: a lead written before a step was taken denies it ("Police didn't identify whose
/// bodies were found Tuesday", "He has not been charged"), while another report says near its top that it was taken
/// ("Authorities identified the two bodies as …", "… was charged with murder"). A short summary that keeps the earlier
/// lead still tells the reader where the story stands when it says that step too: each unit that says it weighs more
/// until the summary takes one.
/// </summary>
internal static class SettledSteps
{
    /// <summary>How far into its article's story (see <see cref="CoverageSummarizer.StoryPositions"/>) a sentence may stand to settle a step: a report's news is at its top.</summary>
    internal const int SettledWithin = 2;

    /// <summary>
    /// When a sentence of the anchor unit denies a step (lexicon <c>settled-stage-verbs</c>) that a sentence of another
    /// article, at story position at most <see cref="SettledWithin"/> and not inside a quotation run on from the sentence before, says was taken
    /// (<see cref="SentenceRules.SettledBy"/>), multiplies the value of every unit that holds such a sentence by
    /// <paramref name="factor"/>, and returns the boost, undone once one of them is taken (<see cref="UnitBoost.Taken"/>);
    /// else null.
    /// </summary>
    public static UnitBoost? Boost(ClusterFeatures f, List<(int Start, int Count)> units, int anchor, int[] position, double[] unitValue, double factor)
    {
        if (factor <= 1) return null;
        var (start, count) = units[anchor];
        int own = f.ArticleOf[start];
        var pending = new List<string>();
        for (int i = start; i < start + count; i++)
            if (SentenceRules.Negative(f.Texts[i])) pending.Add(f.Texts[i]);
        if (pending.Count == 0) return null;
        var group = new List<int>();
        var inside = f.Quotes.StartsInside;
        for (int u = 0; u < units.Count; u++)
        {
            if (u == anchor) continue;
            for (int j = units[u].Start; j < units[u].Start + units[u].Count; j++)
                if (f.ArticleOf[j] != own && position[j] <= SettledWithin && !inside[j] && pending.Exists(p => SentenceRules.SettledBy(p, f.Texts[j])))
                {
                    group.Add(u);
                    break;
                }
        }
        return UnitBoost.Apply([group], unitValue, factor);
    }
}
