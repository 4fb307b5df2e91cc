using System.ComponentModel;
using FluentValidation;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Hosting;
using Reputation.Grains.Brands;
using Reputation.Server.Pipeline;

namespace Reputation.Server.Api;

/// <summary>The brand registry (contract section 2), the overview of all brands and each brand's timeline.</summary>
public static class BrandEndpoints
{
    public static IEndpointRouteBuilder MapBrandEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/brands").WithTags("Brands").RequireAuthorization(Roles.Policies.View)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", async (IGrainFactory grains) =>
        {
            var directory = grains.GetGrain<IBrandDirectoryGrain>(0);
            var registered = (await directory.ListRegistered()).ToDictionary(b => b.Id);
            var ids = await directory.ListBrandIds();
            return Results.Ok(ids.Select(id => registered.GetValueOrDefault(id) ?? Brand.Default(id)));
        })
        .WithName("ListBrands")
        .WithSummary("List every brand")
        .WithDescription("Registered brands with their profile, and brands only seen on the topic with the default profile.")
        .Produces<Brand[]>();

        group.MapGet("/overview", async (IGrainFactory grains) =>
        {
            var ids = await grains.GetGrain<IBrandDirectoryGrain>(0).ListBrandIds();
            var overviews = await Task.WhenAll(ids.Take(500).Select(id => grains.GetGrain<IBrandGrain>(id).GetOverview()));
            return Results.Ok(overviews);
        })
        .WithName("GetOverviews")
        .WithSummary("Every brand at a glance")
        .WithDescription("Per brand: mentions in the last hour against the baseline, open alerts by severity, top terms and loudest authors (at most 500 brands).")
        .Produces<BrandOverview[]>();

        group.MapGet("/{id}", async (string id, IGrainFactory grains) =>
        {
            if (!BrandId.IsValid(id))
            {
                return BadId(id);
            }

            var ids = await grains.GetGrain<IBrandDirectoryGrain>(0).ListBrandIds();
            return ids.Contains(id)
                ? Results.Ok(await grains.GetGrain<IBrandGrain>(id).GetProfile())
                : UnknownBrand(id);
        })
        .WithName("GetBrand")
        .WithSummary("Get a brand's profile")
        .WithDescription("The registered profile, or the default profile of a brand only seen on the topic.")
        .Produces<Brand>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id}", async (string id, Brand brand, IValidator<Brand> validator, IGrainFactory grains, ClusterBrandProfiles profiles) =>
        {
            if (brand.Id != id)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [$"'id' ({brand.Id}) must equal the id in the URL ({id})."] });
            }

            var result = await validator.ValidateAsync(brand);
            if (!result.IsValid)
            {
                return ValidationProblems.From(result);
            }

            await grains.GetGrain<IBrandDirectoryGrain>(0).Register(brand);
            profiles.Remember(brand);
            return Results.Ok(brand);
        })
        .RequireAuthorization(Roles.Policies.Administer)
        .WithName("PutBrand")
        .WithSummary("Register or update a brand (admin)")
        .WithDescription("Adds what the detectors need to know: official domains and handles, aliases, competitors, languages. The body's id must equal the URL's.")
        .Accepts<Brand>("application/json")
        .Produces<Brand>()
        .ProducesValidationProblem();

        group.MapGet("/{id}/timeline", async (string id, [Description("How far back, 1 to 10080 minutes (default 180).")] int? minutes, IGrainFactory grains) =>
        {
            if (!BrandId.IsValid(id))
            {
                return BadId(id);
            }

            var span = minutes ?? 180;
            if (span is < 1 or > 7 * 24 * 60)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["minutes"] = ["'minutes' must be between 1 and 10080 (7 days)."] });
            }

            return Results.Ok(await grains.GetGrain<IBrandGrain>(id).GetTimeline(span));
        })
        .WithName("GetTimeline")
        .WithSummary("A brand's per-minute timeline")
        .WithDescription("Mentions per minute by sentiment, with the negative band the baseline expects, over the last `minutes` (default 180, at most 10080).")
        .Produces<BrandTimeline>()
        .ProducesValidationProblem();

        group.MapGet("/{id}/share-of-voice", async (string id, [Description("Length of the period, 1 to 168 hours (default 24).")] int? hours, IGrainFactory grains, TimeProvider time) =>
        {
            if (!BrandId.IsValid(id))
            {
                return BadId(id);
            }

            var span = hours ?? 24;
            if (span is < ShareOfVoice.MinHours or > ShareOfVoice.MaxHours)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["hours"] = [$"'hours' must be between {ShareOfVoice.MinHours} and {ShareOfVoice.MaxHours} (7 days); got {span}."] });
            }

            var ids = await grains.GetGrain<IBrandDirectoryGrain>(0).ListBrandIds();
            if (!ids.Contains(id))
            {
                return UnknownBrand(id);
            }

            var profile = await grains.GetGrain<IBrandGrain>(id).GetProfile();
            return Results.Ok(await ShareOfVoice.Measure(grains, profile, span, time.GetUtcNow()));
        })
        .WithName("GetShareOfVoice")
        .WithSummary("A brand's share of voice against its competitors")
        .WithDescription("For the brand and each competitor of its profile over the last `hours` (default 24, at most 168): volume, "
            + "negative and positive mentions, share of voice, share of negative voice and net sentiment. The period ends now, or just "
            + "after the newest minute among these brands when none has a mention in the last `hours` (historical data).")
        .Produces<ShareOfVoiceReport>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/overview", async (string id, IGrainFactory grains) =>
            BrandId.IsValid(id) ? Results.Ok(await grains.GetGrain<IBrandGrain>(id).GetOverview()) : BadId(id))
        .WithName("GetBrandOverview")
        .WithSummary("One brand at a glance")
        .Produces<BrandOverview>()
        .ProducesValidationProblem();

        return app;
    }

    internal static IResult UnknownBrand(string id) =>
        Results.Problem(title: "Unknown brand", detail: $"No brand '{id}' has been seen or registered.", statusCode: StatusCodes.Status404NotFound);

    internal static IResult BadId(string id) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [$"'{(id.Length > 70 ? id[..70] : id)}' is not a brand id: it must match {BrandId.Pattern}."] });
}
