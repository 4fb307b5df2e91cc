using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Reputation.Server.Hosting;

/// <summary>
/// Ready only while the grain storage answers: with <c>Silo:Storage=redis</c>, grain writes fail while Redis is
/// down (mentions wait in Kafka, uncommitted), yet the silo itself still answers calls from memory. A PING with a
/// short timeout tells the load balancer. Its own connection, so a stuck storage call never blocks the probe.
/// </summary>
public sealed class RedisStorageHealthCheck : IHealthCheck, IDisposable
{
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(2);
    private readonly Lazy<Task<ConnectionMultiplexer>> connection;

    public RedisStorageHealthCheck(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        // Keep trying in the background: the check must recover on its own once Redis is back.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = (int)PingTimeout.TotalMilliseconds;
        connection = new Lazy<Task<ConnectionMultiplexer>>(() => ConnectionMultiplexer.ConnectAsync(options));
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var redis = await connection.Value.WaitAsync(PingTimeout, cancellationToken);
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(PingTimeout, cancellationToken);
            return HealthCheckResult.Healthy($"Grain storage (Redis) answered PING in {latency.TotalMilliseconds:F0} ms.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Grain storage (Redis) does not answer PING; grain writes fail and ingestion waits.", ex);
        }
    }

    public void Dispose()
    {
        if (connection.IsValueCreated && connection.Value.IsCompletedSuccessfully)
        {
            connection.Value.Result.Dispose();
        }
    }
}
