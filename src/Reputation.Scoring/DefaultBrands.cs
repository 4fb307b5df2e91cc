using System.Collections.Concurrent;
using Reputation.Abstractions.Brands;

namespace Reputation.Scoring;

/// <summary>
/// One default profile object per unregistered brand. Tweet-risk analysis caches what it derives from a
/// profile by object identity, so a fresh default per mention rebuilt that work for every mention (and
/// contended on the cache's lock).
/// </summary>
public sealed class DefaultBrands
{
    /// <summary>A bound on the cache; past it, it starts over rather than grow with every brand ever seen.</summary>
    private const int MaxBrands = 200_000;

    private readonly ConcurrentDictionary<string, Brand> defaults = new(StringComparer.Ordinal);

    public Brand Get(string brandId)
    {
        if (defaults.TryGetValue(brandId, out var brand))
        {
            return brand;
        }

        if (defaults.Count >= MaxBrands)
        {
            defaults.Clear();
        }

        return defaults.GetOrAdd(brandId, Brand.Default);
    }
}
