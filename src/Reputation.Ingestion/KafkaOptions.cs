namespace Reputation.Ingestion;

/// <summary>Configuration section <c>Kafka</c>.</summary>
public sealed class KafkaOptions
{
    public const string SectionName = "Kafka";

    /// <summary>Comma-separated brokers. Empty: an embedded in-process cluster is started (development only).</summary>
    public string? BootstrapServers { get; set; }

    public string Topic { get; set; } = "mentions";

    public string DeadLetterTopic { get; set; } = "mentions.deadletter";

    public string GroupId { get; set; } = "reputation";

    /// <summary>Partitions of <see cref="Topic"/> when the embedded cluster creates it; ignored with a real broker.</summary>
    public int Partitions { get; set; } = 12;

    /// <summary>Brokers of the embedded cluster.</summary>
    public int EmbeddedBrokers { get; set; } = 1;

    /// <summary>
    /// False in processes that only produce (CLI, gateway): no consumer joins the group, and no
    /// <see cref="IMentionScorer"/> or <see cref="IBrandBatchSink"/> needs to be registered.
    /// </summary>
    public bool ConsumerEnabled { get; set; } = true;

    /// <summary>At most this many messages are parsed and scored together (a chunk; brands are batched afterwards, per lane).</summary>
    public int MaxBatchSize { get; set; } = 2000;

    /// <summary>How long a chunk keeps collecting after its first message.</summary>
    public int BatchLingerMs { get; set; } = 10;

    /// <summary>Brand deliveries (grain calls) in flight at the same time; each brand has at most one.</summary>
    public int MaxParallelBrands { get; set; } = 256;

    /// <summary>At most this many mentions in one brand delivery; more wait for the next.</summary>
    public int MaxBrandBatch { get; set; } = 1000;

    /// <summary>Reading pauses while this many messages are read but not yet stored by their brand or dead-lettered.</summary>
    public int MaxUnfinishedMentions { get; set; } = 500_000;

    /// <summary>
    /// Reading also pauses while this many scored mentions wait in the lanes for their brand's call: a bound on the
    /// memory a burst can take, since <see cref="MaxUnfinishedMentions"/> must also cover mentions applied but not
    /// yet stored. It is several mentions per brand at 10,000 brands, more than the calls take (docs/performance.md).
    /// </summary>
    public int MaxQueuedMentions { get; set; } = 50_000;

    /// <summary>
    /// How long a brand may hold applied mentions in memory only before its lane asks it to store them. Longer
    /// means fewer state writes; a crash costs re-reading at most this much (offsets wait for the write).
    /// </summary>
    public int PersistAfterMs { get; set; } = 5_000;

    /// <summary>Threads scoring each chunk: the reading thread and this many minus one of their own.</summary>
    public int ScoringParallelism { get; set; } = Math.Min(Environment.ProcessorCount, 64);

    /// <summary><c>classic</c> (cooperative-sticky assignment, any broker) or <c>consumer</c> (KIP-848, Kafka 4+).</summary>
    public string GroupProtocol { get; set; } = "classic";

    /// <summary>Classic protocol only; a failed member's partitions move after this long.</summary>
    public int SessionTimeoutMs { get; set; } = 10_000;

    public int MaxPollIntervalMs { get; set; } = 300_000;

    /// <summary>How long a revocation waits for the in-flight batch before abandoning it to the next owner.</summary>
    public int RevokeDrainTimeoutMs { get; set; } = 10_000;

    public int SinkRetryInitialMs { get; set; } = 100;

    public int SinkRetryMaxMs { get; set; } = 5_000;

    public int ProducerLingerMs { get; set; } = 5;

    public int ProducerBatchSize { get; set; } = 10_000;

    /// <summary>A produce not acknowledged by then fails instead of waiting forever.</summary>
    public int ProducerMessageTimeoutMs { get; set; } = 30_000;

    public int HealthCheckTimeoutMs { get; set; } = 2_000;

    /// <summary>Returns the first problem, or null when the options are usable.</summary>
    public string? Validate()
    {
        if (string.IsNullOrWhiteSpace(Topic) || string.IsNullOrWhiteSpace(DeadLetterTopic) || Topic == DeadLetterTopic)
        {
            return "Kafka:Topic and Kafka:DeadLetterTopic must be set and different.";
        }

        if (string.IsNullOrWhiteSpace(GroupId))
        {
            return "Kafka:GroupId must be set.";
        }

        if (GroupProtocol is not ("classic" or "consumer"))
        {
            return "Kafka:GroupProtocol must be 'classic' or 'consumer'.";
        }

        return (Partitions, EmbeddedBrokers, MaxBatchSize, MaxParallelBrands, ScoringParallelism) switch
        {
            ( < 1 or > 1000, _, _, _, _) => "Kafka:Partitions must be between 1 and 1000.",
            (_, < 1 or > 16, _, _, _) => "Kafka:EmbeddedBrokers must be between 1 and 16.",
            (_, _, < 1 or > 100_000, _, _) => "Kafka:MaxBatchSize must be between 1 and 100000.",
            (_, _, _, < 1 or > 1024, _) => "Kafka:MaxParallelBrands must be between 1 and 1024.",
            (_, _, _, _, < 1 or > 256) => "Kafka:ScoringParallelism must be between 1 and 256.",
            _ when BatchLingerMs is < 0 or > 60_000 => "Kafka:BatchLingerMs must be between 0 and 60000.",
            _ when MaxBrandBatch is < 1 or > 100_000 => "Kafka:MaxBrandBatch must be between 1 and 100000.",
            _ when PersistAfterMs is < 0 or > 600_000 => "Kafka:PersistAfterMs must be between 0 and 600000.",
            _ when MaxQueuedMentions < MaxBatchSize || MaxQueuedMentions > 10_000_000 => "Kafka:MaxQueuedMentions must be at least Kafka:MaxBatchSize and at most 10000000.",
            _ when MaxUnfinishedMentions < MaxBatchSize || MaxUnfinishedMentions > 10_000_000 => "Kafka:MaxUnfinishedMentions must be at least Kafka:MaxBatchSize and at most 10000000.",
            _ when SessionTimeoutMs is < 1_000 or > 300_000 => "Kafka:SessionTimeoutMs must be between 1000 and 300000.",
            _ when MaxPollIntervalMs < SessionTimeoutMs => "Kafka:MaxPollIntervalMs must be at least Kafka:SessionTimeoutMs.",
            _ when SinkRetryInitialMs < 1 || SinkRetryMaxMs < SinkRetryInitialMs => "Kafka:SinkRetryInitialMs must be ≥ 1 and ≤ Kafka:SinkRetryMaxMs.",
            _ when ProducerMessageTimeoutMs < 1_000 => "Kafka:ProducerMessageTimeoutMs must be at least 1000.",
            _ when RevokeDrainTimeoutMs < 0 || HealthCheckTimeoutMs < 100 => "Kafka:RevokeDrainTimeoutMs must be ≥ 0 and Kafka:HealthCheckTimeoutMs ≥ 100.",
            _ => null,
        };
    }
}
