namespace Reputation.Abstractions.Brands;

/// <summary>
/// How a brand's mentions compare with its competitors' over one period (<c>GET /api/brands/{id}/share-of-voice</c>).
/// The brand comes first, then its competitors in the order of its profile.
/// Counts have minute resolution: a minute that overlaps the period counts whole.
/// </summary>
public sealed record ShareOfVoiceReport(string Brand, int Hours, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<BrandShare> Brands);

/// <summary>
/// One brand's part of the conversation. Shares are fractions (0..1) of the sums over every brand of the report, null
/// when that sum is 0; net sentiment is (positive − negative) / volume, null when the brand has no mention.
/// </summary>
public sealed record BrandShare(
    string Brand,
    string Name,
    int Volume,
    int Negative,
    int Neutral,
    int Positive,
    double? ShareOfVoice,
    double? ShareOfNegativeVoice,
    double? NetSentiment);
