using System.Net;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Grains;
using Reputation.Server.Tests;
using static Reputation.Client.Tests.Clients;

namespace Reputation.Client.Tests;

/// <summary>Every REST method of <see cref="ReputationClient"/> against the real endpoints, with each role's key.</summary>
public sealed class RestClientTests(ReputationHost host) : IClassFixture<ReputationHost>
{
    private readonly ReputationClient admin = For(host, ReputationHost.AdminKey);
    private readonly ReputationClient responder = For(host, ReputationHost.ResponderKey);
    private readonly ReputationClient viewer = For(host, ReputationHost.ViewerKey);
    private readonly ReputationClient ingester = For(host, ReputationHost.IngesterKey);

    [Fact]
    public async Task A_registered_brand_is_read_back_listed_and_counted()
    {
        var registered = await admin.PutBrandAsync(Vinci("rest-vinci"));
        Assert.Equal("rest-vinci", registered.Id);

        var ingest = await ingester.PostMentionsAsync(
            [Ordinary("rest-vinci", "rest-m1"), Ordinary("rest-vinci", "rest-m2"), Ordinary("rest-vinci", "rest-m3") with { Source = "carrier-pigeon" }]);
        Assert.Equal(2, ingest.Accepted);
        var rejection = Assert.Single(ingest.Rejected);
        Assert.Equal(2, rejection.Index);
        Assert.Equal("rest-m3", rejection.Id);
        Assert.Contains("source", rejection.Error, StringComparison.OrdinalIgnoreCase);

        var timeline = await ReputationHost.Eventually(
            () => viewer.GetTimelineAsync("rest-vinci", minutes: 60), t => t.Buckets.Sum(b => b.Total) == 2, TimeSpan.FromSeconds(60));
        Assert.Equal(2, timeline.Buckets.Sum(b => b.Total));

        Assert.Equal(["vinci.com"], (await viewer.GetBrandAsync("rest-vinci")).OfficialDomains);
        Assert.Contains(await viewer.GetBrandsAsync(), b => b.Id == "rest-vinci" && b.Name == "VINCI");
        Assert.Equal(2, (await viewer.GetOverviewAsync("rest-vinci")).TotalMentions);
        Assert.Contains(await viewer.GetOverviewAsync(), o => o.Brand == "rest-vinci" && o.TotalMentions == 2);

        var voice = await viewer.GetShareOfVoiceAsync("rest-vinci", hours: 24);
        var share = Assert.Single(voice.Brands);
        Assert.Equal(("rest-vinci", 24, 2, 1.0), (voice.Brand, voice.Hours, share.Volume, share.ShareOfVoice));
        Assert.Equal(TimeSpan.FromHours(24), voice.To - voice.From);
    }

