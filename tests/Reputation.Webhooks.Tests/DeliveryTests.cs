using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Json;
using Reputation.Webhooks.Delivery;
using Reputation.Webhooks.Grains;
using Reputation.Webhooks.Tests.Infrastructure;

namespace Reputation.Webhooks.Tests;

/// <summary>Alert events through the dispatcher grain, the outbox grains and the real HTTP stack to a real receiver.</summary>
public sealed class DeliveryTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private IClusterClient Client => fixture.Webhooks.Client;
    private IWebhookDispatcherGrain Dispatcher => Client.GetGrain<IWebhookDispatcherGrain>(0);

    [Fact]
    public async Task Delivery_carries_the_contract_headers_and_a_signature_the_receiver_can_verify()
    {
        await using var receiver = await TestReceiver.StartAsync();
        var subscription = await TestSubscriptions.CreateAsync(Client, receiver.Url, ["signed-brand"]);
        var delivered = WebhookMetrics.Deliveries.WithLabels(WebhookMetrics.Delivered).Value;
        var latencies = WebhookMetrics.PushLatency.WithLabels("webhook").Count;
        var alert = Alerts.Make("signed-brand");

        await Dispatcher.Enqueue(alert, AlertEvents.Raised);
        await Eventually.True(() => !receiver.Received.IsEmpty, "the receiver to get the webhook");

        var request = Assert.Single(receiver.Received);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.Equal(AlertEvents.Raised, request.Headers[WebhookHeaders.Event]);
        Assert.Equal(WebhookDelivery.IdFor(subscription.Id, alert, AlertEvents.Raised), request.Headers[WebhookHeaders.Delivery]);

        // The receiver's side of the contract: recompute the HMAC over timestamp "." body with the shared secret.
        var timestamp = request.Headers[WebhookHeaders.Timestamp];
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(timestamp, CultureInfo.InvariantCulture));
        Assert.InRange(sentAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(request.Body).ToArray();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(TestSubscriptions.Secret), signed));
        Assert.Equal(expected, request.Headers[WebhookHeaders.Signature]);

        var body = JsonSerializer.Deserialize<Alert>(request.Body, ContractJson.Options)!;
        Assert.Equal(alert.Id, body.Id);
        Assert.Contains("\"type\":\"negative-spike\"", Encoding.UTF8.GetString(request.Body));

        await Eventually.True(async () => (await TestSubscriptions.LogAsync(Client, subscription.Id)).Deliveries is [{ State: WebhookDeliveryState.Delivered }],
            "the delivery to be marked delivered");
        var attempt = Assert.Single((await TestSubscriptions.LogAsync(Client, subscription.Id)).Attempts);
        Assert.Equal((WebhookMetrics.Delivered, 200, 1), (attempt.Outcome, attempt.StatusCode, attempt.Attempt));
        Assert.True(WebhookMetrics.Deliveries.WithLabels(WebhookMetrics.Delivered).Value > delivered);
        Assert.True(WebhookMetrics.PushLatency.WithLabels("webhook").Count > latencies);
    }

    [Fact]
    public async Task A_receiver_down_then_up_gets_each_delivery_exactly_once()
    {
        var receiver = await TestReceiver.ReserveAsync();
        var subscription = await TestSubscriptions.CreateAsync(Client, receiver.Url, ["flaky-brand"]);
        var first = Alerts.Make("flaky-brand");
        var second = Alerts.Make("flaky-brand", AlertType.SentimentShift);

        await Dispatcher.Enqueue(first, AlertEvents.Raised);
        await Dispatcher.Enqueue(second, AlertEvents.Raised);
        // The caller retrying the same change must not create a second delivery.
        await Dispatcher.Enqueue(first, AlertEvents.Raised);

        await Eventually.True(async () => (await TestSubscriptions.LogAsync(Client, subscription.Id)).Attempts
                .Count(a => a.Outcome == WebhookMetrics.FailedAttempt) >= 4,
            "failed attempts while the receiver is down");
        await receiver.StartAgainAsync();
        await using var _ = receiver;

        await Eventually.True(async () => (await TestSubscriptions.LogAsync(Client, subscription.Id)).Deliveries
                .Count(d => d.State == WebhookDeliveryState.Delivered) == 2,
            "both deliveries delivered");

        var ids = receiver.Received.Select(r => r.Headers[WebhookHeaders.Delivery]).ToArray();
        Assert.Equal(2, ids.Length);
        Assert.Equal(
            new[] { WebhookDelivery.IdFor(subscription.Id, first, AlertEvents.Raised), WebhookDelivery.IdFor(subscription.Id, second, AlertEvents.Raised) }.Order(),
            ids.Order());
        var log = await TestSubscriptions.LogAsync(Client, subscription.Id);
        Assert.All(log.Deliveries, d => Assert.True(d.Attempts >= 2));
        Assert.Contains(log.Attempts, a => a.Outcome == WebhookMetrics.FailedAttempt && a.Error!.Contains("ConnectionRefused"));
    }

    [Fact]
    public async Task A_subscriber_name_resolving_to_the_metadata_address_is_refused_logged_and_not_retried()
    {
        await using var receiver = await TestReceiver.StartAsync();
        // Loopback answers first: a broken guard would connect to the receiver.
        fixture.Webhooks.Resolver.Names["metadata.test"] = [IPAddress.Loopback, IPAddress.Parse("169.254.169.254")];
        var subscription = await TestSubscriptions.CreateAsync(Client, $"https://metadata.test:{receiver.Port}/hook", ["ssrf-brand"]);

        await Dispatcher.Enqueue(Alerts.Make("ssrf-brand"), AlertEvents.Raised);

        await Eventually.True(async () => (await TestSubscriptions.LogAsync(Client, subscription.Id)).Deliveries is [{ State: WebhookDeliveryState.Failed }],
            "the delivery to be marked failed");
        // Several retry periods later there is still just the one refused attempt.
        await Task.Delay(1500);
        var log = await TestSubscriptions.LogAsync(Client, subscription.Id);
        var attempt = Assert.Single(log.Attempts);
        Assert.Equal(WebhookMetrics.Refused, attempt.Outcome);
        Assert.Equal("refused: 169.254.169.254 is the cloud metadata address", attempt.Error);
        Assert.Equal("refused: 169.254.169.254 is the cloud metadata address", log.Deliveries[0].LastResult);
        Assert.Equal(0, receiver.Connections);
    }

    [Fact]
    public async Task Only_subscriptions_whose_filters_match_get_the_alert()
    {
        await using var receiver = await TestReceiver.StartAsync();
        var everything = await TestSubscriptions.CreateAsync(Client, receiver.Url + "?s=all", ["filter-a", "filter-b"]);
        var pressOnly = await TestSubscriptions.CreateAsync(Client, receiver.Url + "?s=press", ["filter-a"], [AlertType.SuspectPressRelease]);
        var criticalOnly = await TestSubscriptions.CreateAsync(Client, receiver.Url + "?s=critical", ["filter-a", "filter-b"], minSeverity: AlertSeverity.Critical);

        var registry = Client.GetGrain<IWebhookRegistryGrain>(0);
        string[] Ids(IEnumerable<Webhooks.Subscriptions.WebhookSubscription> s) => s.Select(x => x.Id).Order().ToArray();
        Assert.Equal(Ids([everything, pressOnly]), Ids(await registry.Match(Alerts.Make("filter-a", AlertType.SuspectPressRelease, AlertSeverity.Medium))));
        Assert.Equal(Ids([everything, criticalOnly]), Ids(await registry.Match(Alerts.Make("filter-b", AlertType.NegativeSpike, AlertSeverity.Critical))));
        Assert.Empty(await registry.Match(Alerts.Make("filter-c", AlertType.SuspectPressRelease, AlertSeverity.Critical)));

        await Dispatcher.Enqueue(Alerts.Make("filter-b", AlertType.SentimentShift, AlertSeverity.High), AlertEvents.Updated);
        await Eventually.True(() => !receiver.Received.IsEmpty, "the matching subscription to be called");
        await Task.Delay(500);
        Assert.Single(receiver.Received);
        Assert.Empty((await TestSubscriptions.LogAsync(Client, pressOnly.Id)).Deliveries);
        Assert.Empty((await TestSubscriptions.LogAsync(Client, criticalOnly.Id)).Deliveries);
        Assert.Equal(AlertEvents.Updated, receiver.Received.Single().Headers[WebhookHeaders.Event]);
    }

    [Fact]
    public async Task Manual_redeliver_sends_a_finished_delivery_again_with_the_same_id()
    {
        await using var receiver = await TestReceiver.StartAsync();
        var subscription = await TestSubscriptions.CreateAsync(Client, receiver.Url, ["redeliver-brand"]);
        await Dispatcher.Enqueue(Alerts.Make("redeliver-brand"), AlertEvents.Raised);
        await Eventually.True(async () => (await TestSubscriptions.LogAsync(Client, subscription.Id)).Deliveries is [{ State: WebhookDeliveryState.Delivered }],
            "the first delivery");
        var deliveryId = (await TestSubscriptions.LogAsync(Client, subscription.Id)).Deliveries[0].Id;

        var status = await Client.GetGrain<IWebhookSubscriptionGrain>(subscription.Id).Redeliver(deliveryId);
        Assert.Equal(WebhookDeliveryState.Pending, status!.State);
        Assert.Null(await Client.GetGrain<IWebhookSubscriptionGrain>(subscription.Id).Redeliver("no-such-delivery"));

        await Eventually.True(() => receiver.Received.Count == 2, "the redelivery");
        Assert.All(receiver.Received, r => Assert.Equal(deliveryId, r.Headers[WebhookHeaders.Delivery]));
        await Eventually.True(async () => (await TestSubscriptions.LogAsync(Client, subscription.Id)).Attempts.Count == 2, "two logged attempts");
    }

    [Fact]
    public async Task A_deleted_subscription_stops_matching_and_drops_its_outbox()
    {
        var receiver = await TestReceiver.ReserveAsync();
        var subscription = await TestSubscriptions.CreateAsync(Client, receiver.Url, ["deleted-brand"]);
        await Dispatcher.Enqueue(Alerts.Make("deleted-brand"), AlertEvents.Raised);
        await Eventually.True(async () => (await TestSubscriptions.LogAsync(Client, subscription.Id)).Attempts.Count >= 1, "a failed attempt");

        Assert.True(await Client.GetGrain<IWebhookRegistryGrain>(0).Delete(subscription.Id));

        Assert.Empty(await Client.GetGrain<IWebhookRegistryGrain>(0).Match(Alerts.Make("deleted-brand")));
        var log = await TestSubscriptions.LogAsync(Client, subscription.Id);
        Assert.Empty(log.Deliveries);
        Assert.Empty(log.Attempts);

        // A dispatcher that matched the subscription just before the delete cannot revive its outbox.
        var late = Alerts.Make("deleted-brand");
        await Client.GetGrain<IWebhookSubscriptionGrain>(subscription.Id).Enqueue(subscription, new WebhookDelivery
        {
            Id = WebhookDelivery.IdFor(subscription.Id, late, AlertEvents.Raised), EventName = AlertEvents.Raised,
            AlertId = late.Id, AlertUpdatedAt = late.UpdatedAt, Body = "{}",
        });
        Assert.Empty((await TestSubscriptions.LogAsync(Client, subscription.Id)).Deliveries);
    }

    [Fact]
    public async Task An_unknown_event_name_is_rejected() =>
        await Assert.ThrowsAsync<ArgumentException>(() => Dispatcher.Enqueue(Alerts.Make("any-brand"), "alert.deleted"));
}
