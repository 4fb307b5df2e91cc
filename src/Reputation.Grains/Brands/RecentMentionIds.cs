using System.IO.Hashing;
using System.Text;

namespace Reputation.Grains.Brands;

/// <summary>
/// Remembers the most recent mention ids of a brand, as 64-bit hashes in a fixed ring, so that a
/// replayed or duplicated message is recognised with bounded memory. Redeliveries after a crash or a
/// re-POST arrive within the last few thousand mentions; older ids fall out of the ring.
/// </summary>
internal sealed class RecentMentionIds
{
    public const int DefaultCapacity = 4096;

    private readonly ulong[] ring;
    private readonly HashSet<ulong> lookup;
    private int next;
    private int count;

    public RecentMentionIds(int capacity = DefaultCapacity)
    {
        ring = new ulong[capacity];
        lookup = new HashSet<ulong>(capacity);
    }

    public int Count => count;

    /// <summary>Records the id; false when it was already seen.</summary>
    public bool TryAdd(string mentionId)
    {
        var hash = Hash(mentionId);
        if (!lookup.Add(hash))
        {
            return false;
        }

        if (count == ring.Length)
        {
            lookup.Remove(ring[next]);
        }
        else
        {
            count++;
        }

        ring[next] = hash;
        next = (next + 1) % ring.Length;
        return true;
    }

    public ulong[] Snapshot()
    {
        // Oldest first, so a restore keeps the eviction order.
        var result = new ulong[count];
        var start = count == ring.Length ? next : 0;
        for (var i = 0; i < count; i++)
        {
            result[i] = ring[(start + i) % ring.Length];
        }

        return result;
    }

    public static RecentMentionIds Restore(ulong[]? hashes, int capacity = DefaultCapacity)
    {
        var ids = new RecentMentionIds(capacity);
        foreach (var hash in (hashes ?? []).TakeLast(capacity))
        {
            if (ids.lookup.Add(hash))
            {
                ids.ring[ids.next] = hash;
                ids.next = (ids.next + 1) % capacity;
                ids.count++;
            }
        }

        return ids;
    }

    private static ulong Hash(string id) => XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(id));
}
