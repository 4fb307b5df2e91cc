using Reputation.Abstractions.Alerts;

namespace Reputation.Cli.Tests;

/// <summary>
/// The crisis scenarios of the product, replayed through the live pipeline by `reputation replay`: each incident
/// is one alert of the right type, and ordinary life (noise, a campaign) is none.
/// </summary>
public sealed class ReplayScenarioTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();

    [Fact]
    public async Task An_outage_raises_one_negative_spike_within_a_quarter_hour_with_negative_evidence()
    {
        var burstStart = Start.AddDays(2).AddHours(9);
        var stream = new MentionStream("aerolia", "Aerolia", seed: 1)
            .Ordinary(Start, TimeSpan.FromHours(48 + 12), perHour: 30, negativeShare: 0.12)
            .Burst(BrandTalk.Negative, burstStart, TimeSpan.FromMinutes(45), perMinute: 15);
        var negativeIds = stream.Mentions.Where(m => BrandTalk.Negative.Any(t => m.Text == string.Format(t, "Aerolia"))).Select(m => m.Id).ToHashSet();

        var alerts = await Replays.Run(folder, stream.Lines());

        Assert.All(alerts, a => Assert.Equal(AlertType.NegativeSpike, a.Type));
        var spike = Assert.Single(alerts.GroupBy(a => a.Id));
        var raised = spike.OrderBy(a => a.Version).First();
        Assert.Equal(1, raised.Version);
        Assert.InRange(raised.RaisedAt, burstStart, burstStart.AddMinutes(15));
        Assert.All(spike, a => Assert.Equal(raised.RaisedAt, a.RaisedAt));
        Assert.NotEmpty(raised.Evidence);
        Assert.All(spike.SelectMany(a => a.Evidence), e => Assert.Contains(e.MentionId, negativeIds));
    }

    [Fact]
    public async Task A_burst_in_the_last_minutes_of_the_input_is_still_judged()
    {
        // The input ends four minutes into the outage: its step never completes in the data's own time.
        var burstStart = Start.AddDays(2).AddHours(9);
        var stream = new MentionStream("aerolia", "Aerolia", seed: 6)
            .Ordinary(Start, TimeSpan.FromHours(48 + 9), perHour: 30, negativeShare: 0.12)
            .Burst(BrandTalk.Negative, burstStart, TimeSpan.FromMinutes(4), perMinute: 20);

        var alerts = await Replays.Run(folder, stream.Lines());

        var spike = Assert.Single(alerts.GroupBy(a => a.Id));
        Assert.All(spike, a => Assert.Equal(AlertType.NegativeSpike, a.Type));
        Assert.InRange(spike.Min(a => a.RaisedAt), burstStart, burstStart.AddMinutes(10));
    }

    [Fact]
    public async Task A_slow_burn_at_flat_volume_raises_a_sentiment_shift_and_no_spike()
    {
        var rampStart = Start.AddDays(3);
        static double Ramp(DateTimeOffset at, DateTimeOffset from) =>
            0.15 + 0.30 * Math.Clamp((at - from).TotalHours / 24, 0, 1);
        var stream = new MentionStream("aerolia", "Aerolia", seed: 2)
            .Ordinary(Start, TimeSpan.FromDays(4.5), perHour: 20, at => Ramp(at, rampStart));

        var alerts = await Replays.Run(folder, stream.Lines());

        Assert.DoesNotContain(alerts, a => a.Type == AlertType.NegativeSpike);
        var shift = alerts.Where(a => a.Type == AlertType.SentimentShift).GroupBy(a => a.Id).ToList();
        Assert.True(shift.Count == 1, Replays.Describe(alerts));
        var raised = shift[0].OrderBy(a => a.Version).First();
        Assert.InRange(raised.RaisedAt, rampStart, rampStart.AddDays(1.5));
        Assert.True(raised.Metrics.NegativeShare > raised.Metrics.BaselineNegativeShare, Replays.Describe(alerts));
    }

    [Fact]
    public async Task A_negative_post_by_an_influencer_raises_one_influencer_alert()
    {
        var postedAt = Start.AddDays(1).AddHours(14).AddMinutes(7);
        var stream = new MentionStream("aerolia", "Aerolia", seed: 3)
            .Ordinary(Start, TimeSpan.FromHours(40), perHour: 20, negativeShare: 0.10);
        var post = stream.Add(BrandTalk.Negative, postedAt, followers: 2_000_000, handle: "@travel_with_lena", verified: true);

        var alerts = await Replays.Run(folder, stream.Lines());

        var influencer = Assert.Single(alerts.GroupBy(a => a.Id));
        Assert.All(influencer, a => Assert.Equal(AlertType.InfluencerNegative, a.Type));
        var raised = influencer.OrderBy(a => a.Version).First();
        Assert.Equal(post.Id, Assert.Single(raised.Evidence).MentionId);
        Assert.Equal(2_000_000, raised.Metrics.Followers);
    }

    [Fact]
    public async Task A_large_positive_campaign_raises_no_alert()
    {
        var launch = Start.AddDays(2).AddHours(18);
        var stream = new MentionStream("aerolia", "Aerolia", seed: 4)
            .Ordinary(Start, TimeSpan.FromHours(48 + 24), perHour: 20, negativeShare: 0.12)
            .Burst(BrandTalk.Campaign, launch, TimeSpan.FromHours(1), perMinute: 40);

        var alerts = await Replays.Run(folder, stream.Lines());

        Assert.True(alerts.Count == 0, Replays.Describe(alerts));
    }

    [Fact]
    public async Task A_quiet_week_of_ordinary_noise_raises_no_alert()
    {
        var stream = new MentionStream("aerolia", "Aerolia", seed: 5)
            .Ordinary(Start, TimeSpan.FromDays(7), perHour: 20, negativeShare: 0.12);

        var alerts = await Replays.Run(folder, stream.Lines());

        Assert.True(stream.Mentions.Count > 2_500);
        Assert.True(alerts.Count == 0, Replays.Describe(alerts));
    }

    public void Dispose() => folder.Dispose();
}
