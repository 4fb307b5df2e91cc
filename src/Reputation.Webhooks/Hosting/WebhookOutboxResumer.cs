using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reputation.Webhooks.Grains;

namespace Reputation.Webhooks.Hosting;

/// <summary>
/// Periodically wakes every subscription grain, so pending retries resume after a silo restart without an
/// Orleans reminder service. Pokes from several silos are harmless: activation is idempotent.
/// </summary>
public sealed partial class WebhookOutboxResumer(
    IGrainFactory grains,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookOutboxResumer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ResumeInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await grains.GetGrain<IWebhookRegistryGrain>(0).ResumeAll().WaitAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The silo may still be starting or already stopping; the next tick tries again.
                LogResumeFailed(logger, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Webhook outbox resume skipped: {Reason}")]
    private static partial void LogResumeFailed(ILogger logger, string reason);
}
