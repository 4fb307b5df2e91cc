using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Sentiment;
using static Reputation.Grains.Tests.Mentions;

namespace Reputation.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class BrandVolumeTests(ClusterFixture fixture)
{
    private static (int, int, int, int) Counts(BrandVolume v) => (v.Total, v.Negative, v.Neutral, v.Positive);

    [Fact]
    public async Task Sums_the_minutes_that_overlap_the_period_by_sentiment()
    {
        const string id = "volume-brand";
        var brand = fixture.Client.GetGrain<IBrandGrain>(id);
        await brand.Ingest([
            Scored(id, "v-1", T0, SentimentLabel.Negative),
            Scored(id, "v-2", T0.AddMinutes(1), SentimentLabel.Positive),
            Scored(id, "v-3", T0.AddMinutes(1).AddSeconds(30), SentimentLabel.Neutral),
            Scored(id, "v-4", T0.AddMinutes(2), SentimentLabel.Positive),
        ]);

        // A `to` on a minute boundary leaves that minute out.
        Assert.Equal((3, 1, 1, 1), Counts(await brand.GetVolume(T0, T0.AddMinutes(2))));
        // Partly covered minutes count whole: minute resolution.
        Assert.Equal((3, 1, 1, 1), Counts(await brand.GetVolume(T0.AddSeconds(30), T0.AddMinutes(1).AddSeconds(1))));
        Assert.Equal((3, 0, 1, 2), Counts(await brand.GetVolume(T0.AddMinutes(1), T0.AddHours(1))));
        Assert.Equal((4, 1, 1, 2), Counts(await brand.GetVolume(T0.AddDays(-30), T0.AddDays(30))));
        Assert.Equal((0, 0, 0, 0), Counts(await brand.GetVolume(T0.AddMinutes(2), T0)));
        Assert.Equal(T0.AddMinutes(2), (await brand.GetVolume(T0, T0.AddMinutes(1))).NewestMinute);
    }

    [Fact]
    public async Task Minutes_older_than_the_seven_days_kept_no_longer_count()
    {
        const string id = "volume-retention-brand";
        var brand = fixture.Client.GetGrain<IBrandGrain>(id);
        await brand.Ingest([
            Scored(id, "r-1", T0, SentimentLabel.Negative),
            Scored(id, "r-2", T0.AddMinutes(2), SentimentLabel.Positive),
        ]);
        await brand.Ingest([Scored(id, "r-3", T0.AddDays(7).AddMinutes(1), SentimentLabel.Negative)]);

        // The newest minute is T0 + 7 d + 1 min, so the kept week starts at T0 + 2 min: T0's mention is gone.
        Assert.Equal((2, 1, 0, 1), Counts(await brand.GetVolume(T0.AddDays(-1), T0.AddDays(8))));
    }

    [Fact]
    public async Task A_brand_without_mentions_has_no_volume_and_no_newest_minute()
    {
        var volume = await fixture.Client.GetGrain<IBrandGrain>("volume-empty-brand").GetVolume(T0.AddDays(-1), T0);

        Assert.Equal((0, 0, 0, 0), Counts(volume));
        Assert.Null(volume.NewestMinute);
    }
}
