using Microsoft.Extensions.Options;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Hosting;
using Reputation.Webhooks.Subscriptions;

namespace Reputation.Webhooks.Grains;

public sealed class WebhookRegistryGrain(
    [PersistentState("registry", StorageNames.Webhooks)] IPersistentState<WebhookRegistryState> state,
    IOptions<WebhookOptions> options,
    TimeProvider clock) : Grain, IWebhookRegistryGrain
{
    private List<WebhookSubscription> Subscriptions => state.State.Subscriptions;

    public async Task<WebhookSubscription?> Create(WebhookSubscriptionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Secret is null) throw new ArgumentException("A new subscription needs a secret.", nameof(change));
        if (Subscriptions.Count >= options.Value.MaxSubscriptions) return null;

        var now = clock.GetUtcNow();
        var subscription = new WebhookSubscription
        {
            Id = "wh_" + Guid.CreateVersion7().ToString("N"),
            Url = change.Url,
            Secret = change.Secret,
            Brands = change.Brands,
            Types = change.Types,
            MinSeverity = change.MinSeverity,
            Enabled = change.Enabled,
            Events = change.Events,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Subscriptions.Add(subscription);
        await state.WriteStateAsync();
        await SubscriptionGrain(subscription.Id).Configure(subscription);
        return subscription;
    }

    public async Task<WebhookSubscription?> Update(string id, WebhookSubscriptionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var index = Subscriptions.FindIndex(s => s.Id == id);
        if (index < 0) return null;

        var current = Subscriptions[index];
        var updated = current with
        {
            Url = change.Url,
            Secret = change.Secret ?? current.Secret,
            Brands = change.Brands,
            Types = change.Types,
            MinSeverity = change.MinSeverity,
            Enabled = change.Enabled,
            Events = change.Events,
            UpdatedAt = clock.GetUtcNow(),
            Revision = current.Revision + 1,
        };
        Subscriptions[index] = updated;
        await state.WriteStateAsync();
        await SubscriptionGrain(id).Configure(updated);
        return updated;
    }

    public async Task<bool> Delete(string id)
    {
        if (Subscriptions.RemoveAll(s => s.Id == id) == 0) return false;
        await state.WriteStateAsync();
        await SubscriptionGrain(id).Retire();
        return true;
    }

    public Task<WebhookSubscription?> Get(string id) => Task.FromResult(Subscriptions.Find(s => s.Id == id));

    public Task<IReadOnlyList<WebhookSubscription>> List() =>
        Task.FromResult<IReadOnlyList<WebhookSubscription>>(Subscriptions.ToArray());

    public Task<IReadOnlyList<WebhookSubscription>> Match(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return Task.FromResult<IReadOnlyList<WebhookSubscription>>(Subscriptions.Where(s => s.Matches(alert)).ToArray());
    }

    public Task<IReadOnlyList<WebhookSubscription>> MatchDigest(string brand) =>
        Task.FromResult<IReadOnlyList<WebhookSubscription>>(Subscriptions.Where(s => s.MatchesDigest(brand)).ToArray());

    public Task ResumeAll() => Task.WhenAll(Subscriptions.Select(s => SubscriptionGrain(s.Id).Resume()));

    private IWebhookSubscriptionGrain SubscriptionGrain(string id) => GrainFactory.GetGrain<IWebhookSubscriptionGrain>(id);
}
