using Microsoft.Extensions.Logging;
using Reputation.Abstractions.Digests;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Hosting;

namespace Reputation.Grains.Digests;

/// <summary>
/// Remembers the newest day done and which brands it was done for, so the periodic calls of every silo cost one
/// directory read once the day is done, and a brand registered later still gets that day's digest on the next call. A
/// cluster that was down when a day became due catches up on its next call, at most <see cref="MaxCatchUpDays"/> back.
/// </summary>
public sealed partial class DigestSchedulerGrain(
    [PersistentState("digest-scheduler", StorageNames.Brands)] IPersistentState<DigestSchedulerState> state,
    ILogger<DigestSchedulerGrain> logger) : Grain, IDigestSchedulerGrain
{
    public const int MaxCatchUpDays = 3;
    private const int Parallel = 8;

    public async Task RunDue(DateTimeOffset now, int hourUtc)
    {
        var utc = now.UtcDateTime;
        var due = DateOnly.FromDateTime(utc).AddDays(utc.Hour >= hourUtc ? -1 : -2);
        var first = due.AddDays(1 - MaxCatchUpDays);
        if (state.State.LastDone is { } done && done > first)
        {
            first = done; // Earlier days are complete; the newest done day is checked for brands registered since.
        }

        var registered = await GrainFactory.GetGrain<IBrandDirectoryGrain>(0).ListRegistered();
        for (var day = first; day <= due; day = day.AddDays(1))
        {
            var already = day == state.State.LastDone ? state.State.DoneBrands : [];
            var brands = registered.Select(b => b.Id).Where(id => !already.Contains(id)).ToList();
            if (brands.Count == 0)
            {
                continue;
            }

            var waiting = 0;
            foreach (var chunk in brands.Chunk(Parallel))
            {
                var handedOver = await Task.WhenAll(chunk.Select(id => ProduceAndCheck(id, day)));
                waiting += handedOver.Count(ok => !ok);
            }

            if (waiting > 0)
            {
                // Stored but not yet with the webhooks: the next run produces nothing again, it only retries those.
                LogWaiting(logger, day, waiting);
                return;
            }

            if (day != state.State.LastDone)
            {
                state.State.LastDone = day;
                state.State.DoneBrands = [];
            }

            state.State.DoneBrands.UnionWith(brands);
            await state.WriteStateAsync();
            LogProduced(logger, day, brands.Count);
        }
    }

    private async Task<bool> ProduceAndCheck(string brand, DateOnly day)
    {
        var digests = GrainFactory.GetGrain<IDigestGrain>(brand);
        await digests.Produce(day);
        return await digests.IsHandedOver(day);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Daily digests of {Day:yyyy-MM-dd}: {Count} not yet handed to the webhooks; the next run retries")]
    private static partial void LogWaiting(ILogger logger, DateOnly day, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily digests of {Day:yyyy-MM-dd} produced for {Count} registered brands")]
    private static partial void LogProduced(ILogger logger, DateOnly day, int count);
}

[GenerateSerializer]
public sealed class DigestSchedulerState
{
    /// <summary>The newest day whose digests are produced and handed over for every brand in <see cref="DoneBrands"/>.</summary>
    [Id(0)] public DateOnly? LastDone { get; set; }

    /// <summary>The registered brands <see cref="LastDone"/> was done for (as many as the directory registers).</summary>
    [Id(1)] public HashSet<string> DoneBrands { get; set; } = new(StringComparer.Ordinal);
}
