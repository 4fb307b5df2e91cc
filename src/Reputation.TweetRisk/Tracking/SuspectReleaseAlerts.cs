using Reputation.Abstractions.Alerts;

namespace Reputation.TweetRisk.Tracking;

/// <summary>
/// Turns tracker decisions into the suspect-press-release <see cref="Alert"/> of contract section 3: one alert per
/// incident, raised once, then updated in place (status, history and version kept), resolved on close.
/// </summary>
public static class SuspectReleaseAlerts
{
    /// <summary>History lines kept on an alert; the oldest (the raise) is always kept.</summary>
    public const int MaxHistory = 50;

    /// <param name="decision">The tracker's decision.</param>
    /// <param name="current">The incident's alert as last stored, or null on <see cref="SuspectReleaseDecisionKind.Raise"/>.</param>
    /// <param name="newAlertId">The id to give a new alert (the grain's id scheme); ignored when <paramref name="current"/> exists.</param>
    public static Alert Apply(SuspectReleaseDecision decision, Alert? current, string newAlertId)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (current is null && decision.Kind != SuspectReleaseDecisionKind.Raise)
        {
            throw new ArgumentException($"A {decision.Kind} decision needs the incident's current alert.", nameof(current));
        }

        var closing = decision.Kind == SuspectReleaseDecisionKind.Close;
        // An acknowledged alert stays acknowledged while it is updated; closing resolves it either way.
        var status = closing ? AlertStatus.Resolved : current?.Status ?? AlertStatus.Open;
        var entry = new AlertHistoryEntry(decision.At, decision.Change, decision.Severity, closing ? "tweet-risk" : null);
        var history = current is null ? [entry] : Bound([.. current.History, entry]);

        return new Alert
        {
            Id = current?.Id ?? newAlertId,
            Brand = decision.Brand,
            Type = AlertType.SuspectPressRelease,
            Severity = decision.Severity,
            Status = status,
            RaisedAt = current?.RaisedAt ?? decision.At,
            UpdatedAt = decision.At,
            Title = decision.Title,
            Summary = decision.Summary,
            Score = decision.Score,
            Reasons = decision.Reasons,
            Evidence = decision.Evidence,
            Metrics = new AlertMetrics
            {
                WindowStart = decision.OpenedAt,
                WindowEnd = decision.At,
                Risk = decision.Score,
                Relays = decision.Relays,
                Followers = decision.Evidence.Count > 0 ? decision.Evidence[0].Followers : null,
            },
            AcknowledgedBy = current?.AcknowledgedBy,
            AcknowledgedAt = current?.AcknowledgedAt,
            ResolvedBy = closing ? "tweet-risk: " + decision.CloseReason : current?.ResolvedBy,
            ResolvedAt = closing ? decision.At : current?.ResolvedAt,
            History = history,
            Version = (current?.Version ?? 0) + 1,
        };
    }

    private static IReadOnlyList<AlertHistoryEntry> Bound(List<AlertHistoryEntry> history) =>
        history.Count <= MaxHistory ? history : [history[0], .. history.Skip(history.Count - (MaxHistory - 1))];
}
