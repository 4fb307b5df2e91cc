using Reputation.Abstractions.Alerts;

namespace Reputation.Grains.Alerts;

/// <summary>The persisted part of <see cref="AlertBook"/>: open alerts and the few recently closed ones.</summary>
[GenerateSerializer]
public sealed class AlertBookState
{
    [Id(0)] public List<TrackedAlert> Alerts { get; set; } = [];
}

[GenerateSerializer]
public sealed class TrackedAlert
{
    [Id(0)] public required string IncidentKey { get; set; }
    [Id(1)] public required Alert Alert { get; set; }
    /// <summary>Event time of the last finding, for closing quiet incidents.</summary>
    [Id(2)] public DateTimeOffset LastFindingAt { get; set; }
    /// <summary>Event time of the last announced update, to throttle updates that change little.</summary>
    [Id(3)] public DateTimeOffset LastAnnouncedAt { get; set; }
    [Id(4)] public DateTimeOffset? ClosedAt { get; set; }
}
