namespace Reputation.Ingestion;

/// <summary>
/// The messages of one partition that were read but are not done yet (stored by their brand or dead-lettered).
/// Messages finish in any order, since brands are delivered independently; the partition may be committed only
/// up to its oldest unfinished message, or past everything read when none is left.
/// <para>
/// Offsets are read in increasing order, so they are kept as a window from the oldest unfinished offset to the
/// next one to read, one flag per offset in a ring that grows as needed: no allocation per message, and
/// finishing is a flag write. Offsets the partition skips (transaction markers) count as finished.
/// </para>
/// </summary>
internal sealed class PartitionProgress(Confluent.Kafka.TopicPartition partition, OffsetTracker owner)
{
    private const int InitialCapacity = 1024;

    private readonly Lock _gate = new();
    private bool[] _finished = new bool[InitialCapacity];
    private int _head;
    private int _count;
    private long _base = -1;
    private long _first = -1;
    private int _unfinished;
    private volatile bool _abandoned;

    public Confluent.Kafka.TopicPartition Partition { get; } = partition;

    /// <summary>
    /// True once the partition is no longer this consumer's: what is left of it must not be delivered. Read without
    /// the lock: lanes check it for every queued item.
    /// </summary>
    public bool Abandoned => _abandoned;

    /// <summary>The first offset read from the partition since it was assigned, where a rewind goes when nothing was committed.</summary>
    public long FirstRead
    {
        get
        {
            lock (_gate)
            {
                return _first;
            }
        }
    }

    public int Unfinished
    {
        get
        {
            lock (_gate)
            {
                return _unfinished;
            }
        }
    }

    /// <summary>The offset to commit (the next message to read after a restart), or null while nothing read is finished.</summary>
    public Confluent.Kafka.Offset? Committable
    {
        get
        {
            lock (_gate)
            {
                return _base > _first ? new Confluent.Kafka.Offset(_base) : null;
            }
        }
    }

    public void Read(long offset)
    {
        lock (_gate)
        {
            if (_first < 0)
            {
                _first = _base = offset;
            }
            else if (offset < _base + _count)
            {
                return; // Already read (cannot happen within one assignment); never count it twice.
            }
            else if (_count == 0)
            {
                _base = offset;
            }
            else
            {
                for (var skipped = _base + _count; skipped < offset; skipped++)
                {
                    Push(finished: true);
                }
            }

            Push(finished: false);
            _unfinished++;
        }

        owner.Added(1);
    }

    public void Finish(long offset) => Finish([offset]);

    public void Finish(ReadOnlySpan<long> offsets)
    {
        var removed = 0;
        lock (_gate)
        {
            if (_abandoned)
            {
                return;
            }

            foreach (var offset in offsets)
            {
                var index = offset - _base;
                if (index < 0 || index >= _count)
                {
                    continue;
                }

                ref var finished = ref _finished[(_head + (int)index) % _finished.Length];
                if (!finished)
                {
                    finished = true;
                    removed++;
                }
            }

            _unfinished -= removed;
            while (_count > 0 && _finished[_head])
            {
                _head = (_head + 1) % _finished.Length;
                _count--;
                _base++;
            }
        }

        owner.Removed(removed);
    }

    public void Abandon()
    {
        int left;
        lock (_gate)
        {
            _abandoned = true;
            left = _unfinished;
            _unfinished = 0;
            _count = 0;
        }

        owner.Removed(left);
    }

    private void Push(bool finished)
    {
        if (_count == _finished.Length)
        {
            var grown = new bool[_finished.Length * 2];
            for (var i = 0; i < _count; i++)
            {
                grown[i] = _finished[(_head + i) % _finished.Length];
            }

            _finished = grown;
            _head = 0;
        }

        _finished[(_head + _count) % _finished.Length] = finished;
        _count++;
    }
}
