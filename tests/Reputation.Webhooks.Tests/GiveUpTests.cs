using Reputation.Abstractions.Grains;
using Reputation.Webhooks.Delivery;
using Reputation.Webhooks.Tests.Infrastructure;

namespace Reputation.Webhooks.Tests;

public sealed class GiveUpTests
{
    [Fact]
    public async Task A_delivery_failing_past_the_retry_window_is_marked_failed_and_retried_no_more()
    {
        await using var webhooks = await WebhookCluster.StartAsync(WebhookCluster.FastSettings(giveUpAfter: TimeSpan.FromSeconds(1)));
        await using var receiver = await TestReceiver.StartAsync();
        receiver.StatusCode = 503;
        var subscription = await TestSubscriptions.CreateAsync(webhooks.Client, receiver.Url, ["giveup-brand"]);
        var gaveUp = WebhookMetrics.Deliveries.WithLabels(WebhookMetrics.GaveUp).Value;

        await webhooks.Client.GetGrain<IWebhookDispatcherGrain>(0).Enqueue(Alerts.Make("giveup-brand"), "alert.updated");

        await Eventually.True(async () => (await TestSubscriptions.LogAsync(webhooks.Client, subscription.Id)).Deliveries
            is [{ State: WebhookDeliveryState.Failed }], "the delivery to be given up");
        var log = await TestSubscriptions.LogAsync(webhooks.Client, subscription.Id);
        Assert.Equal(WebhookMetrics.GaveUp, log.Attempts[0].Outcome);
        Assert.StartsWith("gave up after ", log.Attempts[0].Error);
        Assert.EndsWith("last: HTTP 503", log.Attempts[0].Error);
        Assert.All(log.Attempts.Skip(1), a => Assert.Equal((WebhookMetrics.FailedAttempt, 503), (a.Outcome, a.StatusCode!.Value)));
        Assert.True(WebhookMetrics.Deliveries.WithLabels(WebhookMetrics.GaveUp).Value > gaveUp);

        var requests = receiver.Received.Count;
        await Task.Delay(1500);
        Assert.Equal(requests, receiver.Received.Count);
    }
}
