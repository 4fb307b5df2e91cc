using System.Buffers;

namespace Reputation.Grains.Timeline;

/// <summary>
/// Packs a <see cref="MinuteSeries"/> for grain state as a sparse varint stream, oldest minute first: a
/// busy minute is its total, negative and positive counts; a run of empty minutes is a zero and the run's
/// length. A quiet brand packs to a few bytes and a whole unused hour costs nothing to skip, which matters
/// because the series is written before every acknowledged batch.
/// </summary>
internal static class MinuteSeriesPacking
{
    /// <summary>Worst case of one minute: a zero-run marker can not follow itself, so three full varints.</summary>
    private const int MaxBytesPerMinute = 3 * 5;

    public static byte[] Pack(MinuteSeries series)
    {
        if (series.NewestMinute == long.MinValue)
        {
            return [];
        }

        var buffer = ArrayPool<byte>.Shared.Rent(series.Retention * MaxBytesPerMinute);
        try
        {
            var length = 0;
            var zeros = 0;
            var slot = series.SlotOf(series.OldestMinute);
            for (var left = series.Retention; left > 0;)
            {
                if (slot % MinuteSeries.ChunkMinutes == 0 && series.IsUnallocated(slot))
                {
                    // A whole hour never written: one step.
                    var skip = Math.Min(Math.Min(MinuteSeries.ChunkMinutes, left), series.Retention - slot);
                    zeros += skip;
                    left -= skip;
                    slot = (slot + skip) % series.Retention;
                    continue;
                }

                var (total, negative, positive) = series.AtSlot(slot);
                if (total == 0)
                {
                    zeros++;
                }
                else
                {
                    length = FlushZeros(buffer, length, ref zeros);
                    length = Write(buffer, length, (uint)total);
                    length = Write(buffer, length, (uint)negative);
                    length = Write(buffer, length, (uint)positive);
                }

                left--;
                slot = slot + 1 == series.Retention ? 0 : slot + 1;
            }

            // Trailing empty minutes are implied by the end of the stream.
            return buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Restores a series from <paramref name="sparse"/> (this format) or, for state written before it, <paramref name="legacy"/>.</summary>
    public static MinuteSeries Unpack(long newestMinute, byte[]? sparse, byte[]? legacy = null, int retention = MinuteSeries.DefaultRetentionMinutes)
    {
        var series = new MinuteSeries(retention);
        if (newestMinute == long.MinValue)
        {
            return series;
        }

        series.PositionAt(newestMinute);
        if (sparse is { Length: > 0 })
        {
            ReadSparse(series, sparse);
        }
        else if (legacy is { Length: > 0 })
        {
            ReadLegacy(series, legacy);
        }

        return series;
    }

    private static void ReadSparse(MinuteSeries series, byte[] packed)
    {
        var offset = 0;
        var minute = series.OldestMinute;
        while (offset < packed.Length)
        {
            var total = Read(packed, ref offset);
            if (total == 0)
            {
                minute += Read(packed, ref offset);
                continue;
            }

            var negative = Read(packed, ref offset);
            var positive = Read(packed, ref offset);
            if (minute > series.NewestMinute)
            {
                throw new InvalidDataException("The packed minute series runs past its newest minute.");
            }

            series.Set(minute++, (int)total, (int)negative, (int)positive);
        }
    }

    /// <summary>The earlier format: every minute of the retention, totals then negatives then positives.</summary>
    private static void ReadLegacy(MinuteSeries series, byte[] packed)
    {
        var retention = series.Retention;
        var values = new int[3 * retention];
        var offset = 0;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (int)Read(packed, ref offset);
        }

        // The old arrays were indexed by ring slot.
        for (var minute = series.OldestMinute; minute <= series.NewestMinute; minute++)
        {
            var slot = series.SlotOf(minute);
            if (values[slot] != 0)
            {
                series.Set(minute, values[slot], values[retention + slot], values[(2 * retention) + slot]);
            }
        }
    }

    private static int FlushZeros(byte[] buffer, int length, ref int zeros)
    {
        if (zeros > 0)
        {
            length = Write(buffer, length, 0);
            length = Write(buffer, length, (uint)zeros);
            zeros = 0;
        }

        return length;
    }

    private static int Write(byte[] buffer, int length, uint value)
    {
        while (value >= 0x80)
        {
            buffer[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[length++] = (byte)value;
        return length;
    }

    private static uint Read(byte[] packed, ref int offset)
    {
        uint value = 0;
        var shift = 0;
        byte b;
        do
        {
            if (offset >= packed.Length || shift > 28)
            {
                throw new InvalidDataException("The packed minute series is truncated or corrupt.");
            }

            b = packed[offset++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return value;
    }
}
