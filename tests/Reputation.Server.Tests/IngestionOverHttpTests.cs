using System.Net;
using System.Net.Http.Json;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Json;
using static Reputation.Server.Tests.TestMentions;

namespace Reputation.Server.Tests;

public sealed class IngestionOverHttpTests(ReputationHost host) : IClassFixture<ReputationHost>
{
    private sealed record Rejection(int Index, string? Id, string Error);

    private sealed record IngestResponse(int Accepted, List<Rejection> Rejected);

    private async Task<int> TimelineTotal(HttpClient client, string brand)
    {
        var timeline = await ReputationHost.Get<BrandTimeline>(client, $"/api/brands/{brand}/timeline?minutes=120");
        return timeline!.Buckets.Sum(b => b.Total);
    }

    [Fact]
    public async Task Five_hundred_mentions_count_exactly_once_even_when_posted_twice()
    {
        using var client = host.Client(ReputationHost.IngesterKey);
        using var reader = host.Client(ReputationHost.ViewerKey);
        const string brand = "http-fresh-brand";
        var valid = Enumerable.Range(0, 500).Select(i => (object)Make(brand, $"h-{i}", $"mention number {i}")).ToList();
        var invalid = Enumerable.Range(0, 20).Select(i => (object)new { id = $"bad-{i}", brand, source = "carrier-pigeon", text = "x", publishedAt = "2026-01-01T00:00:00Z" });
        var body = Ndjson(valid.Concat(invalid));

        using var first = await client.PostAsync("/api/mentions", Body(body));
        var firstResult = await first.Content.ReadFromJsonAsync<IngestResponse>(ContractJson.Options);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(500, firstResult!.Accepted);
        Assert.Equal(20, firstResult.Rejected.Count);
        Assert.All(firstResult.Rejected, r => Assert.Contains("'source' (carrier-pigeon) must be one of", r.Error));
        Assert.Equal(Enumerable.Range(500, 20), firstResult.Rejected.Select(r => r.Index));
        Assert.Equal("bad-0", firstResult.Rejected[0].Id);
        Assert.Equal(500, await ReputationHost.Eventually(() => TimelineTotal(reader, brand), n => n >= 500, TimeSpan.FromSeconds(30)));

        using var second = await client.PostAsync("/api/mentions", Body(body));
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        // A fresh mention after the repeats: once it is counted, the repeats before it on the same partition were processed.
        using var sentinel = await client.PostAsync("/api/mentions", Body(Ndjson([Make(brand, "h-sentinel")])));
        Assert.Equal(501, await ReputationHost.Eventually(() => TimelineTotal(reader, brand), n => n >= 501, TimeSpan.FromSeconds(30)));
        await Task.Delay(1000);
        Assert.Equal(501, await TimelineTotal(reader, brand));
    }

    [Fact]
    public async Task Accepts_a_json_array_as_well_as_ndjson()
    {
        using var client = host.Client(ReputationHost.IngesterKey);

        using var response = await client.PostAsJsonAsync("/api/mentions", new[] { Make("http-array-brand", "arr-1"), Make("http-array-brand", "arr-2") }, ContractJson.Options);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<IngestResponse>(ContractJson.Options))!.Accepted);
    }

    [Fact]
    public async Task A_body_that_is_neither_an_array_nor_ndjson_objects_is_explained()
    {
        using var client = host.Client(ReputationHost.IngesterKey);

        using var broken = await client.PostAsync("/api/mentions", Body("[{\"id\": ", "application/json"));
        using var lines = await client.PostAsync("/api/mentions", Body("hello\n{\"id\":1}\n"));

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var result = await lines.Content.ReadFromJsonAsync<IngestResponse>(ContractJson.Options);
        Assert.Equal(0, result!.Accepted);
        Assert.Equal(2, result.Rejected.Count);
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        using var client = host.Client(ReputationHost.IngesterKey);
        // Wait for the server's go-ahead before sending the body, so its refusal arrives instead of a reset.
        client.DefaultRequestHeaders.ExpectContinue = true;
        var huge = new string('x', 9 * 1024 * 1024);

        using var response = await client.PostAsync("/api/mentions", Body(huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_brand_list_and_the_kafka_address_are_served()
    {
        using var client = host.Client(ReputationHost.IngesterKey);
        await client.PostAsync("/api/mentions", Body(Ndjson([Make("http-listed-brand", "l-1")])));
        using var viewer = host.Client(ReputationHost.ViewerKey);

        var brands = await ReputationHost.Eventually(
            () => viewer.GetFromJsonAsync<List<Abstractions.Brands.Brand>>("/api/brands", ContractJson.Options)!,
            list => list!.Any(b => b.Id == "http-listed-brand"), TimeSpan.FromSeconds(30));
        var kafka = await viewer.GetFromJsonAsync<Dictionary<string, object>>("/api/system/kafka");

        Assert.Contains(brands!, b => b.Id == "http-listed-brand");
        Assert.Matches(@"^127\.0\.0\.1:\d+", kafka!["bootstrapServers"].ToString());
        Assert.Equal("True", kafka["embedded"].ToString());
    }
}
