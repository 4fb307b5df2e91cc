using FluentValidation;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Hosting;
using Reputation.Server.Pipeline;

namespace Reputation.Server.Api;

/// <summary>The brand registry (contract section 2), the overview of all brands and each brand's timeline.</summary>
public static class BrandEndpoints
{
    public static IEndpointRouteBuilder MapBrandEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/brands").WithTags("Brands").RequireAuthorization(Roles.Policies.View);

        group.MapGet("/", async (IGrainFactory grains) =>
        {
            var directory = grains.GetGrain<IBrandDirectoryGrain>(0);
            var registered = (await directory.ListRegistered()).ToDictionary(b => b.Id);
            var ids = await directory.ListBrandIds();
            return Results.Ok(ids.Select(id => registered.GetValueOrDefault(id) ?? Brand.Default(id)));
        });

        group.MapGet("/overview", async (IGrainFactory grains) =>
        {
            var ids = await grains.GetGrain<IBrandDirectoryGrain>(0).ListBrandIds();
            var overviews = await Task.WhenAll(ids.Take(500).Select(id => grains.GetGrain<IBrandGrain>(id).GetOverview()));
            return Results.Ok(overviews);
        });

        group.MapGet("/{id}", async (string id, IGrainFactory grains) =>
        {
            if (!BrandId.IsValid(id))
            {
                return BadId(id);
            }

            var ids = await grains.GetGrain<IBrandDirectoryGrain>(0).ListBrandIds();
            return ids.Contains(id)
                ? Results.Ok(await grains.GetGrain<IBrandGrain>(id).GetProfile())
                : Results.Problem(title: "Unknown brand", detail: $"No brand '{id}' has been seen or registered.", statusCode: StatusCodes.Status404NotFound);
        });

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
        }).RequireAuthorization(Roles.Policies.Administer);

        group.MapGet("/{id}/timeline", async (string id, int? minutes, IGrainFactory grains) =>
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
        });

        group.MapGet("/{id}/overview", async (string id, IGrainFactory grains) =>
            BrandId.IsValid(id) ? Results.Ok(await grains.GetGrain<IBrandGrain>(id).GetOverview()) : BadId(id));

        return app;
    }

    private static IResult BadId(string id) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [$"'{(id.Length > 70 ? id[..70] : id)}' is not a brand id: it must match {BrandId.Pattern}."] });
}
