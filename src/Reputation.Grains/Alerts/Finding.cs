using Reputation.Abstractions.Alerts;

namespace Reputation.Grains.Alerts;

/// <summary>
/// What a detector concluded at one moment of event time. Findings with the same type and incident key
/// belong to one incident, and so to one alert.
/// </summary>
internal sealed record Finding
{
    public required AlertType Type { get; init; }
    /// <summary>Distinguishes concurrent incidents of one type (e.g. two different fake releases); "" for one per type.</summary>
    public string IncidentKey { get; init; } = "";
    public required AlertSeverity Severity { get; init; }
    public required double Score { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public AlertMetrics Metrics { get; init; } = new();
    public IReadOnlyList<AlertEvidence> Evidence { get; init; } = [];
    public required DateTimeOffset At { get; init; }
    /// <summary>Announce this update at once: the detector already judged it worth telling (a first newswire relay).</summary>
    public bool AnnounceNow { get; init; }
    /// <summary>The incident is still going on: renew its open alert (metrics, evidence), but never raise or reopen one for it.</summary>
    public bool RefreshOnly { get; init; }
}
