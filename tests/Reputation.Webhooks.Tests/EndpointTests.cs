using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Reputation.Abstractions.Hosting;
using Reputation.Webhooks.Grains;
using Reputation.Webhooks.Tests.Infrastructure;

namespace Reputation.Webhooks.Tests;

public sealed class EndpointTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private const string Secret = "endpoint-secret-0123456789-wxyz";

    private static HttpRequestMessage As(string role, HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(TestApi.RoleHeader, role);
        if (body is not null) request.Content = JsonContent.Create(body);
        return request;
    }

    [Fact]
    public async Task Only_administrators_reach_the_webhook_api()
    {
        await using var api = await TestApi.StartAsync(fixture.Webhooks.Client);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Http.GetAsync("/api/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Http.SendAsync(As(Roles.Responder, HttpMethod.Get, "/api/webhooks"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Http.SendAsync(As(Roles.Admin, HttpMethod.Get, "/api/webhooks"))).StatusCode);
    }

    [Fact]
    public async Task Invalid_requests_get_problem_details_with_a_message_per_field()
    {
        await using var api = await TestApi.StartAsync(fixture.Webhooks.Client);
        var response = await api.Http.SendAsync(As(Roles.Admin, HttpMethod.Post, "/api/webhooks",
            new { url = "http://hooks.example.com/x", secret = "short", brands = new[] { "Acme Inc" }, minSeverity = "severe" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("url must use https.", errors.GetProperty("url")[0].GetString());
        Assert.Equal("secret must be at least 16 characters.", errors.GetProperty("secret")[0].GetString());
        Assert.StartsWith("brands[0] must be a brand id", errors.GetProperty("brands[0]")[0].GetString());
        Assert.Equal("minSeverity must be one of: low, medium, high, critical.", errors.GetProperty("minSeverity")[0].GetString());
    }

    [Fact]
    public async Task Subscriptions_can_be_created_read_updated_listed_and_deleted_without_revealing_the_secret()
    {
        await using var api = await TestApi.StartAsync(fixture.Webhooks.Client);
        var created = await api.Http.SendAsync(As(Roles.Admin, HttpMethod.Post, "/api/webhooks", new
        {
            url = "https://hooks.example.com/reputation",
            secret = Secret,
            brands = new[] { "api-brand" },
            types = new[] { "negative-spike" },
            minSeverity = "medium",
        }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var createdText = await created.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Secret, createdText);
        var body = JsonDocument.Parse(createdText).RootElement;
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/api/webhooks/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("••••wxyz", body.GetProperty("secret").GetString());
        Assert.Equal("negative-spike", body.GetProperty("types")[0].GetString());
        Assert.Equal("medium", body.GetProperty("minSeverity").GetString());

        var read = await api.Http.SendAsync(As(Roles.Admin, HttpMethod.Get, $"/api/webhooks/{id}"));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.DoesNotContain(Secret, await read.Content.ReadAsStringAsync());

        // An update without a secret keeps the current one.
        var updated = await api.Http.SendAsync(As(Roles.Admin, HttpMethod.Put, $"/api/webhooks/{id}", new
        {
            url = "https://hooks.example.com/reputation-v2",
            brands = new[] { "api-brand" },
            minSeverity = "critical",
            enabled = false,
        }));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var stored = await fixture.Webhooks.Client.GetGrain<IWebhookRegistryGrain>(0).Get(id);
        Assert.Equal((Secret, "https://hooks.example.com/reputation-v2", false), (stored!.Secret, stored.Url, stored.Enabled));
        Assert.Equal(Abstractions.Alerts.AlertSeverity.Critical, stored.MinSeverity);
        Assert.Equal(2, stored.Revision);

        var list = await api.Http.SendAsync(As(Roles.Admin, HttpMethod.Get, "/api/webhooks"));
        var listText = await list.Content.ReadAsStringAsync();
        Assert.Contains(id, listText);
        Assert.DoesNotContain(Secret, listText);

        var deliveries = await api.Http.SendAsync(As(Roles.Admin, HttpMethod.Get, $"/api/webhooks/{id}/deliveries"));
        Assert.Equal(HttpStatusCode.OK, deliveries.StatusCode);
        var log = await deliveries.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, log.GetProperty("deliveries").GetArrayLength());
        Assert.Equal(0, log.GetProperty("attempts").GetArrayLength());

        var redeliverUnknown = await api.Http.SendAsync(As(Roles.Admin, HttpMethod.Post, $"/api/webhooks/{id}/deliveries/nope/redeliver"));
        Assert.Equal(HttpStatusCode.NotFound, redeliverUnknown.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.Http.SendAsync(As(Roles.Admin, HttpMethod.Delete, $"/api/webhooks/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Http.SendAsync(As(Roles.Admin, HttpMethod.Get, $"/api/webhooks/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Http.SendAsync(As(Roles.Admin, HttpMethod.Delete, $"/api/webhooks/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Http.SendAsync(As(Roles.Admin, HttpMethod.Get, $"/api/webhooks/{id}/deliveries"))).StatusCode);
    }

    [Fact]
    public async Task Updating_an_unknown_subscription_is_not_found()
    {
        await using var api = await TestApi.StartAsync(fixture.Webhooks.Client);
        var response = await api.Http.SendAsync(As(Roles.Admin, HttpMethod.Put, "/api/webhooks/wh_missing", new { url = "https://hooks.example.com/x" }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
