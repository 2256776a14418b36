using System.Diagnostics.Metrics;

namespace Roundup.Server;

/// <summary>The server's meter, "Roundup.Server" (ingest rate, queue depth, summaries, feed polls, request latency), readable
/// with any System.Diagnostics.Metrics listener: the server's own OpenTelemetry exporters (a Prometheus endpoint,
/// OTLP; <see cref="ServerOptions.PrometheusEndpoint"/>, <see cref="ServerOptions.OtlpEndpoint"/>) or dotnet-counters.</summary>
public sealed class ServerMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Roundup.Server";

    /// <summary>Creates the meter.</summary>
    public ServerMetrics()
    {
        Meter = new Meter(MeterName);
        RequestLatency = Meter.CreateHistogram<double>("roundup.http.request_duration", "ms", "Request latency.");
    }

    /// <summary>The meter.</summary>
    public Meter Meter { get; }

    /// <summary>Request latency in milliseconds, tagged with the route.</summary>
    public Histogram<double> RequestLatency { get; }

    /// <inheritdoc/>
    public void Dispose() => Meter.Dispose();
}
