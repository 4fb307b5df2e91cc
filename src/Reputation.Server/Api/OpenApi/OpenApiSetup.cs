namespace Reputation.Server.Api.OpenApi;

/// <summary>The OpenAPI document at /openapi/v1.json and, in Development only, the Scalar reference page at /scalar.</summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddReputationOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<ApiKeySecurityTransformer>();
            o.AddOperationTransformer<ApiKeySecurityTransformer>();
            o.AddSchemaTransformer<ContractExampleTransformer>();
        });

    public static WebApplication MapReputationOpenApi(this WebApplication app)
    {
        // The document describes the API's shape only; it holds no data, so it needs no key.
        app.MapOpenApi().AllowAnonymous().ExcludeFromDescription();
        if (app.Environment.IsDevelopment())
        {
            Scalar.AspNetCore.ScalarEndpointRouteBuilderExtensions.MapScalarApiReference(app, "/scalar").AllowAnonymous();
        }

        return app;
    }
}
