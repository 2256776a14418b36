using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Roundup.Model;
using Roundup.Store;

namespace Roundup.Server;

/// <summary>
/// The bounded ingestion queue: a request's articles go in whole or not at all (back-pressure: the caller answers 429
/// when they do not fit); one worker takes them out in order and ingests each (clean, store, assign a story), then
/// marks its story for a summary. On shutdown the queue stops taking work and the worker finishes what was accepted.
/// </summary>
public sealed partial class IngestQueue : BackgroundService
{
    private readonly Channel<Article> _channel = Channel.CreateUnbounded<Article>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly StoryIngestor _ingestor;
    private readonly DebouncedStories _pending;
    private readonly ILogger<IngestQueue> _log;
    private readonly Counter<long> _ingested;
    private int _depth;
    private bool _closed;

    /// <summary>Creates the queue.</summary>
    public IngestQueue(StoryIngestor ingestor, DebouncedStories pending, ServerOptions options, ServerMetrics metrics, ILogger<IngestQueue> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        _ingestor = ingestor;
        _pending = pending;
        _log = log;
        Capacity = options.QueueCapacity;
        _ingested = metrics.Meter.CreateCounter<long>("roundup.ingest.articles", description: "Articles ingested (new ones stored).");
        metrics.Meter.CreateObservableGauge("roundup.ingest.queue_depth", () => Depth, description: "Articles waiting in the ingestion queue.");
    }

    /// <summary>Articles waiting.</summary>
    public int Depth => Volatile.Read(ref _depth);

    /// <summary>Most articles the queue holds.</summary>
    public int Capacity { get; }

    /// <summary>Articles ingested since start (new or already stored).</summary>
    public long Processed => Interlocked.Read(ref _processed);

    private long _processed;

    /// <summary>Whether the queue still takes work (false while shutting down).</summary>
    public bool Open { get { lock (_gate) return !_closed; } }

    /// <summary>Queues all of <paramref name="articles"/>, or none when they do not fit or the queue is closed.</summary>
    public bool TryEnqueue(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        lock (_gate)
        {
            if (_closed || _depth + articles.Count > Capacity) return false;
            _depth += articles.Count;
            foreach (var a in articles) _channel.Writer.TryWrite(a);
            return true;
        }
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Runs until the writer completes (at shutdown), not until the stopping token: what was accepted is finished.
        await foreach (var article in _channel.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            try
            {
                var r = await Task.Run(() => _ingestor.Ingest(article), CancellationToken.None).ConfigureAwait(false);
                if (r.Added)
                {
                    _pending.Touch(r.StoryId);
                    foreach (var s in r.Changed) _pending.Touch(s);
                    _ingested.Add(1);
                }
            }
            catch (Exception e)
            {
                LogFailed(e, article.Id);
            }
            finally
            {
                Interlocked.Decrement(ref _depth);
                Interlocked.Increment(ref _processed);
            }
        }
    }

    /// <inheritdoc/>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _closed = true;
            _channel.Writer.TryComplete();
        }
        LogDraining(Depth);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (ExecuteTask is { } run)
            await run.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingesting article {Id} failed; nothing of it was stored")]
    private partial void LogFailed(Exception e, string id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutting down: finishing {Depth} queued articles")]
    private partial void LogDraining(int depth);
}
