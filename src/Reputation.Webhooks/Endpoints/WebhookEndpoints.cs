using System.ComponentModel;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reputation.Abstractions.Hosting;
using Reputation.Webhooks.Delivery;
using Reputation.Webhooks.Grains;
using Reputation.Webhooks.Hosting;
using Reputation.Webhooks.Subscriptions;

namespace Reputation.Webhooks.Endpoints;

/// <summary>The admin REST API of webhook subscriptions, under /api/webhooks.</summary>
public static class WebhookEndpoints
{
    public const int MaxDeliveriesListed = 200;

    public static RouteGroupBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webhooks")
            .RequireAuthorization(Roles.Policies.Administer)
            .WithTags("Webhooks")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", CreateAsync)
            .WithName("CreateWebhook")
            .WithSummary("Subscribe a URL to alerts and daily digests (admin)")
            .WithDescription("Alerts matching the filter (brands, types, minimum severity) are POSTed to the URL, signed with the secret, on alert.raised and alert.updated. "
                + "`events` chooses what is sent: left out, the alert events only; add digest.daily for each brand's daily digest (the brand filter applies).")
            .Produces<WebhookSubscriptionView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync)
            .WithName("ListWebhooks")
            .WithSummary("List webhook subscriptions (admin)")
            .Produces<WebhookSubscriptionView[]>();
        group.MapGet("/{id}", GetAsync)
            .WithName("GetWebhook")
            .WithSummary("Get a webhook subscription (admin)")
            .Produces<WebhookSubscriptionView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id}", UpdateAsync)
            .WithName("UpdateWebhook")
            .WithSummary("Change a webhook subscription (admin)")
            .WithDescription("Leaving out the secret keeps the current one.")
            .Produces<WebhookSubscriptionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}", DeleteAsync)
            .WithName("DeleteWebhook")
            .WithSummary("Delete a webhook subscription (admin)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/deliveries", DeliveriesAsync)
            .WithName("ListWebhookDeliveries")
            .WithSummary("A subscription's recent deliveries and attempts (admin)")
            .WithDescription("Newest first, at most `limit` (1–200, default 200).")
            .Produces<WebhookDeliveryLog>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/deliveries/{deliveryId}/redeliver", RedeliverAsync)
            .WithName("RedeliverWebhook")
            .WithSummary("Send a delivery again (admin)")
            .Produces<WebhookDeliveryStatus>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static IWebhookRegistryGrain Registry(IGrainFactory grains) => grains.GetGrain<IWebhookRegistryGrain>(0);

    private static async Task<IResult> CreateAsync(WebhookSubscriptionRequest request, WebhookRequestValidators validators, IGrainFactory grains)
    {
        var validation = await validators.Create.ValidateAsync(request);
        if (!validation.IsValid) return Problem(validation);

        var created = await Registry(grains).Create(WebhookSubscriptionChange.From(request));
        return created is null
            ? Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Subscription limit reached",
                detail: "The maximum number of webhook subscriptions (Webhooks:MaxSubscriptions) exists; delete one first.")
            : Results.Created($"/api/webhooks/{created.Id}", WebhookSubscriptionView.Of(created));
    }

    private static async Task<IResult> ListAsync(IGrainFactory grains) =>
        Results.Ok((await Registry(grains).List()).Select(WebhookSubscriptionView.Of).ToArray());

    private static async Task<IResult> GetAsync(string id, IGrainFactory grains) =>
        await Registry(grains).Get(id) is { } subscription ? Results.Ok(WebhookSubscriptionView.Of(subscription)) : NotFound(id);

    private static async Task<IResult> UpdateAsync(string id, WebhookSubscriptionRequest request, WebhookRequestValidators validators, IGrainFactory grains)
    {
        var validation = await validators.Update.ValidateAsync(request);
        if (!validation.IsValid) return Problem(validation);

        var updated = await Registry(grains).Update(id, WebhookSubscriptionChange.From(request));
        return updated is null ? NotFound(id) : Results.Ok(WebhookSubscriptionView.Of(updated));
    }

    private static async Task<IResult> DeleteAsync(string id, IGrainFactory grains) =>
        await Registry(grains).Delete(id) ? Results.NoContent() : NotFound(id);

    private static async Task<IResult> DeliveriesAsync(string id, IGrainFactory grains, [Description("At most this many deliveries, 1 to 200 (default 200).")] int? limit)
    {
        if (await Registry(grains).Get(id) is null) return NotFound(id);
        var take = Math.Clamp(limit ?? MaxDeliveriesListed, 1, MaxDeliveriesListed);
        return Results.Ok(await grains.GetGrain<IWebhookSubscriptionGrain>(id).GetDeliveries(take));
    }

    private static async Task<IResult> RedeliverAsync(string id, string deliveryId, IGrainFactory grains)
    {
        if (await Registry(grains).Get(id) is null) return NotFound(id);
        var status = await grains.GetGrain<IWebhookSubscriptionGrain>(id).Redeliver(deliveryId);
        return status is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Delivery not found",
                detail: $"Subscription {id} has no delivery {deliveryId} in its recent log.")
            : Results.Accepted($"/api/webhooks/{id}/deliveries", status);
    }

    private static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Webhook subscription not found",
            detail: $"No webhook subscription has the id '{id}'.");

    private static IResult Problem(ValidationResult validation) =>
        Results.ValidationProblem(
            validation.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()),
            title: "The webhook subscription is not valid");
}
