using Reputation.Abstractions.Alerts;

namespace Reputation.Abstractions.Grains;

/// <summary>
/// The cluster-wide index of recent alerts (single activation, key 0). Brand grains publish every raise
/// and update here; the index serves queries and fans the change out to the live view and webhooks.
/// </summary>
public interface IAlertIndexGrain : IGrainWithIntegerKey
{
    Task Publish(Alert alert, string eventName);

    Task<IReadOnlyList<Alert>> Query(AlertQuery query);

    Task<Alert?> Get(string alertId);

    /// <summary>Alerts changed after <paramref name="sinceVersionStamp"/> (a reconnecting page catches up with this).</summary>
    Task<AlertChanges> ChangesSince(long sinceVersionStamp);
}

[GenerateSerializer, Immutable]
public sealed record AlertQuery
{
    [Id(0)] public string? Brand { get; init; }
    [Id(1)] public AlertStatus? Status { get; init; }
    [Id(2)] public AlertType? Type { get; init; }
    [Id(3)] public AlertSeverity? MinSeverity { get; init; }
    [Id(4)] public int Limit { get; init; } = 200;
}

[GenerateSerializer, Immutable]
public sealed record AlertChanges([property: Id(0)] long Stamp, [property: Id(1)] IReadOnlyList<Alert> Alerts);
