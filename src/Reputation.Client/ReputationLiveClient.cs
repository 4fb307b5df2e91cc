using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Live;

namespace Reputation.Client;

/// <summary>
/// The live hub (<c>/hubs/alerts</c>) for integrators: what to watch is remembered, so after an automatic reconnect or a
/// <see cref="StopAsync"/>/<see cref="StartAsync"/> the client watches it again and catches up on the alerts that changed
/// meanwhile. Each alert version is delivered once, whether it came live or by catching up.
/// </summary>
public sealed class ReputationLiveClient : IAsyncDisposable
{
    /// <summary>Alert versions remembered to drop duplicates; beyond this the memory starts over (a duplicate may then pass).</summary>
    private const int MaxRemembered = 10_000;

    private readonly HubConnection connection;
    private readonly Dictionary<string, int> seenVersions = [];
    private readonly ConcurrentDictionary<string, byte> brands = new();
    private readonly List<Channel<Alert>> alertReaders = [];
    private readonly Lock gate = new();
    private volatile bool watchingAll;
    private long stamp;

    public ReputationLiveClient(Uri baseAddress, string apiKey, Action<HttpConnectionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, HubEvents.Path), o =>
            {
                // WebSockets cannot carry custom headers from every platform; the hub accepts the key as access_token.
                o.AccessTokenProvider = () => Task.FromResult<string?>(apiKey);
                configure?.Invoke(o);
            })
            .AddJsonProtocol(o => ContractJson.Configure(o.PayloadSerializerOptions))
            .WithAutomaticReconnect()
            .Build();

        connection.On<Alert>(HubEvents.Alert, Deliver);
        connection.On<BrandMinute>(HubEvents.Minute, m => MinuteReceived?.Invoke(m));
        connection.On<BrandMentions>(HubEvents.Mentions, m => MentionsReceived?.Invoke(m));
        connection.Reconnected += _ => Resubscribe(CancellationToken.None);
    }

    /// <summary>An alert was raised or changed (each version once). Handlers run on the connection's receive loop: keep them short.</summary>
    public event Action<Alert>? AlertReceived;

    public event Action<BrandMinute>? MinuteReceived;

    public event Action<BrandMentions>? MentionsReceived;

    public HubConnectionState State => connection.State;

    /// <summary>The alert index stamp of the last catch-up; alerts changed after it are fetched on the next one.</summary>
    public long Stamp => Interlocked.Read(ref stamp);

    /// <summary>Connects, watches again what was watched before, and catches up from <see cref="Stamp"/>.</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        await connection.StartAsync(ct).ConfigureAwait(false);
        await Resubscribe(ct).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken ct = default) => connection.StopAsync(ct);

    /// <summary>Receive every brand's alerts.</summary>
    public async Task WatchAllAlertsAsync(CancellationToken ct = default)
    {
        watchingAll = true;
        await connection.InvokeAsync(HubEvents.WatchAllAlerts, ct).ConfigureAwait(false);
    }

    /// <summary>Receive one brand's alerts, minute buckets and mentions.</summary>
    public async Task JoinBrandAsync(string brand, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(brand);
        await connection.InvokeAsync(HubEvents.JoinBrand, brand, ct).ConfigureAwait(false);
        brands[brand] = 0;
    }

    public async Task LeaveBrandAsync(string brand, CancellationToken ct = default)
    {
        brands.TryRemove(brand, out _);
        await connection.InvokeAsync(HubEvents.LeaveBrand, brand, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Asks for the alerts changed after <paramref name="since"/>, delivers the ones not yet seen, and returns them all.
    /// <see cref="StartAsync"/> and reconnects call this with <see cref="Stamp"/>.
    /// </summary>
    public async Task<AlertChanges> CatchUpAsync(long since, CancellationToken ct = default)
    {
        var changes = await connection.InvokeAsync<AlertChanges>(HubEvents.CatchUp, since, ct).ConfigureAwait(false);
        foreach (var alert in changes.Alerts.OrderBy(a => a.UpdatedAt))
        {
            if (watchingAll || brands.ContainsKey(alert.Brand))
            {
                Deliver(alert);
            }
        }

        InterlockedMax(ref stamp, changes.Stamp);
        return changes;
    }

    /// <summary>
    /// The alerts as a stream, from this call until <paramref name="ct"/> is cancelled; each stream gets every alert.
    /// The stream starts buffering at the call (at most 1000 alerts, oldest dropped first), not at the first read.
    /// </summary>
    public IAsyncEnumerable<Alert> ReadAlertsAsync(CancellationToken ct = default)
    {
        var channel = Channel.CreateBounded<Alert>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (gate)
        {
            alertReaders.Add(channel);
        }

        // A stream that is never read still stops buffering when its token is cancelled.
        var registration = ct.Register(() => Forget(channel));
        return Read(channel, registration, ct);
    }

    private async IAsyncEnumerable<Alert> Read(Channel<Alert> channel, CancellationTokenRegistration registration, [EnumeratorCancellation] CancellationToken ct)
    {
        try
        {
            await foreach (var alert in channel.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                yield return alert;
            }
        }
        finally
        {
            await registration.DisposeAsync().ConfigureAwait(false);
            Forget(channel);
        }
    }

    private void Forget(Channel<Alert> channel)
    {
        lock (gate)
        {
            alertReaders.Remove(channel);
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private async Task Resubscribe(CancellationToken ct)
    {
        if (watchingAll)
        {
            await connection.InvokeAsync(HubEvents.WatchAllAlerts, ct).ConfigureAwait(false);
        }

        foreach (var brand in brands.Keys)
        {
            await connection.InvokeAsync(HubEvents.JoinBrand, brand, ct).ConfigureAwait(false);
        }

        // Watch first, then catch up: an alert changed in between arrives twice and is delivered once.
        await CatchUpAsync(Stamp, ct).ConfigureAwait(false);
    }

    private void Deliver(Alert alert)
    {
        lock (gate)
        {
            // Live events and a catch-up may carry the same version at once; only the first one through passes.
            if (seenVersions.TryGetValue(alert.Id, out var seen) && seen >= alert.Version)
            {
                return;
            }

            if (seenVersions.Count >= MaxRemembered)
            {
                seenVersions.Clear();
            }

            seenVersions[alert.Id] = alert.Version;
            foreach (var reader in alertReaders)
            {
                reader.Writer.TryWrite(alert);
            }
        }

        AlertReceived?.Invoke(alert);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var previous = Interlocked.CompareExchange(ref target, value, current);
            if (previous == current)
            {
                return;
            }

            current = previous;
        }
    }
}
