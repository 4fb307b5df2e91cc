using Reputation.Webhooks.Subscriptions;

namespace Reputation.Webhooks.Delivery;

/// <summary>Makes one signed POST attempt.</summary>
public interface IWebhookSender
{
    Task<WebhookSendResult> SendAsync(WebhookSubscription subscription, WebhookDelivery delivery, CancellationToken cancellationToken);
}

public enum WebhookSendOutcome
{
    Delivered,
    /// <summary>No 2xx or no answer: retry later.</summary>
    Failed,
    /// <summary>The target is forbidden (SSRF guard): retrying cannot help.</summary>
    Refused,
}

public sealed record WebhookSendResult(WebhookSendOutcome Outcome, int? StatusCode, string? Error, TimeSpan Duration);
