using System.Collections.Concurrent;
using System.Globalization;
using Confluent.Kafka;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reputation.Abstractions.Mentions;

namespace Reputation.Ingestion;

/// <summary>
/// This process's member of the consumer group on the mentions topic. It reads continuously, hands chunks to
/// the <see cref="MentionDispatcher"/> (which queues them on per-brand <see cref="BrandLanes"/>), and commits
/// a partition's offset only up to its oldest unfinished message: delivery is at-least-once and the brand
/// grains deduplicate. Reading pauses while too many messages are unfinished. Librdkafka's client is
/// synchronous, so the loop runs on a thread of its own; rebalance callbacks run on that thread from inside Consume.
/// </summary>
public sealed class MentionConsumer : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LagInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ConsumeErrorPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan CommitInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan BackpressureWait = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan FatalRestartDelay = TimeSpan.FromSeconds(1);

    private readonly IKafkaEndpoint _endpoint;
    private readonly KafkaOptions _options;
    private readonly MentionParser _parser;
    private readonly IMentionScorer _scorer;
    private readonly IBrandBatchSink _sink;
    private readonly TimeProvider _time;
    private readonly ILogger<MentionConsumer> _logger;
    private readonly List<ConsumeResult<byte[]?, byte[]?>> _pending = [];
    private readonly OffsetTracker _tracker = new();
    private readonly ConcurrentQueue<PartitionProgress> _lost = new();
    private readonly Dictionary<TopicPartition, long> _committed = [];
    private MentionDispatcher? _dispatcher;
    private BrandLanes? _lanes;
    private CancellationToken _stopping;
    private DateTimeOffset _lastLag;
    private DateTimeOffset _lastCommit;

    public MentionConsumer(
        IKafkaEndpoint endpoint,
        IOptions<KafkaOptions> options,
        MentionParser parser,
        IMentionScorer scorer,
        IBrandBatchSink sink,
        TimeProvider time,
        ILogger<MentionConsumer> logger)
    {
        _endpoint = endpoint;
        _options = options.Value;
        _parser = parser;
        _scorer = scorer;
        _sink = sink;
        _time = time;
        _logger = logger;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.ConsumerEnabled)
        {
            _logger.LogInformation("Kafka:ConsumerEnabled is false: this process does not consume {Topic}", _options.Topic);
            return Task.CompletedTask;
        }

        return Task.Factory.StartNew(() => Run(stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private void Run(CancellationToken stopping)
    {
        _stopping = stopping;
        var servers = _endpoint.BootstrapServers;
        using var deadLetters = new RecoveringProducer(servers, _options, "reputation-deadletter", _logger);
        using var scoring = new ScoringThreads(_options.ScoringParallelism - 1);
        _lanes = new BrandLanes(_sink, _options, _time, _logger, _lost.Enqueue, stopping);
        _dispatcher = new MentionDispatcher(_parser, _scorer, _lanes, deadLetters, scoring, _options, _time, _logger, stopping);
        while (!stopping.IsCancellationRequested)
        {
            var consumer = Build(servers);
            try
            {
                consumer.Subscribe(_options.Topic);
                _logger.LogInformation("Consuming {Topic} as group {GroupId} ({Protocol} protocol)", _options.Topic, _options.GroupId, _options.GroupProtocol);
                Loop(consumer, stopping);
            }
            catch (KafkaException ex) when (ex.Error.IsFatal)
            {
                _logger.LogError(ex, "The Kafka consumer failed fatally; starting a new one");
                stopping.WaitHandle.WaitOne(FatalRestartDelay);
            }
            finally
            {
                Close(consumer);
            }
        }
    }

    private void Loop(IConsumer<byte[]?, byte[]?> consumer, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            if (_tracker.Unfinished >= _options.MaxUnfinishedMentions)
            {
                // Backpressure: the grains are behind. Wait for progress instead of reading more into memory.
                _tracker.WaitForProgress(BackpressureWait, stopping);
            }
            else if (_lanes!.Queued >= _options.MaxQueuedMentions)
            {
                // The lanes hold enough to keep the brands busy: reading further ahead would only hold more in memory.
                _lanes.WaitForRoom(BackpressureWait, stopping);
            }
            else
            {
                Collect(consumer, stopping);
                if (_pending.Count > 0)
                {
                    _dispatcher!.Dispatch(_pending, _tracker);
                    _pending.Clear();
                }
            }

            RewindLost(consumer);

            if (_time.GetUtcNow() - _lastCommit >= CommitInterval)
            {
                Commit(consumer, consumer.Assignment);
            }

            if (_time.GetUtcNow() - _lastLag >= LagInterval)
            {
                _lastLag = _time.GetUtcNow();
                UpdateLag(consumer);
            }
        }
    }

    /// <summary>Fills <see cref="_pending"/> up to the batch size, waiting at most the linger time after the first message.</summary>
    private void Collect(IConsumer<byte[]?, byte[]?> consumer, CancellationToken stopping)
    {
        DateTimeOffset? deadline = null;
        while (_pending.Count < _options.MaxBatchSize && !stopping.IsCancellationRequested)
        {
            var timeout = deadline is { } d ? Max(TimeSpan.Zero, d - _time.GetUtcNow()) : IdlePoll;
            ConsumeResult<byte[]?, byte[]?>? result;
            try
            {
                result = consumer.Consume(timeout);
            }
            catch (ConsumeException ex) when (!ex.Error.IsFatal)
            {
                _logger.LogWarning("Consume error {Code}: {Reason}", ex.Error.Code, ex.Error.Reason);
                // A persistent error comes back on every call: pause rather than spin.
                stopping.WaitHandle.WaitOne(ConsumeErrorPause);
                continue;
            }

            if (result is null)
            {
                if (_pending.Count == 0 || timeout == TimeSpan.Zero)
                {
                    return;
                }

                continue;
            }

            if (!result.IsPartitionEOF)
            {
                _pending.Add(result);
                deadline ??= _time.GetUtcNow() + TimeSpan.FromMilliseconds(_options.BatchLingerMs);
            }
        }
    }

    /// <summary>
    /// A brand's activation vanished with mentions it had applied but not stored (its silo crashed): read their
    /// partitions again from the last commit. Brands skip what they did store, by mention id.
    /// </summary>
    private void RewindLost(IConsumer<byte[]?, byte[]?> consumer)
    {
        while (_lost.TryDequeue(out var progress))
        {
            if (progress.Abandoned)
            {
                continue;
            }

            var partition = progress.Partition;
            var from = _committed.TryGetValue(partition, out var committed) ? committed : progress.FirstRead;
            _tracker.Abandon([partition]);
            try
            {
                consumer.Seek(new TopicPartitionOffset(partition, new Offset(from)));
                _logger.LogWarning("A brand lost mentions it had not stored yet (its silo stopped); reading partition {Partition} again from {Offset}", partition.Partition.Value, from);
            }
            catch (KafkaException ex)
            {
                _logger.LogError(ex, "Could not rewind partition {Partition} to {Offset}; restarting the consumer so it resumes from the last commit", partition.Partition.Value, from);
                throw new KafkaException(new Error(ErrorCode.Local_State, "rewind failed", isFatal: true));
            }
        }
    }

    /// <summary>
    /// Commits how far each partition is finished, when that moved. A failed commit is simply tried again on the
    /// next round, as long as the partition is still assigned.
    /// </summary>
    private void Commit(IConsumer<byte[]?, byte[]?> consumer, IEnumerable<TopicPartition> partitions)
    {
        _lastCommit = _time.GetUtcNow();
        var offsets = new List<TopicPartitionOffset>();
        foreach (var partition in partitions)
        {
            if (_tracker.For(partition).Committable is { } offset && (!_committed.TryGetValue(partition, out var done) || done < offset.Value))
            {
                offsets.Add(new TopicPartitionOffset(partition, offset));
            }
        }

        if (offsets.Count == 0)
        {
            return;
        }

        try
        {
            consumer.Commit(offsets);
            foreach (var offset in offsets)
            {
                _committed[offset.TopicPartition] = offset.Offset.Value;
            }
        }
        catch (KafkaException ex)
        {
            _logger.LogWarning("Committing {Count} offsets failed ({Code}: {Reason}); retrying while the partitions stay assigned", offsets.Count, ex.Error.Code, ex.Error.Reason);
            return;
        }

        try
        {
            _endpoint.Committed(offsets);
        }
        catch (InvalidOperationException ex)
        {
            // Only the embedded cluster does anything here; what it keeps is still correct, just longer.
            _logger.LogWarning(ex, "The embedded Kafka could not drop the records committed before {Offsets}", string.Join(", ", offsets));
        }
    }

    private void OnRevoked(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartitionOffset> partitions)
    {
        var revoked = partitions.Select(p => p.TopicPartition).ToHashSet();
        RemoveLag(revoked);
        var read = _pending.Where(m => revoked.Contains(m.TopicPartition)).ToList();
        _pending.RemoveAll(m => revoked.Contains(m.TopicPartition));
        if (!_stopping.IsCancellationRequested)
        {
            // Finish what was read from these partitions while they are still ours, within a bound: past it the
            // rest is abandoned uncommitted and the next owner reads it again.
            _dispatcher!.Dispatch(read, _tracker);
            var drain = TimeSpan.FromMilliseconds(_options.RevokeDrainTimeoutMs);
            _lanes!.Hurry(drain);
            var deadline = _time.GetUtcNow() + drain;
            var unfinished = revoked.Sum(p => _tracker.For(p).Unfinished);
            if (unfinished > 0)
            {
                _logger.LogInformation("Partitions revoked: finishing {Count} in-flight messages first", unfinished);
            }

            while (revoked.Any(p => _tracker.For(p).Unfinished > 0) && _time.GetUtcNow() < deadline && !_stopping.IsCancellationRequested)
            {
                _tracker.WaitForProgress(BackpressureWait, _stopping);
            }

            _lanes.Hurry(TimeSpan.Zero);
        }

        // Last chance to commit them; a stale offset kept for later could move a future owner's commit back.
        Commit(consumer, revoked);
        Forget(revoked);
    }

    private void OnLost(List<TopicPartitionOffset> partitions)
    {
        // Already someone else's: neither deliver nor commit; the new owner starts from the last commit.
        var lost = partitions.Select(p => p.TopicPartition).ToHashSet();
        _pending.RemoveAll(m => lost.Contains(m.TopicPartition));
        Forget(lost);
        RemoveLag(lost);
        _logger.LogWarning("Lost {Count} partitions without a clean revocation", lost.Count);
    }

    private void Forget(IReadOnlyCollection<TopicPartition> partitions)
    {
        _tracker.Abandon(partitions);
        foreach (var partition in partitions)
        {
            _committed.Remove(partition);
        }
    }

    private void UpdateLag(IConsumer<byte[]?, byte[]?> consumer)
    {
        try
        {
            foreach (var partition in consumer.Assignment)
            {
                var watermarks = consumer.GetWatermarkOffsets(partition);
                if (watermarks.High == Offset.Unset)
                {
                    continue;
                }

                var position = consumer.Position(partition);
                var from = position == Offset.Unset ? watermarks.Low.Value : position.Value;
                IngestionMetrics.ConsumerLag.WithLabels(Label(partition)).Set(Math.Max(0, watermarks.High.Value - from));
            }
        }
        catch (KafkaException ex)
        {
            _logger.LogDebug(ex, "Consumer lag not available");
        }
    }

    private static void RemoveLag(IEnumerable<TopicPartition> partitions)
    {
        foreach (var partition in partitions)
        {
            IngestionMetrics.ConsumerLag.RemoveLabelled(Label(partition));
        }
    }

    private static string Label(TopicPartition partition) => partition.Partition.Value.ToString(CultureInfo.InvariantCulture);

    private IConsumer<byte[]?, byte[]?> Build(string servers)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = servers,
            GroupId = _options.GroupId,
            ClientId = $"reputation-{Environment.MachineName}",
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            MaxPollIntervalMs = _options.MaxPollIntervalMs,
            FetchWaitMaxMs = 100,
        };
        if (_options.GroupProtocol == "consumer")
        {
            // KIP-848: the broker assigns partitions and owns the session settings.
            config.GroupProtocol = GroupProtocol.Consumer;
        }
        else
        {
            config.PartitionAssignmentStrategy = PartitionAssignmentStrategy.CooperativeSticky;
            config.SessionTimeoutMs = _options.SessionTimeoutMs;
            config.HeartbeatIntervalMs = Math.Max(100, _options.SessionTimeoutMs / 3);
        }

        return new ConsumerBuilder<byte[]?, byte[]?>(config)
            .SetPartitionsAssignedHandler((_, partitions) =>
                _logger.LogInformation("Assigned {Count} partitions of {Topic}", partitions.Count, _options.Topic))
            .SetPartitionsRevokedHandler(OnRevoked)
            .SetPartitionsLostHandler((_, partitions) => OnLost(partitions))
            .SetErrorHandler((_, e) => _logger.Log(e.IsFatal ? LogLevel.Error : LogLevel.Warning, "Kafka consumer error {Code}: {Reason}", e.Code, e.Reason))
            .SetLogHandler((_, m) => _logger.Log(RecoveringProducer.LogLevelOf(m.Level), "librdkafka consumer {Facility}: {Message}", m.Facility, m.Message))
            .Build();
    }

    /// <summary>
    /// Commits what is finished and leaves the group. Whatever is still unfinished is abandoned: the next owner
    /// reads it again from the committed offset.
    /// </summary>
    private void Close(IConsumer<byte[]?, byte[]?> consumer)
    {
        _pending.Clear();
        try
        {
            Commit(consumer, consumer.Assignment);
        }
        catch (KafkaException ex)
        {
            _logger.LogWarning(ex, "The final commit failed; the next owner reads the uncommitted part again");
        }

        _tracker.AbandonAll();
        _committed.Clear();
        try
        {
            consumer.Close();
        }
        catch (KafkaException ex)
        {
            _logger.LogWarning(ex, "Leaving the consumer group failed; the group will notice after the session timeout");
        }
        finally
        {
            consumer.Dispose();
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
