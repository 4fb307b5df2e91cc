using System.Net;
using System.Text;
using Reputation.Server.Tests;

namespace Reputation.Client.Tests;

/// <summary>The host in the Development environment: the reference page, and malformed bodies still answered as 400 problems.</summary>
public sealed class DevelopmentHostTests(DevelopmentHostTests.DevelopmentHost fixture) : IClassFixture<DevelopmentHostTests.DevelopmentHost>
{
    private readonly ReputationHost host = fixture.Host;

    /// <summary>The shared fixture with the environment overridden (a later setting of the same key wins).</summary>
    public sealed class DevelopmentHost : IAsyncLifetime
    {
        public ReputationHost Host { get; } = new(new Dictionary<string, string?> { ["environment"] = "Development" });

        public Task InitializeAsync() => Host.InitializeAsync();

        public Task DisposeAsync() => Host.DisposeAsync().AsTask();
    }

    [Fact]
    public async Task The_reference_page_is_served_and_reads_the_openapi_document()
    {
        using var anonymous = host.Client(apiKey: null);
        using var page = await anonymous.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("openapi/v1.json", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_body_is_a_400_problem_not_a_server_error()
    {
        using var admin = host.Client();
        using var response = await admin.PutAsync("/api/brands/dev-brand", new StringContent("{\"id\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
