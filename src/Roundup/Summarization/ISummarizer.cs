using Roundup.Model;

namespace Roundup.Summarization;

/// <summary>
/// A multi-document summarizer: picks sentences from a segmented, term-analyzed cluster within a length budget.
/// Implementations rate sentences their own way; budget, ordering and support detection are shared.
/// </summary>
public interface ISummarizer
{
    /// <summary>Algorithm name as used on the command line.</summary>
    string Name { get; }

    /// <summary>Summarizes <paramref name="cluster"/> (already cleaned, segmented and term-analyzed).</summary>
    Summary Summarize(Cluster cluster, SummaryOptions options);
}
