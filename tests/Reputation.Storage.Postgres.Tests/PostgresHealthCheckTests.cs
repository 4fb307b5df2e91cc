using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Reputation.Storage.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresHealthCheckTests(PostgresServer server)
{
    [Fact]
    public async Task Healthy_when_the_server_answers()
    {
        await using var dataSource = NpgsqlDataSource.Create(server.AdminConnectionString);

        var result = await Check(new PostgresHealthCheck(dataSource));

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Unhealthy_when_nothing_listens()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var dataSource = NpgsqlDataSource.Create($"Host=127.0.0.1;Port={closedPort};Username=postgres;Timeout=2");

        var result = await Check(new PostgresHealthCheck(dataSource));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.NotNull(result.Exception);
    }

    [Fact]
    public void A_missing_connection_string_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PostgresDatabase(" "));

        Assert.Contains("ConnectionStrings:Postgres", error.Message);
    }

    private static Task<HealthCheckResult> Check(IHealthCheck check) =>
        check.CheckHealthAsync(new HealthCheckContext
        {
            Registration = new HealthCheckRegistration("postgres", check, HealthStatus.Unhealthy, ["ready"]),
        });
}
