using Reputation.Abstractions.Alerts;

namespace Reputation.Detection.Influencer;

/// <summary>What <see cref="InfluencerNegativeDetector"/> keeps for one brand: two decayed log histograms (about 0.9 KB).</summary>
[GenerateSerializer, Immutable]
public sealed record InfluencerNegativeState
{
    [Id(0)] public long Mentions { get; init; }
    [Id(1)] public float[] Reach { get; init; } = [];
    [Id(2)] public float[] Shares { get; init; } = [];
    [Id(3)] public InfluencerIncident? Incident { get; init; }
}

[GenerateSerializer, Immutable]
public sealed record InfluencerIncident
{
    [Id(0)] public required DateTimeOffset StartedAt { get; init; }
    [Id(1)] public required DateTimeOffset LastAlertAt { get; init; }
    [Id(2)] public required AlertSeverity Severity { get; init; }
}
