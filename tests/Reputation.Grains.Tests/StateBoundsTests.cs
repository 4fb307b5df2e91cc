using Reputation.Grains.Brands;
using Reputation.Grains.Timeline;

namespace Reputation.Grains.Tests;

public sealed class StateBoundsTests
{
    [Fact]
    public void Minute_series_packs_and_unpacks_to_the_same_counts()
    {
        var series = new MinuteSeries();
        var t0 = Mentions.T0;
        var random = new Random(7);
        for (var i = 0; i < 5000; i++)
        {
            series.Add(t0.AddMinutes(random.Next(0, 3 * 24 * 60)), random.Next(-1, 2));
        }

        var restored = MinuteSeriesPacking.Unpack(series.NewestMinute, MinuteSeriesPacking.Pack(series));

        var from = MinuteSeries.MinuteOf(t0);
        Assert.Equal(series.Sum(from, from + 3 * 24 * 60), restored.Sum(from, from + 3 * 24 * 60));
        Assert.Equal(series.Buckets(from, from + 100), restored.Buckets(from, from + 100));
    }

    [Fact]
    public void Minute_series_keeps_seven_days_and_drops_what_is_older()
    {
        var series = new MinuteSeries();
        var t0 = Mentions.T0;
        Assert.True(series.Add(t0, 0));
        Assert.True(series.Add(t0.AddDays(7).AddMinutes(-1), 0));
        Assert.False(series.Add(t0.AddMinutes(-1), 0));

        series.Add(t0.AddDays(8), 0);

        Assert.Equal(0, series.Get(MinuteSeries.MinuteOf(t0)).Total);
        Assert.Equal(1, series.Get(MinuteSeries.MinuteOf(t0.AddDays(8))).Total);
    }

    [Fact]
    public void A_busy_week_packs_well_under_the_state_budget()
    {
        var series = new MinuteSeries();
        for (var minute = 0; minute < MinuteSeries.DefaultRetentionMinutes; minute++)
        {
            for (var k = 0; k < 20; k++)
            {
                series.Add(Mentions.T0.AddMinutes(minute), k % 3 - 1);
            }
        }

        // Seven days at 20 mentions a minute: three bytes a minute, about 30 KB.
        Assert.True(MinuteSeriesPacking.Pack(series).Length <= 3 * MinuteSeries.DefaultRetentionMinutes);
    }

    [Fact]
    public void Recent_ids_remember_a_bounded_window_and_survive_a_restore()
    {
        var ids = new RecentMentionIds(capacity: 100);
        for (var i = 0; i < 150; i++)
        {
            Assert.True(ids.TryAdd($"id-{i}"));
        }

        Assert.Equal(100, ids.Count);
        Assert.False(ids.TryAdd("id-149"));
        Assert.True(ids.TryAdd("id-0")); // Evicted: the window holds the newest 100.

        var restored = RecentMentionIds.Restore(ids.Snapshot(), capacity: 100);
        Assert.False(restored.TryAdd("id-0"));
        Assert.False(restored.TryAdd("id-120"));
        // The oldest remembered id is evicted first after a restore, as before it.
        Assert.True(restored.TryAdd("fresh"));
        Assert.True(restored.TryAdd("id-51"));
    }
}
