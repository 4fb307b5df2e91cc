using Orleans.Concurrency;
using Reputation.Abstractions.Alerts;
using Reputation.Webhooks.Subscriptions;

namespace Reputation.Webhooks.Grains;

/// <summary>All subscriptions of the cluster (single activation, key 0): the source of truth for the REST API and filters.</summary>
public interface IWebhookRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Null when the <c>Webhooks:MaxSubscriptions</c> limit is reached.</summary>
    Task<WebhookSubscription?> Create(WebhookSubscriptionChange change);

    /// <summary>Null when no subscription has this id.</summary>
    Task<WebhookSubscription?> Update(string id, WebhookSubscriptionChange change);

    Task<bool> Delete(string id);

    [ReadOnly] Task<WebhookSubscription?> Get(string id);

    [ReadOnly] Task<IReadOnlyList<WebhookSubscription>> List();

    /// <summary>The enabled subscriptions whose brand, type and minimum-severity filters accept the alert.</summary>
    [ReadOnly] Task<IReadOnlyList<WebhookSubscription>> Match(Alert alert);

    /// <summary>The enabled subscriptions that opted in to the daily digest and whose brand filter accepts the brand.</summary>
    [ReadOnly] Task<IReadOnlyList<WebhookSubscription>> MatchDigest(string brand);

    /// <summary>Wakes every subscription grain so its pending retries run (called periodically by each silo).</summary>
    [ReadOnly] Task ResumeAll();
}
