using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Hosting;
using Reputation.Abstractions.Live;

namespace Reputation.Grains.Brands;

/// <summary>The brands the cluster knows. Consumers report new brands together, a call per chunk; only new ones cost a write.</summary>
public sealed class BrandDirectoryGrain(
    [PersistentState("brand-directory", StorageNames.Brands)] IPersistentState<BrandDirectoryState> state) : Grain, IBrandDirectoryGrain
{
    /// <summary>A bound on the directory itself; brands beyond it are still monitored, just not listed.</summary>
    public const int MaxBrands = 100_000;

    public async Task MarkSeen(IReadOnlyList<string> brandIds)
    {
        var changed = false;
        foreach (var id in brandIds)
        {
            if (state.State.Seen.Count < MaxBrands && BrandId.IsValid(id))
            {
                changed |= state.State.Seen.Add(id);
            }
        }

        if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> ListBrandIds()
    {
        IReadOnlyList<string> ids = state.State.Seen.Union(state.State.Registered.Keys).Order(StringComparer.Ordinal).ToList();
        return Task.FromResult(ids);
    }

    public async Task Register(Brand brand)
    {
        await GrainFactory.GetGrain<IBrandGrain>(brand.Id).SetProfile(brand);
        state.State.Registered[brand.Id] = brand;
        await state.WriteStateAsync();
        GrainFactory.GetGrain<ILiveRelayGrain>(0).PublishBrand(brand).Ignore();
    }

    public Task<IReadOnlyList<Brand>> ListRegistered()
    {
        IReadOnlyList<Brand> brands = state.State.Registered.Values.OrderBy(b => b.Id, StringComparer.Ordinal).ToList();
        return Task.FromResult(brands);
    }
}
