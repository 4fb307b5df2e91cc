using Confluent.Kafka;

namespace Reputation.Ingestion;

/// <summary>
/// The messages of one partition that were read but are not done yet (acknowledged by their brand or
/// dead-lettered). Messages finish in any order, since brands are delivered independently; the partition
/// may be committed only up to its oldest unfinished message, or past everything read when none is left.
/// </summary>
internal sealed class PartitionProgress(TopicPartition partition, OffsetTracker owner)
{
    private readonly SortedSet<long> _unfinished = [];
    private long _first = -1;
    private long _next = -1;
    private bool _abandoned;

    public TopicPartition Partition { get; } = partition;

    /// <summary>True once the partition is no longer this consumer's: what is left of it must not be delivered.</summary>
    public bool Abandoned
    {
        get
        {
            lock (_unfinished)
            {
                return _abandoned;
            }
        }
    }

    /// <summary>The first offset read from the partition since it was assigned, where a rewind goes when nothing was committed.</summary>
    public long FirstRead
    {
        get
        {
            lock (_unfinished)
            {
                return _first;
            }
        }
    }

    public int Unfinished
    {
        get
        {
            lock (_unfinished)
            {
                return _unfinished.Count;
            }
        }
    }

    /// <summary>The offset to commit (the next message to read after a restart), or null while nothing read is finished.</summary>
    public Offset? Committable
    {
        get
        {
            lock (_unfinished)
            {
                var offset = _unfinished.Count > 0 ? _unfinished.Min : _next;
                return offset > _first ? new Offset(offset) : null;
            }
        }
    }

    public void Read(long offset)
    {
        lock (_unfinished)
        {
            _unfinished.Add(offset);
            _first = _first < 0 ? offset : Math.Min(_first, offset);
            _next = Math.Max(_next, offset + 1);
        }

        owner.Added(1);
    }

    public void Finish(long offset)
    {
        bool removed;
        lock (_unfinished)
        {
            removed = !_abandoned && _unfinished.Remove(offset);
        }

        if (removed)
        {
            owner.Removed(1);
        }
    }

    public void Abandon()
    {
        int left;
        lock (_unfinished)
        {
            _abandoned = true;
            left = _unfinished.Count;
            _unfinished.Clear();
        }

        owner.Removed(left);
    }
}
