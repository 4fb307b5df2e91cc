using Reputation.Abstractions.Mentions;

namespace Reputation.Ingestion;

/// <summary>The stateless scoring stage (language, sentiment, tweet risk) run on every valid mention. Must be thread-safe.</summary>
public interface IMentionScorer
{
    ScoredMention Score(Mention mention, DateTimeOffset ingestedAt);
}
