namespace Reputation.Abstractions.Live;

/// <summary>The SignalR hub's path, client events and server methods: the live view's contract.</summary>
public static class HubEvents
{
    public const string Path = "/hubs/alerts";

    /// <summary>An alert raised or updated (contract section 3 body).</summary>
    public const string Alert = "alert";
    /// <summary>A brand's per-minute bucket changed: <c>{ brand, bucket }</c>.</summary>
    public const string Minute = "minute";
    /// <summary>New mentions of a brand for the live feed: <c>{ brand, mentions }</c>.</summary>
    public const string Mentions = "mentions";

    /// <summary>Server method: join a brand's group to receive its minutes, mentions and alerts.</summary>
    public const string JoinBrand = "JoinBrand";
    public const string LeaveBrand = "LeaveBrand";
    /// <summary>Server method: receive every brand's alerts (the overview and the alert list).</summary>
    public const string WatchAllAlerts = "WatchAllAlerts";
    /// <summary>Server method: alerts changed since a stamp, for catching up after a reconnect.</summary>
    public const string CatchUp = "CatchUp";

    public static string BrandGroup(string brand) => "brand:" + brand;

    public const string AllAlertsGroup = "alerts:all";
}
