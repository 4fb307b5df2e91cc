using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Reputation.Ingestion;

/// <summary>
/// Resolves the Kafka endpoint when the host starts (starting the embedded cluster when none is configured)
/// and says where it is, so that external producers such as kcat can be pointed at it.
/// </summary>
public sealed class KafkaBootstrap(IKafkaEndpoint endpoint, ILogger<KafkaBootstrap> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var servers = endpoint.BootstrapServers;
        if (endpoint.Embedded)
        {
            logger.LogWarning("No Kafka:BootstrapServers configured: started an embedded in-memory Kafka cluster at {BootstrapServers}", servers);
            Console.WriteLine($"Embedded Kafka bootstrap servers: {servers}");
        }
        else
        {
            logger.LogInformation("Kafka bootstrap servers: {BootstrapServers}", servers);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
