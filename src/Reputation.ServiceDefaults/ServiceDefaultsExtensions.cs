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
    /// Orleans' instruments are exported when they are observed at scrape time (activations, directory, memory). Its
    /// recorded counters and histograms fire on grain calls and messages: passing each measurement through the meter
    /// adapter cost ~3 % of the CPU at full load, and a deny-list of them still let one through on every call
    /// (docs/performance.md). The pipeline's own histograms (<c>reputation_*</c>) time what matters.
    /// </summary>
    public static bool IsExported(System.Diagnostics.Metrics.Instrument instrument) =>
        instrument.IsObservable || !instrument.Meter.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal);

    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        // .NET meters (Orleans', the runtime's) are exported alongside prometheus-net's own series.
        Metrics.ConfigureMeterAdapter(options => options.InstrumentFilterPredicate = IsExported);
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
