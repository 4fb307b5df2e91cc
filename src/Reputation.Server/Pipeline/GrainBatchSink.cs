using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;
using Reputation.Ingestion;

namespace Reputation.Server.Pipeline;

/// <summary>
/// Hands one brand's batch to its grain. The directory learns new brands on the way, so
/// <c>GET /api/brands</c> lists what the topic carries.
/// </summary>
public sealed class GrainBatchSink(IGrainFactory grains, NewBrandReporter newBrands) : IBrandBatchSink
{
    public async Task<IngestReceipt> DeliverAsync(string brand, IReadOnlyList<ScoredMention> batch, bool persistNow, CancellationToken cancellationToken)
    {
        await newBrands.ReportAsync(brand).WaitAsync(cancellationToken);
        return await grains.GetGrain<IBrandGrain>(brand).Apply(batch, persistNow).WaitAsync(cancellationToken);
    }

    public Task<IngestReceipt> PersistAsync(string brand, CancellationToken cancellationToken) =>
        grains.GetGrain<IBrandGrain>(brand).Persist().WaitAsync(cancellationToken);
}
