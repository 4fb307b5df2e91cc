using Reputation.Grains.Timeline;

namespace Reputation.Grains.Tests;

public sealed class MinuteSeriesPackingTests
{
    [Fact]
    public void A_quiet_brand_packs_to_a_few_bytes_and_back()
    {
        var series = new MinuteSeries();
        series.Add(Mentions.T0, -1);
        series.Add(Mentions.T0.AddMinutes(90), 1);
        series.Add(Mentions.T0.AddMinutes(90), 0);

        var packed = MinuteSeriesPacking.Pack(series);
        var restored = MinuteSeriesPacking.Unpack(series.NewestMinute, packed);

        Assert.True(packed.Length < 16, $"{packed.Length} bytes");
        var t0 = MinuteSeries.MinuteOf(Mentions.T0);
        Assert.Equal((1, 1, 0), restored.Get(t0));
        Assert.Equal((2, 0, 1), restored.Get(t0 + 90));
        Assert.Equal((0, 0, 0), restored.Get(t0 + 45));
        Assert.Equal(series.Sum(t0 - 10_000, t0 + 100), restored.Sum(t0 - 10_000, t0 + 100));
    }

    [Fact]
    public void A_series_that_wrapped_around_the_ring_restores_minute_for_minute()
    {
        // A short retention that is not a whole number of hours, so the ring wraps inside a partial chunk.
        var series = new MinuteSeries(retentionMinutes: 150);
        var random = new Random(3);
        for (var i = 0; i < 2_000; i++)
        {
            series.Add(Mentions.T0.AddMinutes(i / 5), random.Next(-1, 2));
        }

        var restored = MinuteSeriesPacking.Unpack(series.NewestMinute, MinuteSeriesPacking.Pack(series), retention: 150);

        Assert.Equal(series.Buckets(series.OldestMinute - 5, series.NewestMinute), restored.Buckets(series.OldestMinute - 5, series.NewestMinute));
    }

    [Fact]
    public void State_written_in_the_earlier_dense_format_still_restores()
    {
        const int retention = 120;
        var newest = MinuteSeries.MinuteOf(Mentions.T0);
        // The dense format: every ring slot's total, then negatives, then positives, as varints.
        var totals = new int[retention];
        var negatives = new int[retention];
        var positives = new int[retention];
        var slot = (int)(((newest % retention) + retention) % retention);
        totals[slot] = 300;
        negatives[slot] = 200;
        positives[slot] = 1;
        var dense = new List<byte>();
        foreach (var value in totals.Concat(negatives).Concat(positives))
        {
            var v = (uint)value;
            while (v >= 0x80)
            {
                dense.Add((byte)(v | 0x80));
                v >>= 7;
            }

            dense.Add((byte)v);
        }

        var restored = MinuteSeriesPacking.Unpack(newest, sparse: null, legacy: [.. dense], retention: retention);

        Assert.Equal((300, 200, 1), restored.Get(newest));
        Assert.Equal((300, 200, 1), restored.Sum(newest - retention, newest + 1));
    }

    [Fact]
    public void A_corrupt_stream_is_refused()
    {
        var series = new MinuteSeries();
        series.Add(Mentions.T0, 0);

        Assert.Throws<InvalidDataException>(() => MinuteSeriesPacking.Unpack(series.NewestMinute, [0x80]));
    }
}
