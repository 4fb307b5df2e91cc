using Reputation.Abstractions.Grains;
using Reputation.Webhooks.Delivery;
using Reputation.Webhooks.Tests.Infrastructure;

namespace Reputation.Webhooks.Tests;

/// <summary>The outbox is durable: retries resume after every silo of the cluster was replaced.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_delivery_pending_when_the_silo_stops_is_delivered_by_the_new_silo()
    {
        await using var webhooks = await WebhookCluster.StartAsync(WebhookCluster.FastSettings());
        var receiver = await TestReceiver.ReserveAsync();
        var subscription = await TestSubscriptions.CreateAsync(webhooks.Client, receiver.Url, ["restart-brand"]);
        var alert = Alerts.Make("restart-brand");

        await webhooks.Client.GetGrain<IWebhookDispatcherGrain>(0).Enqueue(alert, "alert.raised");
        await Eventually.True(async () => (await TestSubscriptions.LogAsync(webhooks.Client, subscription.Id)).Attempts.Count >= 2,
            "failed attempts before the restart");

        // Replace the only silo: every activation, timer and in-memory copy is gone; only the storage remains.
        var oldSilo = webhooks.Cluster.Silos.Single();
        await webhooks.Cluster.StartAdditionalSiloAsync();
        // Killed, not stopped: a graceful stop may migrate activations with their in-memory state.
        await webhooks.Cluster.KillSiloAsync(oldSilo);
        Assert.DoesNotContain(oldSilo, webhooks.Cluster.Silos);

        // Nobody calls the subscription grain now: the resumer on the new silo must wake it.
        await receiver.StartAgainAsync();
        await using var _ = receiver;
        await Eventually.True(() => !receiver.Received.IsEmpty, "delivery after the restart");
        await Task.Delay(500);
        // The client's gateway died with the old silo: connect it to the new one to read the log.
        await webhooks.Cluster.StopClusterClientAsync();
        await webhooks.Cluster.InitializeClientAsync();

        var request = Assert.Single(receiver.Received);
        Assert.Equal(WebhookDelivery.IdFor(subscription.Id, alert, "alert.raised"), request.Headers[WebhookHeaders.Delivery]);
        var log = await TestSubscriptions.LogAsync(webhooks.Client, subscription.Id);
        var delivery = Assert.Single(log.Deliveries);
        Assert.Equal(WebhookDeliveryState.Delivered, delivery.State);
        // Attempts made before the restart are still in the log: the state came from storage.
        Assert.True(delivery.Attempts >= 3);
        Assert.True(log.Attempts.Count(a => a.Outcome == WebhookMetrics.FailedAttempt) >= 2);
    }
}
