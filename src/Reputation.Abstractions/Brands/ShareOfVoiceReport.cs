namespace Reputation.Abstractions.Brands;

/// <summary>
/// How a brand's mentions compare with its competitors' over one period (<c>GET /api/brands/{id}/share-of-voice</c>).
/// The brand comes first, then its competitors in the order of its profile.
/// Counts have minute resolution: a minute that overlaps the period counts whole.
/// </summary>
public sealed record ShareOfVoiceReport(string Brand, int Hours, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<BrandShare> Brands);

/// <summary>
/// One brand's part of the conversation. Shares are fractions (0..1) of the sums over every brand of the report, null
/// when that sum is 0; net sentiment is (positive − negative) / volume, null when the brand has no mention. The daily
/// digest stores it too, hence serializable.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BrandShare(
    [property: Id(0)] string Brand,
    [property: Id(1)] string Name,
    [property: Id(2)] int Volume,
    [property: Id(3)] int Negative,
    [property: Id(4)] int Neutral,
    [property: Id(5)] int Positive,
    [property: Id(6)] double? ShareOfVoice,
    [property: Id(7)] double? ShareOfNegativeVoice,
    [property: Id(8)] double? NetSentiment);
