using Reputation.Abstractions.Alerts;

namespace Reputation.Grains.Alerts;

/// <summary>
/// The alert lifecycle of one brand: one incident is one alert, raised once, then updated (severity only
/// escalates, evidence grows), closed when the detector says the brand is back to normal or it goes quiet,
/// and within a cool-down a recurrence reopens the same alert instead of raising a new one.
/// </summary>
internal sealed class AlertBook(AlertBookState state, string brand, AlertBookOptions options)
{
    public IReadOnlyList<Alert> Alerts => state.Alerts.Select(t => t.Alert).ToList();

    public IEnumerable<Alert> Open => state.Alerts.Where(t => t.ClosedAt is null).Select(t => t.Alert);

    public bool IsOpen(AlertType type, string incidentKey = "") =>
        state.Alerts.Any(t => t.ClosedAt is null && t.Alert.Type == type && t.IncidentKey == incidentKey);

    public AlertChange? Apply(Finding finding)
    {
        var tracked = state.Alerts.FirstOrDefault(t =>
            t.Alert.Type == finding.Type && t.IncidentKey == finding.IncidentKey &&
            (t.ClosedAt is null || finding.At - t.ClosedAt.Value < options.CoolDown));

        if (finding.RefreshOnly && tracked?.ClosedAt is not null)
        {
            return null;
        }

        return tracked is null ? finding.RefreshOnly ? null : Raise(finding) : Update(tracked, finding);
    }

    /// <summary>Closes the open incident of this type and key; null when none is open.</summary>
    public AlertChange? Close(AlertType type, string incidentKey, DateTimeOffset at, string why, Finding? final = null)
    {
        var tracked = state.Alerts.FirstOrDefault(t => t.ClosedAt is null && t.Alert.Type == type && t.IncidentKey == incidentKey);
        return tracked is null ? null : CloseTracked(tracked, at, why, final);
    }

    /// <summary>Closes incidents that no finding has renewed for the quiet period.</summary>
    public IReadOnlyList<AlertChange> CloseQuiet(DateTimeOffset now)
    {
        var changes = new List<AlertChange>();
        foreach (var tracked in state.Alerts.Where(t => t.ClosedAt is null && IsQuiet(t, now)).ToList())
        {
            changes.Add(CloseTracked(tracked, now, "back to normal"));
        }

        return changes;
    }

    private bool IsQuiet(TrackedAlert tracked, DateTimeOffset now) =>
        options.QuietPeriods.TryGetValue(tracked.Alert.Type, out var quiet) && quiet != TimeSpan.MaxValue && now - tracked.LastFindingAt >= quiet;

    public AlertChange? SetStatus(string alertId, AlertStatus status, string by, DateTimeOffset at)
    {
        var tracked = state.Alerts.FirstOrDefault(t => t.Alert.Id == alertId);
        if (tracked is null)
        {
            return null;
        }

        var alert = tracked.Alert;
        alert = status switch
        {
            AlertStatus.Acknowledged => alert with { Status = AlertStatus.Acknowledged, AcknowledgedBy = by, AcknowledgedAt = at },
            AlertStatus.Resolved => alert with { Status = AlertStatus.Resolved, ResolvedBy = by, ResolvedAt = at },
            _ => alert with { Status = AlertStatus.Open },
        };
        tracked.Alert = alert with
        {
            UpdatedAt = at,
            Version = alert.Version + 1,
            History = Append(alert.History, new AlertHistoryEntry(at, StatusWord(status), alert.Severity, by)),
        };
        if (status == AlertStatus.Resolved)
        {
            tracked.ClosedAt ??= at;
        }

        return new AlertChange(tracked.Alert, AlertEvents.Updated);
    }

    private AlertChange Raise(Finding f)
    {
        var alert = new Alert
        {
            Id = "a-" + Ulid.NewUlid(f.At).ToString(),
            Brand = brand,
            Type = f.Type,
            Severity = f.Severity,
            Status = AlertStatus.Open,
            RaisedAt = f.At,
            UpdatedAt = f.At,
            Title = f.Title,
            Summary = f.Summary,
            Score = Math.Round(f.Score, 3),
            Reasons = f.Reasons,
            Evidence = MergeEvidence([], f.Evidence),
            Metrics = f.Metrics,
            History = [new AlertHistoryEntry(f.At, "raised", f.Severity)],
        };
        state.Alerts.Add(new TrackedAlert { IncidentKey = f.IncidentKey, Alert = alert, LastFindingAt = f.At, LastAnnouncedAt = f.At });
        Trim();
        return new AlertChange(alert, AlertEvents.Raised);
    }

