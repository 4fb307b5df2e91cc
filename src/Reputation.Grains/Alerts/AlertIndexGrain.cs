using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Hosting;
using Reputation.Abstractions.Live;

namespace Reputation.Grains.Alerts;

/// <summary>
/// The cluster's list of recent alerts. Every version of an alert passes through here exactly once on its
/// way to the webhook outbox and the live view: repeated publishes of a version already seen are ignored.
/// </summary>
public sealed class AlertIndexGrain(
    [PersistentState("alert-index", StorageNames.Alerts)] IPersistentState<AlertIndexState> state) : Grain, IAlertIndexGrain
{
    /// <summary>Closed alerts beyond this many are forgotten (open ones always stay).</summary>
    private const int MaxClosedAlerts = 500;

    public async Task Publish(Alert alert, string eventName)
    {
        var entry = state.State.Alerts.Find(a => a.Alert.Id == alert.Id);
        if (entry is not null && entry.Alert.Version > alert.Version)
        {
            return;
        }

        var isNewVersion = entry is null || entry.Alert.Version < alert.Version;
        if (isNewVersion)
        {
            if (entry is null)
            {
                entry = new IndexedAlert { Alert = alert, EventName = eventName };
                state.State.Alerts.Add(entry);
            }

            entry.Alert = alert;
            entry.EventName = eventName;
            entry.WebhooksQueued = false;
            entry.Stamp = ++state.State.Stamp;
            Trim();
            await state.WriteStateAsync();
            GrainFactory.GetGrain<ILiveRelayGrain>(0).PublishAlert(alert, eventName).Ignore();
        }

        if (!entry!.WebhooksQueued)
        {
            await GrainFactory.GetGrain<IWebhookDispatcherGrain>(0).Enqueue(entry.Alert, entry.EventName);
            entry.WebhooksQueued = true;
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<Alert>> Query(AlertQuery query)
    {
        IEnumerable<Alert> alerts = state.State.Alerts.Select(a => a.Alert);
        if (query.Brand is { } brand)
        {
            alerts = alerts.Where(a => a.Brand == brand);
        }

        if (query.Status is { } status)
        {
            alerts = alerts.Where(a => a.Status == status);
        }

        if (query.Type is { } type)
        {
            alerts = alerts.Where(a => a.Type == type);
        }

        if (query.MinSeverity is { } severity)
        {
            alerts = alerts.Where(a => a.Severity >= severity);
        }

        IReadOnlyList<Alert> result = alerts.OrderByDescending(a => a.UpdatedAt).Take(Math.Clamp(query.Limit, 1, 1000)).ToList();
        return Task.FromResult(result);
    }

    public Task<Alert?> Get(string alertId) => Task.FromResult(state.State.Alerts.Find(a => a.Alert.Id == alertId)?.Alert);

    public Task<AlertChanges> ChangesSince(long sinceVersionStamp)
    {
        IReadOnlyList<Alert> changed = state.State.Alerts.Where(a => a.Stamp > sinceVersionStamp).OrderBy(a => a.Stamp).Select(a => a.Alert).ToList();
        return Task.FromResult(new AlertChanges(state.State.Stamp, changed));
    }

    private void Trim()
    {
        var closed = state.State.Alerts.Where(a => a.Alert.Status == AlertStatus.Resolved).ToList();
        if (closed.Count > MaxClosedAlerts)
        {
            foreach (var old in closed.OrderBy(a => a.Stamp).Take(closed.Count - MaxClosedAlerts))
            {
                state.State.Alerts.Remove(old);
            }
        }
    }
}
