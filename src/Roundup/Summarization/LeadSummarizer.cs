using Roundup.Model;

namespace Roundup.Summarization;

/// <summary>
/// Baseline: the first sentence of each article in turn, then the second of each, and so on, until the budget is
/// spent. Headline-like lines are skipped. A classic strong baseline for news.
/// </summary>
public sealed class LeadSummarizer : ISummarizer
{
    /// <inheritdoc />
    public string Name => "lead";

    /// <inheritdoc />
    public Summary Summarize(Cluster cluster, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(options);
        var bodies = cluster.Articles.Where(a => a.DuplicateOf is null)
            .Select(a => a.Sentences.Where(s => !s.IsHeadline).ToList()).ToList();
        var chosen = new List<SummarySentence>();
        int words = 0;
        int maxLen = bodies.Count == 0 ? 0 : bodies.Max(b => b.Count);
        for (int round = 0; round < maxLen; round++)
        {
            foreach (var body in bodies)
            {
                if (round >= body.Count) continue;
                if (Budget.IsSpent(options, chosen.Count, words)) return new Summary(Name, chosen);
                var s = body[round];
                chosen.Add(new SummarySentence(s, s.Text, 1.0 / (round + 1), []));
                words += s.WordCount;
            }
        }
        return new Summary(Name, chosen);
    }
}
