using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Roundup.Store;

namespace Roundup.Server;

/// <summary>
/// Writes new summaries in the background: every few hundred milliseconds it takes the stories that are due
/// (<see cref="DebouncedStories"/>) and summarizes them from their stored articles, several at once
/// (<see cref="ServerOptions.SummaryWorkers"/>), writing each as a new version one at a time. Reads never wait
/// for it. At shutdown it stops; stories left unsummarized are found again at the next start (their newest summary is
/// older than their newest article).
/// </summary>
public sealed partial class SummaryWorker(StoryIngestor ingestor, DebouncedStories pending, ServerOptions options, ServerMetrics metrics, ILogger<SummaryWorker> log) : BackgroundService
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    private readonly Counter<long> _summaries = metrics.Meter.CreateCounter<long>("roundup.summaries", description: "Summary versions written.");

    /// <summary>Summary versions written since start.</summary>
    public long Written => Interlocked.Read(ref _written);

    private long _written;
    private int _running;
    private volatile bool _ready;

    /// <summary>Whether the stored articles have been replayed into the clustering (ingested articles wait until then).</summary>
    public bool Ready => _ready;

    /// <summary>Stories being summarized now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var s in await Task.Run(() => ingestor.Replay(cancellationToken: stoppingToken), stoppingToken).ConfigureAwait(false)) pending.Touch(s);
        _ready = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(200, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            // Counted as running from before the stories leave the schedule, so "nothing pending, nothing running" means settled.
            Interlocked.Increment(ref _running);
            var due = pending.TakeDue();
            Interlocked.Add(ref _running, due.Count);
            // Summaries are computed on several workers (the costly part) and written one at a time (one writer).
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.SummaryWorkers, CancellationToken = CancellationToken.None }, async (story, _) =>
            {
                try
                {
                    if (stoppingToken.IsCancellationRequested) return;
                    var prepared = await Task.Run(() => ingestor.PrepareSummary(story, stoppingToken), stoppingToken).ConfigureAwait(false);
                    if (prepared is null) return;
                    await _writer.WaitAsync(CancellationToken.None).ConfigureAwait(false);
                    try
                    {
                        ingestor.SaveSummary(prepared);
                    }
                    finally
                    {
                        _writer.Release();
                    }
                    _summaries.Add(1);
                    Interlocked.Increment(ref _written);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    // Stopping: the story is found again at the next start (its summary is older than its articles).
                }
                catch (Exception e)
                {
                    LogFailed(e, story);
                }
                finally
                {
                    Interlocked.Decrement(ref _running);
                }
            }).ConfigureAwait(false);
            Interlocked.Decrement(ref _running);
        }
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        _writer.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Summarizing story {Story} failed; it keeps its previous summary")]
    private partial void LogFailed(Exception e, long story);
}
