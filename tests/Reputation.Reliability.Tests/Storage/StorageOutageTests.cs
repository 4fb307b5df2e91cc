using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Json;
using Reputation.Reliability.Tests.Ingestion;
using Xunit.Abstractions;

namespace Reputation.Reliability.Tests.Storage;

/// <summary>
/// Grain storage (Redis) killed while mentions flow, then started again on the same port: nothing is lost or
/// counted twice, and readiness says "not ready" for as long as storage is gone.
/// </summary>
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    private const string Brand = "outage-brand";
    private const int BeforeOutage = 200;
    private const int DuringOutage = 300;
    private const int AfterOutage = 100;

    [Fact]
    public async Task Mentions_sent_while_redis_is_down_are_counted_exactly_once_after_it_returns()
    {
        using var redis = new RedisProcess();
        await redis.StartAsync();
        await using var host = ReliabilityHost.Create(new Dictionary<string, string?>
        {
            ["Silo:Storage"] = "redis",
            ["Silo:Clustering"] = "localhost",
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Kafka:SinkRetryMaxMs"] = "1000",
        });
        await host.InitializeAsync();
        using var ingester = host.Client(ReputationHost.IngesterKey);
        using var viewer = host.Client(ReputationHost.ViewerKey);
        using var probe = host.Client(apiKey: null);

        await Send(ingester, 0, BeforeOutage);
        Assert.Equal(BeforeOutage, await Eventually.Wait(() => Total(viewer), n => n >= BeforeOutage, TimeSpan.FromSeconds(60)));

        redis.Kill();
        // Ingestion over HTTP only needs Kafka: it keeps accepting while storage is down.
        await Send(ingester, BeforeOutage, DuringOutage);
        var notReady = await Eventually.Wait(() => ReliabilityHost.Status(probe, "/health/ready"), s => s == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady);
        // Which check says so: the storage check. The others are reported to the test output for the record.
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));
        output.WriteLine("While Redis is down: " + string.Join(", ", report.Entries.Select(e => $"{e.Key}={e.Value.Status}")));
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["storage"].Status);

        // Liveness is unaffected: a restart would not bring storage back.
        Assert.Equal(HttpStatusCode.OK, await ReliabilityHost.Status(probe, "/health/live"));

        await redis.StartAsync();
        Assert.Equal(HttpStatusCode.OK, await Eventually.Wait(() => ReliabilityHost.Status(probe, "/health/ready"), s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(90)));
        await Send(ingester, BeforeOutage + DuringOutage, AfterOutage);
        const int all = BeforeOutage + DuringOutage + AfterOutage;
        Assert.Equal(all, await Eventually.Wait(() => Total(viewer), n => n >= all, TimeSpan.FromSeconds(120)));

        // Late redeliveries of the batches that failed during the outage must not add to the count.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(all, await Total(viewer));
    }

    private static async Task Send(HttpClient ingester, int from, int count)
    {
        const int perRequest = 50;
        for (var start = from; start < from + count; start += perRequest)
        {
            var lines = Enumerable.Range(start, Math.Min(perRequest, from + count - start))
                .Select(i => JsonSerializer.Serialize(BadMessages.Valid(Brand, $"outage-{i}")));
            using var response = await ingester.PostAsync("/api/mentions", new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson"));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
    }

    private static async Task<long> Total(HttpClient viewer)
    {
        try
        {
            var overview = await viewer.GetFromJsonAsync<BrandOverview>($"/api/brands/{Brand}/overview", ContractJson.Options);
            return overview!.TotalMentions;
        }
        catch (HttpRequestException)
        {
            // A read may fail while storage is down or the grain reactivates; the poll tries again.
            return -1;
        }
    }
}
