using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Reputation.Storage.Postgres;

/// <summary>Registration of PostgreSQL grain storage and its readiness check.</summary>
public static class PostgresStorageExtensions
{
    /// <summary>
    /// Adds a named grain storage in PostgreSQL, registered like Orleans' own providers (keyed by name, and
    /// started with the silo so the table exists before the first grain activates). Storage names that share a
    /// connection string share one connection pool.
    /// </summary>
    public static ISiloBuilder AddPostgresGrainStorage(this ISiloBuilder builder, string name, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"PostgreSQL grain storage '{name}' needs a connection string (ConnectionStrings:Postgres).");
        }

        builder.Services.TryAddSingleton<PostgresDatabases>();
        builder.Services.AddGrainStorage(name, (services, storageName) => new PostgresGrainStorage(
            storageName,
            services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            services.GetRequiredService<PostgresDatabases>().Get(connectionString),
            services.GetRequiredService<IGrainStorageSerializer>()));
        return builder;
    }

    /// <summary>Adds a <see cref="PostgresHealthCheck"/> on the pool the grain storage uses for this connection string.</summary>
    public static IHealthChecksBuilder AddPostgresHealthCheck(this IHealthChecksBuilder builder, string connectionString, params string[] tags)
    {
        builder.Services.TryAddSingleton<PostgresDatabases>();
        return builder.Add(new HealthCheckRegistration(
            "postgres",
            services => new PostgresHealthCheck(services.GetRequiredService<PostgresDatabases>().Get(connectionString).DataSource),
            HealthStatus.Unhealthy,
            tags));
    }
}
