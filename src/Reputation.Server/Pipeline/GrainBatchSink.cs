using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;
using Reputation.Ingestion;

namespace Reputation.Server.Pipeline;

/// <summary>
/// Hands one brand's share of a consumed batch to its grain: one grain call per brand per batch. The
/// directory learns new brands on the way, so <c>GET /api/brands</c> lists what the topic carries.
/// </summary>
public sealed class GrainBatchSink(IGrainFactory grains) : IBrandBatchSink
{
    private readonly HashSet<string> known = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public async Task DeliverAsync(string brand, IReadOnlyList<ScoredMention> batch, CancellationToken cancellationToken)
    {
        bool isNew;
        lock (gate)
        {
            isNew = known.Count < BrandDirectoryLimit && known.Add(brand);
        }

        if (isNew)
        {
            try
            {
                await grains.GetGrain<IBrandDirectoryGrain>(0).MarkSeen([brand]);
            }
            catch
            {
                lock (gate)
                {
                    known.Remove(brand);
                }

                throw;
            }
        }

        await grains.GetGrain<IBrandGrain>(brand).Ingest(batch).WaitAsync(cancellationToken);
    }

    private const int BrandDirectoryLimit = 200_000;
}
