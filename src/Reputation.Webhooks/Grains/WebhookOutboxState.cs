using Reputation.Webhooks.Delivery;
using Reputation.Webhooks.Subscriptions;

namespace Reputation.Webhooks.Grains;

[GenerateSerializer]
public sealed class WebhookOutboxState
{
    [Id(0)] public WebhookSubscription? Subscription { get; set; }

    /// <summary>Deliveries still to be sent or retried.</summary>
    [Id(1)] public List<OutboxEntry> Pending { get; set; } = [];

    /// <summary>Delivered or failed deliveries, newest first, bounded; kept for the listing and manual redelivery.</summary>
    [Id(2)] public List<OutboxEntry> Finished { get; set; } = [];

    /// <summary>Attempt log, newest first, bounded.</summary>
    [Id(3)] public List<WebhookDeliveryAttempt> Attempts { get; set; } = [];

    /// <summary>
    /// Tombstone of a deleted subscription: a dispatcher that matched it just before the delete must not
    /// revive its outbox. Ids are never reused, so the tombstone only costs a few bytes.
    /// </summary>
    [Id(4)] public bool Retired { get; set; }
}
