using Reputation.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Reputation.Abstractions.Hosting;
using Reputation.Grains.Brands;

namespace Reputation.Grains.Tests;

/// <summary>A real in-process Orleans cluster with the production grains and memory storage.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => AddGrains(silo));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>Memory storage, the production grains and the recorders that stand in for webhook delivery.</summary>
    public static void AddGrains(ISiloBuilder silo)
    {
        silo.AddMemoryGrainStorage(StorageNames.Brands);
        silo.AddMemoryGrainStorage(StorageNames.Alerts);
        silo.AddMemoryGrainStorage(StorageNames.Webhooks);
        silo.Services.AddReputationGrains();
        silo.Services.AddSingleton<RecordedWebhookEvents>();
        silo.Services.AddSingleton<RecordedDigests>();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
