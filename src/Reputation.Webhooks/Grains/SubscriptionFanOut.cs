using System.Text;
using System.Text.Json;
using Reputation.Abstractions.Json;
using Reputation.Webhooks.Delivery;
using Reputation.Webhooks.Subscriptions;

namespace Reputation.Webhooks.Grains;

/// <summary>What the alert and digest dispatchers share: one JSON body, bounded, queued in each matching outbox.</summary>
internal static class SubscriptionFanOut
{
    /// <summary>The payload as the contract's JSON, or null when it is over the limit (retrying cannot make it fit).</summary>
    public static string? Body<T>(T payload, WebhookOptions options, out int size)
    {
        var body = JsonSerializer.Serialize(payload, ContractJson.Options);
        size = Encoding.UTF8.GetByteCount(body);
        return size > options.MaxBodyBytes ? null : body;
    }

    /// <summary>Returns once every outbox has stored its delivery.</summary>
    public static Task Enqueue(IGrainFactory grains, IEnumerable<WebhookSubscription> matches, Func<WebhookSubscription, WebhookDelivery> delivery) =>
        Task.WhenAll(matches.Select(subscription => grains.GetGrain<IWebhookSubscriptionGrain>(subscription.Id).Enqueue(subscription, delivery(subscription))));
}
