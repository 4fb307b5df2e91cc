using System.ComponentModel;
using System.Globalization;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Digests;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Hosting;

namespace Reputation.Server.Api;

/// <summary>Each brand's daily digests: read by viewers, produced on demand by admins (the schedule produces them too).</summary>
public static class DigestEndpoints
{
    private const string DayFormat = "yyyy-MM-dd";

    public static IEndpointRouteBuilder MapDigestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/brands/{id}/digests").WithTags("Digests").RequireAuthorization(Roles.Policies.View)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", async (string id, [Description("At most this many digests, 1 to 30 (default 30).")] int? limit, IGrainFactory grains) =>
        {
            if (await Known(grains, id) is { } problem)
            {
                return problem;
            }

            var take = limit ?? DigestLimits.MaxKept;
            if (take is < 1 or > DigestLimits.MaxKept)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"'limit' must be between 1 and {DigestLimits.MaxKept}; got {take}."] });
            }

            return Results.Ok(await grains.GetGrain<IDigestGrain>(id).List(take));
        })
        .WithName("ListDigests")
        .WithSummary("A brand's recent daily digests")
        .WithDescription("The stored daily digests of the brand, newest day first (the last 30 days at most). Each covers one UTC day: "
            + "volume by sentiment against the normal of the previous days, net sentiment, top topics of the negative mentions, "
            + "the day's incidents and how they were handled, and share of voice against the brand's competitors.")
        .Produces<DailyDigest[]>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{day}", async (string id, [Description("The UTC day, yyyy-MM-dd.")] string day, IGrainFactory grains) =>
        {
            if (await Known(grains, id) is { } problem)
            {
                return problem;
            }

            if (!TryParseDay(day, out var date))
            {
                return BadDay(day);
            }

            return await grains.GetGrain<IDigestGrain>(id).Get(date) is { } digest
                ? Results.Ok(digest)
                : Results.Problem(title: "No digest", detail: $"Brand '{id}' has no digest for {day}: it was not produced yet or is older than the last {DigestLimits.MaxKept} kept.", statusCode: StatusCodes.Status404NotFound);
        })
        .WithName("GetDigest")
        .WithSummary("A brand's digest of one day")
        .WithDescription("The stored digest of the UTC day `day` (yyyy-MM-dd).")
        .Produces<DailyDigest>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{day}", async (string id, [Description("A finished UTC day of the last 7, yyyy-MM-dd.")] string day, IGrainFactory grains, TimeProvider time) =>
        {
            if (await Known(grains, id) is { } problem)
            {
                return problem;
            }

            if (!TryParseDay(day, out var date))
            {
                return BadDay(day);
            }

            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            if (date >= today)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["day"] = [$"The UTC day {day} is not over yet; a digest covers a finished day."] });
            }

            if (today.DayNumber - date.DayNumber > DigestLimits.MaxAgeDays)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["day"] = [$"The UTC day {day} is more than {DigestLimits.MaxAgeDays} days ago; its minute counts are no longer kept."] });
            }

            return Results.Ok(await grains.GetGrain<IDigestGrain>(id).Produce(date));
        })
        .RequireAuthorization(Roles.Policies.Administer)
        .WithName("ProduceDigest")
        .WithSummary("Produce a brand's digest of a finished day (admin)")
        .WithDescription("Produces, stores and sends to the subscribed webhooks (event digest.daily) the digest of the UTC day `day`, "
            + "one of the last 7 finished days; a day already produced is returned as stored and is not sent again.")
        .Produces<DailyDigest>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    /// <summary>Null when the brand is seen or registered; otherwise the problem to answer.</summary>
    private static async Task<IResult?> Known(IGrainFactory grains, string id)
    {
        if (!BrandId.IsValid(id))
        {
            return BrandEndpoints.BadId(id);
        }

        var ids = await grains.GetGrain<IBrandDirectoryGrain>(0).ListBrandIds();
        return ids.Contains(id) ? null : BrandEndpoints.UnknownBrand(id);
    }

    private static bool TryParseDay(string day, out DateOnly date) =>
        DateOnly.TryParseExact(day, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static IResult BadDay(string day) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["day"] = [$"'{(day.Length > 20 ? day[..20] : day)}' is not a day: use yyyy-MM-dd, for example 2026-11-23."] });
}
