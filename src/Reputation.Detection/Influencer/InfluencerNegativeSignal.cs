using Reputation.Abstractions.Alerts;

namespace Reputation.Detection.Influencer;

/// <summary>What <see cref="InfluencerNegativeDetector"/> says about one mention.</summary>
/// <param name="Reach">followers + ReachPerShare × shares.</param>
/// <param name="UsualReach">The brand's usual reach (its UsualQuantile); null while the history is too short.</param>
/// <param name="ReachRatio">Reach over the usual reach (during the cold start: over ColdStartReach / ReachFactor).</param>
/// <param name="Influential">The reach or the shares are far above the brand's usual.</param>
/// <param name="Negative">The sentiment score is at or below NegativeScore.</param>
[GenerateSerializer, Immutable]
public sealed record InfluencerNegativeSignal(
    [property: Id(0)] DateTimeOffset Time,
    [property: Id(1)] double Reach,
    [property: Id(2)] double? UsualReach,
    [property: Id(3)] double ReachRatio,
    [property: Id(4)] bool Influential,
    [property: Id(5)] bool Negative,
    [property: Id(6)] AlertDecision Decision,
    [property: Id(7)] AlertSeverity? Severity,
    [property: Id(8)] bool IncidentOpen);
