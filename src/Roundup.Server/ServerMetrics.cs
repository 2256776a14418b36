using System.Diagnostics.Metrics;

namespace Roundup.Server;

/// <summary>The server's meter, "Roundup.Server" (ingest rate, queue depth, summaries, request latency), readable with any
/// System.Diagnostics.Metrics listener (dotnet-counters, an OpenTelemetry exporter).</summary>
public sealed class ServerMetrics : IDisposable
{
    /// <summary>Creates the meter.</summary>
    public ServerMetrics()
    {
        Meter = new Meter("Roundup.Server");
        RequestLatency = Meter.CreateHistogram<double>("roundup.http.request_duration", "ms", "Request latency.");
    }

    /// <summary>The meter.</summary>
    public Meter Meter { get; }

    /// <summary>Request latency in milliseconds, tagged with the route.</summary>
    public Histogram<double> RequestLatency { get; }

    /// <inheritdoc/>
    public void Dispose() => Meter.Dispose();
}
