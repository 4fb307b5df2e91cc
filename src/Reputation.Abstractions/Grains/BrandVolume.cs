namespace Reputation.Abstractions.Grains;

/// <summary>A brand's mention counts by sentiment over a period, summed from its minute buckets.</summary>
[GenerateSerializer, Immutable]
public sealed record BrandVolume
{
    [Id(0)] public int Total { get; init; }
    [Id(1)] public int Negative { get; init; }
    [Id(2)] public int Neutral { get; init; }
    [Id(3)] public int Positive { get; init; }
    /// <summary>Start of the newest minute holding the brand's data (null when it has none), so callers can tell historical data from live.</summary>
    [Id(4)] public DateTimeOffset? NewestMinute { get; init; }
}
