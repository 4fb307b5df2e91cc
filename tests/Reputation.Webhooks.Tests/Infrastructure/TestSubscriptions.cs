using Reputation.Abstractions.Alerts;
using Reputation.Webhooks.Grains;
using Reputation.Webhooks.Subscriptions;

namespace Reputation.Webhooks.Tests.Infrastructure;

public static class TestSubscriptions
{
    public const string Secret = "test-secret-0123456789";

    public static async Task<WebhookSubscription> CreateAsync(IGrainFactory grains, string url, string[] brands,
        AlertType[]? types = null, AlertSeverity minSeverity = AlertSeverity.Low, string[]? events = null)
    {
        var created = await grains.GetGrain<IWebhookRegistryGrain>(0).Create(new WebhookSubscriptionChange
        {
            Url = url, Secret = Secret, Brands = brands, Types = types ?? [], MinSeverity = minSeverity, Events = events ?? [],
        });
        return created ?? throw new InvalidOperationException("subscription limit reached");
    }

    public static Task<Delivery.WebhookDeliveryLog> LogAsync(IGrainFactory grains, string subscriptionId) =>
        grains.GetGrain<IWebhookSubscriptionGrain>(subscriptionId).GetDeliveries(200);
}
