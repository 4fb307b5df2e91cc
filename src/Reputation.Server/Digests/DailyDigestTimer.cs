using Microsoft.Extensions.Options;
using Reputation.Abstractions.Digests;

namespace Reputation.Server.Digests;

/// <summary>
/// Runs in every silo and asks the scheduler grain to produce whatever digests are due. No reminder service is needed:
/// the scheduler remembers which days are done, so a restart, a late start or several silos asking at once still
/// produce each day once, as soon as any silo is up past the hour.
/// </summary>
public sealed partial class DailyDigestTimer(
    IGrainFactory grains,
    IOptions<DigestOptions> options,
    TimeProvider clock,
    ILogger<DailyDigestTimer> logger) : BackgroundService
{
    /// <summary>A silo that starts past the hour catches up soon, once it has joined the cluster, not a whole interval later.</summary>
    private static readonly TimeSpan FirstCheck = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        await Task.Delay(settings.CheckInterval < FirstCheck ? settings.CheckInterval : FirstCheck, clock, stoppingToken);
        await RunDue(settings.HourUtc, stoppingToken);
        using var timer = new PeriodicTimer(settings.CheckInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunDue(settings.HourUtc, stoppingToken);
        }
    }

    private async Task RunDue(int hourUtc, CancellationToken stoppingToken)
    {
        try
        {
            await grains.GetGrain<IDigestSchedulerGrain>(0).RunDue(clock.GetUtcNow(), hourUtc).WaitAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The silo may be starting or stopping, or a brand's storage failed: the next tick asks again.
            LogRunFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Daily digests could not be produced this round; the next check tries again")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