    [Fact]
    public async Task A_digest_is_produced_by_an_admin_read_by_a_viewer_and_refused_to_a_viewer_producing()
    {
        await admin.PutBrandAsync(Vinci("rest-digest"));
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var published = new DateTimeOffset(yesterday.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        await ingester.PostMentionsAsync([Ordinary("rest-digest", "rest-d1") with { PublishedAt = published }]);
        await ReputationHost.Eventually(() => viewer.GetOverviewAsync("rest-digest"), o => o.TotalMentions == 1, TimeSpan.FromSeconds(60));

        var produced = await admin.ProduceDigestAsync("rest-digest", yesterday);

        Assert.Equal((yesterday, 1), (produced.Day, produced.Volume.Total));
        Assert.Equal(produced.ProducedAt, (await viewer.GetDigestAsync("rest-digest", yesterday)).ProducedAt);
        Assert.Equal([yesterday], (await viewer.GetDigestsAsync("rest-digest", limit: 5)).Select(d => d.Day));
        var refused = await Assert.ThrowsAsync<ReputationApiException>(() => viewer.ProduceDigestAsync("rest-digest", yesterday));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var missing = await Assert.ThrowsAsync<ReputationApiException>(() => viewer.GetDigestAsync("rest-digest", yesterday.AddDays(-1)));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_fake_release_alert_is_read_acknowledged_by_a_responder_and_resolved_but_not_by_a_viewer()
    {
        await admin.PutBrandAsync(Vinci("rest-ack"));
        await ingester.PostMentionsAsync([FakeRelease("rest-ack", "rest-ack-1")]);
        var alerts = await ReputationHost.Eventually(
            () => viewer.GetAlertsAsync(new AlertQuery { Brand = "rest-ack", Type = AlertType.SuspectPressRelease }), a => a.Count > 0, TimeSpan.FromSeconds(60));
        var alert = Assert.Single(alerts);
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Equal("rest-ack-1", alert.Evidence[0].MentionId);
        Assert.Equal(alert.Id, (await viewer.GetAlertAsync(alert.Id)).Id);
        Assert.Contains((await viewer.GetAlertChangesAsync(0)).Alerts, a => a.Id == alert.Id);

        var refused = await Assert.ThrowsAsync<ReputationApiException>(() => viewer.AcknowledgeAsync(alert.Id));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(403, refused.Problem.Status);
        Assert.Equal(AlertStatus.Open, (await viewer.GetAlertAsync(alert.Id)).Status);

        var acknowledged = await responder.AcknowledgeAsync(alert.Id);
        Assert.Equal(AlertStatus.Acknowledged, acknowledged.Status);
        Assert.Equal("rita-responder", acknowledged.AcknowledgedBy);
        Assert.Contains(await viewer.GetAlertsAsync(new AlertQuery { Brand = "rest-ack", Status = AlertStatus.Acknowledged }), a => a.Id == alert.Id);

        var resolved = await responder.ResolveAsync(alert.Id);
        Assert.Equal(AlertStatus.Resolved, resolved.Status);
        Assert.Equal("rita-responder", resolved.ResolvedBy);
    }

    [Fact]
    public async Task Validation_errors_carry_the_messages_per_field()
    {
        var badBrand = await Assert.ThrowsAsync<ReputationApiException>(() => admin.PutBrandAsync(Vinci("rest-bad") with { OfficialDomains = ["not a domain"] }));
        Assert.Equal(HttpStatusCode.BadRequest, badBrand.StatusCode);
        Assert.Contains(badBrand.Errors.Keys, k => k.StartsWith("officialDomains", StringComparison.Ordinal));

        var badQuery = await Assert.ThrowsAsync<ReputationApiException>(() => viewer.GetAlertsAsync(new AlertQuery { Limit = 0 }));
        Assert.Equal(["'limit' must be between 1 and 1000."], badQuery.Errors["limit"]);

        var badSpan = await Assert.ThrowsAsync<ReputationApiException>(() => viewer.GetTimelineAsync("rest-vinci", minutes: 0));
        Assert.Contains("minutes", badSpan.Errors.Keys);
        Assert.Contains("minutes", badSpan.Message, StringComparison.Ordinal);

        var badHours = await Assert.ThrowsAsync<ReputationApiException>(() => viewer.GetShareOfVoiceAsync("rest-vinci", hours: 169));
        Assert.Equal(HttpStatusCode.BadRequest, badHours.StatusCode);
        Assert.Contains("hours", badHours.Errors.Keys);
    }

    [Fact]
    public async Task Unknown_things_and_missing_rights_are_problems_with_their_status()
    {
        var missing = await Assert.ThrowsAsync<ReputationApiException>(() => viewer.GetAlertAsync("a-does-not-exist"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Unknown alert", missing.Problem.Title);

        var unknownBrand = await Assert.ThrowsAsync<ReputationApiException>(() => viewer.GetBrandAsync("never-seen-brand"));
        Assert.Equal(HttpStatusCode.NotFound, unknownBrand.StatusCode);
        var unknownVoice = await Assert.ThrowsAsync<ReputationApiException>(() => viewer.GetShareOfVoiceAsync("never-seen-brand"));
        Assert.Equal(("Unknown brand", HttpStatusCode.NotFound), (unknownVoice.Problem.Title, unknownVoice.StatusCode));

        var notAnIngester = await Assert.ThrowsAsync<ReputationApiException>(() => viewer.PostMentionsAsync([Ordinary("rest-vinci", "rest-x")]));
        Assert.Equal(HttpStatusCode.Forbidden, notAnIngester.StatusCode);

        var wrongKey = await Assert.ThrowsAsync<ReputationApiException>(() => For(host, "not-a-key-at-all").GetBrandsAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(401, wrongKey.Problem.Status);
    }

    [Fact]
    public async Task The_kafka_endpoint_names_the_embedded_cluster_and_topics()
    {
        var kafka = await viewer.GetKafkaAsync();
        Assert.True(kafka.Embedded);
        Assert.Equal("mentions", kafka.Topic);
        Assert.Equal("mentions.deadletter", kafka.DeadLetterTopic);
        Assert.Equal(12, kafka.Partitions);
        Assert.StartsWith("127.0.0.1:", kafka.BootstrapServers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_subscriptions_are_created_listed_changed_delivered_redelivered_and_deleted()
    {
        var invalid = await Assert.ThrowsAsync<ReputationApiException>(() => admin.CreateWebhookAsync(new WebhookSubscriptionRequest { Url = "https://example.invalid/hook" }));
        Assert.Contains("secret", invalid.Errors.Keys);

        var created = await admin.CreateWebhookAsync(new WebhookSubscriptionRequest
        {
            Url = $"http://127.0.0.1:{ClosedPort()}/hook",
            Secret = "a-secret-of-sufficient-length-1234",
            Brands = ["rest-hook"],
            MinSeverity = "low",
        });
        Assert.EndsWith("1234", created.Secret, StringComparison.Ordinal);
        Assert.DoesNotContain("sufficient", created.Secret, StringComparison.Ordinal);
        Assert.Contains(await admin.GetWebhooksAsync(), w => w.Id == created.Id);
        Assert.Equal(created.Url, (await admin.GetWebhookAsync(created.Id)).Url);

        var updated = await admin.UpdateWebhookAsync(created.Id, new WebhookSubscriptionRequest { Url = created.Url, Types = ["suspect-press-release"] });
        Assert.Equal([AlertType.SuspectPressRelease], updated.Types);
        Assert.Equal(created.Secret, updated.Secret);

        var forbidden = await Assert.ThrowsAsync<ReputationApiException>(() => responder.GetWebhooksAsync());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        await admin.PutBrandAsync(Vinci("rest-hook"));
        await ingester.PostMentionsAsync([FakeRelease("rest-hook", "rest-hook-1")]);
        var log = await ReputationHost.Eventually(
            () => admin.GetWebhookDeliveriesAsync(created.Id, limit: 10), l => l.Deliveries.Count > 0 && l.Attempts.Count > 0, TimeSpan.FromSeconds(60));
        var delivery = Assert.Single(log.Deliveries);
        Assert.Equal("alert.raised", delivery.Event);
        Assert.NotEqual(WebhookDeliveryState.Delivered, delivery.State);

        var again = await admin.RedeliverAsync(created.Id, delivery.Id);
        Assert.Equal(delivery.Id, again.Id);
        var unknownDelivery = await Assert.ThrowsAsync<ReputationApiException>(() => admin.RedeliverAsync(created.Id, "no-such-delivery"));
        Assert.Equal(HttpStatusCode.NotFound, unknownDelivery.StatusCode);

        await admin.DeleteWebhookAsync(created.Id);
        var gone = await Assert.ThrowsAsync<ReputationApiException>(() => admin.GetWebhookAsync(created.Id));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
