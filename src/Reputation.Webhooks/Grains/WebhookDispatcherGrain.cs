using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Json;
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

        var body = JsonSerializer.Serialize(alert, ContractJson.Options);
        var size = Encoding.UTF8.GetByteCount(body);
        if (size > options.Value.MaxBodyBytes)
        {
            // Throwing would make the alert pipeline retry a change that can never fit; skip it loudly instead.
            LogTooLarge(logger, alert.Id, size, options.Value.MaxBodyBytes);
            return;
        }

        await Task.WhenAll(matches.Select(subscription =>
            GrainFactory.GetGrain<IWebhookSubscriptionGrain>(subscription.Id).Enqueue(subscription, new WebhookDelivery
            {
                Id = WebhookDelivery.IdFor(subscription.Id, alert, eventName),
                EventName = eventName,
                AlertId = alert.Id,
                AlertUpdatedAt = alert.UpdatedAt,
                Body = body,
            })));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Alert {AlertId} is {Size} bytes, above Webhooks:MaxBodyBytes ({Limit}); no webhook sent")]
    private static partial void LogTooLarge(ILogger logger, string alertId, int size, int limit);
}
