using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Configuration;
using Reputation.Abstractions.Hosting;
using Reputation.Grains.Hosting;
using Reputation.ServiceDefaults;
using Reputation.Storage.Postgres;
using StackExchange.Redis;

namespace Reputation.Server.Hosting;

/// <summary>Builds the co-hosted silo from configuration: clustering and grain storage by name.</summary>
public static class OrleansSetup
{
    private static readonly string[] StorageProviders = [StorageNames.Brands, StorageNames.Alerts, StorageNames.Webhooks];

    public static WebApplicationBuilder AddReputationSilo(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(OrleansOptions.Section).Get<OrleansOptions>() ?? new OrleansOptions();
        var redis = builder.Configuration.GetConnectionString("Redis");
        if (options.Storage.Equals("redis", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = Require(redis, "ConnectionStrings:Redis");
            // Built by the container, so the container disposes its connection.
            builder.Services.AddSingleton(_ => new RedisStorageHealthCheck(connectionString));
            builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
                "storage", sp => sp.GetRequiredService<RedisStorageHealthCheck>(), failureStatus: null, tags: [ServiceDefaultsExtensions.ReadyTag]));
        }
        var postgres = builder.Configuration.GetConnectionString("Postgres");
        if (options.Storage.Equals("postgres", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddHealthChecks().AddPostgresHealthCheck(Require(postgres, "ConnectionStrings:Postgres"), ServiceDefaultsExtensions.ReadyTag);
        }

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });

            switch (options.Clustering.ToLowerInvariant())
            {
                case "localhost":
                    var primary = new IPEndPoint(IPAddress.Loopback, options.PrimarySiloPort ?? options.SiloPort);
                    silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, primary, options.ServiceId, options.ClusterId);
                    break;
                case "redis":
                    silo.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(Require(redis, "ConnectionStrings:Redis")));
                    silo.ConfigureEndpoints(IPAddress.Loopback, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: false);
                    break;
                case "kubernetes":
                    silo.UseKubernetesHosting();
                    if (redis is { Length: > 0 })
                    {
                        silo.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
                    }

                    break;
                default:
                    throw new InvalidOperationException($"Silo:Clustering '{options.Clustering}' is not one of localhost, redis, kubernetes.");
            }

            foreach (var name in StorageProviders)
            {
                switch (options.Storage.ToLowerInvariant())
                {
                    case "memory" when options.Clustering.Equals("localhost", StringComparison.OrdinalIgnoreCase):
                        // One silo: states stay in its own memory, without a storage grain call and copy per write.
                        silo.Services.AddSiloMemoryGrainStorage(name);
                        break;
                    case "memory":
                        silo.AddMemoryGrainStorage(name);
                        break;
                    case "redis":
                        silo.AddRedisGrainStorage(name, o => o.ConfigurationOptions = ConfigurationOptions.Parse(Require(redis, "ConnectionStrings:Redis")));
                        break;
                    case "postgres":
                        silo.AddPostgresGrainStorage(name, Require(postgres, "ConnectionStrings:Postgres"));
                        break;
                    default:
                        throw new InvalidOperationException($"Silo:Storage '{options.Storage}' is not one of memory, redis, postgres.");
                }
            }
        });
        return builder;
    }

    private static string Require(string? value, string key) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"{key} must be set for this Orleans configuration.") : value;
}
