using Reputation.Abstractions.Brands;

namespace Reputation.Grains.Brands;

[GenerateSerializer]
public sealed class BrandDirectoryState
{
    [Id(0)] public HashSet<string> Seen { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public Dictionary<string, Brand> Registered { get; set; } = new(StringComparer.Ordinal);
}
