using Roundup.Model;

namespace Roundup.Summarization;

/// <summary>
/// Baseline: the first sentence of each article in turn, then the second of each, and so on, until the budget is
/// spent; a sentence that would take a word budget past its limit is passed over, like every summarizer does.
/// Headline-like lines and near-copy articles are skipped.
/// A classic strong baseline for news.
/// </summary>
public sealed class LeadSummarizer : ISummarizer
{
    private static readonly ISentenceSimilarity Lexical = new LexicalSimilarity();

    /// <inheritdoc />
    public string Name => "lead";

    /// <inheritdoc />
    public Summary Summarize(Cluster cluster, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(options);
        var f = ClusterFeatures.Build(cluster);
        var bodies = new List<int>[f.Articles.Length];
        for (int a = 0; a < bodies.Length; a++) bodies[a] = [];
        for (int i = 0; i < f.Sentences.Length; i++)
            if (!f.Sentences[i].IsHeadline) bodies[f.ArticleOf[i]].Add(i);
        var chosen = new List<int>();
        var scores = new List<double>();
        int words = 0;
        int maxLen = 0;
        foreach (var b in bodies) maxLen = Math.Max(maxLen, b.Count);
        for (int round = 0; round < maxLen && !Budget.IsSpent(options, chosen.Count, words); round++)
        {
            foreach (var body in bodies)
            {
                if (round >= body.Count) continue;
                if (Budget.IsSpent(options, chosen.Count, words)) break;
                int i = body[round];
                if (options.Sentences is null && words + f.Words[i] > options.Words) continue;
                chosen.Add(i);
                scores.Add(1.0 / (round + 1));
                words += f.Words[i];
            }
        }
        return SummaryAssembler.Assemble(Name, f, chosen, scores, LexicalSimilarity.For(f), Lexical.SameContentThreshold, wordLimit: options.Sentences is null ? options.Words : int.MaxValue);
    }
}
