using Reputation.Abstractions.Digests;

namespace Reputation.Grains.Digests;

/// <summary>A brand's stored digests, newest day first, at most <see cref="DigestLimits.MaxKept"/>.</summary>
[GenerateSerializer]
public sealed class DigestState
{
    [Id(0)] public List<StoredDigest> Digests { get; set; } = [];
}

/// <summary>A digest and whether the webhook outboxes have confirmed storing it.</summary>
[GenerateSerializer]
public sealed class StoredDigest
{
    [Id(0)] public required DailyDigest Digest { get; set; }
    [Id(1)] public bool Announced { get; set; }
}
