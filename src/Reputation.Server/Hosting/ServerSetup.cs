using Reputation.Grains.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Live;
using Reputation.Abstractions.Mentions;
using Reputation.Grains.Brands;
using Reputation.Ingestion;
using Reputation.Scoring;
using Reputation.Server.Api;
using Reputation.Server.Api.OpenApi;
using Reputation.Server.Demo;
using Reputation.Server.Digests;
using Reputation.Server.Live;
using Reputation.Server.Pipeline;
using Reputation.Server.Security;
using Reputation.ServiceDefaults;
using Reputation.Webhooks.Endpoints;
using Reputation.Webhooks.Hosting;

namespace Reputation.Server.Hosting;

/// <summary>Everything the server hosts beside the silo: ingestion, scoring, API, hub, web view, demo data.</summary>
public static class ServerSetup
{
    public static WebApplicationBuilder AddReputationServer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton(TimeProvider.System);
        services.Configure<JsonOptions>(o => ContractJson.Configure(o.SerializerOptions));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            // The framework answers these with a bare status; say what to do instead.
            ctx.ProblemDetails.Detail ??= ctx.ProblemDetails.Status switch
            {
                StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON with Content-Type: application/json.",
                StatusCodes.Status429TooManyRequests => "Too many requests from this caller; wait a second and send fewer, larger batches.",
                _ => null,
            };
        });
        // Binding failures reach BadRequestProblems as exceptions, which answers them with the reason.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestProblems>();
        services.AddReputationOpenApi();
        services.AddSignalR(o => o.MaximumReceiveMessageSize = 32 * 1024)
            .AddJsonProtocol(o => ContractJson.Configure(o.PayloadSerializerOptions));
        services.AddReputationAuth(configuration);
        services.AddReputationRateLimits();
        services.AddSingleton<FluentValidation.IValidator<Brand>, BrandValidator>();
        services.AddSingleton(sp => new MentionParser(sp.GetRequiredService<TimeProvider>()));

        // The data path: Kafka consumer → scoring → per-brand lanes → brand grains (state written behind).
        services.AddReputationIngestion(configuration);
        services.AddReputationScoring(configuration);
        services.AddSingleton<ClusterBrandProfiles>();
        services.AddSingleton<IBrandProfiles>(sp => sp.GetRequiredService<ClusterBrandProfiles>());
        services.AddHostedService(sp => sp.GetRequiredService<ClusterBrandProfiles>());
        services.AddSingleton<NewBrandReporter>();
        services.AddSingleton<IBrandBatchSink, GrainBatchSink>();
        services.AddReputationGrains();
        services.AddReputationWebhooks(configuration);
        services.AddReputationDigests(configuration);

        services.AddHostedService<LiveHubBridge>();
        services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo", tags: [ServiceDefaultsExtensions.ReadyTag]);

        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        if (DemoEnabled(configuration))
        {
            services.AddHostedService<DemoMentionGenerator>();
        }

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MentionEndpoints.MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        return builder;
    }

    public static WebApplication UseReputationServer(this WebApplication app)
    {
        // Resolve the keys at start, so a first start prints its generated admin key before anyone asks.
        app.Services.GetRequiredService<ApiKeyDirectory>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            // The page shell and its assets carry no data; every datum comes through the authenticated API and hub.
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapReputationOpenApi();
        app.MapAuthEndpoints();
        app.MapBrandEndpoints();
        app.MapDigestEndpoints();
        app.MapAlertEndpoints();
        app.MapMentionEndpoints();
        app.MapSystemEndpoints();
        app.MapWebhookEndpoints();
        app.MapHub<AlertsHub>(HubEvents.Path);
        return app;
    }

    /// <summary>Demo data is on by default only with the embedded Kafka, so it never pollutes a real cluster.</summary>
    private static bool DemoEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool?>($"{DemoOptions.Section}:{nameof(DemoOptions.Enabled)}")
        ?? string.IsNullOrWhiteSpace(configuration[$"{KafkaOptions.SectionName}:{nameof(KafkaOptions.BootstrapServers)}"]);
}
