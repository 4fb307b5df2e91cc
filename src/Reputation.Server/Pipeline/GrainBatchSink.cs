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
    public async Task DeliverAsync(string brand, IReadOnlyList<ScoredMention> batch, CancellationToken cancellationToken)
    {
        await newBrands.ReportAsync(brand).WaitAsync(cancellationToken);
        await grains.GetGrain<IBrandGrain>(brand).Ingest(batch).WaitAsync(cancellationToken);
    }
}
