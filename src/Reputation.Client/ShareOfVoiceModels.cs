namespace Reputation.Client;

/// <summary>
/// The answer to <c>GET /api/brands/{id}/share-of-voice</c>: the brand first, then its competitors, over [From, To).
/// Counts have minute resolution: a minute that overlaps the period counts whole.
/// </summary>
public sealed record ShareOfVoiceReport(string Brand, int Hours, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<BrandShare> Brands);

/// <summary>
/// One brand's part: shares are fractions (0..1) of the sums over the report's brands, null when that sum is 0;
/// net sentiment is (positive − negative) / volume, null when the brand has no mention.
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
