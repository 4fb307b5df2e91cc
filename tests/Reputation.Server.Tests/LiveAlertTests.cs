using System.Net;
using System.Net.Http.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Live;
using Reputation.Abstractions.Mentions;
using static Reputation.Server.Tests.TestMentions;

namespace Reputation.Server.Tests;

/// <summary>The whole path on the real host: HTTP → Kafka → scoring → brand grain → alert → SignalR, and back to acknowledge.</summary>
public sealed class LiveAlertTests(ReputationHost host) : IClassFixture<ReputationHost>
{
    private HubConnection Hub(string key) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, HubEvents.Path), o => o.AccessTokenProvider = () => Task.FromResult<string?>(key))
            .AddJsonProtocol(o => ContractJson.Configure(o.PayloadSerializerOptions))
            .Build();

    private static Channel<Alert> Alerts(HubConnection hub)
    {
        var channel = Channel.CreateUnbounded<Alert>();
        hub.On<Alert>(HubEvents.Alert, a => channel.Writer.TryWrite(a));
        return channel;
    }

    private static async Task<Alert> Next(Channel<Alert> alerts, Func<Alert, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var alert = await alerts.Reader.ReadAsync(timeout.Token);
            if (match(alert))
            {
                return alert;
            }
        }
    }

    [Fact]
    public async Task A_fake_release_raises_a_live_alert_that_a_responder_acknowledges_for_everyone()
    {
        using var admin = host.Client();
        var brand = new Brand { Id = "live-vinci", Name = "VINCI", OfficialDomains = ["vinci.com"], OfficialHandles = ["@VINCI"] };
        (await admin.PutAsJsonAsync("/api/brands/live-vinci", brand, ContractJson.Options)).EnsureSuccessStatusCode();

        await using var wallScreen = Hub(ReputationHost.ViewerKey);
        await using var laptop = Hub(ReputationHost.ResponderKey);
        var wallAlerts = Alerts(wallScreen);
        var laptopAlerts = Alerts(laptop);
        await wallScreen.StartAsync();
        await laptop.StartAsync();
        await wallScreen.InvokeAsync(HubEvents.WatchAllAlerts);
        await laptop.InvokeAsync(HubEvents.JoinBrand, "live-vinci");

        var fake = new Mention
        {
            Id = "live-fake-1",
            Brand = "live-vinci",
            Source = "newswire",
            Text = "COMMUNIQUÉ DE PRESSE – VINCI annonce une révision de ses comptes et le licenciement de son directeur financier",
            PublishedAt = DateTimeOffset.UtcNow.AddSeconds(-3),
            Lang = "fr",
            Url = "https://vinci.group/communique-2026-11-24",
            Author = new MentionAuthor { Handle = "@vinci_press", Name = "VINCI Press", Followers = 311 },
            Engagement = new MentionEngagement { Shares = 48 },
        };
        using var ingester = host.Client(ReputationHost.IngesterKey);
        Assert.Equal(HttpStatusCode.Accepted, (await ingester.PostAsync("/api/mentions", Body(Ndjson([fake])))).StatusCode);

        var raised = await Next(wallAlerts, a => a.Brand == "live-vinci");
        Assert.Equal(AlertType.SuspectPressRelease, raised.Type);
        Assert.Equal("live-fake-1", raised.Evidence[0].MentionId);
        Assert.Contains(raised.Reasons, r => r.Contains("vinci.group", StringComparison.Ordinal));
        Assert.Equal(raised.Id, (await Next(laptopAlerts, a => a.Id == raised.Id)).Id);

        using var responder = host.Client(ReputationHost.ResponderKey);
        var acknowledged = await (await responder.PostAsync($"/api/alerts/{raised.Id}/acknowledge", null)).Content.ReadFromJsonAsync<Alert>(ContractJson.Options);
        Assert.Equal(AlertStatus.Acknowledged, acknowledged!.Status);
        Assert.Equal("rita-responder", acknowledged.AcknowledgedBy);

        var seenOnWall = await Next(wallAlerts, a => a.Id == raised.Id && a.Status == AlertStatus.Acknowledged);
        Assert.Equal("rita-responder", seenOnWall.AcknowledgedBy);
        var listed = await ReputationHost.Get<List<Alert>>(responder, "/api/alerts?brand=live-vinci&status=acknowledged");
        Assert.Contains(listed!, a => a.Id == raised.Id);
    }

    [Fact]
    public async Task A_brand_group_receives_its_minutes_and_mentions_live()
    {
        await using var hub = Hub(ReputationHost.ViewerKey);
        var minutes = Channel.CreateUnbounded<TimelineBucket>();
        var feed = Channel.CreateUnbounded<MentionFeedItem>();
        hub.On<LiveMinute>(HubEvents.Minute, m => minutes.Writer.TryWrite(m.Bucket));
        hub.On<LiveMentions>(HubEvents.Mentions, m => m.Mentions.ForEach(x => feed.Writer.TryWrite(x)));
        await hub.StartAsync();
        await hub.InvokeAsync(HubEvents.JoinBrand, "live-feed-brand");

        using var ingester = host.Client(ReputationHost.IngesterKey);
        await ingester.PostAsync("/api/mentions", Body(Ndjson([Make("live-feed-brand", "feed-1", "Terrible service, never again")])));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var item = await feed.Reader.ReadAsync(timeout.Token);
        var bucket = await minutes.Reader.ReadAsync(timeout.Token);
        Assert.Equal("feed-1", item.Id);
        Assert.Equal("negative", item.Sentiment);
        Assert.Equal(1, bucket.Total);
        Assert.Equal(1, bucket.Negative);
    }

    [Fact]
    public async Task Catching_up_returns_the_alerts_changed_while_disconnected()
    {
        await using var hub = Hub(ReputationHost.ViewerKey);
        await hub.StartAsync();
        var before = await hub.InvokeAsync<AlertChanges>(HubEvents.CatchUp, 0L);

        var index = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IAlertIndexGrain>(0);
        var missed = new Alert
        {
            Id = "a-missed-1", Brand = "catchup-brand", Type = AlertType.NegativeSpike, Severity = AlertSeverity.High,
            Status = AlertStatus.Open, RaisedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, Title = "t", Summary = "s",
        };
        await index.Publish(missed, AlertEvents.Raised);

        var after = await hub.InvokeAsync<AlertChanges>(HubEvents.CatchUp, before.Stamp);
        Assert.Equal(["a-missed-1"], after.Alerts.Select(a => a.Id));
    }

    private sealed record LiveMinute(string Brand, TimelineBucket Bucket);

    private sealed record LiveMentions(string Brand, List<MentionFeedItem> Mentions);
}
