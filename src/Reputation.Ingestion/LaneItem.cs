using Confluent.Kafka;
using Reputation.Abstractions.Mentions;

namespace Reputation.Ingestion;

/// <summary>A scored mention waiting for its brand, with the message it came from.</summary>
internal readonly record struct LaneItem(ScoredMention Scored, PartitionProgress Progress, long Offset, Timestamp Timestamp);
