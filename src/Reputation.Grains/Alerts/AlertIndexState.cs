using Reputation.Abstractions.Alerts;

namespace Reputation.Grains.Alerts;

[GenerateSerializer]
public sealed class AlertIndexState
{
    [Id(0)] public List<IndexedAlert> Alerts { get; set; } = [];
    /// <summary>Increases on every change; clients remember the last stamp they saw to catch up after a reconnect.</summary>
    [Id(1)] public long Stamp { get; set; }
}

[GenerateSerializer]
public sealed class IndexedAlert
{
    [Id(0)] public required Alert Alert { get; set; }
    [Id(1)] public long Stamp { get; set; }
    /// <summary>False until the webhook outbox has stored this version, so a retried publish re-enqueues it.</summary>
    [Id(2)] public bool WebhooksQueued { get; set; }
    [Id(3)] public required string EventName { get; set; }
}
