using Confluent.Kafka;
using Microsoft.Extensions.Options;
using Reputation.Ingestion.Embedded;

namespace Reputation.Ingestion;

/// <summary>
/// Resolves the cluster on first use, so that whichever component needs Kafka first (consumer, producer,
/// health check) finds the embedded cluster already started and its topics created.
/// </summary>
public sealed class KafkaEndpoint : IKafkaEndpoint, IDisposable
{
    private readonly KafkaOptions _options;
    private readonly Lazy<(string Servers, EmbeddedKafkaCluster? Cluster)> _resolved;

    public KafkaEndpoint(IOptions<KafkaOptions> options)
    {
        _options = options.Value;
        _resolved = new Lazy<(string, EmbeddedKafkaCluster?)>(Resolve, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string BootstrapServers => _resolved.Value.Servers;

    public bool Embedded => string.IsNullOrWhiteSpace(_options.BootstrapServers);

    /// <summary>The embedded cluster, for fault injection in tests; null with a configured broker.</summary>
    public EmbeddedKafkaCluster? Cluster => _resolved.Value.Cluster;

    /// <summary>
    /// The embedded cluster forgets what the group has committed. Its log is in memory and capped at about 5 MiB per
    /// partition, so consumed records would push out unread ones; and it finds a fetch's records by walking the
    /// partition's record batches from the oldest, so every record kept makes every read slower (under a steady load in
    /// small batches, that walk was most of the embedded broker's CPU).
    /// </summary>
    public void Committed(IReadOnlyList<TopicPartitionOffset> offsets)
    {
        if (Cluster is not { } cluster)
        {
            return;
        }

        foreach (var offset in offsets)
        {
            cluster.DeleteRecords(offset.Topic, offset.Partition.Value, offset.Offset.Value);
        }
    }

    public void Dispose()
    {
        if (_resolved.IsValueCreated)
        {
            _resolved.Value.Cluster?.Dispose();
        }
    }

    private (string, EmbeddedKafkaCluster?) Resolve()
    {
        if (!Embedded)
        {
            return (_options.BootstrapServers!.Trim(), null);
        }

        var cluster = new EmbeddedKafkaCluster(_options.EmbeddedBrokers);
        try
        {
            cluster.CreateTopic(_options.Topic, _options.Partitions, 1);
            cluster.CreateTopic(_options.DeadLetterTopic, 1, 1);
            return (cluster.BootstrapServers, cluster);
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }
}
