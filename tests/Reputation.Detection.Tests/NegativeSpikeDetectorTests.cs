using Reputation.Abstractions.Alerts;
using Reputation.Detection.Spikes;

namespace Reputation.Detection.Tests;

public class NegativeSpikeDetectorTests
{
    private const int Day = SyntheticSeries.StepsPerDay;
    // Tuesday of the third week, 14:00 UTC: the baseline has seen two full weeks.
    private const int SpikeStart = 15 * Day + 14 * 12;

    private static List<NegativeSpikeSignal> Run(NegativeSpikeDetector detector, int[] counts, int from = 0)
    {
        var signals = new List<NegativeSpikeSignal>();
        for (int i = from; i < counts.Length; i++)
            signals.Add(detector.Observe(SyntheticSeries.TimeOf(i), counts[i]));
        return signals;
    }

    private static List<int> AlertSteps(IReadOnlyList<NegativeSpikeSignal> signals, int offset = 0) =>
        signals.Select((s, i) => (s, i)).Where(x => x.s.Decision != AlertDecision.None).Select(x => x.i + offset).ToList();

    [Fact]
    public void Alerts_once_at_the_start_of_a_spike_and_never_in_quiet_weeks()
    {
        var counts = new SyntheticSeries(20).Generate(21 * Day, i => i is >= SpikeStart and < SpikeStart + 12 ? 6 : 1);

        var signals = Run(new NegativeSpikeDetector(), counts);

        // The spike is held (6x for an hour), so it alerts on its second step.
        Assert.Equal([SpikeStart + 1], AlertSteps(signals));
        var raise = signals[SpikeStart + 1];
        Assert.Equal(AlertDecision.Raise, raise.Decision);
        Assert.True(raise.Value > raise.Upper, $"value {raise.Value} should be above the band {raise.Upper}");
        Assert.InRange(raise.Ratio, 3, 12);
        Assert.InRange(raise.AnomalyScore, 0.5, 1);
        Assert.NotNull(raise.Severity);
    }

    [Fact]
    public void Three_quiet_weeks_with_rhythm_raise_nothing_and_expectation_follows_the_rhythm()
    {
        var series = new SyntheticSeries(20, seed: 11);
        var counts = series.Generate(21 * Day);

        var signals = Run(new NegativeSpikeDetector(), counts);

        Assert.Empty(AlertSteps(signals));
        Assert.All(signals.Skip(Day), s => Assert.InRange(s.AnomalyScore, 0, 0.5));
        Assert.All(signals.Skip(Day), s => Assert.True(s.Value < s.Upper, $"{s.Time}: {s.Value} is not under the band {s.Upper}"));
        // After two weeks the expectation tracks afternoon peaks, night troughs and weekends.
        foreach (int step in new[] { 14 * Day + 15 * 12, 14 * Day + 3 * 12, 19 * Day + 15 * 12 })
        {
            double truth = series.RateAt(SyntheticSeries.TimeOf(step));
            Assert.InRange(signals[step].Expected, truth * 0.7, truth * 1.3);
        }
    }

    [Fact]
    public void Drops_never_alert()
    {
        var counts = new SyntheticSeries(20).Generate(14 * Day, i => i is >= 8 * Day and < 9 * Day ? 0 : 1);

        var signals = Run(new NegativeSpikeDetector(), counts);

        Assert.Empty(AlertSteps(signals));
        // Once the one-hour window lies inside the drop, nothing about it looks anomalous.
        Assert.All(signals.Skip(8 * Day + 12).Take(Day - 12), s => Assert.Equal(0, s.AnomalyScore));
    }

    [Fact]
    public void Warm_up_keeps_a_new_brand_quiet_then_alerts_once_the_baseline_exists()
    {
        var detector = new NegativeSpikeDetector();
        var counts = new SyntheticSeries(20).Generate(3 * Day,
            i => i is >= 60 and < 66 || i is >= 2 * Day + 14 * 12 and < 2 * Day + 14 * 12 + 6 ? 8 : 1);

        var signals = Run(detector, counts);

        Assert.All(signals.Take(Day), s => Assert.True(s.WarmingUp));
        Assert.All(signals.Take(Day), s => Assert.Equal(AlertDecision.None, s.Decision));
        Assert.Equal([2 * Day + 14 * 12 + 1], AlertSteps(signals));
    }

    [Fact]
    public void A_long_incident_does_not_poison_the_baseline()
    {
        int incident = 10 * Day + 12 * 12;
        var counts = new SyntheticSeries(20).Generate(12 * Day, i => i >= incident && i < incident + 36 ? 8 : 1);

        var signals = Run(new NegativeSpikeDetector(), counts);

        // Same hour, one day later: the expectation barely moved although three hours ran at 8x.
        double before = signals[incident - Day].Expected, after = signals[incident + Day].Expected;
        Assert.InRange(after / before, 0.75, 1.35);
        Assert.Equal(AlertDecision.Raise, signals[incident].Decision);
    }

    [Fact]
    public void A_second_burst_of_the_same_incident_does_not_raise_again_but_a_much_bigger_one_escalates()
    {
        int first = 9 * Day + 14 * 12, again = first + 36, bigger = first + 60;
        var counts = new SyntheticSeries(20).Generate(10 * Day, i =>
            i >= first && i < first + 3 ? 4 : i >= again && i < again + 3 ? 4 : i >= bigger && i < bigger + 3 ? 60 : 1);

        var signals = Run(new NegativeSpikeDetector(), counts);

        // The first burst alerts on its second step; the much bigger one is far beyond the thresholds and escalates at once.
        Assert.Equal([first + 1, bigger], AlertSteps(signals));
        Assert.Equal(AlertDecision.Raise, signals[first + 1].Decision);
        Assert.Equal(AlertDecision.Escalate, signals[bigger].Decision);
        Assert.True(signals[bigger].Severity > signals[first + 1].Severity);
        Assert.All(signals.Skip(first + 1).Take(bigger - first), s => Assert.True(s.IncidentOpen));
    }

