using Orleans.Concurrency;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;

namespace Reputation.Abstractions.Live;

/// <summary>
/// Implemented by each silo's SignalR bridge. A grain may live on another silo than the browser's
/// connection, so events go to the relay grain, which calls every silo's observer (one-way).
/// </summary>
public interface ILiveObserver : IGrainObserver
{
    [OneWay] Task OnAlert(Alert alert, string eventName);

    /// <summary>Brands' latest minute buckets and new mentions, gathered over a short interval.</summary>
    [OneWay] Task OnActivity(IReadOnlyList<BrandActivity> activities);

    /// <summary>A brand was registered or changed: every silo's scoring stage uses the new profile at once.</summary>
    [OneWay] Task OnBrandRegistered(Brand brand);
}

/// <summary>The fan-out point for live events (single activation, key 0).</summary>
public interface ILiveRelayGrain : IGrainWithIntegerKey
{
    /// <summary>Subscribes (or renews) an observer; silos renew periodically because subscriptions expire.</summary>
    Task Subscribe(ILiveObserver observer);

    Task Unsubscribe(ILiveObserver observer);

    [OneWay] Task PublishAlert(Alert alert, string eventName);

    /// <summary>One message per silo and interval for every brand that changed in it, not one per ingested batch.</summary>
    [OneWay] Task PublishActivity(IReadOnlyList<BrandActivity> activities);

    [OneWay] Task PublishBrand(Brand brand);
}

/// <summary>What changed for one brand: its latest minute buckets and its newest mentions.</summary>
[GenerateSerializer, Immutable]
public sealed record BrandActivity(
    [property: Id(0)] string Brand,
    [property: Id(1)] IReadOnlyList<TimelineBucket> Minutes,
    [property: Id(2)] IReadOnlyList<MentionFeedItem> Mentions);

/// <summary>A mention as the live feed shows it.</summary>
[GenerateSerializer, Immutable]
public sealed record MentionFeedItem
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Text { get; init; }
    [Id(2)] public required DateTimeOffset PublishedAt { get; init; }
    [Id(3)] public required string Source { get; init; }
    [Id(4)] public string? Author { get; init; }
    [Id(5)] public long Followers { get; init; }
    [Id(6)] public string? Url { get; init; }
    [Id(7)] public required string Sentiment { get; init; }
    [Id(8)] public double Score { get; init; }
    [Id(9)] public required string Language { get; init; }
}
