using Confluent.Kafka;

namespace Reputation.Ingestion;

/// <summary>
/// Every assigned partition's <see cref="PartitionProgress"/>, and how many messages are read but unfinished
/// in total, which bounds what the consumer holds in memory. Partitions are added and dropped on the
/// consumer's thread only; messages finish on any thread.
/// </summary>
internal sealed class OffsetTracker
{
    private readonly Dictionary<TopicPartition, PartitionProgress> _partitions = [];
    private readonly SemaphoreSlim _finished = new(0, int.MaxValue);
    private long _unfinished;

    public long Unfinished => Interlocked.Read(ref _unfinished);

    public PartitionProgress For(TopicPartition partition)
    {
        if (!_partitions.TryGetValue(partition, out var progress))
        {
            _partitions[partition] = progress = new PartitionProgress(partition, this);
        }

        return progress;
    }

    /// <summary>Stops tracking partitions that are no longer ours; their unfinished messages are dropped from the lanes.</summary>
    public void Abandon(IEnumerable<TopicPartition> partitions)
    {
        foreach (var partition in partitions)
        {
            if (_partitions.Remove(partition, out var progress))
            {
                progress.Abandon();
            }
        }
    }

    public void AbandonAll() => Abandon(_partitions.Keys.ToList());

    /// <summary>Waits until some message finishes, or the timeout passes.</summary>
    public bool WaitForProgress(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return _finished.Wait(timeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    internal void Added(int count) => Interlocked.Add(ref _unfinished, count);

    internal void Removed(int count)
    {
        if (count == 0)
        {
            return;
        }

        Interlocked.Add(ref _unfinished, -count);
        if (_finished.CurrentCount == 0)
        {
            _finished.Release();
        }
    }
}
