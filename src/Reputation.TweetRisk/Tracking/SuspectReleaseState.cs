using Reputation.Abstractions.Alerts;

namespace Reputation.TweetRisk.Tracking;

/// <summary>
/// The tweet-risk part of a brand grain's state: at most one open incident, and a few recently closed claims.
/// Every list is bounded by <see cref="SuspectReleaseTrackerOptions"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SuspectReleaseState
{
    public static readonly SuspectReleaseState Empty = new();

    [Id(0)] public SuspectReleaseIncident? Open { get; init; }
    [Id(1)] public IReadOnlyList<ClosedClaim> RecentlyClosed { get; init; } = [];
}

/// <summary>One suspect press release and everything that relayed it.</summary>
[GenerateSerializer, Immutable]
public sealed record SuspectReleaseIncident
{
    /// <summary>"{brand}:{first mention id}": stable across replays, so the grain can key its alert on it.</summary>
    [Id(0)] public required string IncidentId { get; init; }
    [Id(1)] public required string Brand { get; init; }
    [Id(2)] public required string BrandName { get; init; }
    [Id(3)] public required DateTimeOffset OpenedAt { get; init; }
    [Id(4)] public required DateTimeOffset LastActivityAt { get; init; }
    /// <summary>The first suspect mention's risk, before amplification or corroboration.</summary>
    [Id(5)] public required double BaseRisk { get; init; }
    [Id(6)] public required double Risk { get; init; }
    [Id(7)] public required AlertSeverity Severity { get; init; }
    [Id(8)] public required string Title { get; init; }
    [Id(9)] public IReadOnlyList<string> Reasons { get; init; } = [];
    [Id(10)] public IReadOnlyList<AlertEvidence> Evidence { get; init; } = [];
    [Id(11)] public int Relays { get; init; }
    [Id(12)] public int NewsRelays { get; init; }
    [Id(13)] public long Shares { get; init; }
    /// <summary>Ids of the mentions in the incident, for reshareOf links and duplicate deliveries.</summary>
    [Id(14)] public IReadOnlyList<string> MentionIds { get; init; } = [];
    [Id(15)] public ClaimFingerprint Claim { get; init; } = ClaimFingerprint.Empty;
    /// <summary>Times of the latest relays, for the reshare velocity.</summary>
    [Id(16)] public IReadOnlyList<DateTimeOffset> RecentRelayTimes { get; init; } = [];
    [Id(17)] public bool Corroborated { get; init; }
    [Id(18)] public string? CorroboratedBy { get; init; }
    /// <summary>Risk and severity as last reported, so updates go out on real changes only.</summary>
    [Id(19)] public double ReportedRisk { get; init; }
    [Id(20)] public AlertSeverity ReportedSeverity { get; init; }
    [Id(21)] public int ReportedRelays { get; init; }
}

/// <summary>A closed incident's claim, remembered for <see cref="SuspectReleaseTrackerOptions.ClosedMemory"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record ClosedClaim
{
    [Id(0)] public required string IncidentId { get; init; }
    [Id(1)] public required DateTimeOffset ClosedAt { get; init; }
    [Id(2)] public required ClaimFingerprint Claim { get; init; }
    [Id(3)] public required string Reason { get; init; }
}
