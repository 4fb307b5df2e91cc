using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Live;

namespace Reputation.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class AlertIndexTests(ClusterFixture fixture)
{
    private static Alert NewAlert(string id, string brand, int version = 1, AlertStatus status = AlertStatus.Open, AlertSeverity severity = AlertSeverity.High) => new()
    {
        Id = id,
        Brand = brand,
        Type = AlertType.NegativeSpike,
        Severity = severity,
        Status = status,
        RaisedAt = Mentions.T0,
        UpdatedAt = Mentions.T0.AddMinutes(version),
        Title = "t",
        Summary = "s",
        Version = version,
    };

    [Fact]
    public async Task Each_version_is_queued_for_webhooks_once_and_older_versions_are_ignored()
    {
        var index = fixture.Client.GetGrain<IAlertIndexGrain>(0);
        var recorded = (RecordedWebhookEvents)fixture.Cluster.GetSiloServiceProvider(fixture.Cluster.Silos[0].SiloAddress).GetService(typeof(RecordedWebhookEvents))!;

        await index.Publish(NewAlert("a-idx-1", "idx"), AlertEvents.Raised);
        await index.Publish(NewAlert("a-idx-1", "idx"), AlertEvents.Raised);
        await index.Publish(NewAlert("a-idx-1", "idx", version: 2), AlertEvents.Updated);
        await index.Publish(NewAlert("a-idx-1", "idx", version: 1), AlertEvents.Raised);

        var queued = recorded.Events.Where(e => e.Alert.Id == "a-idx-1").Select(e => (e.Alert.Version, e.EventName)).ToList();
        Assert.Equal([(1, AlertEvents.Raised), (2, AlertEvents.Updated)], queued);
        Assert.Equal(2, (await index.Get("a-idx-1"))!.Version);
    }

    [Fact]
    public async Task Queries_filter_by_brand_status_type_and_severity()
    {
        var index = fixture.Client.GetGrain<IAlertIndexGrain>(0);
        await index.Publish(NewAlert("a-q-1", "q-brand", severity: AlertSeverity.Low), AlertEvents.Raised);
        await index.Publish(NewAlert("a-q-2", "q-brand", status: AlertStatus.Resolved, severity: AlertSeverity.Critical), AlertEvents.Raised);
        await index.Publish(NewAlert("a-q-3", "q-other"), AlertEvents.Raised);

        Assert.Equal(["a-q-1", "a-q-2"], (await index.Query(new AlertQuery { Brand = "q-brand" })).Select(a => a.Id).Order());
        Assert.Equal(["a-q-2"], (await index.Query(new AlertQuery { Brand = "q-brand", Status = AlertStatus.Resolved })).Select(a => a.Id));
        Assert.Equal(["a-q-2"], (await index.Query(new AlertQuery { Brand = "q-brand", MinSeverity = AlertSeverity.High })).Select(a => a.Id));
        Assert.Empty(await index.Query(new AlertQuery { Brand = "q-brand", Type = AlertType.SentimentShift }));
    }

    [Fact]
    public async Task A_reconnecting_client_catches_up_on_what_changed_since_its_stamp()
    {
        var index = fixture.Client.GetGrain<IAlertIndexGrain>(0);
        await index.Publish(NewAlert("a-c-1", "catchup"), AlertEvents.Raised);
        var before = (await index.ChangesSince(long.MaxValue - 1)).Stamp;

        await index.Publish(NewAlert("a-c-2", "catchup"), AlertEvents.Raised);
        await index.Publish(NewAlert("a-c-1", "catchup", version: 2), AlertEvents.Updated);

        var missed = await index.ChangesSince(before);
        Assert.Equal(["a-c-2", "a-c-1"], missed.Alerts.Select(a => a.Id));
        Assert.Equal(2, missed.Alerts[1].Version);
        Assert.True(missed.Stamp >= before + 2);
    }

    [Fact]
    public async Task Live_observers_receive_alerts_published_anywhere_in_the_cluster()
    {
        var observer = new CollectingObserver();
        var reference = fixture.Client.CreateObjectReference<ILiveObserver>(observer);
        await fixture.Client.GetGrain<ILiveRelayGrain>(0).Subscribe(reference);

        await fixture.Client.GetGrain<IAlertIndexGrain>(0).Publish(NewAlert("a-live-1", "live"), AlertEvents.Raised);

        var received = await observer.Alerts.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(("a-live-1", AlertEvents.Raised), (received.Alert.Id, received.EventName));
        await fixture.Client.GetGrain<ILiveRelayGrain>(0).Unsubscribe(reference);
    }

    private sealed class CollectingObserver : ILiveObserver
    {
        public System.Threading.Channels.Channel<(Alert Alert, string EventName)> Alerts { get; } =
            System.Threading.Channels.Channel.CreateUnbounded<(Alert, string)>();

        public Task OnAlert(Alert alert, string eventName)
        {
            Alerts.Writer.TryWrite((alert, eventName));
            return Task.CompletedTask;
        }

        public Task OnActivity(IReadOnlyList<BrandActivity> activities) => Task.CompletedTask;

        public Task OnBrandRegistered(Reputation.Abstractions.Brands.Brand brand) => Task.CompletedTask;
    }
}
