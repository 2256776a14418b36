using Roundup.Evaluation.Rouge;

namespace Roundup.Evaluation;

/// <summary>A named way of scoring summaries: the summary length asked of the system and the ROUGE settings.</summary>
/// <param name="Name">Preset name used on the command line.</param>
/// <param name="Words">Word budget given to Roundup's summarizers.</param>
/// <param name="Rouge">ROUGE settings (cuts, measures, stemming, intervals).</param>
/// <param name="Description">One line saying what the preset reproduces.</param>
public sealed record SummaryEvaluationProtocol(string Name, int Words, RougeOptions Rouge, string Description)
{
    /// <summary>Whether the protocol's headline figure is recall (DUC) rather than F (default false).</summary>
    public bool ReportsRecall { get; init; }

    /// <summary>
    /// The project's standard Multi-News protocol: summaries cut to their first 250 words, scored against the one
    /// reference with ROUGE-1.5.5 <c>-c 95 -r 1000 -n 2 -2 4 -U -m -a</c>, F1 averaged over clusters.
    /// </summary>
    public static SummaryEvaluationProtocol MultiNews { get; } = new(
        "multinews", 250, RougeOptions.Standard,
        "peer cut to 250 words; ROUGE-1.5.5 -c 95 -r 1000 -n 2 -2 4 -U -m -a; F1");

    /// <summary>
    /// DUC 2004 task 2 (multi-document, 665 bytes): ROUGE-1.5.5 <c>-a -c 95 -b 665 -m -n 4 -w 1.2</c>, recall,
    /// every reference and the peer cut to 665 bytes, references averaged (<c>-f A</c>).
    /// </summary>
    public static SummaryEvaluationProtocol Duc2004 { get; } = new(
        "duc2004", 100,
        new RougeOptions { MaxN = 4, SkipDistance = null, WlcsWeight = 1.2, ByteLimit = 665 },
        "everything cut to 665 bytes; ROUGE-1.5.5 -a -c 95 -b 665 -m -n 4 -w 1.2; recall")
    {
        ReportsRecall = true,
    };

    /// <summary>
    /// DUC 2006 (multi-document, 250 words), as NIST scored it: the peer cut to 250 words, ROUGE-1.5.5
    /// <c>-n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a</c>, jackknifed over the references (with 4
    /// references each item scores the mean against every set of 3), recall.
    /// </summary>
    public static SummaryEvaluationProtocol Duc2006 { get; } = new(
        "duc2006", 250,
        new RougeOptions { MaxN = 4, SkipDistance = 4, SkipUnigrams = true, WlcsWeight = 1.2, PeerWordLimit = 250, Jackknife = true, Formula = RougeFormula.Average },
        "peer cut to 250 words; ROUGE-1.5.5 -n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a, jackknifed; recall")
    {
        ReportsRecall = true,
    };

    /// <summary>The presets by name.</summary>
    public static IReadOnlyList<SummaryEvaluationProtocol> All { get; } = [MultiNews, Duc2004, Duc2006];

    /// <summary>Finds a preset by name (case-insensitive); throws <see cref="ArgumentException"/> for an unknown one.</summary>
    public static SummaryEvaluationProtocol Get(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown protocol '{name}'. Known: {string.Join(", ", All.Select(p => p.Name))}.");
}
