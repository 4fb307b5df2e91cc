using System.Collections.Concurrent;
using Reputation.Abstractions.Digests;

namespace Reputation.Grains.Tests;

/// <summary>What the digest grains handed to the webhooks, for the tests to inspect.</summary>
public sealed class RecordedDigests
{
    public ConcurrentQueue<DailyDigest> Digests { get; } = new();
}

/// <summary>Stands in for the webhook component's digest dispatcher; records every hand-over.</summary>
public sealed class RecordingDigestDispatcher(RecordedDigests recorded) : Grain, IDigestDispatcherGrain
{
    public Task Enqueue(DailyDigest digest)
    {
        recorded.Digests.Enqueue(digest);
        return Task.CompletedTask;
    }
}
