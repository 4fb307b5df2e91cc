using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Mentions;

namespace Reputation.Server.Api.OpenApi;

/// <summary>Puts the contract's examples on the mention, brand and alert schemas, serialized exactly as the API sends them.</summary>
public sealed class ContractExampleTransformer : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<Type, object> Examples = new()
    {
        [typeof(Mention)] = ContractExamples.Mention,
        [typeof(Brand)] = ContractExamples.Brand,
        [typeof(Alert)] = ContractExamples.Alert,
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (Examples.TryGetValue(context.JsonTypeInfo.Type, out var example))
        {
            // OpenAPI 3.1 schemas carry a list of examples (JSON Schema's keyword); one per contract suffices.
            schema.Examples = [JsonSerializer.SerializeToNode(example, example.GetType(), ContractJson.Options)!];
        }

        return Task.CompletedTask;
    }
}
