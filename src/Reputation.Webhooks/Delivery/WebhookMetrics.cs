using Prometheus;

namespace Reputation.Webhooks.Delivery;

/// <summary>Prometheus series of the webhook component.</summary>
public static class WebhookMetrics
{
    public const string Delivered = "delivered";
    public const string FailedAttempt = "failed-attempt";
    public const string Refused = "refused";
    public const string GaveUp = "gave-up";

    public static readonly Counter Deliveries = Metrics.CreateCounter(
        "reputation_webhook_deliveries_total",
        "Webhook delivery outcomes: delivered, failed-attempt (will retry), refused (forbidden target), gave-up.",
        new CounterConfiguration { LabelNames = ["outcome"] });

    public static readonly Histogram PushLatency = Metrics.CreateHistogram(
        "reputation_alert_push_latency_seconds",
        "From the alert's updatedAt to its delivery on a channel.",
        new HistogramConfiguration
        {
            LabelNames = ["channel"],
            Buckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 21600, 86400],
        });

    public static void Count(string outcome) => Deliveries.WithLabels(outcome).Inc();

    public static void ObserveWebhookLatency(TimeSpan latency) =>
        PushLatency.WithLabels("webhook").Observe(Math.Max(0, latency.TotalSeconds));
}
