using Reputation.Detection.Shift;

namespace Reputation.Detection.Tests;

public class SentimentShiftDetectorTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Feeds one input every 5 minutes for <paramref name="hours"/> hours; returns every signal.</summary>
    private static List<SentimentShiftSignal> Feed(SentimentShiftDetector detector, int fromHour, int hours,
        Func<int, double> totalPerHour, Func<int, double> negativeShare, int seed = 3)
    {
        var random = new Random(seed + fromHour);
        var signals = new List<SentimentShiftSignal>();
        for (int h = fromHour; h < fromHour + hours; h++)
        {
            for (int m = 0; m < 12; m++)
            {
                int total = (int)Math.Round(totalPerHour(h) / 12 * (0.7 + 0.6 * random.NextDouble()));
                int negative = 0;
                for (int k = 0; k < total; k++) if (random.NextDouble() < negativeShare(h)) negative++;
                signals.Add(detector.Observe(Start.AddHours(h).AddMinutes(5 * m), total, negative));
            }
        }
        return signals;
    }

    [Fact]
    public void A_slow_burn_with_flat_volume_raises_a_shift()
    {
        var detector = new SentimentShiftDetector();
        var calm = Feed(detector, 0, 5 * 24, _ => 120, _ => 0.10);
        // Over the next day the negative share climbs from 10 % to 35 % while volume stays at 120 an hour.
        var burn = Feed(detector, 5 * 24, 24, _ => 120, h => 0.10 + 0.25 * Math.Min(1, (h - 5 * 24) / 12.0));

        Assert.DoesNotContain(calm, s => s.Decision != AlertDecision.None);
        var raised = Assert.Single(burn, s => s.Decision == AlertDecision.Raise);
        Assert.InRange(raised.BaselineShare!.Value, 0.08, 0.12);
        Assert.True(raised.RecentShare - raised.BaselineShare >= 0.10);
        Assert.True(raised.Z >= 4);
        Assert.InRange(raised.VolumeRatio!.Value, 0.7, 1.4);
        Assert.True(burn[^1].IncidentOpen);
    }

    [Fact]
    public void A_volume_spike_is_left_to_the_spike_detector()
    {
        var detector = new SentimentShiftDetector();
        Feed(detector, 0, 5 * 24, _ => 120, _ => 0.10);
        // Three hours of a loud, very negative burst, then calm again: its echo must not read as a shift.
        var spike = Feed(detector, 5 * 24, 3, _ => 900, _ => 0.40);
        var after = Feed(detector, 5 * 24 + 3, 12, _ => 120, _ => 0.10);

        Assert.DoesNotContain(spike.Concat(after), s => s.Decision != AlertDecision.None);
        Assert.Equal(3, spike[^1].SpikeHours);
        Assert.Equal(3, after[0].SpikeHours);
    }

    [Fact]
    public void Too_few_mentions_are_not_tested()
    {
        var detector = new SentimentShiftDetector();
        var signals = Feed(detector, 0, 6 * 24, _ => 3, h => h < 5 * 24 ? 0.1 : 0.9);

        Assert.All(signals, s => Assert.False(s.Ready));
        Assert.DoesNotContain(signals, s => s.Decision != AlertDecision.None);
    }

    [Fact]
    public void A_young_brand_waits_for_its_baseline()
    {
        var detector = new SentimentShiftDetector();
        var signals = Feed(detector, 0, 30, _ => 200, h => h < 14 ? 0.1 : 0.6);

        Assert.DoesNotContain(signals, s => s.Decision != AlertDecision.None);
    }

    [Fact]
    public void State_round_trip_gives_the_same_outputs()
    {
        var original = new SentimentShiftDetector();
        Feed(original, 0, 5 * 24, _ => 120, _ => 0.10);
        var restored = new SentimentShiftDetector(null, OrleansCopy.RoundTrip(original.Snapshot()));

        var expected = Feed(original, 5 * 24, 24, _ => 120, h => 0.35);
        var actual = Feed(restored, 5 * 24, 24, _ => 120, h => 0.35);

        Assert.Equal(expected, actual);
        Assert.Contains(expected, s => s.Decision == AlertDecision.Raise);
        Assert.InRange(OrleansCopy.Bytes(original.Snapshot()).Length, 1, 4 * 1024);
    }

    [Fact]
    public void Rejects_impossible_counts_and_time_going_back()
    {
        var detector = new SentimentShiftDetector();
        detector.Observe(Start, 10, 2);

        Assert.Throws<ArgumentOutOfRangeException>(() => detector.Observe(Start, 1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => detector.Observe(Start, 1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => detector.Observe(Start.AddMinutes(-1), 1, 0));
    }
}
