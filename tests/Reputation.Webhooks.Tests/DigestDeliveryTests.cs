using System.Text;
using System.Text.Json;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Digests;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Json;
using Reputation.Webhooks.Delivery;
using Reputation.Webhooks.Tests.Infrastructure;

namespace Reputation.Webhooks.Tests;

/// <summary>Daily digests through the digest dispatcher, the same outboxes and the real HTTP stack to a real receiver.</summary>
public sealed class DigestDeliveryTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private IClusterClient Client => fixture.Webhooks.Client;

    private static DailyDigest Digest(string brand) => new()
    {
        Brand = brand,
        Name = brand.ToUpperInvariant(),
        Day = new DateOnly(2026, 11, 20),
        From = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero),
        To = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero),
        ProducedAt = DateTimeOffset.UtcNow,
        Volume = new DigestVolume { Total = 3, Negative = 1, Neutral = 1, Positive = 1 },
        NetSentiment = 0,
    };

    [Fact]
    public async Task Only_subscriptions_that_opted_in_receive_the_digest_once_and_alert_events_stay_with_the_others()
    {
        await using var optedIn = await TestReceiver.StartAsync();
        await using var alertsOnly = await TestReceiver.StartAsync();
        await using var otherBrand = await TestReceiver.StartAsync();
        var digestSubscription = await TestSubscriptions.CreateAsync(Client, optedIn.Url, ["digest-brand"], events: [DigestEvents.Daily]);
        await TestSubscriptions.CreateAsync(Client, alertsOnly.Url, ["digest-brand"]);
        await TestSubscriptions.CreateAsync(Client, otherBrand.Url, ["digest-other"], events: [DigestEvents.Daily, AlertEvents.Raised]);
        var digest = Digest("digest-brand");

        await Client.GetGrain<IDigestDispatcherGrain>(0).Enqueue(digest);
        await Client.GetGrain<IDigestDispatcherGrain>(0).Enqueue(digest);
        // The digest-only subscriber does not get alerts; the alerts-only one does.
        await Client.GetGrain<IWebhookDispatcherGrain>(0).Enqueue(Alerts.Make("digest-brand"), AlertEvents.Raised);

        await Eventually.True(() => !optedIn.Received.IsEmpty && !alertsOnly.Received.IsEmpty, "both receivers to get their webhook");
        await Eventually.True(async () => (await TestSubscriptions.LogAsync(Client, digestSubscription.Id)).Deliveries is [{ State: WebhookDeliveryState.Delivered }],
            "the digest delivery to be marked delivered");

        var request = Assert.Single(optedIn.Received);
        Assert.Equal(DigestEvents.Daily, request.Headers[WebhookHeaders.Event]);
        Assert.Equal(WebhookDelivery.IdFor(digestSubscription.Id, digest), request.Headers[WebhookHeaders.Delivery]);
        Assert.Equal(WebhookSignature.Compute(TestSubscriptions.Secret, request.Headers[WebhookHeaders.Timestamp], request.Body), request.Headers[WebhookHeaders.Signature]);
        var body = JsonSerializer.Deserialize<DailyDigest>(request.Body, ContractJson.Options)!;
        Assert.Equal(("digest-brand", new DateOnly(2026, 11, 20), 3), (body.Brand, body.Day, body.Volume.Total));
        Assert.Contains("\"day\":\"2026-11-20\"", Encoding.UTF8.GetString(request.Body));
        Assert.Equal("digest:digest-brand:2026-11-20", (await TestSubscriptions.LogAsync(Client, digestSubscription.Id)).Deliveries[0].AlertId);

        Assert.Equal([AlertEvents.Raised], alertsOnly.Received.Select(r => r.Headers[WebhookHeaders.Event]));
        Assert.Empty(otherBrand.Received);
    }
}
