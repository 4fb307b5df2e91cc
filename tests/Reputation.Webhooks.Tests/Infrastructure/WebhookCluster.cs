using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;
using Reputation.Abstractions.Hosting;
using Reputation.Webhooks.Hosting;
using Reputation.Webhooks.Safety;

namespace Reputation.Webhooks.Tests.Infrastructure;

/// <summary>An in-process Orleans cluster running the webhook grains with storage that outlives its silos.</summary>
public sealed class WebhookCluster : IAsyncDisposable
{
    public SharedStore Store { get; } = new();
    public MapResolver Resolver { get; } = new();
    public InProcessTestCluster Cluster { get; }
    public IClusterClient Client => Cluster.Client;

    /// <summary>Fast retries so tests take seconds; the production defaults are 30 s doubling to 1 h.</summary>
    public static Dictionary<string, string?> FastSettings(TimeSpan? giveUpAfter = null) => new()
    {
        ["Webhooks:AllowLoopback"] = "true",
        ["Webhooks:AttemptTimeout"] = "00:00:05",
        ["Webhooks:RetryBaseDelay"] = "00:00:00.200",
        ["Webhooks:RetryMaxDelay"] = "00:00:00.500",
        ["Webhooks:ResumeInterval"] = "00:00:00.300",
        ["Webhooks:GiveUpAfter"] = (giveUpAfter ?? TimeSpan.FromHours(26)).ToString(),
    };

    public WebhookCluster(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<IWebhookHostResolver>(Resolver);
            silo.Services.AddReputationWebhooks(configuration);
            silo.Services.AddGrainStorage(StorageNames.Webhooks,
                (sp, _) => new SharedGrainStorage(Store, sp.GetRequiredService<Serializer>()));
        });
        Cluster = builder.Build();
    }

    public static async Task<WebhookCluster> StartAsync(Dictionary<string, string?> settings)
    {
        var cluster = new WebhookCluster(settings);
        await cluster.Cluster.DeployAsync();
        return cluster;
    }

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();
}
