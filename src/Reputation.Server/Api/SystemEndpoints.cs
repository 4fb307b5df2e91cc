using Reputation.Abstractions.Hosting;
using Reputation.Ingestion;

namespace Reputation.Server.Api;

/// <summary>What the CLI and operators need to know about this process's environment.</summary>
public static class SystemEndpoints
{
    public sealed record KafkaInfo(string BootstrapServers, bool Embedded, string Topic, string DeadLetterTopic, int Partitions);

    private const int MaxIdleSeconds = 7 * 24 * 3600;

    public static IEndpointRouteBuilder MapSystemEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/system/kafka", (IKafkaEndpoint endpoint, Microsoft.Extensions.Options.IOptions<KafkaOptions> options) =>
                new KafkaInfo(endpoint.BootstrapServers, endpoint.Embedded, options.Value.Topic, options.Value.DeadLetterTopic, options.Value.Partitions))
            .WithTags("System")
            .RequireAuthorization(Roles.Policies.View)
            .WithName("GetKafka")
            .WithSummary("Where this server's Kafka is")
            .WithDescription("Bootstrap servers (the embedded mock's address when it runs in-process) topic names and the configured partition count of the mentions topic (what the embedded cluster creates), for the CLI's produce and replay commands.")
            .Produces<KafkaInfo>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        app.MapPost("/api/system/deactivate-idle", DeactivateIdleAsync)
            .WithTags("System")
            .RequireAuthorization(Roles.Policies.Administer)
            .WithName("DeactivateIdle")
            .WithSummary("Deactivate grains idle for a while, cluster-wide")
            .WithDescription("Frees the memory of brands that went quiet without waiting for Orleans' collection age (their state is stored first), and reports this process's GC heap after a full collection. The load tool uses it to measure memory per idle brand.")
            .Produces<DeactivationReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> DeactivateIdleAsync(IGrainFactory grains, int idleSeconds = 600)
    {
        if (idleSeconds is < 0 or > MaxIdleSeconds)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid idleSeconds",
                detail: $"idleSeconds must be between 0 and {MaxIdleSeconds}.");
        }

        var management = grains.GetGrain<IManagementGrain>(0);
        var before = await management.GetTotalActivationCount();
        await management.ForceActivationCollection(TimeSpan.FromSeconds(idleSeconds));
        var after = await management.GetTotalActivationCount();
        // An explicit, admin-only measurement: the heap figure is meaningless with garbage in it.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return TypedResults.Ok(new DeactivationReport(before, after, GC.GetTotalMemory(forceFullCollection: true)));
    }
}
