using System.Net;
using System.Net.Http.Json;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Reputation.Abstractions.Json;
using Reputation.Grains.Hosting;
using static Reputation.Server.Tests.TestMentions;

namespace Reputation.Server.Tests;

/// <summary>
/// Brand state is written behind; a deactivated brand must come back with everything it had applied. Its own
/// host, because deactivating every idle grain would disturb other tests.
/// </summary>
public sealed class IdleDeactivationTests(ReputationHost host) : IClassFixture<ReputationHost>
{
    [Fact]
    public void The_single_embedded_silo_keeps_grain_states_in_its_own_memory()
    {
        // So the deactivation test below goes through it: states written and read back by SiloMemoryGrainStorage.
        Assert.All(new[] { StorageNames.Brands, StorageNames.Alerts, StorageNames.Webhooks },
            name => Assert.IsType<SiloMemoryGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>(name)));
    }

    [Fact]
    public async Task A_brand_deactivated_while_idle_keeps_every_mention_and_its_dedup_memory()
    {
        using var ingester = host.Client(ReputationHost.IngesterKey);
        using var admin = host.Client();
        const string brand = "idle-brand";
        var body = Ndjson(Enumerable.Range(0, 50).Select(i => (object)Make(brand, $"idle-{i}", $"mention number {i}")));
        Assert.Equal(HttpStatusCode.Accepted, (await ingester.PostAsync("/api/mentions", Body(body))).StatusCode);
        Assert.Equal(50, await ReputationHost.Eventually(() => Total(admin, brand), n => n >= 50, TimeSpan.FromSeconds(30)));

        using var response = await admin.PostAsync("/api/system/deactivate-idle?idleSeconds=0", null);
        var report = await response.Content.ReadFromJsonAsync<DeactivationReport>(ContractJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(report!.ActivationsAfter < report.ActivationsBefore, $"{report.ActivationsBefore} → {report.ActivationsAfter} activations");
        Assert.True(report.HeapBytesAfterCollection > 0);
        Assert.Equal(50, await Total(admin, brand));

        // The same mentions again, then a new one: once the new one is counted, the repeats were seen and skipped.
        Assert.Equal(HttpStatusCode.Accepted, (await ingester.PostAsync("/api/mentions", Body(body))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await ingester.PostAsync("/api/mentions", Body(Ndjson([Make(brand, "idle-new")])))).StatusCode);
        Assert.Equal(51, await ReputationHost.Eventually(() => Total(admin, brand), n => n >= 51, TimeSpan.FromSeconds(30)));
        await Task.Delay(500);
        Assert.Equal(51, await Total(admin, brand));
    }

    [Fact]
    public async Task An_idle_time_out_of_range_is_a_problem()
    {
        using var admin = host.Client();

        using var response = await admin.PostAsync("/api/system/deactivate-idle?idleSeconds=-1", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("idleSeconds", await response.Content.ReadAsStringAsync());
    }

    private static async Task<int> Total(HttpClient client, string brand) =>
        (await ReputationHost.Get<BrandTimeline>(client, $"/api/brands/{brand}/timeline?minutes=120"))!.Buckets.Sum(b => b.Total);
}
