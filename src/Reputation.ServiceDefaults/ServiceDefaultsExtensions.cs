using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Prometheus;

namespace Reputation.ServiceDefaults;

/// <summary>What every Reputation host has: health endpoints Kubernetes understands, Prometheus metrics, resilient HTTP.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Health checks tagged with this take part in readiness; liveness only asks whether the process answers.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Orleans instruments measured on every message or grain call. Passing each measurement through the meter
    /// adapter cost ~3 % of the CPU at full load (docs/performance.md); the pipeline's own histograms
    /// (<c>reputation_*</c>) time what matters, and Orleans' gauges and rarer counters are still exported.
    /// </summary>
    private static readonly HashSet<string> PerMessageInstruments = new(StringComparer.Ordinal)
    {
        "orleans-messaging-sent-local",
        "orleans-messaging-processing-dispatcher-received",
        "orleans-messaging-processing-dispatcher-processed",
        "orleans-messaging-processing-dispatcher-forwarded",
        "orleans-messaging-processing-ima-received",
        "orleans-messaging-processing-ima-enqueued",
        "orleans-messaging-processing-activation-data",
        "orleans-app-requests-latency",
    };

    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        // .NET meters (Orleans', the runtime's) are exported alongside prometheus-net's own series.
        Metrics.ConfigureMeterAdapter(options => options.InstrumentFilterPredicate = instrument => !PerMessageInstruments.Contains(instrument.Name));
        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous();
        app.UseHttpMetrics();
        app.MapMetrics("/metrics").AllowAnonymous();
        return app;
    }
}
