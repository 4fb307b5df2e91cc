using Reputation.Abstractions.Hosting;
using Reputation.Ingestion;

namespace Reputation.Server.Api;

/// <summary>What the CLI and operators need to know about this process's environment.</summary>
public static class SystemEndpoints
{
    public sealed record KafkaInfo(string BootstrapServers, bool Embedded, string Topic, string DeadLetterTopic);

    public static IEndpointRouteBuilder MapSystemEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/system/kafka", (IKafkaEndpoint endpoint, Microsoft.Extensions.Options.IOptions<KafkaOptions> options) =>
                new KafkaInfo(endpoint.BootstrapServers, endpoint.Embedded, options.Value.Topic, options.Value.DeadLetterTopic))
            .WithTags("System")
            .RequireAuthorization(Roles.Policies.View)
            .WithName("GetKafka")
            .WithSummary("Where this server's Kafka is")
            .WithDescription("Bootstrap servers (the embedded mock's address when it runs in-process) and topic names, for the CLI's produce and replay commands.")
            .Produces<KafkaInfo>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }
}
