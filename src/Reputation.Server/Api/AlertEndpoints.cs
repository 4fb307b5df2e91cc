using System.ComponentModel;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Hosting;

namespace Reputation.Server.Api;

/// <summary>Alerts (contract section 3): query, fetch, catch up after a reconnect, acknowledge and resolve.</summary>
public static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlertEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(Roles.Policies.View)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", async (
            [Description("Only this brand's alerts.")] string? brand,
            [Description("open, acknowledged or resolved.")] string? status,
            [Description("negative-spike, suspect-press-release, sentiment-shift or influencer-negative.")] string? type,
            [Description("Minimum severity: low, medium, high or critical.")] string? severity,
            [Description("At most this many alerts, 1 to 1000 (default 200).")] int? limit,
            IGrainFactory grains) =>
        {
            var errors = new Dictionary<string, string[]>();
            var query = new AlertQuery
            {
                Brand = brand,
                Status = Parse<AlertStatus>(status, "status", errors),
                Type = Parse<AlertType>(type, "type", errors),
                MinSeverity = Parse<AlertSeverity>(severity, "severity", errors),
                Limit = limit ?? 200,
            };
            if (brand is not null && !BrandId.IsValid(brand))
            {
                errors["brand"] = [$"'brand' must match {BrandId.Pattern}."];
            }

            if (query.Limit is < 1 or > 1000)
            {
                errors["limit"] = ["'limit' must be between 1 and 1000."];
            }

            return errors.Count > 0
                ? Results.ValidationProblem(errors)
                : Results.Ok(await grains.GetGrain<IAlertIndexGrain>(0).Query(query));
        })
        .WithName("ListAlerts")
        .WithSummary("Query recent alerts")
        .WithDescription("Filters: `brand`, `status` (open, acknowledged, resolved), `type` (negative-spike, suspect-press-release, sentiment-shift, influencer-negative), minimum `severity` (low, medium, high, critical), `limit` 1–1000 (default 200). Newest first.")
        .Produces<Alert[]>()
        .ProducesValidationProblem();

        group.MapGet("/changes", async ([Description("The stamp of the previous call; 0 or absent for everything recent.")] long? since, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IAlertIndexGrain>(0).ChangesSince(since ?? 0)))
            .WithName("GetAlertChanges")
            .WithSummary("Alerts changed since a stamp")
            .WithDescription("For catching up after a reconnect: pass the last `stamp` you saw (0 for everything recent); keep the returned stamp for the next call.")
            .Produces<AlertChanges>();

        group.MapGet("/{id}", async (string id, IGrainFactory grains) =>
            await grains.GetGrain<IAlertIndexGrain>(0).Get(id) is { } alert ? Results.Ok(alert) : NotFound(id))
            .WithName("GetAlert")
            .WithSummary("Get one alert")
            .Produces<Alert>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id}/acknowledge", (string id, HttpContext http, IGrainFactory grains) =>
            ChangeStatus(id, AlertStatus.Acknowledged, http, grains))
            .RequireAuthorization(Roles.Policies.Respond)
            .WithName("AcknowledgeAlert")
            .WithSummary("Acknowledge an alert (responder)")
            .WithDescription("Records who acknowledged it and when; the change goes to the live view and to webhooks as alert.updated.")
            .Produces<Alert>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id}/resolve", (string id, HttpContext http, IGrainFactory grains) =>
            ChangeStatus(id, AlertStatus.Resolved, http, grains))
            .RequireAuthorization(Roles.Policies.Respond)
            .WithName("ResolveAlert")
            .WithSummary("Resolve an alert (responder)")
            .WithDescription("Closes the incident; a later spike raises a new alert.")
            .Produces<Alert>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    private static async Task<IResult> ChangeStatus(string id, AlertStatus status, HttpContext http, IGrainFactory grains)
    {
        var alert = await grains.GetGrain<IAlertIndexGrain>(0).Get(id);
        if (alert is null)
        {
            return NotFound(id);
        }

        var who = http.User.Identity?.Name ?? "unknown";
        var changed = await grains.GetGrain<IBrandGrain>(alert.Brand).ChangeAlertStatus(id, status, who);
        return changed is null ? NotFound(id) : Results.Ok(changed);
    }

    /// <summary>Accepts the contract's spelling ("negative-spike", "critical"); anything else is a clear 400.</summary>
    private static T? Parse<T>(string? value, string field, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        foreach (var candidate in Enum.GetValues<T>())
        {
            if (ContractName(candidate) == value)
            {
                return candidate;
            }
        }

        errors[field] = [$"'{field}' must be one of: {string.Join(", ", Enum.GetValues<T>().Select(ContractName))}."];
        return null;
    }

    private static string ContractName<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonSerializer.Serialize(value, Abstractions.Json.ContractJson.Options).Trim('"');

    private static IResult NotFound(string id) =>
        Results.Problem(title: "Unknown alert", detail: $"No alert '{(id.Length > 80 ? id[..80] : id)}'.", statusCode: StatusCodes.Status404NotFound);
}
