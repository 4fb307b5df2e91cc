using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Reputation.Grains.Brands;
using Reputation.Grains.Live;

namespace Reputation.Grains.Hosting;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>
    /// What the grains need in any silo that hosts them. Grain state is stored in Orleans' binary format
    /// rather than the default Newtonsoft JSON: a brand's state is written on every batch, and the JSON
    /// serializer was the largest single cost of the hot path (and made every stored state several times larger).
    /// </summary>
    public static IServiceCollection AddReputationGrains(this IServiceCollection services)
    {
        services.AddSingleton<IGrainStorageSerializer, ExactSizeGrainStorageSerializer>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BrandDetectorsFactory>();
        services.AddSingleton<LiveActivityOutbox>();
        return services;
    }

    /// <summary>Grain storage in this silo's memory (<see cref="SiloMemoryGrainStorage"/>): for a single silo only.</summary>
    public static IServiceCollection AddSiloMemoryGrainStorage(this IServiceCollection services, string name) =>
        services.AddGrainStorage(name, static (provider, _) => new SiloMemoryGrainStorage(provider.GetRequiredService<Orleans.Serialization.Serializer>()));
}
