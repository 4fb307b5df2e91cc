using Reputation.Abstractions.Mentions;

namespace Reputation.Ingestion;

/// <summary>
/// Receives one brand's share of a consumed batch. Completing the task acknowledges the whole batch (offsets
/// may then be committed); throwing means nothing of it was taken and it will be delivered again.
/// Deliveries are at-least-once: the receiver deduplicates by mention id.
/// </summary>
public interface IBrandBatchSink
{
    Task DeliverAsync(string brand, IReadOnlyList<ScoredMention> batch, CancellationToken cancellationToken);
}
