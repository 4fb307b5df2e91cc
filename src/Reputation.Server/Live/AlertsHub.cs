using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Hosting;
using Reputation.Abstractions.Live;

namespace Reputation.Server.Live;

/// <summary>The live view's hub: clients choose what to watch; events come from <see cref="LiveHubBridge"/>.</summary>
[Authorize(Policy = Roles.Policies.View)]
public sealed class AlertsHub(IGrainFactory grains) : Hub
{
    public Task JoinBrand(string brand) =>
        BrandId.IsValid(brand)
            ? Groups.AddToGroupAsync(Context.ConnectionId, HubEvents.BrandGroup(brand))
            : throw new HubException($"'{(brand.Length > 70 ? brand[..70] : brand)}' is not a brand id.");

    public Task LeaveBrand(string brand) =>
        BrandId.IsValid(brand) ? Groups.RemoveFromGroupAsync(Context.ConnectionId, HubEvents.BrandGroup(brand)) : Task.CompletedTask;

    public Task WatchAllAlerts() => Groups.AddToGroupAsync(Context.ConnectionId, HubEvents.AllAlertsGroup);

    /// <summary>What changed since the client's last stamp; a reconnecting page calls this before resuming.</summary>
    public Task<AlertChanges> CatchUp(long since) => grains.GetGrain<IAlertIndexGrain>(0).ChangesSince(since);
}
