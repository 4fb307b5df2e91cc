using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Reputation.Abstractions.Hosting;
using Reputation.Webhooks.Delivery;
using Reputation.Webhooks.Subscriptions;

namespace Reputation.Webhooks.Grains;

/// <summary>
/// Sends the outbox of one subscription. Reentrant so that Enqueue and the listing answer while an attempt
/// waits up to the attempt timeout; every state change happens between awaits (single-threaded activation)
/// and writes go through one lock, so each write stores a consistent snapshot.
/// </summary>
[Reentrant]
public sealed partial class WebhookSubscriptionGrain(
    [PersistentState("outbox", StorageNames.Webhooks)] IPersistentState<WebhookOutboxState> state,
    IWebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookSubscriptionGrain> logger) : Grain, IWebhookSubscriptionGrain
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private IGrainTimer? _timer;
    private bool _pumping;

    private WebhookOutboxState Outbox => state.State;
    private bool IsRetired => Outbox.Retired;
    private WebhookOptions Settings => options.Value;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        SchedulePump();
        return Task.CompletedTask;
    }

    public async Task Configure(WebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (IsRetired) return;
        if (Adopt(subscription)) await PersistAsync();
        SchedulePump();
    }

    public async Task Retire()
    {
        state.State = new WebhookOutboxState { Retired = true };
        _timer?.Dispose();
        await PersistAsync();
        DeactivateOnIdle();
    }

    public async Task Enqueue(WebhookSubscription subscription, WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(delivery);
        if (IsRetired) return;
        Adopt(subscription);
        if (Find(delivery.Id) is not null) return;

        var now = clock.GetUtcNow();
        Outbox.Pending.Add(new OutboxEntry
        {
            Delivery = delivery,
            State = WebhookDeliveryState.Pending,
            QueuedAt = now,
            NextAttemptAt = now,
        });
        while (Outbox.Pending.Count > Settings.MaxPendingPerSubscription)
        {
            var oldest = Outbox.Pending.MinBy(e => e.QueuedAt)!;
            GiveUp(oldest, now, $"dropped: the outbox of this subscription is full ({Settings.MaxPendingPerSubscription} pending)");
        }
        await PersistAsync();
        SchedulePump();
    }

    public Task<WebhookDeliveryLog> GetDeliveries(int limit)
    {
        limit = Math.Clamp(limit, 1, Settings.DeliveryLogSize);
        var deliveries = Outbox.Pending.OrderByDescending(e => e.QueuedAt)
            .Concat(Outbox.Finished)
            .Take(limit)
            .Select(e => e.ToStatus())
            .ToArray();
        return Task.FromResult(new WebhookDeliveryLog(deliveries, Outbox.Attempts.Take(limit).ToArray()));
    }

    public async Task<WebhookDeliveryStatus?> Redeliver(string deliveryId)
    {
        var entry = Find(deliveryId);
        if (entry is null) return null;

        var now = clock.GetUtcNow();
        var again = entry with { State = WebhookDeliveryState.Pending, Redelivery = true, Attempts = 0, QueuedAt = now, NextAttemptAt = now, FinishedAt = null };
        Outbox.Finished.RemoveAll(e => e.Delivery.Id == deliveryId);
        Outbox.Pending.RemoveAll(e => e.Delivery.Id == deliveryId);
        Outbox.Pending.Add(again);
        await PersistAsync();
        SchedulePump();
        return again.ToStatus();
    }

    public Task Resume()
    {
        SchedulePump();
        return Task.CompletedTask;
    }

    /// <summary>One one-shot timer for the earliest due delivery; re-armed after every change and every pump.</summary>
    private void SchedulePump()
    {
        // A running pump re-arms the timer when it ends; disposing its timer now would cancel its token.
        if (_pumping) return;
        _timer?.Dispose();
        _timer = null;
        var subscription = Outbox.Subscription;
        if (IsRetired || subscription is not { Enabled: true } || Outbox.Pending.Count == 0) return;

        var due = Outbox.Pending.Min(e => e.NextAttemptAt) - clock.GetUtcNow();
        _timer = this.RegisterGrainTimer(PumpAsync, new GrainTimerCreationOptions
        {
            DueTime = due < TimeSpan.Zero ? TimeSpan.Zero : due,
            Period = Timeout.InfiniteTimeSpan,
            Interleave = true,
            // Pending deliveries must not wait for an idle collection and the next resume poke.
            KeepAlive = true,
        });
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        if (_pumping) return;
        _pumping = true;
        try
        {
            while (!IsRetired && !cancellationToken.IsCancellationRequested && Outbox.Subscription is { Enabled: true } subscription)
            {
                var now = clock.GetUtcNow();
                var due = Outbox.Pending.Where(e => e.NextAttemptAt <= now)
                    .OrderBy(e => e.NextAttemptAt)
                    .Take(Settings.MaxParallelSends)
                    .ToArray();
                if (due.Length == 0) break;

                await Task.WhenAll(due.Select(e => AttemptAsync(subscription, e, cancellationToken)));
                if (!IsRetired) await PersistAsync();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Deactivation or retirement: the outbox is persisted and resumes on the next activation.
        }
        catch (Exception ex)
        {
            // Storage trouble: the changes stay in memory and are written with the next successful write.
            LogPumpFailed(logger, ex, this.GetPrimaryKeyString());
        }
        finally
        {
            _pumping = false;
            if (!cancellationToken.IsCancellationRequested) SchedulePump();
        }
    }

    private async Task AttemptAsync(WebhookSubscription subscription, OutboxEntry entry, CancellationToken cancellationToken)
    {
        var result = await sender.SendAsync(subscription, entry.Delivery, cancellationToken);
        var now = clock.GetUtcNow();
        var current = Outbox.Pending.Find(e => e.Delivery.Id == entry.Delivery.Id);
        if (current is null || IsRetired) return;

        var attempt = current.Attempts + 1;
        var outcome = result.Outcome switch
        {
            WebhookSendOutcome.Delivered => WebhookMetrics.Delivered,
            WebhookSendOutcome.Refused => WebhookMetrics.Refused,
            _ => WebhookMetrics.FailedAttempt,
        };
        Log(new WebhookDeliveryAttempt
        {
            DeliveryId = current.Delivery.Id,
            Attempt = attempt,
            At = now,
            Outcome = outcome,
            StatusCode = result.StatusCode,
            Error = result.Error,
            DurationMs = Math.Round(result.Duration.TotalMilliseconds, 1),
        });
        WebhookMetrics.Count(outcome);

        var lastResult = result.Error ?? $"HTTP {result.StatusCode}";
        switch (result.Outcome)
        {
            case WebhookSendOutcome.Delivered:
                if (!current.Redelivery) WebhookMetrics.ObserveWebhookLatency(now - current.Delivery.AlertUpdatedAt);
                Finish(current with { Attempts = attempt, State = WebhookDeliveryState.Delivered, FinishedAt = now, LastResult = lastResult });
                break;
            case WebhookSendOutcome.Refused:
                Finish(current with { Attempts = attempt, State = WebhookDeliveryState.Failed, FinishedAt = now, LastResult = lastResult });
                break;
            default:
                var retried = current with { Attempts = attempt, LastResult = lastResult };
                if (now - current.QueuedAt >= Settings.GiveUpAfter)
                {
                    GiveUp(retried, now, $"gave up after {attempt} attempts over {(now - current.QueuedAt).TotalHours:0.#} h; last: {lastResult}");
                    break;
                }
                var delay = RetrySchedule.Delay(attempt, Settings.RetryBaseDelay, Settings.RetryMaxDelay, Random.Shared.NextDouble());
                Replace(retried with { NextAttemptAt = now + delay });
                break;
        }
    }

    private void GiveUp(OutboxEntry entry, DateTimeOffset now, string reason)
    {
        Log(new WebhookDeliveryAttempt { DeliveryId = entry.Delivery.Id, Attempt = entry.Attempts, At = now, Outcome = WebhookMetrics.GaveUp, Error = reason });
        WebhookMetrics.Count(WebhookMetrics.GaveUp);
        Finish(entry with { State = WebhookDeliveryState.Failed, FinishedAt = now, LastResult = reason });
    }

    private void Finish(OutboxEntry entry)
    {
        Outbox.Pending.RemoveAll(e => e.Delivery.Id == entry.Delivery.Id);
        Outbox.Finished.Insert(0, entry);
        if (Outbox.Finished.Count > Settings.DeliveryLogSize)
            Outbox.Finished.RemoveRange(Settings.DeliveryLogSize, Outbox.Finished.Count - Settings.DeliveryLogSize);
    }

    private void Replace(OutboxEntry entry)
    {
        var index = Outbox.Pending.FindIndex(e => e.Delivery.Id == entry.Delivery.Id);
        if (index >= 0) Outbox.Pending[index] = entry;
    }

    private void Log(WebhookDeliveryAttempt attempt)
    {
        Outbox.Attempts.Insert(0, attempt);
        if (Outbox.Attempts.Count > Settings.DeliveryLogSize)
            Outbox.Attempts.RemoveRange(Settings.DeliveryLogSize, Outbox.Attempts.Count - Settings.DeliveryLogSize);
    }

    private OutboxEntry? Find(string deliveryId) =>
        Outbox.Pending.Find(e => e.Delivery.Id == deliveryId) ?? Outbox.Finished.Find(e => e.Delivery.Id == deliveryId);

    private bool Adopt(WebhookSubscription subscription)
    {
        if (Outbox.Subscription is { } known && known.Revision > subscription.Revision) return false;
        if (Equals(Outbox.Subscription, subscription)) return false;
        Outbox.Subscription = subscription;
        return true;
    }

    /// <summary>Writes the whole current state; a change made before the call is stored when it returns.</summary>
    private async Task PersistAsync()
    {
        await _writeLock.WaitAsync();
        try
        {
            await state.WriteStateAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook outbox {SubscriptionId} could not finish a delivery round")]
    private static partial void LogPumpFailed(ILogger logger, Exception exception, string subscriptionId);
}
