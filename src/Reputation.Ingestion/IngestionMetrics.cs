using Prometheus;

namespace Reputation.Ingestion;

/// <summary>Ingestion metrics. Labels are bounded sets (sources, reasons, partitions), never brands.</summary>
public static class IngestionMetrics
{
    public const string InvalidSource = "invalid";

    public static readonly Counter Consumed = Metrics.CreateCounter(
        "reputation_mentions_consumed_total", "Messages read from the mentions topic, by mention source ('invalid' when unparseable).", "source");

    public static readonly Counter Accepted = Metrics.CreateCounter(
        "reputation_mentions_accepted_total", "Valid mentions acknowledged by their brand, by source.", "source");

    public static readonly Counter DeadLettered = Metrics.CreateCounter(
        "reputation_mentions_deadlettered_total", "Messages sent to the dead-letter topic, by reason.", "reason");

    public static readonly Gauge ConsumerLag = Metrics.CreateGauge(
        "reputation_consumer_lag", "Messages between this consumer's position and the partition's high watermark.", "partition");

    public static readonly Histogram ProcessingLatency = Metrics.CreateHistogram(
        "reputation_processing_latency_seconds", "From the Kafka message timestamp to the brand's acknowledgement.",
        new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.005, 2, 14) });

    /// <summary>How many mentions each brand call carries: one per call means a grain call per mention.</summary>
    public static readonly Histogram BrandBatchSize = Metrics.CreateHistogram(
        "reputation_brand_batch_mentions", "Mentions per brand delivery (grain call).",
        new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(1, 2, 11) });

    public static readonly Counter SinkFailures = Metrics.CreateCounter(
        "reputation_brand_delivery_failures_total", "Brand batch deliveries that failed and were retried.");

    public static readonly Counter ProducerRecreated = Metrics.CreateCounter(
        "reputation_kafka_producer_recreated_total", "Producers replaced after a fatal error.");
}
