using System.Text.Json.Serialization;
using Reputation.Abstractions.Alerts;

namespace Reputation.Client;

/// <summary>The body of creating or changing a webhook subscription. Null fields are left out (on update: unchanged).</summary>
public sealed record WebhookSubscriptionRequest
{
    public string? Url { get; init; }

    /// <summary>Required on create; leaving it out on update keeps the current secret.</summary>
    public string? Secret { get; init; }

    public IReadOnlyList<string>? Brands { get; init; }

    /// <summary>Alert types in the contract's spelling, e.g. "suspect-press-release".</summary>
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary>"low", "medium", "high" or "critical".</summary>
    public string? MinSeverity { get; init; }

    public bool? Enabled { get; init; }

    /// <summary>Events to receive: "alert.raised", "alert.updated", "digest.daily"; left out means the alert events only.</summary>
    public IReadOnlyList<string>? Events { get; init; }
}

/// <summary>A webhook subscription as the server shows it: the secret is masked.</summary>
public sealed record WebhookSubscription
{
    public required string Id { get; init; }
    public required string Url { get; init; }
    public required string Secret { get; init; }
    public IReadOnlyList<string> Brands { get; init; } = [];
    public IReadOnlyList<AlertType> Types { get; init; } = [];
    public AlertSeverity MinSeverity { get; init; }
    public bool Enabled { get; init; }
    public IReadOnlyList<string> Events { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<WebhookDeliveryState>))]
public enum WebhookDeliveryState
{
    [JsonStringEnumMemberName("pending")] Pending,
    [JsonStringEnumMemberName("delivered")] Delivered,
    [JsonStringEnumMemberName("failed")] Failed,
}

/// <summary>One delivery of one alert event to one subscription, across its attempts.</summary>
public sealed record WebhookDelivery
{
    public required string Id { get; init; }
    public required string Event { get; init; }
    public required string AlertId { get; init; }
    public WebhookDeliveryState State { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset QueuedAt { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public string? LastResult { get; init; }
}

/// <summary>One attempt of a delivery: delivered, failed-attempt, refused or gave-up.</summary>
public sealed record WebhookDeliveryAttempt
{
    public required string DeliveryId { get; init; }
    public int Attempt { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Outcome { get; init; }
    public int? StatusCode { get; init; }
    public string? Error { get; init; }
    public double DurationMs { get; init; }
}

/// <summary>A subscription's newest deliveries and attempts, newest first.</summary>
public sealed record WebhookDeliveryLog(IReadOnlyList<WebhookDelivery> Deliveries, IReadOnlyList<WebhookDeliveryAttempt> Attempts);
