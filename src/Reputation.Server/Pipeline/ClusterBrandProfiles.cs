using System.Collections.Frozen;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Scoring;

namespace Reputation.Server.Pipeline;

/// <summary>
/// The registered brands as the scoring stage sees them: a snapshot of the directory refreshed every few
/// seconds, so per-mention scoring never waits on a grain call.
/// </summary>
public sealed class ClusterBrandProfiles(IGrainFactory grains, ILogger<ClusterBrandProfiles> logger) : BackgroundService, IBrandProfiles
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(5);
    private volatile FrozenDictionary<string, Brand> profiles = FrozenDictionary<string, Brand>.Empty;
    private readonly DefaultBrands defaults = new();

    public Brand Get(string brandId) => profiles.GetValueOrDefault(brandId) ?? defaults.Get(brandId);

    /// <summary>A registration made through this silo applies here at once; other silos see it at their next refresh.</summary>
    public void Remember(Brand brand)
    {
        var updated = profiles.ToDictionary(StringComparer.Ordinal);
        updated[brand.Id] = brand;
        profiles = updated.ToFrozenDictionary(StringComparer.Ordinal);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Refresh);
        do
        {
            try
            {
                var registered = await grains.GetGrain<IBrandDirectoryGrain>(0).ListRegistered();
                profiles = registered.ToFrozenDictionary(b => b.Id, StringComparer.Ordinal);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogDebug(ex, "Brand profiles not refreshed; keeping the previous snapshot");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