    private AlertChange? Update(TrackedAlert tracked, Finding f)
    {
        var old = tracked.Alert;
        var reopened = tracked.ClosedAt is not null;
        var severity = (AlertSeverity)Math.Max((int)old.Severity, (int)f.Severity);
        var evidence = MergeEvidence(old.Evidence, f.Evidence);
        var escalated = severity > old.Severity;
        tracked.LastFindingAt = f.At;

        // Refreshes are recorded at once but announced only when they escalate, reopen, or the update
        // interval has passed, so a long incident does not flood the wall screen and the webhooks.
        var due = f.At - tracked.LastAnnouncedAt >= options.UpdateInterval;
        if (!reopened && !escalated && !due && !f.AnnounceNow)
        {
            tracked.Alert = old with { Metrics = f.Metrics, Summary = f.Summary, Evidence = evidence, Score = Math.Max(old.Score, Math.Round(f.Score, 3)) };
            return null;
        }

        var change = reopened ? "reopened" : escalated ? $"escalated to {severity.ToString().ToLowerInvariant()}" : "updated";
        tracked.ClosedAt = null;
        tracked.LastAnnouncedAt = f.At;
        tracked.Alert = old with
        {
            Severity = severity,
            Status = reopened ? AlertStatus.Open : old.Status,
            ResolvedAt = reopened ? null : old.ResolvedAt,
            ResolvedBy = reopened ? null : old.ResolvedBy,
            UpdatedAt = f.At,
            Title = escalated || reopened ? f.Title : old.Title,
            Summary = f.Summary,
            Score = Math.Max(old.Score, Math.Round(f.Score, 3)),
            Reasons = f.Reasons.Union(old.Reasons).Take(options.MaxReasons).ToList(),
            Evidence = evidence,
            Metrics = f.Metrics,
            Version = old.Version + 1,
            History = Append(old.History, new AlertHistoryEntry(f.At, change, severity)),
        };
        return new AlertChange(tracked.Alert, AlertEvents.Updated);
    }

    private AlertChange CloseTracked(TrackedAlert tracked, DateTimeOffset at, string why, Finding? final = null)
    {
        tracked.ClosedAt = at;
        var alert = tracked.Alert;
        if (final is not null)
        {
            // What ended the incident (an official denial) becomes part of the record.
            alert = alert with
            {
                Summary = final.Summary,
                Reasons = final.Reasons.Union(alert.Reasons).Take(options.MaxReasons).ToList(),
                Evidence = MergeEvidence(alert.Evidence, final.Evidence),
                Metrics = final.Metrics,
            };
        }

        tracked.Alert = alert with
        {
            Status = AlertStatus.Resolved,
            ResolvedAt = alert.ResolvedAt ?? at,
            ResolvedBy = alert.ResolvedBy ?? "system",
            UpdatedAt = at,
            Version = alert.Version + 1,
            History = Append(alert.History, new AlertHistoryEntry(at, $"closed: {why}", alert.Severity, "system")),
        };
        Trim();
        return new AlertChange(tracked.Alert, AlertEvents.Updated);
    }

    /// <summary>Keeps the first evidence (how it started) and then the newest, without repeats.</summary>
    private IReadOnlyList<AlertEvidence> MergeEvidence(IReadOnlyList<AlertEvidence> existing, IReadOnlyList<AlertEvidence> incoming)
    {
        var merged = existing.ToList();
        foreach (var e in incoming)
        {
            if (merged.All(m => m.MentionId != e.MentionId))
            {
                merged.Add(e with { Text = Shorten(e.Text) });
            }
        }

        if (merged.Count <= options.MaxEvidence)
        {
            return merged;
        }

        const int keepFirst = 3;
        return [.. merged.Take(keepFirst), .. merged.TakeLast(options.MaxEvidence - keepFirst)];
    }

    private IReadOnlyList<AlertHistoryEntry> Append(IReadOnlyList<AlertHistoryEntry> history, AlertHistoryEntry entry) =>
        history.Count < options.MaxHistory ? [.. history, entry] : [history[0], .. history.Skip(history.Count - options.MaxHistory + 2), entry];

    private string Shorten(string text) => text.Length <= options.MaxEvidenceTextLength ? text : text[..options.MaxEvidenceTextLength] + "…";

    /// <summary>Bounds the state: every open alert stays, closed ones beyond the newest few go (the alert index keeps them).</summary>
    private void Trim()
    {
        var closed = state.Alerts.Where(t => t.ClosedAt is not null).OrderByDescending(t => t.ClosedAt).Skip(options.KeepClosed).ToList();
        foreach (var t in closed)
        {
            state.Alerts.Remove(t);
        }
    }

    private static string StatusWord(AlertStatus status) => status switch
    {
        AlertStatus.Acknowledged => "acknowledged",
        AlertStatus.Resolved => "resolved",
        _ => "reopened",
    };
}
