namespace Reputation.Grains.Brands;

/// <summary>The persisted state of a brand's detectors.</summary>
[GenerateSerializer]
public sealed class BrandDetectorsState
{
}
