using System.Net;

namespace Roundup.Tests.Server;

/// <summary>
/// The OpenTelemetry metrics, read through the Prometheus endpoint. Every server's meter is named "Roundup.Server"
/// and the exporter listens by name across the process, so these run alone: with another test's server alive, its
/// instruments could be exported instead (a CI run once read another host's feed polls and no ingest counter).
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class MetricsTests
{
    [Fact]
    public async Task The_prometheus_endpoint_serves_ingest_rate_queue_depth_summaries_and_request_latency()
    {
        await using var host = await ServerHost.StartAsync(new() { ["PrometheusEndpoint"] = "/metrics" });
        await host.PostFixturesAsync("bridge-1.txt", "bridge-2.txt", "museum.txt");
        await host.SettleAsync();
        _ = await host.Client.GetStringAsync("/api/stories");
        string text = "";
        // The exporter caches a scrape briefly; read until the ingest counter shows all three articles.
        static bool Three(string t) => t.Split('\n').Any(l => l.StartsWith("roundup_ingest_articles_total", StringComparison.Ordinal) && l.EndsWith(" 3", StringComparison.Ordinal));
        for (int i = 0; i < 100 && !Three(text); i++)
        {
            await Task.Delay(100);
            text = await host.Client.GetStringAsync("/metrics");
        }
        Assert.True(Three(text), text);
        Assert.Contains("roundup_ingest_queue_depth", text, StringComparison.Ordinal);
        Assert.Contains("roundup_summaries_total", text, StringComparison.Ordinal);
        Assert.Contains("roundup_http_request_duration_milliseconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("route=\"/api/stories\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_setting_there_is_no_metrics_endpoint()
    {
        await using var host = await ServerHost.StartAsync();
        using var r = await host.Client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
    }
}

/// <summary>Tests that read process-wide meters run one at a time, with no other test running.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "process-wide metrics";
}
