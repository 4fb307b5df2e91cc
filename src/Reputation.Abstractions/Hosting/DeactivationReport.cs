namespace Reputation.Abstractions.Hosting;

/// <summary>
/// The answer of <c>POST /api/system/deactivate-idle</c>: activations across the cluster before and after, and the
/// answering process's GC heap after a full collection (what the bench divides into memory per idle brand).
/// </summary>
public sealed record DeactivationReport(int ActivationsBefore, int ActivationsAfter, long HeapBytesAfterCollection);
