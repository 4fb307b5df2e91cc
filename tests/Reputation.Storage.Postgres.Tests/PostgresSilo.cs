using Reputation.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using Reputation.Abstractions.Hosting;
using Reputation.Grains.Brands;

namespace Reputation.Storage.Postgres.Tests;

/// <summary>An in-process one-silo cluster whose every storage name is PostgreSQL grain storage.</summary>
public static class PostgresSilo
{
    public const string TestStorage = "test";

    /// <summary>A fixed service id lets a second cluster on the same database find the first one's state.</summary>
    public static async Task<InProcessTestCluster> StartAsync(string connectionString, string serviceId)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.ConfigureSilo((_, silo) =>
        {
            foreach (var name in new[] { TestStorage, StorageNames.Brands, StorageNames.Alerts, StorageNames.Webhooks })
            {
                silo.AddPostgresGrainStorage(name, connectionString);
            }

            silo.Services.AddReputationGrains();
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public static IGrainStorage Storage(this InProcessTestCluster cluster, string name) =>
        cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(name);
}
