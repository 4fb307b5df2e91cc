using System.Net;
using System.Text;
using Microsoft.AspNetCore.SignalR.Client;
using Reputation.Abstractions.Live;

namespace Reputation.Server.Tests;

public sealed class AuthorizationTests(ReputationHost host) : IClassFixture<ReputationHost>
{
    /// <summary>Callers from least to most privileged; an endpoint names the first one allowed (ingest is a side branch).</summary>
    public enum Caller { Anonymous, Ingester, Viewer, Responder, Admin }

    private static readonly Dictionary<Caller, string?> Keys = new()
    {
        [Caller.Anonymous] = null,
        [Caller.Ingester] = ReputationHost.IngesterKey,
        [Caller.Viewer] = ReputationHost.ViewerKey,
        [Caller.Responder] = ReputationHost.ResponderKey,
        [Caller.Admin] = ReputationHost.AdminKey,
    };

    private const string BrandJson = """{"id":"auth-brand","name":"Auth Brand","officialDomains":["auth-brand.com"]}""";
    private const string WebhookJson = """{"url":"https://hooks.example.com/reputation","secret":"0123456789abcdef0123"}""";

    public static TheoryData<string, string, string?, string> Endpoints() => new()
    {
        { "GET", "/api/brands", null, "viewer" },
        { "GET", "/api/brands/overview", null, "viewer" },
        { "GET", "/api/brands/auth-brand/timeline?minutes=5", null, "viewer" },
        { "GET", "/api/brands/auth-brand/share-of-voice?hours=24", null, "viewer" },
        { "PUT", "/api/brands/auth-brand", BrandJson, "admin" },
        { "GET", "/api/brands/auth-brand/digests", null, "viewer" },
        { "GET", "/api/brands/auth-brand/digests/2026-01-01", null, "viewer" },
        { "POST", "/api/brands/auth-brand/digests/2026-01-01", null, "admin" },
        { "GET", "/api/alerts", null, "viewer" },
        { "GET", "/api/alerts/changes?since=0", null, "viewer" },
        { "POST", "/api/alerts/a-unknown/acknowledge", null, "responder" },
        { "POST", "/api/alerts/a-unknown/resolve", null, "responder" },
        { "POST", "/api/mentions", "[]", "ingester" },
        { "GET", "/api/system/kafka", null, "viewer" },
        { "POST", "/api/system/deactivate-idle?idleSeconds=86400", null, "admin" },
        { "GET", "/api/webhooks", null, "admin" },
        { "POST", "/api/webhooks", WebhookJson, "admin" },
        { "GET", "/api/auth/me", null, "any" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_role_gets_exactly_what_it_may(string method, string path, string? body, string minimum)
    {
        foreach (var caller in Enum.GetValues<Caller>())
        {
            using var client = host.Client(Keys[caller]);
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request);

            var expected = Allowed(caller, minimum) ? "allowed" : caller == Caller.Anonymous ? "401" : "403";
            var actual = response.StatusCode switch
            {
                HttpStatusCode.Unauthorized => "401",
                HttpStatusCode.Forbidden => "403",
                _ => "allowed",
            };
            Assert.True(expected == actual, $"{caller} {method} {path}: expected {expected}, got {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task An_unknown_key_is_refused()
    {
        using var client = host.Client("not-a-real-key-at-all");

        using var response = await client.GetAsync("/api/brands");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_and_metrics_answer_without_a_key_but_pages_need_a_sign_in()
    {
        using var anonymous = host.Client(apiKey: null);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/brands")).StatusCode);
    }

    [Fact]
    public async Task The_hub_refuses_anonymous_connections_and_accepts_viewers()
    {
        var anonymous = new HubConnectionBuilder().WithUrl(new Uri(host.BaseAddress, HubEvents.Path)).Build();
        var viewer = new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, HubEvents.Path), o => o.AccessTokenProvider = () => Task.FromResult<string?>(ReputationHost.ViewerKey))
            .Build();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());
        await viewer.StartAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HubConnectionState.Connected, viewer.State);
        await viewer.DisposeAsync();
        await anonymous.DisposeAsync();
    }

    [Fact]
    public async Task Browser_sign_in_with_a_key_sets_a_session_that_the_api_accepts()
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var browser = new HttpClient(handler) { BaseAddress = host.BaseAddress };

        using var wrong = await browser.PostAsync("/api/auth/login", new StringContent("""{"key":"nope"}""", Encoding.UTF8, "application/json"));
        using var right = await browser.PostAsync("/api/auth/login", new StringContent($$"""{"key":"{{ReputationHost.ResponderKey}}"}""", Encoding.UTF8, "application/json"));
        var me = await browser.GetStringAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("rita-responder", me);
        Assert.Contains("responder", me);
    }

    private static bool Allowed(Caller caller, string minimum) => minimum switch
    {
        "any" => caller != Caller.Anonymous,
        "ingester" => caller is Caller.Ingester or Caller.Admin,
        "viewer" => caller >= Caller.Viewer,
        "responder" => caller >= Caller.Responder,
        "admin" => caller == Caller.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(minimum)),
    };
}
