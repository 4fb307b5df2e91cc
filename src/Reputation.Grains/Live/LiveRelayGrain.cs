using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Utilities;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Live;

namespace Reputation.Grains.Live;

/// <summary>
/// Fans live events out to every silo's SignalR bridge, so a browser sees a brand whose grain lives on
/// another silo. Nothing here is persisted: observers re-subscribe, and pages catch up from the alert index.
/// </summary>
[Reentrant]
public sealed class LiveRelayGrain(ILogger<LiveRelayGrain> logger) : Grain, ILiveRelayGrain
{
    /// <summary>Silos renew well within this, so a dead silo's observer drops out on its own.</summary>
    public static readonly TimeSpan ObserverExpiry = TimeSpan.FromMinutes(2);

    private readonly ObserverManager<ILiveObserver> observers = new(ObserverExpiry, logger);

    public Task Subscribe(ILiveObserver observer)
    {
        observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ILiveObserver observer)
    {
        observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task PublishAlert(Alert alert, string eventName)
    {
        observers.Notify(o => o.OnAlert(alert, eventName));
        return Task.CompletedTask;
    }

    public Task PublishActivity(IReadOnlyList<BrandActivity> activities)
    {
        observers.Notify(o => o.OnActivity(activities));
        return Task.CompletedTask;
    }

    public Task PublishBrand(Brand brand)
    {
        observers.Notify(o => o.OnBrandRegistered(brand));
        return Task.CompletedTask;
    }
}
