using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Reputation.Ingestion;

/// <summary>
/// One queue per brand with at most one delivery in flight. While a brand's delivery is under way, what
/// arrives for it waits and leaves as the next batch: batches stay small (and alerts fast) when the load is
/// light, and grow with the load, so the number of grain calls follows what the grains can take instead of
/// the number of Kafka messages. A slow or failing brand holds up only its own queue.
/// </summary>
internal sealed class BrandLanes(IBrandBatchSink sink, KafkaOptions options, TimeProvider time, ILogger logger, CancellationToken stopping)
{
    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _calls = new(options.MaxParallelBrands, options.MaxParallelBrands);

    public void Enqueue(string brand, IReadOnlyList<LaneItem> items)
    {
        Lane? start = null;
        lock (_gate)
        {
            if (!_lanes.TryGetValue(brand, out var lane))
            {
                _lanes[brand] = lane = new Lane();
            }

            lane.Queue.AddRange(items);
            if (!lane.Running)
            {
                lane.Running = true;
                start = lane;
            }
        }

        if (start is not null)
        {
            _ = Task.Run(() => RunAsync(brand, start), CancellationToken.None);
        }
    }

    private async Task RunAsync(string brand, Lane lane)
    {
        try
        {
            while (Next(brand, lane) is { } batch)
            {
                await DeliverAsync(brand, batch).ConfigureAwait(false);
                Finish(batch);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: what was not acknowledged stays uncommitted and is read again by the next owner.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The delivery lane of brand {Brand} stopped; its unfinished mentions are read again after a restart", brand);
        }
    }

    /// <summary>The next batch of a brand, or null (and the lane is gone) when nothing is left.</summary>
    private List<LaneItem>? Next(string brand, Lane lane)
    {
        lock (_gate)
        {
            lane.Queue.RemoveAll(item => item.Progress.Abandoned);
            if (lane.Queue.Count == 0)
            {
                lane.Running = false;
                _lanes.Remove(brand);
                return null;
            }

            var count = Math.Min(lane.Queue.Count, options.MaxBrandBatch);
            var batch = lane.Queue.GetRange(0, count);
            lane.Queue.RemoveRange(0, count);
            return batch;
        }
    }

    private async Task DeliverAsync(string brand, List<LaneItem> batch)
    {
        var mentions = batch.ConvertAll(item => item.Scored);
        var delay = TimeSpan.FromMilliseconds(options.SinkRetryInitialMs);
        for (var attempt = 1; ; attempt++)
        {
            // The slot is held for the call only, so brands waiting out a retry delay do not block the others.
            await _calls.WaitAsync(stopping).ConfigureAwait(false);
            try
            {
                await sink.DeliverAsync(brand, mentions, stopping).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                IngestionMetrics.SinkFailures.Inc();
                logger.LogWarning(ex, "Delivering {Count} mentions of brand {Brand} failed (attempt {Attempt}); retrying in {Delay}", mentions.Count, brand, attempt, delay);
            }
            finally
            {
                _calls.Release();
            }

            await Task.Delay(Backoff.Jitter(delay), time, stopping).ConfigureAwait(false);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, options.SinkRetryMaxMs));
        }
    }

    private void Finish(List<LaneItem> batch)
    {
        var now = time.GetUtcNow();
        foreach (var item in batch)
        {
            item.Progress.Finish(item.Offset);
            IngestionMetrics.Accepted.WithLabels(item.Scored.Mention.Source).Inc();
            if (item.Timestamp.Type != TimestampType.NotAvailable)
            {
                IngestionMetrics.ProcessingLatency.Observe(Math.Max(0, (now - item.Timestamp.UtcDateTime).TotalSeconds));
            }
        }
    }

    private sealed class Lane
    {
        public List<LaneItem> Queue { get; } = [];

        public bool Running { get; set; }
    }
}
