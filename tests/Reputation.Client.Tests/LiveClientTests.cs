using System.Threading.Channels;
using Reputation.Abstractions.Alerts;
using Reputation.Server.Tests;
using static Reputation.Client.Tests.Clients;

namespace Reputation.Client.Tests;

/// <summary><see cref="ReputationLiveClient"/> on the real hub: live alerts, brand events, and catching up after a stop.</summary>
public sealed class LiveClientTests(ReputationHost host) : IClassFixture<ReputationHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly ReputationClient admin = For(host, ReputationHost.AdminKey);
    private readonly ReputationClient responder = For(host, ReputationHost.ResponderKey);
    private readonly ReputationClient ingester = For(host, ReputationHost.IngesterKey);

    [Fact]
    public async Task A_fake_release_alert_arrives_live_and_changes_made_while_stopped_arrive_on_restart()
    {
        await admin.PutBrandAsync(Vinci("live-client-vinci"));
        await using var live = Live(host, ReputationHost.ViewerKey);
        var received = Channel.CreateUnbounded<Alert>();
        live.AlertReceived += a => received.Writer.TryWrite(a);
        await live.StartAsync();
        await live.WatchAllAlertsAsync();

        using var streamStop = new CancellationTokenSource(Patience);
        var streamed = live.ReadAlertsAsync(streamStop.Token).GetAsyncEnumerator(streamStop.Token);

        await ingester.PostMentionsAsync([FakeRelease("live-client-vinci", "live-client-1")]);
        var raised = await Next(received, a => a.Brand == "live-client-vinci");
        Assert.Equal(AlertType.SuspectPressRelease, raised.Type);
        Assert.Contains(raised.Reasons, r => r.Contains("vinci.group", StringComparison.Ordinal));
        Assert.True(await streamed.MoveNextAsync());
        Assert.Equal(raised.Id, streamed.Current.Id);

        await live.StopAsync();
        var acknowledged = await responder.AcknowledgeAsync(raised.Id);
        Assert.False(received.Reader.TryRead(out _));

        await live.StartAsync();
        var caughtUp = await Next(received, a => a.Id == raised.Id);
        Assert.Equal(AlertStatus.Acknowledged, caughtUp.Status);
        Assert.Equal(acknowledged.Version, caughtUp.Version);
        Assert.True(live.Stamp > 0);

        // Still watching after the restart: the next change comes live, and no version is delivered twice.
        var resolved = await responder.ResolveAsync(raised.Id);
        var next = await Next(received, a => a.Id == raised.Id);
        Assert.Equal(AlertStatus.Resolved, next.Status);
        Assert.Equal(resolved.Version, next.Version);
        await streamStop.CancelAsync();
        await streamed.DisposeAsync();
    }

    [Fact]
    public async Task A_joined_brand_brings_its_minutes_and_mentions()
    {
        await using var live = Live(host, ReputationHost.ViewerKey);
        var minutes = Channel.CreateUnbounded<BrandMinute>();
        var mentions = Channel.CreateUnbounded<BrandMentions>();
        live.MinuteReceived += m => minutes.Writer.TryWrite(m);
        live.MentionsReceived += m => mentions.Writer.TryWrite(m);
        await live.StartAsync();
        await live.JoinBrandAsync("live-client-feed");

        await ingester.PostMentionsAsync([Ordinary("live-client-feed", "live-feed-1", "Terrible service, never again")]);
        using var timeout = new CancellationTokenSource(Patience);
        var feed = await mentions.Reader.ReadAsync(timeout.Token);
        var minute = await minutes.Reader.ReadAsync(timeout.Token);
        Assert.Equal("live-client-feed", feed.Brand);
        Assert.Equal("live-feed-1", Assert.Single(feed.Mentions).Id);
        Assert.Equal("live-client-feed", minute.Brand);
        Assert.Equal(1, minute.Bucket.Total);
    }

    [Fact]
    public async Task A_bad_brand_id_is_refused_by_the_hub()
    {
        await using var live = Live(host, ReputationHost.ViewerKey);
        await live.StartAsync();
        var error = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => live.JoinBrandAsync("Not A Brand"));
        Assert.Contains("not a brand id", error.Message, StringComparison.Ordinal);
    }

    private static async Task<Alert> Next(Channel<Alert> alerts, Func<Alert, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var alert = await alerts.Reader.ReadAsync(timeout.Token);
            if (match(alert))
            {
                return alert;
            }
        }
    }
}
