using Confluent.Kafka;
using Reputation.Abstractions.Mentions;

namespace Reputation.Ingestion;

/// <summary>A scored mention waiting for its brand, with the message it came from.</summary>
internal readonly record struct LaneItem(ScoredMention Scored, PartitionProgress Progress, long Offset, Timestamp Timestamp);

/// <summary>A message whose mention its brand applied but has not stored yet: it stays unfinished until then.</summary>
internal readonly record struct AppliedMessage(PartitionProgress Progress, long Offset);

/// <summary>One applied batch of a brand, waiting for a receipt that says it is stored.</summary>
internal sealed record AppliedBatch(Guid Activation, long Sequence, AppliedMessage[] Messages, DateTimeOffset AppliedAt);
