using System.Text.Json.Serialization;

namespace Reputation.Webhooks.Delivery;

[JsonConverter(typeof(JsonStringEnumConverter<WebhookDeliveryState>))]
public enum WebhookDeliveryState
{
    [JsonStringEnumMemberName("pending")] Pending,
    [JsonStringEnumMemberName("delivered")] Delivered,
    [JsonStringEnumMemberName("failed")] Failed,
}

/// <summary>The state of one delivery, as listed by GET /api/webhooks/{id}/deliveries.</summary>
[GenerateSerializer, Immutable]
public sealed record WebhookDeliveryStatus
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Event { get; init; }
    [Id(2)] public required string AlertId { get; init; }
    [Id(3)] public required WebhookDeliveryState State { get; init; }
    [Id(4)] public int Attempts { get; init; }
    [Id(5)] public required DateTimeOffset QueuedAt { get; init; }
    [Id(6)] public DateTimeOffset? NextAttemptAt { get; init; }
    [Id(7)] public DateTimeOffset? FinishedAt { get; init; }
    [Id(8)] public string? LastResult { get; init; }
}

/// <summary>One attempt (or the final give-up) in a subscription's delivery log.</summary>
[GenerateSerializer, Immutable]
public sealed record WebhookDeliveryAttempt
{
    [Id(0)] public required string DeliveryId { get; init; }
    [Id(1)] public required int Attempt { get; init; }
    [Id(2)] public required DateTimeOffset At { get; init; }

    /// <summary>delivered, failed-attempt, refused or gave-up (the metric's outcome label).</summary>
    [Id(3)] public required string Outcome { get; init; }

    [Id(4)] public int? StatusCode { get; init; }
    [Id(5)] public string? Error { get; init; }
    [Id(6)] public double DurationMs { get; init; }
}

/// <summary>The newest deliveries and attempts of one subscription, newest first.</summary>
[GenerateSerializer, Immutable]
public sealed record WebhookDeliveryLog(
    [property: Id(0)] IReadOnlyList<WebhookDeliveryStatus> Deliveries,
    [property: Id(1)] IReadOnlyList<WebhookDeliveryAttempt> Attempts);
