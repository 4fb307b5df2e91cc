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
            foreach (var chunk in brands.Chunk(Parallel))
            {
                await Task.WhenAll(chunk.Select(b => GrainFactory.GetGrain<IDigestGrain>(b.Id).Produce(day)));
            }

            state.State.LastDone = day;
            await state.WriteStateAsync();
            LogProduced(logger, day, brands.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily digests of {Day:yyyy-MM-dd} produced for {Count} registered brands")]
    private static partial void LogProduced(ILogger logger, DateOnly day, int count);
}

[GenerateSerializer]
public sealed class DigestSchedulerState
{
    /// <summary>The newest day whose digests are produced for every registered brand.</summary>
    [Id(0)] public DateOnly? LastDone { get; set; }
}
