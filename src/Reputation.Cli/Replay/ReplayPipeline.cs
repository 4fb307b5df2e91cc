using Reputation.Grains.Hosting;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Hosting;
using Reputation.Abstractions.Live;
using Reputation.Abstractions.Mentions;
using Reputation.Grains.Brands;
using Reputation.Ingestion;
using Reputation.Scoring;
using Reputation.Webhooks.Endpoints;
using Reputation.Webhooks.Hosting;

namespace Reputation.Cli.Replay;

/// <summary>
/// The live pipeline on an in-process silo, driven by the data's clock: the same scorer, grains, detectors
/// and alert lifecycle as the service, only fed from a file instead of Kafka.
/// </summary>
internal sealed class ReplayPipeline : IAsyncDisposable
{
    /// <summary>Mentions are delivered to the grains in slices of this much event time, as the consumer's batches would be.</summary>
    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(30);
    /// <summary>Quiet brands have their clocks moved at this event-time interval, so their incidents can close.</summary>
    private static readonly TimeSpan ClockStep = TimeSpan.FromMinutes(5);
    /// <summary>
    /// Past the last mention, how far the clocks move at the end of the input: the negative-spike step (5 minutes)
    /// plus the grains' lateness allowance (1 minute), so the step holding the last mentions is judged as the live
    /// service would judge it, without inventing hours of silence that would close incidents.
    /// </summary>
    private static readonly TimeSpan EndOfInput = TimeSpan.FromMinutes(6);

    private readonly IHost host;
    private readonly AlertCollector collector = new();

    private ReplayPipeline(IHost host) => this.host = host;

    public static async Task<ReplayPipeline> StartAsync(IReadOnlyList<Brand> brands, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IBrandProfiles>(new StaticBrandProfiles(brands));
        builder.Services.AddReputationScoring(builder.Configuration);
        builder.Services.AddReputationGrains();
        builder.Services.AddReputationWebhooks(builder.Configuration);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort(), FreePort());
            silo.AddMemoryGrainStorage(StorageNames.Brands);
            silo.AddMemoryGrainStorage(StorageNames.Alerts);
            silo.AddMemoryGrainStorage(StorageNames.Webhooks);
        });

        var pipeline = new ReplayPipeline(builder.Build());
        await pipeline.host.StartAsync(ct);
        var grains = pipeline.Grains;
        foreach (var brand in brands)
        {
            await grains.GetGrain<IBrandDirectoryGrain>(0).Register(brand);
        }

        await grains.GetGrain<ILiveRelayGrain>(0).Subscribe(grains.CreateObjectReference<ILiveObserver>(pipeline.collector));
        return pipeline;
    }

    private IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Replays the mentions in publishedAt order and returns every alert version raised or updated, in order.</summary>
    public async Task<IReadOnlyList<Alert>> RunAsync(IReadOnlyList<Mention> mentions, Action<int, int> progress, CancellationToken ct)
    {
        var scorer = host.Services.GetRequiredService<IMentionScorer>();
        var ordered = mentions.OrderBy(m => m.PublishedAt).ToList();
        var brands = new HashSet<string>(StringComparer.Ordinal);
        var done = 0;
        DateTimeOffset? lastClockStep = null;
        foreach (var slice in Slices(ordered))
        {
            ct.ThrowIfCancellationRequested();
            var sliceEnd = slice[^1].PublishedAt;
            foreach (var group in slice.AsParallel().Select(m => scorer.Score(m, m.PublishedAt)).GroupBy(s => s.Mention.Brand))
            {
                brands.Add(group.Key);
                await Grains.GetGrain<IBrandGrain>(group.Key).Ingest(group.OrderBy(s => s.Mention.PublishedAt).ToList());
            }

            if (lastClockStep is null || sliceEnd - lastClockStep >= ClockStep)
            {
                await Task.WhenAll(brands.Select(b => Grains.GetGrain<IBrandGrain>(b).AdvanceClock(sliceEnd)));
                lastClockStep = sliceEnd;
            }

            done += slice.Count;
            progress(done, ordered.Count);
        }

        if (ordered.Count > 0)
        {
            var end = ordered[^1].PublishedAt + EndOfInput;
            await Task.WhenAll(brands.Select(b => Grains.GetGrain<IBrandGrain>(b).AdvanceClock(end)));
        }

        return await collector.DrainAsync();
    }

    private static IEnumerable<List<Mention>> Slices(List<Mention> ordered)
    {
        var slice = new List<Mention>();
        foreach (var mention in ordered)
        {
            if (slice.Count > 0 && (mention.PublishedAt - slice[0].PublishedAt >= Slice || slice.Count >= 2000))
            {
                yield return slice;
                slice = [];
            }

            slice.Add(mention);
        }

        if (slice.Count > 0)
        {
            yield return slice;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Receives every alert change from the live relay; one-way calls may still be in flight at the end, so draining waits for quiet.</summary>
    private sealed class AlertCollector : ILiveObserver
    {
        private readonly ConcurrentQueue<Alert> received = new();
        private long lastReceivedTicks = DateTime.UtcNow.Ticks;

        public Task OnAlert(Alert alert, string eventName)
        {
            received.Enqueue(alert);
            Interlocked.Exchange(ref lastReceivedTicks, DateTime.UtcNow.Ticks);
            return Task.CompletedTask;
        }

        public Task OnActivity(IReadOnlyList<BrandActivity> activities) => Task.CompletedTask;

        public Task OnBrandRegistered(Brand brand) => Task.CompletedTask;

        public async Task<IReadOnlyList<Alert>> DrainAsync()
        {
            // The quiet window starts no earlier than the end of the run: the last changes (those of the end-of-input
            // clock move) are still travelling through two one-way hops when a long replay's earlier alerts are old.
            Interlocked.Exchange(ref lastReceivedTicks, Math.Max(Interlocked.Read(ref lastReceivedTicks), DateTime.UtcNow.Ticks));
            while (DateTime.UtcNow.Ticks - Interlocked.Read(ref lastReceivedTicks) < TimeSpan.FromMilliseconds(500).Ticks)
            {
                await Task.Delay(100);
            }

            return received.DistinctBy(a => (a.Id, a.Version)).ToList();
        }
    }
}
