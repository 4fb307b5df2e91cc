using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;

namespace Reputation.Abstractions.Digests;

/// <summary>
/// One brand's summary of one finished UTC day (<c>GET /api/brands/{id}/digests/{day}</c>, webhook event
/// <see cref="DigestEvents.Daily"/>). Produced once and stored: asking again for the same day returns these very figures.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DailyDigest
{
    [Id(0)] public required string Brand { get; init; }
    [Id(1)] public required string Name { get; init; }
    /// <summary>The UTC calendar day, serialized as yyyy-MM-dd.</summary>
    [Id(2)] public required DateOnly Day { get; init; }
    /// <summary>Start (inclusive) and end (exclusive) of the day, UTC.</summary>
    [Id(3)] public required DateTimeOffset From { get; init; }
    [Id(4)] public required DateTimeOffset To { get; init; }
    [Id(5)] public required DateTimeOffset ProducedAt { get; init; }
    [Id(6)] public required DigestVolume Volume { get; init; }
    /// <summary>The mean of the previous days the brand has data for within the kept week; null when there is none.</summary>
    [Id(7)] public DigestNormal? Normal { get; init; }
    /// <summary>Change of the day's volume against the normal, in percent; null without a normal or when the normal is 0.</summary>
    [Id(8)] public double? VolumeChangePercent { get; init; }
    /// <summary>Change of the day's negative mentions against the normal, in percent; null as above.</summary>
    [Id(9)] public double? NegativeChangePercent { get; init; }
    /// <summary>(positive − negative) / total; null on a day without mentions.</summary>
    [Id(10)] public double? NetSentiment { get; init; }
    /// <summary>The most frequent terms of the day's negative mentions, most frequent first.</summary>
    [Id(11)] public IReadOnlyList<TermCount> TopTopics { get; init; } = [];
    /// <summary>Alerts raised that day or still open during it, oldest first, with their handling as known when produced.</summary>
    [Id(12)] public IReadOnlyList<DigestIncident> Incidents { get; init; } = [];
    /// <summary>The brand, then its competitors in the order of its profile, over the same day.</summary>
    [Id(13)] public IReadOnlyList<BrandShare> ShareOfVoice { get; init; } = [];
}

[GenerateSerializer, Immutable]
public sealed record DigestVolume
{
    [Id(0)] public int Total { get; init; }
    [Id(1)] public int Negative { get; init; }
    [Id(2)] public int Neutral { get; init; }
    [Id(3)] public int Positive { get; init; }
}

/// <summary>Mean mentions per day over <see cref="Days"/> previous days.</summary>
[GenerateSerializer, Immutable]
public sealed record DigestNormal
{
    [Id(0)] public int Days { get; init; }
    [Id(1)] public double Total { get; init; }
    [Id(2)] public double Negative { get; init; }
    [Id(3)] public double Neutral { get; init; }
    [Id(4)] public double Positive { get; init; }
}

/// <summary>One alert of the day and how it was handled.</summary>
[GenerateSerializer, Immutable]
public sealed record DigestIncident
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required AlertType Type { get; init; }
    [Id(2)] public required AlertSeverity Severity { get; init; }
    [Id(3)] public required string Title { get; init; }
    [Id(4)] public required DateTimeOffset RaisedAt { get; init; }
    /// <summary>The alert's status when the digest was produced.</summary>
    [Id(5)] public required AlertStatus Status { get; init; }
    [Id(6)] public string? AcknowledgedBy { get; init; }
    [Id(7)] public DateTimeOffset? AcknowledgedAt { get; init; }
    [Id(8)] public string? ResolvedBy { get; init; }
    [Id(9)] public DateTimeOffset? ResolvedAt { get; init; }
}

public static class DigestEvents
{
    /// <summary>The webhook event (header X-Reputation-Event) that carries a <see cref="DailyDigest"/>.</summary>
    public const string Daily = "digest.daily";
}
