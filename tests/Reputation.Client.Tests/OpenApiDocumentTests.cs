using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Reputation.Server.Tests;

namespace Reputation.Client.Tests;

/// <summary>The served OpenAPI document describes every REST route the app really maps, with its errors, key and examples.</summary>
public sealed class OpenApiDocumentTests(ReputationHost host) : IClassFixture<ReputationHost>
{
    /// <summary>Routes that are not part of the REST API the document describes.</summary>
    private static readonly string[] NotRest = ["/hubs", "/health", "/metrics", "/openapi", "/scalar"];

    /// <summary>Sign-out succeeds with or without a session, so it has no error answer to document.</summary>
    private static readonly HashSet<string> CannotFail = ["POST /api/auth/logout"];

    [Fact]
    public async Task Every_mapped_rest_route_has_an_operation_with_a_summary_a_success_and_an_error()
    {
        using var document = await Document();
        var paths = document.RootElement.GetProperty("paths");
        var operations = new Dictionary<string, JsonElement>();
        foreach (var path in paths.EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject())
            {
                operations[$"{method.Name.ToUpperInvariant()} {Normalize(path.Name)}"] = method.Value;
            }
        }

        var routes = MappedRestRoutes();
        // The enumeration itself must see the app's routes, the last group mapped included.
        Assert.Contains("GET /api/brands/{id}/timeline", routes);
        Assert.Contains("POST /api/webhooks/{id}/deliveries/{deliveryId}/redeliver", routes);
        var missing = new List<string>();
        foreach (var route in routes)
        {
            if (!operations.TryGetValue(route, out var operation))
            {
                missing.Add(route + " (no operation)");
                continue;
            }

            var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            if (!operation.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
            {
                missing.Add(route + " (no summary)");
            }

            if (!responses.Any(r => r.StartsWith('2')))
            {
                missing.Add(route + " (no 2xx)");
            }

            if (!responses.Any(r => r.StartsWith('4')) && !CannotFail.Contains(route))
            {
                missing.Add(route + " (no 4xx)");
            }

            foreach (var error in operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('4')))
            {
                if (!error.Value.TryGetProperty("content", out var content) || !content.TryGetProperty("application/problem+json", out _))
                {
                    missing.Add($"{route} ({error.Name} is not problem details)");
                }
            }
        }

        Assert.Empty(missing);
        Assert.Equal(routes.Count, operations.Count);
    }

    [Fact]
    public async Task The_api_key_scheme_is_declared_and_required_except_on_sign_in()
    {
        using var document = await Document();
        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/alerts/{id}/acknowledge").GetProperty("post").TryGetProperty("security", out var security));
        Assert.True(security[0].TryGetProperty("ApiKey", out _));
        Assert.False(paths.GetProperty("/api/auth/login").GetProperty("post").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task The_brand_alert_and_mention_schemas_carry_the_contract_examples()
    {
        using var document = await Document();
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var brand = Example(schemas, "Brand");
        Assert.Equal("vinci", brand.GetProperty("id").GetString());
        Assert.Equal("vinci.com", brand.GetProperty("officialDomains")[0].GetString());

        var alert = Example(schemas, "Alert");
        Assert.Equal("suspect-press-release", alert.GetProperty("type").GetString());
        Assert.Equal("critical", alert.GetProperty("severity").GetString());

        var mention = Example(schemas, "Mention");
        Assert.Equal("tw-1800917713", mention.GetProperty("id").GetString());
        Assert.Equal("https://vinci.group/communique-2016-11-22", mention.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Query_parameters_say_what_they_accept()
    {
        using var document = await Document();
        var parameters = document.RootElement.GetProperty("paths").EnumerateObject()
            .Single(p => Normalize(p.Name) == "/api/alerts").Value.GetProperty("get").GetProperty("parameters");
        var severity = parameters.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "severity");
        Assert.Contains("critical", severity.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, parameters.EnumerateArray().Count(p => p.TryGetProperty("description", out _)));
    }

    [Fact]
    public async Task The_reference_page_is_not_served_outside_development()
    {
        using var anonymous = host.Client(apiKey: null);
        using var response = await anonymous.GetAsync("/scalar");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static JsonElement Example(JsonElement schemas, string name)
    {
        var schema = schemas.GetProperty(name);
        return schema.TryGetProperty("examples", out var examples) ? examples[0] : schema.GetProperty("example");
    }

    private async Task<JsonDocument> Document()
    {
        using var anonymous = host.Client(apiKey: null);
        using var response = await anonymous.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private List<string> MappedRestRoutes()
    {
        var routes = new HashSet<string>();
        foreach (var source in host.Services.GetServices<EndpointDataSource>())
        {
            foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
            {
                var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
                var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods;
                if (methods is null || NotRest.Any(p => pattern.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                foreach (var method in methods)
                {
                    routes.Add($"{method} {Normalize(pattern)}");
                }
            }
        }

        return routes.Order(StringComparer.Ordinal).ToList();
    }

    private static string Normalize(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}
