using Reputation.Abstractions.Grains;

namespace Reputation.Grains.Timeline;

/// <summary>
/// Per-minute counts by sentiment over a fixed retention, as a ring indexed by minute since the epoch.
/// The ring is cut into hour chunks allocated on first use, so a quiet brand holds a few hundred bytes
/// instead of three week-long arrays; persisted as a sparse varint stream (see <see cref="MinuteSeriesPacking"/>).
/// </summary>
internal sealed class MinuteSeries
{
    public const int DefaultRetentionMinutes = 7 * 24 * 60;

    /// <summary>Minutes per chunk; each chunk holds total, negative and positive side by side.</summary>
    internal const int ChunkMinutes = 60;

    private readonly int[]?[] chunks;

    public MinuteSeries(int retentionMinutes = DefaultRetentionMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retentionMinutes, 1);
        Retention = retentionMinutes;
        chunks = new int[]?[(retentionMinutes + ChunkMinutes - 1) / ChunkMinutes];
        NewestMinute = long.MinValue;
    }

    public int Retention { get; }

    /// <summary>The newest minute (since the Unix epoch) that holds data; long.MinValue when empty.</summary>
    public long NewestMinute { get; private set; }

    public long OldestMinute => NewestMinute == long.MinValue ? long.MinValue : NewestMinute - Retention + 1;

    public static long MinuteOf(DateTimeOffset at) => at.ToUnixTimeSeconds() is var s && s >= 0 ? s / 60 : (s - 59) / 60;

    public static DateTimeOffset StartOf(long minute) => DateTimeOffset.FromUnixTimeSeconds(minute * 60);

    /// <summary>Adds one mention; false when it is older than the retention and so cannot be kept.</summary>
    public bool Add(DateTimeOffset publishedAt, int sentimentSign)
    {
        var minute = MinuteOf(publishedAt);
        if (NewestMinute == long.MinValue)
        {
            NewestMinute = minute;
        }
        else if (minute > NewestMinute)
        {
            AdvanceTo(minute);
        }
        else if (minute < OldestMinute)
        {
            return false;
        }

        var (chunk, at) = Locate(Slot(minute));
        var counts = chunks[chunk] ??= new int[3 * ChunkMinutes];
        counts[at]++;
        if (sentimentSign < 0)
        {
            counts[ChunkMinutes + at]++;
        }
        else if (sentimentSign > 0)
        {
            counts[(2 * ChunkMinutes) + at]++;
        }

        return true;
    }

    public (int Total, int Negative, int Positive) Get(long minute) =>
        NewestMinute == long.MinValue || minute > NewestMinute || minute < OldestMinute
            ? (0, 0, 0)
            : AtSlot(Slot(minute));

    /// <summary>Sums of the minutes in [from, to).</summary>
    public (int Total, int Negative, int Positive) Sum(long fromMinute, long toMinute)
    {
        int t = 0, n = 0, p = 0;
        for (var m = Math.Max(fromMinute, OldestMinute); m < toMinute && m <= NewestMinute; m++)
        {
            var (mt, mn, mp) = AtSlot(Slot(m));
            t += mt;
            n += mn;
            p += mp;
        }

        return (t, n, p);
    }

    public IReadOnlyList<TimelineBucket> Buckets(long fromMinute, long toMinuteInclusive)
    {
        var list = new List<TimelineBucket>((int)Math.Clamp(toMinuteInclusive - fromMinute + 1, 0, Retention));
        for (var m = Math.Max(fromMinute, toMinuteInclusive - Retention + 1); m <= toMinuteInclusive; m++)
        {
            var (t, n, p) = Get(m);
            list.Add(new TimelineBucket { Minute = StartOf(m), Total = t, Negative = n, Positive = p, Neutral = t - n - p });
        }

        return list;
    }

    /// <summary>The counts of one slot of the ring; zeros where no chunk was ever needed.</summary>
    internal (int Total, int Negative, int Positive) AtSlot(int slot)
    {
        var (chunk, at) = Locate(slot);
        return chunks[chunk] is { } counts ? (counts[at], counts[ChunkMinutes + at], counts[(2 * ChunkMinutes) + at]) : (0, 0, 0);
    }

    /// <summary>True when the hour chunk holding the slot was never written: the packer skips it whole.</summary>
    internal bool IsUnallocated(int slot) => chunks[slot / ChunkMinutes] is null;

    /// <summary>Sets a minute on restore; the series must already be positioned at its newest minute.</summary>
    internal void Set(long minute, int totalCount, int negativeCount, int positiveCount)
    {
        if (NewestMinute == long.MinValue || minute > NewestMinute || minute < OldestMinute)
        {
            throw new ArgumentOutOfRangeException(nameof(minute), "The minute is outside the series' window.");
        }

        var (chunk, at) = Locate(Slot(minute));
        var counts = chunks[chunk] ??= new int[3 * ChunkMinutes];
        counts[at] = totalCount;
        counts[ChunkMinutes + at] = negativeCount;
        counts[(2 * ChunkMinutes) + at] = positiveCount;
    }

    internal void PositionAt(long newestMinute) => NewestMinute = newestMinute;

    internal int SlotOf(long minute) => Slot(minute);

    private void AdvanceTo(long minute)
    {
        var steps = minute - NewestMinute;
        if (steps >= Retention)
        {
            // Everything held is older than the retention now: drop it all.
            Array.Clear(chunks);
        }
        else
        {
            // Clear the slots that the ring reuses for the new minutes.
            for (long i = 1; i <= steps; i++)
            {
                var (chunk, at) = Locate(Slot(NewestMinute + i));
                if (chunks[chunk] is { } counts)
                {
                    counts[at] = counts[ChunkMinutes + at] = counts[(2 * ChunkMinutes) + at] = 0;
                }
            }
        }

        NewestMinute = minute;
    }

    private static (int Chunk, int At) Locate(int slot) => (slot / ChunkMinutes, slot % ChunkMinutes);

    private int Slot(long minute) => (int)(((minute % Retention) + Retention) % Retention);
}
