using Reputation.Abstractions.Brands;

namespace Reputation.Abstractions.Grains;

/// <summary>The list of brands the cluster knows: seen on the topic or registered. Single activation (key 0).</summary>
public interface IBrandDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Records brands seen on the topic; cheap to call repeatedly.</summary>
    Task MarkSeen(IReadOnlyList<string> brandIds);

    Task<IReadOnlyList<string>> ListBrandIds();

    /// <summary>Stores a registration (and pushes it to the brand's grain).</summary>
    Task Register(Brand brand);

    Task<IReadOnlyList<Brand>> ListRegistered();
}
