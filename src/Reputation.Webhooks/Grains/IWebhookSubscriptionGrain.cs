using Orleans.Concurrency;
using Reputation.Webhooks.Delivery;
using Reputation.Webhooks.Subscriptions;

namespace Reputation.Webhooks.Grains;

/// <summary>
/// The durable outbox and delivery log of one subscription (key: subscription id). Sharding the outbox per
/// subscription keeps every grain state small and lets a slow subscriber fail without holding up the others.
/// </summary>
public interface IWebhookSubscriptionGrain : IGrainWithStringKey
{
    /// <summary>Stores the newest copy of the subscription (kept by revision) and applies enable/disable.</summary>
    Task Configure(WebhookSubscription subscription);

    /// <summary>The subscription was deleted: drops its outbox and log.</summary>
    Task Retire();

    /// <summary>Stores the delivery in the outbox; returns once it is persisted. A known delivery id is ignored.</summary>
    Task Enqueue(WebhookSubscription subscription, WebhookDelivery delivery);

    [ReadOnly] Task<WebhookDeliveryLog> GetDeliveries(int limit);

    /// <summary>Queues a known delivery again now, with the same id and a fresh retry window; null if unknown.</summary>
    Task<WebhookDeliveryStatus?> Redeliver(string deliveryId);

    /// <summary>Activates the grain so due retries are scheduled (after a restart or a long idle period).</summary>
    [ReadOnly] Task Resume();
}
