using Microsoft.AspNetCore.SignalR;
using Prometheus;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Server.Pipeline;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Live;

namespace Reputation.Server.Live;

/// <summary>
/// This silo's end of the live relay: receives every live event of the cluster and sends it to the hub
/// clients connected here. Re-subscribes periodically, since relay subscriptions expire.
/// </summary>
public sealed class LiveHubBridge(IGrainFactory grains, IHubContext<AlertsHub> hub, ClusterBrandProfiles profiles, ILogger<LiveHubBridge> logger)
    : BackgroundService, ILiveObserver
{
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(30);
    private static readonly Histogram PushLatency = Metrics.CreateHistogram(
        "reputation_alert_push_latency_seconds", "From an alert change to its push to a channel.",
        new HistogramConfiguration { LabelNames = ["channel"], Buckets = Histogram.ExponentialBuckets(0.005, 2, 14) });

    public Task OnAlert(Alert alert, string eventName)
    {
        // Event time and wall time only agree on live data; a replayed incident says nothing about latency.
        var lag = DateTimeOffset.UtcNow - alert.UpdatedAt;
        if (lag >= TimeSpan.Zero && lag < TimeSpan.FromMinutes(10))
        {
            PushLatency.WithLabels("signalr").Observe(lag.TotalSeconds);
        }

        return hub.Clients.Groups(HubEvents.BrandGroup(alert.Brand), HubEvents.AllAlertsGroup).SendAsync(HubEvents.Alert, alert);
    }

    public async Task OnActivity(IReadOnlyList<BrandActivity> activities)
    {
        foreach (var (brand, minutes, mentions) in activities)
        {
            var group = hub.Clients.Group(HubEvents.BrandGroup(brand));
            foreach (var bucket in minutes)
            {
                await group.SendAsync(HubEvents.Minute, new { brand, bucket });
            }

            if (mentions.Count > 0)
            {
                await group.SendAsync(HubEvents.Mentions, new { brand, mentions });
            }
        }
    }

    public Task OnBrandRegistered(Brand brand)
    {
        profiles.Remember(brand);
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var self = grains.CreateObjectReference<ILiveObserver>(this);
        var relay = grains.GetGrain<ILiveRelayGrain>(0);
        using var timer = new PeriodicTimer(Renewal);
        do
        {
            try
            {
                await relay.Subscribe(self);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not subscribe to the live relay; retrying in {Renewal}", Renewal);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
