using Roundup.Evaluation;
using Roundup.Evaluation.Rouge;
using Roundup.Pipeline;

namespace Roundup.Bench;

/// <summary>A summarization dev set read and run through the default pipeline, with the protocol's ROUGE scorer.</summary>
internal sealed record PreparedDevSet(List<SummaryEvaluationCase> Cases, RougeScorer Scorer, SummaryEvaluationProtocol Protocol)
{
    /// <summary>
    /// Loads <paramref name="path"/> (the DUC 2006 protocol for a path naming duc2006, else Multi-News) and cleans,
    /// segments and analyses every cluster.
    /// </summary>
    public static PreparedDevSet Load(string path)
    {
        var proto = path.Contains("duc2006", StringComparison.OrdinalIgnoreCase) ? SummaryEvaluationProtocol.Duc2006 : SummaryEvaluationProtocol.MultiNews;
        var cases = SummaryEvaluationDataset.Load(path).ToList();
        var prepare = new RoundupPipelineBuilder().UseDefaults().Build();
        Parallel.For(0, cases.Count, i => prepare.Run(cases[i].Cluster));
        return new PreparedDevSet(cases, new RougeScorer(proto.Rouge), proto);
    }
}
