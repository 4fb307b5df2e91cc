using Reputation.Abstractions.Alerts;
using Reputation.Detection.Influencer;

namespace Reputation.Detection.Tests;

public class InfluencerNegativeDetectorTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A brand whose mentions come from ordinary accounts (50 to 5,000 followers, a few shares).</summary>
    private static InfluencerNegativeDetector WithHistory(int mentions = 1_000)
    {
        var detector = new InfluencerNegativeDetector();
        var random = new Random(5);
        for (int i = 0; i < mentions; i++)
        {
            long followers = (long)Math.Pow(10, 1.7 + 2 * random.NextDouble());
            var signal = detector.Observe(Start.AddMinutes(i), followers, random.Next(0, 4), random.NextDouble() * 2 - 1);
            Assert.Equal(AlertDecision.None, signal.Decision);
        }
        return detector;
    }

    [Fact]
    public void A_negative_mention_from_a_far_larger_audience_raises()
    {
        var detector = WithHistory();

        var signal = detector.Observe(Start.AddDays(1), 2_000_000, 0, -0.8);

        Assert.Equal(AlertDecision.Raise, signal.Decision);
        Assert.True(signal.Influential && signal.Negative);
        Assert.InRange(signal.UsualReach!.Value, 3_000, 20_000);
        Assert.True(signal.ReachRatio >= 100);
        Assert.Equal(AlertSeverity.Critical, signal.Severity);
    }

    [Fact]
    public void The_same_author_being_positive_or_a_small_author_being_negative_does_not_alert()
    {
        var detector = WithHistory();

        Assert.Equal(AlertDecision.None, detector.Observe(Start.AddDays(1), 2_000_000, 0, 0.6).Decision);
        Assert.Equal(AlertDecision.None, detector.Observe(Start.AddDays(1), 2_000_000, 0, -0.3).Decision);
        Assert.Equal(AlertDecision.None, detector.Observe(Start.AddDays(1), 800, 1, -0.95).Decision);
    }

    [Fact]
    public void A_small_author_being_reshared_fast_raises()
    {
        var detector = WithHistory();

        var signal = detector.Observe(Start.AddDays(1), 120, 900, -0.7);

        Assert.Equal(AlertDecision.Raise, signal.Decision);
    }

    [Fact]
    public void Further_influencers_within_the_cool_down_join_the_incident_and_escalate_only_when_more_severe()
    {
        var detector = WithHistory();
        var first = detector.Observe(Start.AddDays(1), 80_000, 0, -0.8);
        var same = detector.Observe(Start.AddDays(1).AddMinutes(10), 90_000, 0, -0.9);
        var bigger = detector.Observe(Start.AddDays(1).AddMinutes(20), 5_000_000, 0, -0.9);
        var later = detector.Observe(Start.AddDays(1).AddHours(5), 80_000, 0, -0.8);

        Assert.Equal(AlertDecision.Raise, first.Decision);
        Assert.Equal(AlertDecision.None, same.Decision);
        Assert.True(same.IncidentOpen);
        Assert.Equal(AlertDecision.Escalate, bigger.Decision);
        Assert.True(bigger.Severity > first.Severity);
        Assert.Equal(AlertDecision.Raise, later.Decision);
    }

    [Fact]
    public void A_brand_without_history_only_alerts_on_very_large_reach()
    {
        var detector = new InfluencerNegativeDetector();

        Assert.Equal(AlertDecision.None, detector.Observe(Start, 50_000, 0, -0.9).Decision);
        var big = detector.Observe(Start.AddMinutes(1), 300_000, 0, -0.9);
        Assert.Equal(AlertDecision.Raise, big.Decision);
        Assert.Null(big.UsualReach);
    }

    [Fact]
    public void A_brand_used_to_large_audiences_is_not_paged_for_them()
    {
        var detector = new InfluencerNegativeDetector();
        var random = new Random(9);
        for (int i = 0; i < 1_000; i++)
            detector.Observe(Start.AddMinutes(i), (long)Math.Pow(10, 4 + 2 * random.NextDouble()), 0, -0.6);

        Assert.Equal(AlertDecision.None, detector.Observe(Start.AddDays(1), 900_000, 0, -0.9).Decision);
    }

    [Fact]
    public void State_round_trip_gives_the_same_outputs_and_stays_small()
    {
        var original = WithHistory(300);
        var restored = new InfluencerNegativeDetector(null, OrleansCopy.RoundTrip(original.Snapshot()));

        foreach (var (followers, shares, score) in new[] { (90_000L, 0L, -0.8), (300L, 2L, -0.9), (6_000_000L, 10L, -0.9) })
            Assert.Equal(original.Observe(Start.AddDays(1), followers, shares, score), restored.Observe(Start.AddDays(1), followers, shares, score));
        Assert.InRange(OrleansCopy.Bytes(original.Snapshot()).Length, 1, 4 * 1024);
    }

    [Fact]
    public void Rejects_impossible_input()
    {
        var detector = new InfluencerNegativeDetector();

        Assert.Throws<ArgumentOutOfRangeException>(() => detector.Observe(Start, -1, 0, -0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => detector.Observe(Start, 1, -1, -0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => detector.Observe(Start, 1, 0, -1.5));
    }
}
