using Reputation.Abstractions.Alerts;

namespace Reputation.Webhooks.Subscriptions;

/// <summary>What the REST API returns for a subscription: everything except the secret, which is masked.</summary>
public sealed record WebhookSubscriptionView
{
    public required string Id { get; init; }
    public required string Url { get; init; }

    /// <summary>"••••" plus the last four characters, enough to tell two secrets apart.</summary>
    public required string Secret { get; init; }

    public required IReadOnlyList<string> Brands { get; init; }
    public required IReadOnlyList<AlertType> Types { get; init; }
    public required AlertSeverity MinSeverity { get; init; }
    public required bool Enabled { get; init; }

    /// <summary>The events delivered: the alert events unless the subscription chose others.</summary>
    public required IReadOnlyList<string> Events { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    public static WebhookSubscriptionView Of(WebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return new()
        {
            Id = subscription.Id,
            Url = subscription.Url,
            Secret = Mask(subscription.Secret),
            Brands = subscription.Brands,
            Types = subscription.Types,
            MinSeverity = subscription.MinSeverity,
            Enabled = subscription.Enabled,
            Events = subscription.EffectiveEvents,
            CreatedAt = subscription.CreatedAt,
            UpdatedAt = subscription.UpdatedAt,
        };
    }

    public static string Mask(string secret) => "••••" + (secret.Length >= 16 ? secret[^4..] : "");
}
