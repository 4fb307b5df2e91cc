using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;

namespace Reputation.Ingestion;

/// <summary>
/// Receives one brand's batches. A returned receipt acknowledges the batch as applied and says which of the
/// brand's batches are durable (<see cref="IngestReceipt"/>); only those let offsets be committed. Throwing
/// means nothing of the batch was taken and it is delivered again. Deliveries are at-least-once: the receiver
/// deduplicates by mention id.
/// </summary>
public interface IBrandBatchSink
{
    Task<IngestReceipt> DeliverAsync(string brand, IReadOnlyList<ScoredMention> batch, bool persistNow, CancellationToken cancellationToken);

    /// <summary>Asks the brand to store what it applied; the receipt then covers every batch delivered before.</summary>
    Task<IngestReceipt> PersistAsync(string brand, CancellationToken cancellationToken);
}
