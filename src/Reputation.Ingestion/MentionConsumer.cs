using System.Globalization;
using Confluent.Kafka;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reputation.Abstractions.Mentions;

namespace Reputation.Ingestion;

/// <summary>
/// This process's member of the consumer group on the mentions topic. It reads batches, has them processed
/// (<see cref="BatchProcessor"/>), and commits a partition's offset only past messages that are done:
/// delivery is at-least-once and the brand grains deduplicate. Librdkafka's client is synchronous, so the
/// loop runs on a thread of its own; rebalance callbacks run on that thread from inside Consume.
/// </summary>
public sealed class MentionConsumer : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LagInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ConsumeErrorPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan CommitRetryInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FatalRestartDelay = TimeSpan.FromSeconds(1);

    private readonly IKafkaEndpoint _endpoint;
    private readonly KafkaOptions _options;
    private readonly MentionParser _parser;
    private readonly IMentionScorer _scorer;
    private readonly IBrandBatchSink _sink;
    private readonly TimeProvider _time;
    private readonly ILogger<MentionConsumer> _logger;
    private readonly List<ConsumeResult<byte[]?, byte[]?>> _pending = [];
    private BatchProcessor? _processor;
    private CancellationToken _stopping;
    private readonly Dictionary<TopicPartition, Offset> _uncommitted = [];
    private DateTimeOffset _lastLag;
    private DateTimeOffset _lastCommitAttempt;

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
        _processor = new BatchProcessor(_parser, _scorer, _sink, deadLetters, _options, _time, _logger);
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
                _pending.Clear();
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
            Collect(consumer, stopping);
            if (_pending.Count > 0)
            {
                var ledger = new BatchLedger(_pending);
                _pending.Clear();
                ProcessAndCommit(consumer, ledger, stopping, seekBackUnfinished: true);
            }

            if (_uncommitted.Count > 0 && _time.GetUtcNow() - _lastCommitAttempt >= CommitRetryInterval)
            {
                CommitUncommitted(consumer);
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

    private void ProcessAndCommit(IConsumer<byte[]?, byte[]?> consumer, BatchLedger ledger, CancellationToken cancellationToken, bool seekBackUnfinished)
    {
        try
        {
            _processor!.ProcessAsync(ledger, cancellationToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _logger.LogInformation("Abandoned an unfinished batch of {Count} messages; the unacknowledged part will be read again", ledger.Count);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Processing a batch of {Count} messages failed; the unfinished part will be read again", ledger.Count);
            if (seekBackUnfinished)
            {
                SeekToFirstUnfinished(consumer, ledger);
            }
        }

        Commit(consumer, ledger.CommittableOffsets());
    }

    private void SeekToFirstUnfinished(IConsumer<byte[]?, byte[]?> consumer, BatchLedger ledger)
    {
        var firstUnfinished = Enumerable.Range(0, ledger.Count)
            .Where(i => !ledger.IsDone(i))
            .GroupBy(i => ledger[i].TopicPartition)
            .Select(g => new TopicPartitionOffset(g.Key, new Offset(g.Min(i => ledger[i].Offset.Value))));
        foreach (var offset in firstUnfinished)
        {
            try
            {
                consumer.Seek(offset);
            }
            catch (KafkaException ex)
            {
                _logger.LogWarning(ex, "Could not seek back to {Offset}; it will be read again after the next rebalance or restart", offset);
            }
        }
    }

    /// <summary>
    /// Commits acknowledged offsets. A failed commit is kept and tried again (the loop retries it every second)
    /// as long as the partition is still assigned, so that a quiet partition does not stay uncommitted.
    /// </summary>
    private void Commit(IConsumer<byte[]?, byte[]?> consumer, IReadOnlyList<TopicPartitionOffset> offsets)
    {
        foreach (var offset in offsets)
        {
            if (!_uncommitted.TryGetValue(offset.TopicPartition, out var known) || known.Value < offset.Offset.Value)
            {
                _uncommitted[offset.TopicPartition] = offset.Offset;
            }
        }

        CommitUncommitted(consumer);
    }

    private void CommitUncommitted(IConsumer<byte[]?, byte[]?> consumer)
    {
        if (_uncommitted.Count == 0)
        {
            return;
        }

        _lastCommitAttempt = _time.GetUtcNow();
        var assigned = consumer.Assignment.ToHashSet();
        foreach (var gone in _uncommitted.Keys.Where(tp => !assigned.Contains(tp)).ToList())
        {
            // No longer ours: committing could move the new owner's offset back.
            _uncommitted.Remove(gone);
        }

        var offsets = _uncommitted.Select(kv => new TopicPartitionOffset(kv.Key, kv.Value)).ToList();
        if (offsets.Count == 0)
        {
            return;
        }

        try
        {
            consumer.Commit(offsets);
            foreach (var offset in offsets)
            {
                _uncommitted.Remove(offset.TopicPartition);
            }
        }
        catch (KafkaException ex)
        {
            _logger.LogWarning("Committing {Count} offsets failed ({Code}: {Reason}); retrying while the partitions stay assigned", offsets.Count, ex.Error.Code, ex.Error.Reason);
        }
    }

    private void OnRevoked(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartitionOffset> partitions)
    {
        var revoked = partitions.Select(p => p.TopicPartition).ToHashSet();
        RemoveLag(revoked);
        var inFlight = _pending.Where(m => revoked.Contains(m.TopicPartition)).ToList();
        _pending.RemoveAll(m => revoked.Contains(m.TopicPartition));
        if (inFlight.Count == 0 || _stopping.IsCancellationRequested)
        {
            // Last chance for earlier failed commits of these partitions.
            CommitUncommitted(consumer);
        }
        else
        {
            // Finish what was read from these partitions while they are still ours, within a bound: past it the
            // rest is abandoned uncommitted and the next owner reads it again.
            using var drain = CancellationTokenSource.CreateLinkedTokenSource(_stopping);
            drain.CancelAfter(_options.RevokeDrainTimeoutMs);
            _logger.LogInformation("Partitions revoked: finishing {Count} in-flight messages first", inFlight.Count);
            ProcessAndCommit(consumer, new BatchLedger(inFlight), drain.Token, seekBackUnfinished: false);
        }

        // A stale offset kept for later could move a future owner's commit back.
        foreach (var partition in revoked)
        {
            _uncommitted.Remove(partition);
        }
    }

    private void OnLost(List<TopicPartitionOffset> partitions)
    {
        // Already someone else's: neither process nor commit; the new owner starts from the last commit.
        var lost = partitions.Select(p => p.TopicPartition).ToHashSet();
        _pending.RemoveAll(m => lost.Contains(m.TopicPartition));
        foreach (var partition in lost)
        {
            _uncommitted.Remove(partition);
        }

        RemoveLag(lost);
        _logger.LogWarning("Lost {Count} partitions without a clean revocation", lost.Count);
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

    private void Close(IConsumer<byte[]?, byte[]?> consumer)
    {
        _pending.Clear();
        CommitUncommitted(consumer);
        _uncommitted.Clear();
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
