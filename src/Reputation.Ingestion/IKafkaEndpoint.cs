using Confluent.Kafka;

namespace Reputation.Ingestion;

/// <summary>The Kafka cluster this process talks to (served at <c>GET /api/system/kafka</c>).</summary>
public interface IKafkaEndpoint
{
    /// <summary>Effective bootstrap address: the configured one, or the embedded cluster's.</summary>
    string BootstrapServers { get; }

    /// <summary>True when the cluster is the in-process mock started because none was configured.</summary>
    bool Embedded { get; }

    /// <summary>
    /// The consumer group committed these offsets. A real broker keeps its own retention and nothing happens here;
    /// the embedded cluster drops the records before them (see <see cref="KafkaEndpoint"/>).
    /// </summary>
    void Committed(IReadOnlyList<TopicPartitionOffset> offsets)
    {
    }
}
