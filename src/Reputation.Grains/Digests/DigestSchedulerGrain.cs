using Microsoft.Extensions.Logging;
using Reputation.Abstractions.Digests;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Hosting;

namespace Reputation.Grains.Digests;

/// <summary>
/// Remembers the last day whose digests are all produced, so the periodic calls of every silo cost one comparison once
/// the day is done. A cluster that was down when a day became due catches up on its next call, at most
/// <see cref="MaxCatchUpDays"/> days back.
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
        if (state.State.LastDone is { } done && done.AddDays(1) > first)
        {
            first = done.AddDays(1);
        }

        for (var day = first; day <= due; day = day.AddDays(1))
        {
            var brands = await GrainFactory.GetGrain<IBrandDirectoryGrain>(0).ListRegistered();
            var waiting = 0;
            foreach (var chunk in brands.Chunk(Parallel))
            {
                var handedOver = await Task.WhenAll(chunk.Select(b => ProduceAndCheck(b.Id, day)));
                waiting += handedOver.Count(done => !done);
            }

            if (waiting > 0)
            {
                // Stored but not yet with the webhooks: the next run produces nothing again, it only retries those.
                LogWaiting(logger, day, waiting);
                return;
            }

            state.State.LastDone = day;
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
    /// <summary>The newest day whose digests are produced for every registered brand.</summary>
    [Id(0)] public DateOnly? LastDone { get; set; }
}
