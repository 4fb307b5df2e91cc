using System.Text.Json;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Sentiment;
using Reputation.Grains.Brands;
using Reputation.Grains.Timeline;
using static Reputation.Grains.Tests.Mentions;

namespace Reputation.Grains.Tests;

public sealed class DetectorSnapshotTests
{
    [Fact]
    public void Releasing_the_snapshots_of_a_write_keeps_what_the_detectors_know()
    {
        var state = new BrandDetectorsState();
        var detectors = new BrandDetectorsFactory().Create(state);
        var series = new MinuteSeries();
        var activity = new RecentActivity();
        var profile = Brand.Default("snap");
        // Two days of hourly chatter, one loud negative author in every hour: every detector has history.
        var mentions = Enumerable.Range(0, 48 * 6).Select(i => Scored("snap", $"s-{i}", T0.AddMinutes(i * 10),
            i % 3 == 0 ? SentimentLabel.Negative : SentimentLabel.Neutral, "slow service again", followers: i % 6 == 0 ? 50_000 : 200)).ToList();
        foreach (var scored in mentions)
        {
            series.Add(scored.Mention.PublishedAt, scored.Sentiment.Label == SentimentLabel.Negative ? -1 : 0);
            activity.Observe(scored, "snap");
        }

        detectors.Observe(mentions, series, profile, activity, mentions[^1].Mention.PublishedAt);
        var written = Json(detectors.Snapshot());
        Assert.All(new object?[] { state.Spike, state.Shift, state.Influencer }, Assert.NotNull);

        detectors.ReleaseSnapshots();
        var again = detectors.Snapshot();

        Assert.Same(state, again);
        Assert.Equal(written, Json(again));
        detectors.ReleaseSnapshots();
        Assert.Null(state.Spike);
        Assert.Null(state.Shift);
        Assert.Null(state.Influencer);
    }

    private static string Json(BrandDetectorsState state) => JsonSerializer.Serialize(new { state.Spike, state.Shift, state.Influencer, state.RecentNegatives, state.PendingSteps });
}
