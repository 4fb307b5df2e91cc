using System.Net;
using System.Net.Http.Json;
using System.Text;
using Reputation.Server.Tests;

namespace Reputation.Client.Tests;

/// <summary>Every kind of error answer is RFC 9457 problem details, including the ones no endpoint code writes.</summary>
public sealed class ProblemDetailsTests(ReputationHost host) : IClassFixture<ReputationHost>
{
    [Theory]
    [InlineData("PUT", "/api/brands/pd-brand", "{\"id\": \"pd-brand\", ", HttpStatusCode.BadRequest)]
    [InlineData("PUT", "/api/brands/pd-brand", "[1, 2]", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/webhooks", "{not json", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/auth/login", "{not json", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/mentions", "[{\"id\": 1,", HttpStatusCode.BadRequest)]
    [InlineData("DELETE", "/api/brands/pd-brand", null, HttpStatusCode.MethodNotAllowed)]
    public async Task Malformed_requests_get_problem_details(string method, string path, string? body, HttpStatusCode expected)
    {
        using var admin = host.Client();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await admin.SendAsync(request);
        await AssertProblem(response, expected);
    }

    [Fact]
    public async Task Missing_and_wrong_keys_get_problem_details()
    {
        using var anonymous = host.Client(apiKey: null);
        await AssertProblem(await anonymous.GetAsync("/api/alerts"), HttpStatusCode.Unauthorized);
        using var viewer = host.Client(ReputationHost.ViewerKey);
        await AssertProblem(await viewer.PutAsJsonAsync("/api/brands/pd-x", new { id = "pd-x", name = "X" }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_ingestion_rate_limit_answers_a_429_problem()
    {
        using var ingester = host.Client(ReputationHost.IngesterKey);
        for (var i = 0; i < 2000; i++)
        {
            // An empty batch is refused (400) but still counts against the caller's rate.
            var response = await ingester.PostAsync("/api/mentions", new StringContent("[]", Encoding.UTF8, "application/json"));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                await AssertProblem(response, HttpStatusCode.TooManyRequests);
                return;
            }

            response.Dispose();
        }

        Assert.Fail("2000 requests in a row were never limited.");
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode} instead of {(int)expected}: {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = System.Text.Json.JsonSerializer.Deserialize<ApiProblem>(text, Abstractions.Json.ContractJson.Options)!;
            Assert.Equal((int)expected, problem.Status);
            Assert.False(string.IsNullOrEmpty(problem.Title));
        }
    }
}
