using Reputation.Abstractions.Brands;

namespace Reputation.Scoring;

/// <summary>Registered brand profiles as the scoring stage needs them: fast, local, never blocking.</summary>
public interface IBrandProfiles
{
    /// <summary>The registered profile, or the defaults an unregistered brand is monitored with.</summary>
    Brand Get(string brandId);
}

/// <summary>Profiles from a fixed list (the backtest commands' <c>--brands brands.json</c>).</summary>
public sealed class StaticBrandProfiles(IEnumerable<Brand> brands) : IBrandProfiles
{
    private readonly Dictionary<string, Brand> byId = brands.ToDictionary(b => b.Id, StringComparer.Ordinal);
    private readonly DefaultBrands defaults = new();

    public Brand Get(string brandId) => byId.GetValueOrDefault(brandId) ?? defaults.Get(brandId);
}
