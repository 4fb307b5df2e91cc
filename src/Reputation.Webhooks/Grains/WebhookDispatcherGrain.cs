using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Grains;
using Reputation.Webhooks.Delivery;

namespace Reputation.Webhooks.Grains;

/// <summary>
/// Fans an alert event out to the outboxes of the matching subscriptions. Stateless: the outboxes hold the
/// durable state, and Enqueue returns only after each of them stored its delivery.
/// </summary>
[StatelessWorker]
public sealed partial class WebhookDispatcherGrain(IOptions<WebhookOptions> options, ILogger<WebhookDispatcherGrain> logger)
    : Grain, IWebhookDispatcherGrain
{
    public async Task Enqueue(Alert alert, string eventName)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (eventName is not (AlertEvents.Raised or AlertEvents.Updated))
            throw new ArgumentException($"Unknown webhook event '{eventName}'; expected {AlertEvents.Raised} or {AlertEvents.Updated}.", nameof(eventName));

        var matches = (await GrainFactory.GetGrain<IWebhookRegistryGrain>(0).Match(alert)).Where(s => s.Wants(eventName)).ToList();
        if (matches.Count == 0) return;

        if (SubscriptionFanOut.Body(alert, options.Value, out var size) is not { } body)
        {
            // Throwing would make the alert pipeline retry a change that can never fit; skip it loudly instead.
            LogTooLarge(logger, alert.Id, size, options.Value.MaxBodyBytes);
            return;
        }

        await SubscriptionFanOut.Enqueue(GrainFactory, matches, subscription => new WebhookDelivery
        {
            Id = WebhookDelivery.IdFor(subscription.Id, alert, eventName),
            EventName = eventName,
            AlertId = alert.Id,
            AlertUpdatedAt = alert.UpdatedAt,
            Body = body,
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Alert {AlertId} is {Size} bytes, above Webhooks:MaxBodyBytes ({Limit}); no webhook sent")]
    private static partial void LogTooLarge(ILogger logger, string alertId, int size, int limit);
}
