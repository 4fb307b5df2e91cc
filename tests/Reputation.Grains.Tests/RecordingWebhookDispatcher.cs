using System.Collections.Concurrent;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Grains;

namespace Reputation.Grains.Tests;

/// <summary>What the alert index handed to the webhook outbox, for the tests to inspect.</summary>
public sealed class RecordedWebhookEvents
{
    public ConcurrentQueue<(Alert Alert, string EventName)> Events { get; } = new();
}

/// <summary>Stands in for the webhook component (its own tests cover delivery); records every enqueue.</summary>
public sealed class RecordingWebhookDispatcher(RecordedWebhookEvents recorded) : Grain, IWebhookDispatcherGrain
{
    public Task Enqueue(Alert alert, string eventName)
    {
        recorded.Events.Enqueue((alert, eventName));
        return Task.CompletedTask;
    }
}
