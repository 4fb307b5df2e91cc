namespace Reputation.Grains.Brands;

/// <summary>Builds a brand's detectors from their persisted state, with the cluster's detector settings.</summary>
public sealed class BrandDetectorsFactory
{
    internal BrandDetectors Create(BrandDetectorsState state) => new(state);
}
