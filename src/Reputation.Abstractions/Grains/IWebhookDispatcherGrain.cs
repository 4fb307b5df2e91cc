using Reputation.Abstractions.Alerts;

namespace Reputation.Abstractions.Grains;

/// <summary>Accepts alert events for webhook delivery; implemented by the webhooks component.</summary>
public interface IWebhookDispatcherGrain : IGrainWithIntegerKey
{
    /// <summary>Records one delivery per matching subscription in the durable outbox; returns once stored.</summary>
    Task Enqueue(Alert alert, string eventName);
}
