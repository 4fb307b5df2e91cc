namespace Reputation.Webhooks.Delivery;

/// <summary>A delivery in a subscription grain's outbox, pending or finished.</summary>
[GenerateSerializer, Immutable]
public sealed record OutboxEntry
{
    [Id(0)] public required WebhookDelivery Delivery { get; init; }
    [Id(1)] public required WebhookDeliveryState State { get; init; }
    [Id(2)] public int Attempts { get; init; }

    /// <summary>Start of the retry window (reset by a manual redeliver).</summary>
    [Id(3)] public required DateTimeOffset QueuedAt { get; init; }

    [Id(4)] public DateTimeOffset NextAttemptAt { get; init; }
    [Id(5)] public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The outcome of the latest attempt, for the listing.</summary>
    [Id(6)] public string? LastResult { get; init; }

    /// <summary>Queued again by an operator: its delivery says nothing about push latency.</summary>
    [Id(7)] public bool Redelivery { get; init; }

    public WebhookDeliveryStatus ToStatus() => new()
    {
        Id = Delivery.Id,
        Event = Delivery.EventName,
        AlertId = Delivery.AlertId,
        State = State,
        Attempts = Attempts,
        QueuedAt = QueuedAt,
        NextAttemptAt = State == WebhookDeliveryState.Pending ? NextAttemptAt : null,
        FinishedAt = FinishedAt,
        LastResult = LastResult,
    };
}
