using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reputation.Abstractions.Grains;

namespace Reputation.Server.Hosting;

/// <summary>Ready when this silo answers grain calls: a round trip to the brand directory.</summary>
public sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<IBrandDirectoryGrain>(0).ListRegistered().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy("The silo answers grain calls.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The silo does not answer grain calls.", ex);
        }
    }
}
