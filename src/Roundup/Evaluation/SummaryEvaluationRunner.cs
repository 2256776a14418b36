using System.Collections.Concurrent;
using System.Diagnostics;
using Roundup.Evaluation.Rouge;
using Roundup.Pipeline;
using Roundup.Summarization;

namespace Roundup.Evaluation;

/// <summary>The scores of one system on a test set.</summary>
/// <param name="System">Algorithm name, or the name of the outputs file.</param>
/// <param name="Report">Averages and bootstrap intervals per ROUGE measure.</param>
/// <param name="Items">Per-item scores, in test-set order.</param>
/// <param name="Summaries">The peer summary of each scored item (its sentences), in the order of <paramref name="Items"/>.</param>
/// <param name="Missing">Items of the test set the system gave no summary for (not scored).</param>
/// <param name="SummarizeTime">Time spent summarizing (zero for outputs read from a file).</param>
/// <param name="ScoreTime">Time spent preparing texts and scoring.</param>
public sealed record SummaryEvaluationResult(
    string System,
    RougeReport Report,
    IReadOnlyList<RougeItemScore> Items,
    IReadOnlyList<IReadOnlyList<string>> Summaries,
    int Missing,
    TimeSpan SummarizeTime,
    TimeSpan ScoreTime)
{
    /// <summary>Reader-level checks of the scored summaries (fragments, dangling references, …; see <see cref="SummaryChecks"/>).</summary>
    public SummaryCheckReport Checks { get; } = SummaryChecks.Report(Summaries);
}

/// <summary>
/// Runs summarizers over a test set and scores them with one <see cref="RougeScorer"/>, so every system
/// (Roundup's algorithms or another system's outputs) is scored by the same scorer under the same protocol.
/// </summary>
public sealed class SummaryEvaluationRunner
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<RougeText>> _references = new(StringComparer.Ordinal);

    /// <summary>Creates a runner for <paramref name="protocol"/>.</summary>
    public SummaryEvaluationRunner(SummaryEvaluationProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        Protocol = protocol;
        Scorer = new RougeScorer(protocol.Rouge);
    }

    /// <summary>The protocol.</summary>
    public SummaryEvaluationProtocol Protocol { get; }

    /// <summary>The scorer shared by every system.</summary>
    public RougeScorer Scorer { get; }

    /// <summary>When true, Roundup's algorithms run with the embedding stage and semantic similarity (<see cref="RoundupPipelineBuilder.UseEmbeddings"/>).</summary>
    public bool UseEmbeddings { get; init; }

    /// <summary>
    /// Summarizes every case with Roundup's <paramref name="algorithm"/> (default pipeline, the protocol's word
    /// budget) and scores the summaries. Cases are processed in parallel; <paramref name="progress"/> receives
    /// one report per finished case.
    /// </summary>
    public SummaryEvaluationResult RunAlgorithm(string algorithm, IReadOnlyList<SummaryEvaluationCase> cases, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        ArgumentNullException.ThrowIfNull(cases);
        var options = new SummaryOptions { Words = Protocol.Words, Algorithm = algorithm };
        options.Validate();
        var builder = new RoundupPipelineBuilder().UseDefaults();
        if (UseEmbeddings) builder.UseEmbeddings();
        var pipeline = builder.UseSummarizer(options).Build();
        var summaries = new IReadOnlyList<string>?[cases.Count];
        var watch = Stopwatch.StartNew();
        Parallel.For(0, cases.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var cluster = pipeline.Run(cases[i].Cluster, cancellationToken);
            summaries[i] = cluster.Summary is { } s ? [.. s.Sentences.Select(x => x.Text)] : [];
            progress?.Report(1);
        });
        var summarizeTime = watch.Elapsed;
        return Score(algorithm, cases, summaries, summarizeTime);
    }

    /// <summary>Scores summaries given by id (another system's outputs); cases without one count as missing.</summary>
    public SummaryEvaluationResult RunOutputs(string system, IReadOnlyList<SummaryEvaluationCase> cases, IReadOnlyDictionary<string, IReadOnlyList<string>> outputs)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(outputs);
        var summaries = cases.Select(c => outputs.TryGetValue(c.Id, out var s) ? s : null).ToArray();
        return Score(system, cases, summaries, TimeSpan.Zero);
    }

    private SummaryEvaluationResult Score(string system, IReadOnlyList<SummaryEvaluationCase> cases, IReadOnlyList<IReadOnlyList<string>?> summaries, TimeSpan summarizeTime)
    {
        var watch = Stopwatch.StartNew();
        var scored = new RougeItemScore?[cases.Count];
        Parallel.For(0, cases.Count, i =>
        {
            if (summaries[i] is not { } peer) return;
            var refs = _references.GetOrAdd(cases[i].Id, _ => [.. cases[i].References.Select(Scorer.PrepareReference)]);
            scored[i] = Scorer.Score(Scorer.PreparePeer(peer), refs, cases[i].Id);
        });
        var items = new List<RougeItemScore>(cases.Count);
        var kept = new List<IReadOnlyList<string>>(cases.Count);
        int missing = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            if (scored[i] is { } item)
            {
                items.Add(item);
                kept.Add(summaries[i]!);
            }
            else missing++;
        }
        var report = Scorer.Aggregate(items);
        return new SummaryEvaluationResult(system, report, items, kept, missing, summarizeTime, watch.Elapsed);
    }
}
