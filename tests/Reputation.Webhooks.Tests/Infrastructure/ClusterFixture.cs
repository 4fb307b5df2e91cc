namespace Reputation.Webhooks.Tests.Infrastructure;

/// <summary>One cluster shared by the delivery tests; each test uses its own brand names and subscriptions.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public WebhookCluster Webhooks { get; private set; } = null!;

    public async Task InitializeAsync() => Webhooks = await WebhookCluster.StartAsync(WebhookCluster.FastSettings());

    public async Task DisposeAsync() => await Webhooks.DisposeAsync();
}
