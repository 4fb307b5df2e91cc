using Confluent.Kafka;

namespace Reputation.Ingestion;

/// <summary>
/// Which messages of a batch are done (acknowledged by their brand, or safely dead-lettered). Only a
/// partition's unbroken run of done messages from the batch's start may be committed: committing past a
/// message that is not done would lose it if this process died.
/// </summary>
internal sealed class BatchLedger
{
    private readonly ConsumeResult<byte[]?, byte[]?>[] _messages;
    private readonly int[] _done;

    public BatchLedger(IReadOnlyList<ConsumeResult<byte[]?, byte[]?>> messages)
    {
        _messages = [.. messages];
        _done = new int[_messages.Length];
    }

    public int Count => _messages.Length;

    public ConsumeResult<byte[]?, byte[]?> this[int index] => _messages[index];

    public void MarkDone(int index) => Volatile.Write(ref _done[index], 1);

    public bool IsDone(int index) => Volatile.Read(ref _done[index]) == 1;

    public bool AllDone => Enumerable.Range(0, _done.Length).All(IsDone);

    /// <summary>Per partition, the offset after the last message of its leading run of done messages.</summary>
    public IReadOnlyList<TopicPartitionOffset> CommittableOffsets()
    {
        var result = new List<TopicPartitionOffset>();
        foreach (var partition in Enumerable.Range(0, _messages.Length).GroupBy(i => _messages[i].TopicPartition))
        {
            long? next = null;
            foreach (var i in partition.OrderBy(i => _messages[i].Offset.Value))
            {
                if (!IsDone(i))
                {
                    break;
                }

                next = _messages[i].Offset.Value + 1;
            }

            if (next is { } offset)
            {
                result.Add(new TopicPartitionOffset(partition.Key, new Offset(offset)));
            }
        }

        return result;
    }
}
