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
    /// <summary>
    /// The brand grain's type and interface, resolved once: <c>GetGrain&lt;IBrandGrain&gt;(key)</c> looks the interface
    /// up again through its attributes on every call, which cost ~3 % of busy CPU at 10,000 brands.
    /// </summary>
    private readonly GrainReference brandKind = (GrainReference)grains.GetGrain<IBrandGrain>("-");

    public Task<IngestReceipt> DeliverAsync(string brand, IReadOnlyList<ScoredMention> batch, bool persistNow, CancellationToken cancellationToken)
    {
        // Nearly always the brand is known already: no state machine for the wait that is not needed.
        var reported = newBrands.ReportAsync(brand);
        return reported.IsCompletedSuccessfully
            ? Brand(brand).Apply(batch, persistNow).WaitAsync(cancellationToken)
            : DeliverAfterReportAsync(reported, brand, batch, persistNow, cancellationToken);
    }

    private async Task<IngestReceipt> DeliverAfterReportAsync(Task reported, string brand, IReadOnlyList<ScoredMention> batch, bool persistNow, CancellationToken cancellationToken)
    {
        await reported.WaitAsync(cancellationToken);
        return await Brand(brand).Apply(batch, persistNow).WaitAsync(cancellationToken);
    }

    public Task<IngestReceipt> PersistAsync(string brand, CancellationToken cancellationToken) =>
        Brand(brand).Persist().WaitAsync(cancellationToken);

    private IBrandGrain Brand(string brand) =>
        (IBrandGrain)grains.GetGrain(GrainId.Create(brandKind.GrainId.Type, brand), brandKind.InterfaceType);
}