    [Fact]
    public void Accepts_gaps_in_the_series()
    {
        var counts = new SyntheticSeries(20).Generate(10 * Day, i => i is >= 9 * Day + 14 * 12 and < 9 * Day + 14 * 12 + 6 ? 8 : 1);
        var detector = new NegativeSpikeDetector();
        var signals = new List<NegativeSpikeSignal>();
        for (int i = 0; i < counts.Length; i++)
        {
            if (i is >= 5 * Day and < 5 * Day + 72) continue; // six hours never arrived
            signals.Add(detector.Observe(SyntheticSeries.TimeOf(i), counts[i]));
        }

        var alerts = signals.Where(s => s.Decision != AlertDecision.None).Select(s => s.Time).ToList();
        Assert.Equal([SyntheticSeries.TimeOf(9 * Day + 14 * 12)], alerts);
    }

    [Fact]
    public void Rejects_steps_out_of_order_and_impossible_counts()
    {
        var detector = new NegativeSpikeDetector();
        detector.Observe(SyntheticSeries.TimeOf(1), 3);

        Assert.Throws<ArgumentOutOfRangeException>(() => detector.Observe(SyntheticSeries.TimeOf(1), 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => detector.Observe(SyntheticSeries.TimeOf(2), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => detector.Observe(SyntheticSeries.TimeOf(2), double.NaN));
        Assert.Throws<ArgumentException>(() => new NegativeSpikeDetector(new NegativeSpikeOptions { MinRatio = 0.5 }));
    }

    [Fact]
    public void State_round_trip_through_the_Orleans_serializer_gives_the_same_outputs()
    {
        var counts = new SyntheticSeries(20).Generate(16 * Day, i => i is >= SpikeStart - 30 and < SpikeStart ? 6 : 1);
        var original = new NegativeSpikeDetector();
        Run(original, counts[..(SpikeStart - 20)]);

        var state = OrleansCopy.RoundTrip(original.Snapshot());
        var restored = new NegativeSpikeDetector(null, state);
        var expected = Run(original, counts, SpikeStart - 20);
        var actual = Run(restored, counts, SpikeStart - 20);

        Assert.Equal(expected, actual);
        Assert.Contains(expected, s => s.IncidentOpen);
    }

    [Fact]
    public void State_stays_small()
    {
        var detector = new NegativeSpikeDetector();
        Run(detector, new SyntheticSeries(20).Generate(15 * Day));

        Assert.InRange(OrleansCopy.Bytes(detector.Snapshot()).Length, 1, 32 * 1024);
    }

    [Fact]
    public void A_single_step_that_just_passes_waits_for_the_next_while_a_huge_one_alerts_at_once()
    {
        int blip = 9 * Day + 14 * 12, held = 10 * Day + 14 * 12, huge = 12 * Day + 14 * 12;
        var counts = new SyntheticSeries(20).Generate(13 * Day);
        counts[blip] = 120; // about 3.5 times the afternoon's 34
        counts[held] = counts[held + 1] = 120;
        counts[huge] = 1000;

        var signals = Run(new NegativeSpikeDetector(), counts);

        // The lone step meets every raise condition (score at least 0.5) yet does not alert by itself.
        Assert.InRange(signals[blip].AnomalyScore, 0.5, 0.8);
        // The same level held for two steps alerts on the second; a step far beyond the thresholds alerts at once.
        Assert.Equal([held + 1, huge], AlertSteps(signals));
        Assert.Equal(AlertDecision.Raise, signals[huge].Decision);
    }

    [Fact]
    public void A_brand_with_almost_no_negatives_does_not_alert_on_a_handful()
    {
        var counts = new SyntheticSeries(0.2).Generate(10 * Day);
        counts[8 * Day + 15 * 12] = 4; // a handful at once: normal noise for a brand this small
        counts[9 * Day + 15 * 12] = 40;

        var signals = Run(new NegativeSpikeDetector(), counts);

        Assert.Equal(AlertDecision.None, signals[8 * Day + 15 * 12].Decision);
        Assert.All(signals.Take(9 * Day), s => Assert.Equal(AlertDecision.None, s.Decision));
        Assert.Equal(AlertDecision.Raise, signals[9 * Day + 15 * 12].Decision);
        // (40 + 3) / (about 0.35 + 3), with the default offset 3: between 10 and 30, high severity.
        Assert.InRange(signals[9 * Day + 15 * 12].Ratio, 10, 30);
        Assert.Equal(AlertSeverity.High, signals[9 * Day + 15 * 12].Severity);
    }

    [Fact]
    public void A_small_brands_burst_spread_over_an_hour_alerts_although_no_single_step_is_loud()
    {
        int burst = 9 * Day + 15 * 12;
        var counts = new SyntheticSeries(0.5).Generate(10 * Day);
        for (int i = burst; i < burst + 12; i++) counts[i] = 6; // about 72 in the hour against about 6; no step reaches the minimum excess of 8

        var withWindow = Run(new NegativeSpikeDetector(), counts);
        var stepsOnly = Run(new NegativeSpikeDetector(new NegativeSpikeOptions { WindowSteps = 1 }), counts);

        var raise = Assert.Single(withWindow.Skip(Day), s => s.Decision != AlertDecision.None);
        Assert.InRange(raise.Time, SyntheticSeries.TimeOf(burst), SyntheticSeries.TimeOf(burst + 11));
        Assert.DoesNotContain(stepsOnly.Skip(Day), s => s.Decision != AlertDecision.None);
    }
}
