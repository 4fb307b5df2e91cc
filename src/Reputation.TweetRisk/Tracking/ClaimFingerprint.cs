using Reputation.TweetRisk.Cues;

namespace Reputation.TweetRisk.Tracking;

/// <summary>
/// What identifies a claim across its relays: the suspect hosts and handles, the kinds of market-moving claim,
/// and the distinctive words. Relays reword and translate, so any one of these may be what they share.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ClaimFingerprint
{
    public const int MaxHosts = 8;
    public const int MaxHandles = 8;
    public const int MaxWords = 48;

    public static readonly ClaimFingerprint Empty = new();

    [Id(0)] public IReadOnlyList<string> Hosts { get; init; } = [];
    [Id(1)] public IReadOnlyList<string> Handles { get; init; } = [];
    [Id(2)] public int Claims { get; init; }
    [Id(3)] public IReadOnlyList<string> Words { get; init; } = [];
    [Id(4)] public IReadOnlyList<string> Urls { get; init; } = [];

    internal ShockClaim ShockClaims => (ShockClaim)Claims;

    internal ClaimFingerprint Merge(ClaimFingerprint other) => new()
    {
        Hosts = Union(Hosts, other.Hosts, MaxHosts),
        Handles = Union(Handles, other.Handles, MaxHandles),
        Claims = Claims | other.Claims,
        Words = Union(Words, other.Words, MaxWords),
        Urls = Union(Urls, other.Urls, MaxHosts),
    };

    private static IReadOnlyList<string> Union(IReadOnlyList<string> first, IReadOnlyList<string> second, int max)
    {
        if (second.Count == 0 || first.Count >= max) return first;
        var merged = new List<string>(first);
        foreach (var item in second)
        {
            if (merged.Count >= max) break;
            if (!merged.Contains(item)) merged.Add(item);
        }

        return merged;
    }
}
