using Microsoft.Extensions.Logging;
using Reputation.Abstractions.Digests;
using Reputation.Abstractions.Hosting;

namespace Reputation.Grains.Digests;

/// <summary>
/// The daily digests of one brand. A day is produced once: the stored digest is the answer to every later request,
/// and it is handed to the webhooks until they confirm it (their delivery ids are derived from brand and day, so a
/// repeated hand-over is still one delivery).
/// </summary>
public sealed partial class DigestGrain(
    [PersistentState("digests", StorageNames.Brands)] IPersistentState<DigestState> state,
    TimeProvider clock,
    ILogger<DigestGrain> logger) : Grain, IDigestGrain
{
    private static readonly TimeSpan RetryAnnounce = TimeSpan.FromMinutes(1);
    private IGrainTimer? retry;

    private string BrandId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ScheduleRetry();
        return Task.CompletedTask;
    }

    public async Task<DailyDigest> Produce(DateOnly day)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (day >= today)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"The day {day:yyyy-MM-dd} is not over yet (UTC).");
        }

        var stored = Find(day);
        if (stored is null)
        {
            if (today.DayNumber - day.DayNumber > DigestLimits.MaxAgeDays)
            {
                throw new ArgumentOutOfRangeException(nameof(day), day, $"The day {day:yyyy-MM-dd} is more than {DigestLimits.MaxAgeDays} days ago: its minute counts are gone.");
            }

            // The grain is not reentrant: no other call can store this day while the brands are read.
            stored = new StoredDigest { Digest = await DigestBuilder.Build(GrainFactory, BrandId, day, now) };
            state.State.Digests.Add(stored);
            state.State.Digests.Sort((a, b) => b.Digest.Day.CompareTo(a.Digest.Day));
            if (state.State.Digests.Count > DigestLimits.MaxKept)
            {
                state.State.Digests.RemoveRange(DigestLimits.MaxKept, state.State.Digests.Count - DigestLimits.MaxKept);
            }

            await state.WriteStateAsync();
        }

        await Announce();
        return stored.Digest;
    }

    public Task<DailyDigest?> Get(DateOnly day) => Task.FromResult(Find(day)?.Digest);

    public Task<bool> IsHandedOver(DateOnly day) => Task.FromResult(Find(day)?.Announced ?? false);

    public Task<IReadOnlyList<DailyDigest>> List(int limit) =>
        Task.FromResult<IReadOnlyList<DailyDigest>>([.. state.State.Digests.Take(Math.Clamp(limit, 1, DigestLimits.MaxKept)).Select(s => s.Digest)]);

    private StoredDigest? Find(DateOnly day) => state.State.Digests.Find(s => s.Digest.Day == day);

    /// <summary>Hands unannounced digests to the webhooks; on failure a timer tries again while the grain lives.</summary>
    private async Task Announce()
    {
        var pending = state.State.Digests.Where(s => !s.Announced).OrderBy(s => s.Digest.Day).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        try
        {
            foreach (var stored in pending)
            {
                await GrainFactory.GetGrain<IDigestDispatcherGrain>(0).Enqueue(stored.Digest);
                stored.Announced = true;
            }

            await state.WriteStateAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAnnounceDelayed(logger, ex, BrandId);
        }

        ScheduleRetry();
    }

    private void ScheduleRetry()
    {
        var due = state.State.Digests.Any(s => !s.Announced);
        if (!due)
        {
            retry?.Dispose();
            retry = null;
        }
        else
        {
            retry ??= this.RegisterGrainTimer(_ => Announce(), new GrainTimerCreationOptions(RetryAnnounce, RetryAnnounce) { KeepAlive = true });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Daily digests of {Brand} could not be handed to the webhooks yet; retrying")]
    private static partial void LogAnnounceDelayed(ILogger logger, Exception exception, string brand);
}
