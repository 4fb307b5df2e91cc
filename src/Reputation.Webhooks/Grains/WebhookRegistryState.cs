using Reputation.Webhooks.Subscriptions;

namespace Reputation.Webhooks.Grains;

[GenerateSerializer]
public sealed class WebhookRegistryState
{
    [Id(0)] public List<WebhookSubscription> Subscriptions { get; set; } = [];
}
