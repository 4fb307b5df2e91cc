namespace Reputation.Deploy.Tests.Support;

/// <summary>The metrics the service exports: what dashboards and alerts may name.</summary>
internal static class KnownMetrics
{
    /// <summary>Counters, gauges and histograms defined by the service itself.</summary>
    public static readonly IReadOnlyList<string> Service =
    [
        "reputation_mentions_consumed_total",
        "reputation_mentions_accepted_total",
        "reputation_mentions_deadlettered_total",
        "reputation_mentions_duplicate_total",
        "reputation_sentiment_total",
        "reputation_processing_latency_seconds",
        "reputation_alert_push_latency_seconds",
        "reputation_consumer_lag",
        "reputation_alerts_total",
        "reputation_webhook_deliveries_total",
    ];

    public static readonly IReadOnlySet<string> Histograms = new HashSet<string>(StringComparer.Ordinal)
    {
        "reputation_processing_latency_seconds",
        "reputation_alert_push_latency_seconds",
    };

    /// <summary>prometheus-net's default process and runtime collectors, and Prometheus' own target health series.</summary>
    public static readonly IReadOnlySet<string> Platform = new HashSet<string>(StringComparer.Ordinal)
    {
        "process_cpu_seconds_total",
        "process_working_set_bytes",
        "dotnet_total_memory_bytes",
        "up",
    };

    /// <summary>
    /// Orleans meters re-exported by prometheus-net's meter adapter. The adapter names a
    /// series "{meter}_{instrument}", so the meter "Microsoft.Orleans" and the instrument
    /// "orleans-catalog-activations" give microsoft_orleans_orleans_catalog_activations;
    /// the bare orleans_ form covers an adapter configured to drop the meter name.
    /// </summary>
    public static readonly IReadOnlyList<string> OrleansPrefixes = ["microsoft_orleans_orleans_", "orleans_"];

    private static readonly string[] HistogramSuffixes = ["_bucket", "_sum", "_count"];

    public static bool IsKnown(string metric)
    {
        if (Platform.Contains(metric) || OrleansPrefixes.Any(p => metric.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }

        if (Service.Contains(metric) && !Histograms.Contains(metric))
        {
            return true;
        }

        // A histogram is only queryable through its series; the bare name matches nothing.
        return HistogramSuffixes.Any(suffix =>
            metric.EndsWith(suffix, StringComparison.Ordinal) && Histograms.Contains(metric[..^suffix.Length]));
    }

    /// <summary>The service metric a series belongs to, or null for platform metrics.</summary>
    public static string? ServiceMetricOf(string metric)
    {
        if (Service.Contains(metric))
        {
            return metric;
        }

        var suffix = HistogramSuffixes.FirstOrDefault(s => metric.EndsWith(s, StringComparison.Ordinal));
        return suffix is not null && Histograms.Contains(metric[..^suffix.Length]) ? metric[..^suffix.Length] : null;
    }
}
