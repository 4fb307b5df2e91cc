using System.Collections.Concurrent;
using Reputation.Abstractions.Digests;

namespace Reputation.Grains.Tests;

/// <summary>What the digest grains handed to the webhooks, for the tests to inspect.</summary>
public sealed class RecordedDigests
{
    public ConcurrentQueue<DailyDigest> Digests { get; } = new();

    /// <summary>Hand-overs of these brands fail this many more times (a webhook component that is down).</summary>
    public ConcurrentDictionary<string, int> FailuresLeft { get; } = new();
}

/// <summary>Stands in for the webhook component's digest dispatcher; records every hand-over.</summary>
public sealed class RecordingDigestDispatcher(RecordedDigests recorded) : Grain, IDigestDispatcherGrain
{
    public Task Enqueue(DailyDigest digest)
    {
        if (recorded.FailuresLeft.TryGetValue(digest.Brand, out var left) && left > 0)
        {
            recorded.FailuresLeft[digest.Brand] = left - 1;
            throw new InvalidOperationException("The webhook outboxes are unavailable.");
        }

        recorded.Digests.Enqueue(digest);
        return Task.CompletedTask;
    }
}
