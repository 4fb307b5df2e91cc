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
        var group = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(Roles.Policies.View);

        group.MapGet("/", async (string? brand, string? status, string? type, string? severity, int? limit, IGrainFactory grains) =>
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
        });

        group.MapGet("/changes", async (long? since, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IAlertIndexGrain>(0).ChangesSince(since ?? 0)));

        group.MapGet("/{id}", async (string id, IGrainFactory grains) =>
            await grains.GetGrain<IAlertIndexGrain>(0).Get(id) is { } alert ? Results.Ok(alert) : NotFound(id));

        group.MapPost("/{id}/acknowledge", (string id, HttpContext http, IGrainFactory grains) =>
            ChangeStatus(id, AlertStatus.Acknowledged, http, grains)).RequireAuthorization(Roles.Policies.Respond);

        group.MapPost("/{id}/resolve", (string id, HttpContext http, IGrainFactory grains) =>
            ChangeStatus(id, AlertStatus.Resolved, http, grains)).RequireAuthorization(Roles.Policies.Respond);

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
