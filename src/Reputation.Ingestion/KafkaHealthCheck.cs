using Confluent.Kafka;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Reputation.Ingestion;

/// <summary>
/// Kafka is reachable when a metadata request for the mentions topic answers in time. Only metadata is asked:
/// other admin requests hang on the embedded mock cluster.
/// </summary>
public sealed class KafkaHealthCheck : IHealthCheck, IDisposable
{
    private readonly IKafkaEndpoint _endpoint;
    private readonly KafkaOptions _options;
    private readonly Lazy<IAdminClient> _admin;

    public KafkaHealthCheck(IKafkaEndpoint endpoint, IOptions<KafkaOptions> options)
    {
        _endpoint = endpoint;
        _options = options.Value;
        _admin = new Lazy<IAdminClient>(() => new AdminClientBuilder(new AdminClientConfig
        {
            BootstrapServers = _endpoint.BootstrapServers,
            ClientId = "reputation-health",
            SocketTimeoutMs = Math.Max(_options.HealthCheckTimeoutMs, 10),
        })
        .SetLogHandler((_, _) => { })
        .Build(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["bootstrapServers"] = _endpoint.BootstrapServers, ["embedded"] = _endpoint.Embedded };
        try
        {
            var timeout = TimeSpan.FromMilliseconds(_options.HealthCheckTimeoutMs);
            // GetMetadata blocks its thread for up to the timeout.
            var metadata = await Task.Run(() => _admin.Value.GetMetadata(_options.Topic, timeout), cancellationToken).ConfigureAwait(false);
            data["brokers"] = metadata.Brokers.Count;
            var topic = metadata.Topics.FirstOrDefault(t => t.Topic == _options.Topic);
            if (topic is null || topic.Error.IsError)
            {
                data["topicError"] = topic?.Error.Reason ?? "missing";
                return HealthCheckResult.Degraded($"Kafka answers but topic '{_options.Topic}' is not available: {topic?.Error.Reason ?? "missing"}.", data: data);
            }

            data["partitions"] = topic.Partitions.Count;
            return HealthCheckResult.Healthy($"Kafka reachable: {metadata.Brokers.Count} brokers, '{_options.Topic}' has {topic.Partitions.Count} partitions.", data);
        }
        catch (KafkaException ex)
        {
            return HealthCheckResult.Unhealthy($"Kafka at {_endpoint.BootstrapServers} did not answer a metadata request: {ex.Error.Reason}", ex, data);
        }
    }

    public void Dispose()
    {
        if (_admin.IsValueCreated)
        {
            _admin.Value.Dispose();
        }
    }
}
