using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Digests;

namespace Reputation.Webhooks.Subscriptions;

/// <summary>The events a subscription can ask for (the X-Reputation-Event header of a delivery).</summary>
public static class WebhookEvents
{
    /// <summary>What a subscription without an events list receives: the alert events of contract section 4.</summary>
    public static readonly IReadOnlyList<string> Default = [AlertEvents.Raised, AlertEvents.Updated];

    public static readonly IReadOnlyList<string> All = [AlertEvents.Raised, AlertEvents.Updated, DigestEvents.Daily];

    public static bool IsKnown(string? name) => name is not null && All.Contains(name, StringComparer.Ordinal);
}
