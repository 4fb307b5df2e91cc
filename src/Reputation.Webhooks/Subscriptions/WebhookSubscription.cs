using System.Text.Json.Serialization;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Digests;

namespace Reputation.Webhooks.Subscriptions;

/// <summary>One subscriber: where to POST, the shared signing secret and which alerts it wants.</summary>
[GenerateSerializer, Immutable]
public sealed record WebhookSubscription
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Url { get; init; }

    /// <summary>Write-only: never serialized to JSON, never logged (see <see cref="ToString"/>).</summary>
    [Id(2), JsonIgnore] public string Secret { get; init; } = "";

    /// <summary>Empty means every brand.</summary>
    [Id(3)] public IReadOnlyList<string> Brands { get; init; } = [];

    /// <summary>Empty means every alert type.</summary>
    [Id(4)] public IReadOnlyList<AlertType> Types { get; init; } = [];

    [Id(5)] public AlertSeverity MinSeverity { get; init; } = AlertSeverity.Low;
    [Id(6)] public bool Enabled { get; init; } = true;
    [Id(7)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(8)] public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Grows on every change so a subscription grain never replaces a newer copy with an older one.</summary>
    [Id(9)] public int Revision { get; init; } = 1;

    /// <summary>Empty means the alert events only (<see cref="WebhookEvents.Default"/>): digests are opted in to.</summary>
    [Id(10)] public IReadOnlyList<string> Events { get; init; } = [];

    public IReadOnlyList<string> EffectiveEvents => Events.Count == 0 ? WebhookEvents.Default : Events;

    public bool Wants(string eventName) => EffectiveEvents.Contains(eventName, StringComparer.Ordinal);

    public bool Matches(Alert alert) =>
        Enabled
        && (Brands.Count == 0 || Brands.Contains(alert.Brand, StringComparer.Ordinal))
        && (Types.Count == 0 || Types.Contains(alert.Type))
        && alert.Severity >= MinSeverity;

    /// <summary>The digest filter: enabled, opted in, and the brand filter accepts the brand (types and severity are alert filters).</summary>
    public bool MatchesDigest(string brand) =>
        Enabled
        && Wants(DigestEvents.Daily)
        && (Brands.Count == 0 || Brands.Contains(brand, StringComparer.Ordinal));

    // The generated record ToString would print the secret into any log line that formats a subscription.
    public override string ToString() => $"WebhookSubscription {{ Id = {Id}, Url = {Url}, Enabled = {Enabled} }}";
}
