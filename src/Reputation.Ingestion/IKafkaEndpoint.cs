namespace Reputation.Ingestion;

/// <summary>The Kafka cluster this process talks to (served at <c>GET /api/system/kafka</c>).</summary>
public interface IKafkaEndpoint
{
    /// <summary>Effective bootstrap address: the configured one, or the embedded cluster's.</summary>
    string BootstrapServers { get; }

    /// <summary>True when the cluster is the in-process mock started because none was configured.</summary>
    bool Embedded { get; }
}
