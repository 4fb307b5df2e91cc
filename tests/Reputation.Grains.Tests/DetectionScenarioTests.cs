using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;
using Reputation.Abstractions.Sentiment;
using Reputation.TweetRisk;

namespace Reputation.Grains.Tests;

/// <summary>The detectors as the brand grain runs them, in event time, on synthetic but realistic streams.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DetectionScenarioTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero); // a Monday

    /// <summary>Two days of ordinary chatter with a daily rhythm: about 1 negative in 5 per mention.</summary>
    private static IEnumerable<ScoredMention> Ordinary(string brand, DateTimeOffset from, TimeSpan length, int seed)
    {
        var random = new Random(seed);
        for (var t = from; t < from + length; t += TimeSpan.FromMinutes(1))
        {
            var perMinute = t.Hour is >= 8 and < 22 ? 3 : 1;
            for (var k = 0; k < perMinute; k++)
            {
                var label = random.NextDouble() < 0.2 ? SentimentLabel.Negative : random.NextDouble() < 0.5 ? SentimentLabel.Positive : SentimentLabel.Neutral;
                yield return Mentions.Scored(brand, $"{brand}-o-{t.ToUnixTimeSeconds()}-{k}", t.AddSeconds(random.Next(60)), label, "ordinary chatter", followers: random.Next(10, 2000));
            }
        }
    }

    private static async Task Feed(IBrandGrain grain, IEnumerable<ScoredMention> mentions)
    {
        foreach (var batch in mentions.OrderBy(m => m.Mention.PublishedAt).Chunk(400))
        {
            await grain.Ingest(batch);
        }
    }

    [Fact]
    public async Task An_outage_after_two_quiet_days_raises_one_negative_spike_that_then_escalates_or_updates()
    {
        var grain = fixture.Client.GetGrain<IBrandGrain>("scenario-outage");
        await Feed(grain, Ordinary("scenario-outage", Start, TimeSpan.FromDays(2), seed: 1));
        Assert.DoesNotContain(await grain.GetAlerts(), a => a.Type == AlertType.NegativeSpike);

        var outageStart = Start.AddDays(2).AddHours(19);
        var outage = Enumerable.Range(0, 30 * 25).Select(i => Mentions.Scored("scenario-outage", $"outage-{i}",
            outageStart.AddSeconds(i * 2.4), SentimentLabel.Negative, "panne internet encore, service client injoignable", followers: 50 + i));
        await Feed(grain, Ordinary("scenario-outage", Start.AddDays(2), TimeSpan.FromHours(20), seed: 2).Concat(outage));
        await grain.AdvanceClock(outageStart.AddMinutes(35));

        var spikes = (await grain.GetAlerts()).Where(a => a.Type == AlertType.NegativeSpike).ToList();
        var alert = Assert.Single(spikes);
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.True(alert.Summary.Contains("top terms client, injoignable, internet"), alert.Summary);
        Assert.True(alert.Metrics.Ratio > 3, $"ratio {alert.Metrics.Ratio}");
        Assert.NotEmpty(alert.Evidence);
        Assert.All(alert.Evidence, e => Assert.Equal("negative", e.Sentiment));
        Assert.True(alert.RaisedAt < outageStart.AddMinutes(15), $"raised at {alert.RaisedAt}, outage began {outageStart}");
        var timeline = await grain.GetTimeline(60);
        Assert.Contains(timeline.Buckets, b => b.ExpectedNegative is not null);
    }

    [Fact]
    public async Task A_positive_campaign_never_pages_the_crisis_team()
    {
        var grain = fixture.Client.GetGrain<IBrandGrain>("scenario-campaign");
        await Feed(grain, Ordinary("scenario-campaign", Start, TimeSpan.FromDays(2), seed: 3));
        var launch = Start.AddDays(2).AddHours(12);
        var campaign = Enumerable.Range(0, 1500).Select(i => Mentions.Scored("scenario-campaign", $"campaign-{i}",
            launch.AddSeconds(i), SentimentLabel.Positive, "love the new ad 😍", followers: 500));

        await Feed(grain, campaign);
        await grain.AdvanceClock(launch.AddHours(2));

        Assert.Empty(await grain.GetAlerts());
    }

    [Fact]
    public async Task A_fake_release_from_a_lookalike_domain_raises_a_critical_alert_on_its_first_mention()
    {
        var grain = fixture.Client.GetGrain<IBrandGrain>("scenario-vinci");
        var profile = new Brand { Id = "scenario-vinci", Name = "VINCI", OfficialDomains = ["vinci.com"], OfficialHandles = ["@VINCI"] };
        await grain.SetProfile(profile);
        var mention = new Mention
        {
            Id = "fake-vinci-1",
            Brand = "scenario-vinci",
            Source = "newswire",
            Text = "COMMUNIQUÉ DE PRESSE – VINCI annonce la révision de ses comptes consolidés et le licenciement de son directeur financier",
            PublishedAt = new DateTimeOffset(2016, 11, 22, 15, 5, 12, TimeSpan.Zero),
            Lang = "fr",
            Url = "https://vinci.group/communique-2016-11-22",
            Author = new MentionAuthor { Handle = "@vinci_press", Name = "VINCI Press", Followers = 311 },
            Engagement = new MentionEngagement { Shares = 48 },
        };
        var assessment = new PressReleaseAnalyzer().Assess(mention, profile, "fr");

        await grain.Ingest([new ScoredMention { Mention = mention, Language = "fr", Sentiment = new SentimentResult(SentimentLabel.Negative, -0.6), PressRelease = assessment }]);

        var alert = Assert.Single(await grain.GetAlerts());
        Assert.Equal(AlertType.SuspectPressRelease, alert.Type);
        Assert.True(alert.Severity >= AlertSeverity.High);
        Assert.Equal("fake-vinci-1", alert.Evidence[0].MentionId);
        Assert.Contains(alert.Reasons, r => r.StartsWith("lookalike-domain: vinci.group", StringComparison.Ordinal));
        var indexed = await fixture.Client.GetGrain<IAlertIndexGrain>(0).Get(alert.Id);
        Assert.NotNull(indexed);
    }

    [Fact]
    public async Task A_negative_post_by_a_very_influential_author_raises_an_influencer_alert()
    {
        var grain = fixture.Client.GetGrain<IBrandGrain>("scenario-voice");
        await Feed(grain, Ordinary("scenario-voice", Start, TimeSpan.FromHours(6), seed: 4));
        var post = Mentions.Scored("scenario-voice", "voice-1", Start.AddHours(6).AddMinutes(3), SentimentLabel.Negative,
            "Worst service I have ever had. Cancelling today.", followers: 2_400_000);

        await grain.Ingest([post]);

        var alert = Assert.Single(await grain.GetAlerts());
        Assert.Equal(AlertType.InfluencerNegative, alert.Type);
        Assert.Equal("voice-1", alert.Evidence[0].MentionId);
        Assert.Contains("2,400,000 followers", alert.Summary);
    }
}
