using Reputation.Abstractions.Alerts;

namespace Reputation.Webhooks.Subscriptions;

/// <summary>A validated create or update, as sent to the registry grain.</summary>
[GenerateSerializer, Immutable]
public sealed record WebhookSubscriptionChange
{
    [Id(0)] public required string Url { get; init; }

    /// <summary>Null on update keeps the current secret.</summary>
    [Id(1)] public string? Secret { get; init; }

    [Id(2)] public IReadOnlyList<string> Brands { get; init; } = [];
    [Id(3)] public IReadOnlyList<AlertType> Types { get; init; } = [];
    [Id(4)] public AlertSeverity MinSeverity { get; init; } = AlertSeverity.Low;
    [Id(5)] public bool Enabled { get; init; } = true;
    [Id(6)] public IReadOnlyList<string> Events { get; init; } = [];

    public override string ToString() => $"WebhookSubscriptionChange {{ Url = {Url} }}";

    /// <summary>Call only after <see cref="WebhookSubscriptionValidator"/> accepted the request.</summary>
    public static WebhookSubscriptionChange From(WebhookSubscriptionRequest request) => new()
    {
        Url = request.Url!,
        Secret = request.Secret,
        Brands = (request.Brands ?? []).Distinct(StringComparer.Ordinal).ToArray(),
        Types = (request.Types ?? []).Select(t => ContractEnum.Parse<AlertType>(t)!.Value).Distinct().ToArray(),
        MinSeverity = ContractEnum.Parse<AlertSeverity>(request.MinSeverity) ?? AlertSeverity.Low,
        Enabled = request.Enabled ?? true,
        Events = (request.Events ?? []).Distinct(StringComparer.Ordinal).ToArray(),
    };
}
