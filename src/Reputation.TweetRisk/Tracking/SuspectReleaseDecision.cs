using Reputation.Abstractions.Alerts;

namespace Reputation.TweetRisk.Tracking;

public enum SuspectReleaseDecisionKind
{
    /// <summary>The first suspect mention: raise an alert now.</summary>
    Raise,
    /// <summary>New relays, a risk change or an escalation: update the open alert.</summary>
    Update,
    /// <summary>An official denial or a quiet period ended the incident: resolve the alert.</summary>
    Close,
}

/// <summary>What the brand grain turns into an <see cref="Alert"/> of type suspect-press-release.</summary>
[GenerateSerializer, Immutable]
public sealed record SuspectReleaseDecision
{
    [Id(0)] public required SuspectReleaseDecisionKind Kind { get; init; }
    /// <summary>Stable per incident; every decision of one incident carries the same id.</summary>
    [Id(1)] public required string IncidentId { get; init; }
    [Id(2)] public required string Brand { get; init; }
    /// <summary>Event time of the mention (or the clock reading) that caused the decision.</summary>
    [Id(3)] public required DateTimeOffset At { get; init; }
    [Id(4)] public required DateTimeOffset OpenedAt { get; init; }
    [Id(5)] public required string Title { get; init; }
    [Id(6)] public required string Summary { get; init; }
    /// <summary>Current risk in [0, 1]: the alert score.</summary>
    [Id(7)] public required double Score { get; init; }
    [Id(8)] public required AlertSeverity Severity { get; init; }
    [Id(9)] public IReadOnlyList<string> Reasons { get; init; } = [];
    /// <summary>First suspect mention first, then relays in event time; bounded.</summary>
    [Id(10)] public IReadOnlyList<AlertEvidence> Evidence { get; init; } = [];
    [Id(11)] public int Relays { get; init; }
    [Id(12)] public int NewsRelays { get; init; }
    /// <summary>Set on <see cref="SuspectReleaseDecisionKind.Close"/>: "denial" or "quiet".</summary>
    [Id(13)] public string? CloseReason { get; init; }
    /// <summary>A short line for the alert history ("relayed by 3 news sources", "denied by @VINCI").</summary>
    [Id(14)] public required string Change { get; init; }
}

/// <summary>The tracker's new state and the decisions (none, one, or a close followed by a raise) it took.</summary>
public sealed record SuspectReleaseStep(SuspectReleaseState State, IReadOnlyList<SuspectReleaseDecision> Decisions);
