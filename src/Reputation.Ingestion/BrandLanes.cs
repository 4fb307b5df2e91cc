using System.Collections.Concurrent;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Reputation.Abstractions.Grains;

namespace Reputation.Ingestion;

/// <summary>
/// One queue per brand with at most one call in flight. While a brand's delivery is under way, what arrives
/// for it waits and leaves as the next batch: batches stay small (and alerts fast) when the load is light, and
/// grow with the load, so the number of grain calls follows what the grains can take instead of the number of
/// Kafka messages. A slow or failing brand holds up only its own queue.
/// <para>
/// Brands store their state behind (<see cref="IBrandGrain.Apply"/>): an applied batch stays unfinished, so
/// uncommitted, until a receipt says it is stored. A lane asks for the write with its next batch, or on its
/// own once the oldest unstored batch is <see cref="KafkaOptions.PersistAfterMs"/> old. A batch whose
/// activation vanished unstored (a crashed silo) is reported through <paramref name="lost"/>: its partition
/// is read again from the last commit.
/// </para>
/// </summary>
internal sealed class BrandLanes(
    IBrandBatchSink sink, KafkaOptions options, TimeProvider time, ILogger logger, Action<PartitionProgress> lost, CancellationToken stopping)
{
    /// <summary>
    /// Each lane has its own lock: one lock for all lanes was taken by the reader and by every running lane, and
    /// its contention cost several percent of busy CPU at 10,000 brands.
    /// </summary>
    private readonly ConcurrentDictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    /// <summary>Lanes with nothing to send, waiting until their oldest unstored batch is due for a write.</summary>
    private readonly List<Sleep> _sleeping = [];
    private readonly Lock _sleepGate = new();
    private bool _sweeping;
    private readonly SemaphoreSlim _calls = new(options.MaxParallelBrands, options.MaxParallelBrands);
    private readonly TimeSpan _persistAfter = TimeSpan.FromMilliseconds(options.PersistAfterMs);
    /// <summary>UTC ticks; written under <see cref="_sleepGate"/>, read anywhere.</summary>
    private long _hurryUntilTicks;
    /// <summary>Scored mentions waiting in the queues (not yet taken into a call).</summary>
    private int _queued;
    /// <summary>Set while <see cref="_queued"/> is below half of <see cref="KafkaOptions.MaxQueuedMentions"/>.</summary>
    private readonly ManualResetEventSlim _room = new(true);

    public int Queued => Volatile.Read(ref _queued);

    /// <summary>Waits until the queues have drained to half their bound (or the timeout passes).</summary>
    public bool WaitForRoom(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return _room.Wait(timeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// Partitions are being handed over: for a while, every lane asks its brand to store at once, so what was read
    /// from them can be committed before they move instead of waiting for <see cref="KafkaOptions.PersistAfterMs"/>.
    /// </summary>
    public void Hurry(TimeSpan within)
    {
        lock (_sleepGate)
        {
            Volatile.Write(ref _hurryUntilTicks, (time.GetUtcNow() + within).UtcTicks);
            foreach (var sleep in _sleeping)
            {
                sleep.Wake.TrySetResult();
            }

            _sleeping.Clear();
        }
    }

    public void Enqueue(string brand, IReadOnlyList<LaneItem> items)
    {
        while (true)
        {
            var lane = _lanes.GetOrAdd(brand, static _ => new Lane());
            bool start;
            lock (lane.Gate)
            {
                if (lane.Retired)
                {
                    // Its loop ended and removed it from the map after we looked it up: take the new one.
                    continue;
                }

                lane.Queue.AddRange(items);
                if (Interlocked.Add(ref _queued, items.Count) >= options.MaxQueuedMentions)
                {
                    _room.Reset();
                }

                lane.Sleep?.Wake.TrySetResult();
                start = !lane.Running;
                lane.Running = true;
            }

            if (start)
            {
                _ = Task.Run(() => RunAsync(brand, lane), CancellationToken.None);
            }

            return;
        }
    }

    private async Task RunAsync(string brand, Lane lane)
    {
        try
        {
            while (true)
            {
                // The call slot comes first and the batch after it: what arrives while the lane waits for a slot
                // joins this batch instead of the next call, so calls carry more mentions as the load grows.
                await _calls.WaitAsync(stopping).ConfigureAwait(false);
                Step step;
                try
                {
                    step = Next(brand, lane);
                }
                catch
                {
                    _calls.Release();
                    throw;
                }

                if (step.Batch is { } batch)
                {
                    var receipt = await CallAsync(brand, batch.Count, ct => sink.DeliverAsync(brand, batch.ConvertAll(i => i.Scored), step.PersistNow, ct)).ConfigureAwait(false);
                    Count(batch);
                    lane.Applied.Add(new AppliedBatch(receipt.Activation, receipt.Sequence, batch.ConvertAll(i => new AppliedMessage(i.Progress, i.Offset)).ToArray(), time.GetUtcNow()));
                    Settle(lane, receipt);
                }
                else if (step.PersistNow)
                {
                    Settle(lane, await CallAsync(brand, 0, ct => sink.PersistAsync(brand, ct)).ConfigureAwait(false));
                }
                else
                {
                    _calls.Release();
                    if (step.Done)
                    {
                        return;
                    }

                    await step.Wake!.WaitAsync(stopping).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: what is not stored stays uncommitted and is read again by the next owner.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The delivery lane of brand {Brand} stopped; its unfinished mentions are read again after a restart", brand);
        }
    }

    private Step Next(string brand, Lane lane)
    {
        var now = time.GetUtcNow();
        Sleep sleep;
        lock (lane.Gate)
        {
            Taken(lane.Queue.RemoveAll(item => item.Progress.Abandoned));
            lane.Sleep = null;
            var persistDue = lane.Applied.Count > 0 && (now - lane.Applied[0].AppliedAt >= _persistAfter || Hurrying(now));
            if (lane.Queue.Count > 0)
            {
                var count = Math.Min(lane.Queue.Count, options.MaxBrandBatch);
                var batch = lane.Queue.GetRange(0, count);
                lane.Queue.RemoveRange(0, count);
                Taken(count);
                return new Step(batch, persistDue, null, Done: false);
            }

            if (lane.Applied.Count == 0)
            {
                lane.Running = false;
                lane.Retired = true;
                _lanes.TryRemove(new KeyValuePair<string, Lane>(brand, lane));
                return new Step(null, false, null, Done: true);
            }

            if (persistDue)
            {
                return new Step(null, true, null, Done: false);
            }

            // Asleep until new mentions arrive or the sweep finds its oldest batch due: one timer for all lanes.
            lane.Sleep = sleep = new Sleep(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), lane.Applied[0].AppliedAt + _persistAfter);
        }

        lock (_sleepGate)
        {
            _sleeping.Add(sleep);
            if (Hurrying(now))
            {
                // A hand-over began between our check and here; its wake-up missed this lane.
                sleep.Wake.TrySetResult();
            }

            if (!_sweeping)
            {
                _sweeping = true;
                _ = Task.Run(SweepAsync, CancellationToken.None);
            }
        }

        return new Step(null, false, sleep.Wake.Task, Done: false);
    }

    private void Taken(int count)
    {
        if (count > 0 && Interlocked.Add(ref _queued, -count) < options.MaxQueuedMentions / 2)
        {
            _room.Set();
        }
    }

    private bool Hurrying(DateTimeOffset now) => now.UtcTicks < Volatile.Read(ref _hurryUntilTicks);

    /// <summary>Finishes the batches the receipt says are stored; reports those an activation lost.</summary>
    private void Settle(Lane lane, IngestReceipt receipt)
    {
        lane.Applied.RemoveAll(applied =>
        {
            var stored = (applied.Activation == receipt.Activation && applied.Sequence <= receipt.PersistedSequence)
                || (applied.Activation == receipt.PreviousActivation && applied.Sequence <= receipt.PreviousPersistedSequence);
            if (stored)
            {
                Finish(applied.Messages);
                return true;
            }

            if (applied.Activation != receipt.Activation)
            {
                foreach (var progress in applied.Messages.Select(m => m.Progress).Distinct())
                {
                    lost(progress);
                }

                return true;
            }

            return false;
        });
    }

    /// <summary>A brand's messages come from one partition (the topic is keyed by brand): finish them together.</summary>
    private static void Finish(AppliedMessage[] messages)
    {
        var progress = messages[0].Progress;
        if (Array.TrueForAll(messages, m => m.Progress == progress))
        {
            progress.Finish(Array.ConvertAll(messages, m => m.Offset));
            return;
        }

        foreach (var message in messages)
        {
            message.Progress.Finish(message.Offset);
        }
    }

    /// <summary>Makes the call with the slot the lane holds, and returns it released; each retry takes a slot again.</summary>
    private async Task<IngestReceipt> CallAsync(string brand, int count, Func<CancellationToken, Task<IngestReceipt>> call)
    {
        var delay = new RetryDelay(options);
        for (var attempt = 1; ; attempt++)
        {
            if (attempt > 1)
            {
                // The slot is held for the call only, so brands waiting out a retry delay do not block the others.
                await _calls.WaitAsync(stopping).ConfigureAwait(false);
            }

            try
            {
                return await call(stopping).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                IngestionMetrics.SinkFailures.Inc();
                logger.LogWarning(ex, "Delivering {Count} mentions of brand {Brand} failed (attempt {Attempt}); retrying in {Delay}", count, brand, attempt, delay.Current);
            }
            finally
            {
                _calls.Release();
            }

            await delay.WaitAsync(time, stopping).ConfigureAwait(false);
        }
    }

    private void Count(List<LaneItem> batch)
    {
        var now = time.GetUtcNow();
        IngestionMetrics.BrandBatchSize.Observe(batch.Count);
        // One counter update per source and batch: a label lookup per mention showed in the profile.
        foreach (var source in batch.GroupBy(item => item.Scored.Mention.Source, StringComparer.Ordinal))
        {
            IngestionMetrics.Accepted.WithLabels(source.Key).Inc(source.Count());
        }

        foreach (var item in batch)
        {
            if (item.Timestamp.Type != TimestampType.NotAvailable)
            {
                IngestionMetrics.ProcessingLatency.Observe(Math.Max(0, (now - item.Timestamp.UtcDateTime).TotalSeconds));
            }
        }
    }

    /// <summary>Wakes the sleeping lanes whose oldest unstored batch is due, a few times per <see cref="KafkaOptions.PersistAfterMs"/>.</summary>
    private async Task SweepAsync()
    {
        var interval = TimeSpan.FromMilliseconds(Math.Clamp(options.PersistAfterMs / 4, 10, 250));
        try
        {
            while (true)
            {
                await Task.Delay(interval, time, stopping).ConfigureAwait(false);
                var now = time.GetUtcNow();
                lock (_sleepGate)
                {
                    // Lanes woken by new mentions leave here too.
                    _sleeping.RemoveAll(sleep =>
                    {
                        if (sleep.DueAt <= now)
                        {
                            sleep.Wake.TrySetResult();
                        }

                        return sleep.Wake.Task.IsCompleted;
                    });
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The consumer stops; so do the lanes.
        }
    }

    private sealed record Step(List<LaneItem>? Batch, bool PersistNow, Task? Wake, bool Done);

    /// <summary>A lane waiting for new mentions or for <see cref="DueAt"/>, when its oldest unstored batch should be written.</summary>
    private sealed record Sleep(TaskCompletionSource Wake, DateTimeOffset DueAt);

    private sealed class Lane
    {
        public Lock Gate { get; } = new();

        /// <summary>Guarded by <see cref="Gate"/>, like every member but <see cref="Applied"/>.</summary>
        public List<LaneItem> Queue { get; } = [];

        /// <summary>Applied batches not yet stored, oldest first. Touched only by the lane's own loop.</summary>
        public List<AppliedBatch> Applied { get; } = [];

        public Sleep? Sleep { get; set; }

        public bool Running { get; set; }

        /// <summary>Its loop ended and it left the map; a writer that still holds it takes a new lane instead.</summary>
        public bool Retired { get; set; }
    }
}
