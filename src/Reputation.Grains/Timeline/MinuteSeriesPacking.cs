namespace Reputation.Grains.Timeline;

/// <summary>
/// Packs a <see cref="MinuteSeries"/> into varints for grain state. Most minutes of most brands hold
/// small counts, so a minute costs three bytes instead of twelve.
/// </summary>
internal static class MinuteSeriesPacking
{
    public static byte[] Pack(MinuteSeries series)
    {
        var buffer = new List<byte>(series.Retention * 3);
        Write(buffer, series.Totals);
        Write(buffer, series.Negatives);
        Write(buffer, series.Positives);
        return [.. buffer];
    }

    public static MinuteSeries Unpack(long newestMinute, byte[]? packed, int retention = MinuteSeries.DefaultRetentionMinutes)
    {
        var series = new MinuteSeries(retention);
        if (packed is null || packed.Length == 0 || newestMinute == long.MinValue)
        {
            return series;
        }

        var totals = new int[retention];
        var negatives = new int[retention];
        var positives = new int[retention];
        var offset = 0;
        Read(packed, ref offset, totals);
        Read(packed, ref offset, negatives);
        Read(packed, ref offset, positives);
        series.Restore(newestMinute, totals, negatives, positives);
        return series;
    }

    private static void Write(List<byte> buffer, ReadOnlySpan<int> values)
    {
        foreach (var value in values)
        {
            var v = (uint)value;
            while (v >= 0x80)
            {
                buffer.Add((byte)(v | 0x80));
                v >>= 7;
            }

            buffer.Add((byte)v);
        }
    }

    private static void Read(byte[] packed, ref int offset, int[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            uint v = 0;
            var shift = 0;
            byte b;
            do
            {
                b = packed[offset++];
                v |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            values[i] = (int)v;
        }
    }
}
