using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Reputation.Abstractions.Digests;
using Reputation.Webhooks.Delivery;

namespace Reputation.Webhooks.Grains;

/// <summary>
/// Fans a daily digest out to the outboxes of the subscriptions that opted in to <see cref="DigestEvents.Daily"/>:
/// the same outbox, signing, retries and delivery log as alerts.
/// </summary>
[StatelessWorker]
public sealed partial class DigestDispatcherGrain(IOptions<WebhookOptions> options, ILogger<DigestDispatcherGrain> logger)
    : Grain, IDigestDispatcherGrain
{
    public async Task Enqueue(DailyDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var matches = await GrainFactory.GetGrain<IWebhookRegistryGrain>(0).MatchDigest(digest.Brand);
        if (matches.Count == 0) return;

        if (SubscriptionFanOut.Body(digest, options.Value, out var size) is not { } body)
        {
            // Retrying cannot make it fit: skip it loudly instead of blocking the digest grain's hand-over.
            LogTooLarge(logger, digest.Brand, digest.Day, size, options.Value.MaxBodyBytes);
            return;
        }

        await SubscriptionFanOut.Enqueue(GrainFactory, matches, subscription => new WebhookDelivery
        {
            Id = WebhookDelivery.IdFor(subscription.Id, digest),
            EventName = DigestEvents.Daily,
            AlertId = WebhookDelivery.DigestId(digest),
            AlertUpdatedAt = digest.ProducedAt,
            Body = body,
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The digest of {Brand} for {Day:yyyy-MM-dd} is {Size} bytes, above Webhooks:MaxBodyBytes ({Limit}); no webhook sent")]
    private static partial void LogTooLarge(ILogger logger, string brand, DateOnly day, int size, int limit);
}
