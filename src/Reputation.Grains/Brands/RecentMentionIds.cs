using System.IO.Hashing;
using System.Text;

namespace Reputation.Grains.Brands;

/// <summary>
/// Remembers the most recent mention ids of a brand, as 64-bit hashes in a fixed ring, so that a
/// replayed or duplicated message is recognised with bounded memory. Redeliveries after a crash or a
/// re-POST arrive within the last few thousand mentions; older ids fall out of the ring. The ring grows
/// to its capacity as ids come, so a quiet brand costs bytes, not the full ring.
/// </summary>
internal sealed class RecentMentionIds
{
    public const int DefaultCapacity = 4096;

    private const int InitialSize = 16;
    private const int MaxStackBytes = 512;

    private readonly int capacity;
    private readonly HashSet<ulong> lookup = [];
    private ulong[] ring = [];
    private int next;
    private int count;

    public RecentMentionIds(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.capacity = capacity;
    }

    public int Count => count;

    /// <summary>Records the id; false when it was already seen.</summary>
    public bool TryAdd(string mentionId) => TryAdd(Hash(mentionId));

    private bool TryAdd(ulong hash)
    {
        if (!lookup.Add(hash))
        {
            return false;
        }

        if (count == capacity)
        {
            lookup.Remove(ring[next]);
        }
        else
        {
            if (count == ring.Length)
            {
                // Not wrapped yet, so the order is linear and a plain copy keeps it.
                Array.Resize(ref ring, Math.Min(capacity, Math.Max(InitialSize, ring.Length * 2)));
            }

            count++;
        }

        ring[next] = hash;
        next = (next + 1) % capacity;
        return true;
    }

    public ulong[] Snapshot()
    {
        // Oldest first, so a restore keeps the eviction order.
        var result = new ulong[count];
        var start = count == capacity ? next : 0;
        for (var i = 0; i < count; i++)
        {
            result[i] = ring[(start + i) % capacity];
        }

        return result;
    }

    public static RecentMentionIds Restore(ulong[]? hashes, int capacity = DefaultCapacity)
    {
        var ids = new RecentMentionIds(capacity);
        foreach (var hash in (hashes ?? []).TakeLast(capacity))
        {
            ids.TryAdd(hash);
        }

        return ids;
    }

    private static ulong Hash(string id)
    {
        // Ids are short: hash them from the stack rather than allocating a byte array per mention.
        var size = Encoding.UTF8.GetMaxByteCount(id.Length);
        if (size > MaxStackBytes)
        {
            return XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(id));
        }

        Span<byte> utf8 = stackalloc byte[MaxStackBytes];
        var length = Encoding.UTF8.GetBytes(id, utf8);
        return XxHash64.HashToUInt64(utf8[..length]);
    }
}
