using Reputation.Abstractions.Sentiment;

namespace Reputation.Abstractions.Mentions;

/// <summary>
/// A mention after the stateless scoring stage: language, sentiment and tweet-risk assessment are
/// computed once on ingestion so that the brand grain only aggregates.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ScoredMention
{
    [Id(0)] public required Mention Mention { get; init; }
    [Id(1)] public required string Language { get; init; }
    [Id(2)] public required SentimentResult Sentiment { get; init; }
    [Id(3)] public PressReleaseAssessment? PressRelease { get; init; }
    /// <summary>When the mention entered the pipeline (Kafka timestamp), for latency measurement.</summary>
    [Id(4)] public DateTimeOffset IngestedAt { get; init; }
}
