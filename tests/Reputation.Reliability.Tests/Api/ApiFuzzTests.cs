using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Reputation.Abstractions.Brands;

namespace Reputation.Reliability.Tests.Api;

/// <summary>
/// Seeded malformed bodies and query strings against the write and query endpoints: every one gets a 4xx with a
/// problem-details body that says why, never a 5xx.
/// </summary>
public sealed class ApiFuzzTests(StartedHost fixture) : IClassFixture<StartedHost>
{
    private const int Seed = 20261124;
    private const int Iterations = 40;
    private readonly ReputationHost host = fixture.Host;

    private static readonly string[] BodyEndpoints = ["POST /api/mentions", "PUT /api/brands/fuzz-brand", "POST /api/webhooks"];
    private static readonly string[] ContentTypes = ["application/json", "application/x-ndjson", "text/plain", "application/octet-stream"];

    [Fact]
    public async Task Malformed_bodies_get_a_4xx_problem_never_a_5xx()
    {
        var input = new MalformedInput(Seed);
        var random = new Random(Seed);
        using var admin = host.Client(ReputationHost.AdminKey);
        using var ingester = host.Client(ReputationHost.IngesterKey);
        var failures = new List<string>();
        foreach (var endpoint in BodyEndpoints)
        {
            var (method, path) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
            for (var i = 0; i < Iterations; i++)
            {
                var body = input.Body();
                var contentType = endpoint.Contains("mentions", StringComparison.Ordinal) ? ContentTypes[random.Next(2)] : ContentTypes[random.Next(ContentTypes.Length)];
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
                var client = path == "/api/mentions" ? ingester : admin;
                using var response = await client.SendAsync(request);
                await Check(response, $"{endpoint} [{contentType}] body #{i} ({body.Length} bytes)", failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Malformed_query_strings_get_a_4xx_problem_never_a_5xx()
    {
        var input = new MalformedInput(Seed + 1);
        var random = new Random(Seed + 1);
        using var viewer = host.Client(ReputationHost.ViewerKey);
        string[] alertParameters = ["brand", "status", "type", "severity", "limit"];
        var failures = new List<string>();
        for (var i = 0; i < Iterations * 2; i++)
        {
            var (parameter, value) = (alertParameters[random.Next(alertParameters.Length)], input.QueryValue());
            if (i % 2 == 0 && parameter == "brand" && BrandId.IsValid(Uri.UnescapeDataString(value)))
            {
                // Digits are a valid brand id: that filter is not malformed.
                continue;
            }

            var path = i % 2 == 0 ? $"/api/alerts?{parameter}={value}" : $"/api/brands/fuzz-brand/timeline?minutes={value}";
            using var response = await viewer.GetAsync(path);
            await Check(response, "GET " + (path.Length > 200 ? path[..200] + "…" : path), failures);
        }

        // Brand ids that break the rules, in the path of the timeline.
        foreach (var id in new[] { "UPPER", "-dash", "under_score", new string('b', 65), "%20", "a%2Fb", "%E2%80%AE" })
        {
            using var response = await viewer.GetAsync($"/api/brands/{id}/timeline?minutes=60");
            await Check(response, $"GET /api/brands/{id}/timeline", failures);
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Bodies_over_the_size_limit_get_413_on_every_write_endpoint()
    {
        using var admin = host.Client(ReputationHost.AdminKey);
        using var ingester = host.Client(ReputationHost.IngesterKey);
        // Wait for the server's go-ahead before sending the body, so its refusal arrives instead of a reset.
        admin.DefaultRequestHeaders.ExpectContinue = true;
        ingester.DefaultRequestHeaders.ExpectContinue = true;
        var huge = Encoding.UTF8.GetBytes("{\"id\":\"" + new string('x', 9 * 1024 * 1024) + "\"}");
        var failures = new List<string>();
        foreach (var endpoint in BodyEndpoints)
        {
            var (method, path) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new ByteArrayContent(huge) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            // Mentions as the ingester: a request to them takes a token from its caller's bucket, and the admin's
            // bucket is the burst test's to empty (it failed with 199 of 200 when this ran just before it).
            var client = path == "/api/mentions" ? ingester : admin;
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.RequestEntityTooLarge)
            {
                failures.Add($"{endpoint}: {(int)response.StatusCode} instead of 413");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Ingestion_past_the_burst_gets_429_with_a_problem_body()
    {
        // The admin's own token bucket (the limit is per caller), so the other tests' ingestion does not count.
        using var admin = host.Client(ReputationHost.AdminKey);
        var passed = 0;
        HttpResponseMessage? limited = null;
        // Waves of concurrent requests until refused: the bucket refills at 100/s, so any server serving more than
        // that is refused eventually, however slow the machine. Bounded at 10,000 requests.
        for (var wave = 0; wave < 50 && limited is null; wave++)
        {
            var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ =>
                admin.PostAsync("/api/mentions", new StringContent("[]", Encoding.UTF8, "application/json"))));
            passed += responses.Count(r => r.StatusCode != HttpStatusCode.TooManyRequests);
            limited = responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
            foreach (var response in responses.Where(r => r != limited))
            {
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        using (limited)
        {
            // The bucket starts full: the whole burst is served before the first refusal.
            Assert.True(passed >= 200, $"Only {passed} requests were served before the first 429.");
            var failures = new List<string>();
            await Check(limited, "the 429", failures);
            Assert.Empty(failures);
        }
    }

    /// <summary>A 4xx whose body is RFC 9457 problem details with a title and either a detail or per-field errors.</summary>
    private static async Task Check(HttpResponseMessage response, string what, List<string> failures)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status is < 400 or >= 500)
        {
            failures.Add($"{what}: status {status}: {Short(body)}");
            return;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"{what}: status {status} with {response.Content.Headers.ContentType?.MediaType ?? "no"} body instead of problem details: {Short(body)}");
            return;
        }

        using var problem = JsonDocument.Parse(body);
        var root = problem.RootElement;
        var titled = root.TryGetProperty("title", out var title) && !string.IsNullOrWhiteSpace(title.GetString());
        var explained = (root.TryGetProperty("detail", out var detail) && !string.IsNullOrWhiteSpace(detail.GetString()))
            || (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object && errors.EnumerateObject().Any());
        if (!titled || !explained)
        {
            failures.Add($"{what}: status {status}, problem details without a reason: {Short(body)}");
        }
    }

    private static string Short(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
