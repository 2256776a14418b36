using Roundup.Model;

namespace Roundup.Stories;

/// <summary>
/// The novelty test behind update summaries: how much of a sentence the earlier articles of its story did not carry,
/// measured on pairs of adjacent terms (the <c>terms</c> stage's stems, stopwords left out), so a sentence that only
/// repeats what was reported before scores near 0 and a sentence with a new name, number or event near 1.
/// </summary>
public static class StoryUpdates
{
    /// <summary>The term pairs of every sentence of <paramref name="articles"/> (which must have been segmented and analyzed).</summary>
    public static HashSet<string> KnownPairs(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in articles)
            foreach (var s in a.Sentences)
                foreach (var p in Pairs(s)) known.Add(p);
        return known;
    }

    /// <summary>The share of <paramref name="sentence"/>'s term pairs not in <paramref name="known"/> (1 for a sentence without pairs).</summary>
    public static double Novelty(Sentence sentence, IReadOnlySet<string> known)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(known);
        int total = 0, fresh = 0;
        foreach (var p in Pairs(sentence))
        {
            total++;
            if (!known.Contains(p)) fresh++;
        }
        return total == 0 ? 1 : (double)fresh / total;
    }

    private static IEnumerable<string> Pairs(Sentence s)
    {
        var t = s.Terms;
        for (int i = 0; i + 1 < t.Count; i++) yield return t[i] + " " + t[i + 1];
    }
}
