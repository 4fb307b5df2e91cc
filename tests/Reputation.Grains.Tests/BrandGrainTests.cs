using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;
using Reputation.Abstractions.Sentiment;
using static Reputation.Grains.Tests.Mentions;

namespace Reputation.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class BrandGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Counts_each_mention_once_even_when_the_batch_is_delivered_again()
    {
        var brand = fixture.Client.GetGrain<IBrandGrain>("dedup-brand");
        var batch = Enumerable.Range(0, 50).Select(i => Scored("dedup-brand", $"m-{i}", T0.AddSeconds(i * 10))).ToList();

        var first = await brand.Ingest(batch);
        var replay = await brand.Ingest(batch);
        var overlap = await brand.Ingest([.. batch.Take(10), Scored("dedup-brand", "m-new", T0.AddMinutes(9))]);

        Assert.Equal(new IngestResult(50, 0), first);
        Assert.Equal(new IngestResult(0, 50), replay);
        Assert.Equal(new IngestResult(1, 10), overlap);
        var timeline = await brand.GetTimeline(60);
        Assert.Equal(51, timeline.Buckets.Sum(b => b.Total));
    }

    [Fact]
    public async Task Buckets_mentions_by_published_minute_and_sentiment_in_any_arrival_order()
    {
        var brand = fixture.Client.GetGrain<IBrandGrain>("order-brand");
        await brand.Ingest([
            Scored("order-brand", "late-1", T0.AddMinutes(5), SentimentLabel.Negative),
            Scored("order-brand", "late-2", T0.AddMinutes(5).AddSeconds(30), SentimentLabel.Positive),
        ]);
        // Arrives later but was published earlier: goes to its own minute, not the newest one.
        await brand.Ingest([Scored("order-brand", "early", T0.AddMinutes(1), SentimentLabel.Negative)]);

        var buckets = (await brand.GetTimeline(10)).Buckets;
        var minute1 = Assert.Single(buckets, b => b.Minute == T0.AddMinutes(1));
        var minute5 = Assert.Single(buckets, b => b.Minute == T0.AddMinutes(5));
        Assert.Equal((1, 1, 0, 0), (minute1.Total, minute1.Negative, minute1.Positive, minute1.Neutral));
        Assert.Equal((2, 1, 1, 0), (minute5.Total, minute5.Negative, minute5.Positive, minute5.Neutral));
        Assert.Equal(T0.AddMinutes(5), buckets[^1].Minute);
    }

    [Fact]
    public async Task Rejects_mentions_addressed_to_another_brand()
    {
        var brand = fixture.Client.GetGrain<IBrandGrain>("right-brand");

        var result = await brand.Ingest([Scored("wrong-brand", "x-1", T0)]);

        Assert.Equal(0, result.Accepted);
        Assert.Equal(0, (await brand.GetTimeline(5)).Buckets.Sum(b => b.Total));
    }

    [Fact]
    public async Task State_survives_deactivation()
    {
        var brand = fixture.Client.GetGrain<IBrandGrain>("persisted-brand");
        await brand.Ingest(Enumerable.Range(0, 20).Select(i => Scored("persisted-brand", $"p-{i}", T0.AddMinutes(i), SentimentLabel.Negative)).ToList());

        await fixture.Cluster.DeactivateAsync(brand);
        await fixture.Cluster.WaitForDeactivationAsync(brand);

        var buckets = (await brand.GetTimeline(30)).Buckets;
        Assert.Equal(20, buckets.Sum(b => b.Negative));
        // The dedup memory was persisted too: a redelivery after the restart still counts nothing.
        Assert.Equal(0, (await brand.Ingest([Scored("persisted-brand", "p-3", T0.AddMinutes(3))])).Accepted);
    }

    [Fact]
    public async Task Overview_reports_the_last_hour_and_the_loudest_authors()
    {
        var brand = fixture.Client.GetGrain<IBrandGrain>("overview-brand");
        await brand.Ingest([
            Scored("overview-brand", "o-1", T0, SentimentLabel.Negative, "internet panne encore", followers: 120_000),
            Scored("overview-brand", "o-2", T0.AddMinutes(1), SentimentLabel.Negative, "panne internet partout"),
            Scored("overview-brand", "o-3", T0.AddMinutes(2), SentimentLabel.Positive, "merci"),
        ]);

        var overview = await brand.GetOverview();

        Assert.Equal(3, overview.TotalMentions);
        Assert.Equal(3, overview.LastHourTotal);
        Assert.Equal(2, overview.LastHourNegative);
        Assert.Contains(overview.TopTerms, t => t.Term == "panne" && t.Count == 2);
        Assert.Equal(120_000, overview.LoudestAuthors[0].Followers);
    }

    [Fact]
    public async Task Dutch_function_words_are_not_top_terms()
    {
        var brand = fixture.Client.GetGrain<IBrandGrain>("overview-brand-nl");
        await brand.Ingest([
            Scored("overview-brand-nl", "n-1", T0, SentimentLabel.Negative, "alweer geen internet sinds gisteren"),
            Scored("overview-brand-nl", "n-2", T0.AddMinutes(1), SentimentLabel.Negative, "jullie internet is weer plat, echt waarom"),
        ]);

        var terms = (await brand.GetOverview()).TopTerms.Select(t => t.Term).ToList();

        Assert.Contains("internet", terms);
        Assert.DoesNotContain(terms, t => t is "alweer" or "geen" or "sinds" or "jullie" or "weer" or "echt" or "waarom");
    }

    [Fact]
    public async Task A_registered_brand_without_mentions_has_an_empty_overview_and_timeline()
    {
        var brand = fixture.Client.GetGrain<IBrandGrain>("registered-only");
        await brand.SetProfile(new Brand { Id = "registered-only", Name = "Registered Only" });

        var overview = await brand.GetOverview();
        var timeline = await brand.GetTimeline(30);

        Assert.Equal(("Registered Only", 0L, 0, (double?)null), (overview.Name, overview.TotalMentions, overview.LastHourTotal, overview.LastHourExpected));
        Assert.Equal(30, timeline.Buckets.Count);
        Assert.All(timeline.Buckets, b => Assert.Equal(0, b.Total));
    }

    [Fact]
    public async Task Directory_lists_seen_and_registered_brands_and_pushes_profiles_to_the_brand()
    {
        var directory = fixture.Client.GetGrain<IBrandDirectoryGrain>(0);
        await directory.MarkSeen(["seen-a", "seen-b", "Not A Brand"]);
        var vinci = new Brand { Id = "vinci-dir", Name = "VINCI", OfficialDomains = ["vinci.com"] };
        await directory.Register(vinci);

        var ids = await directory.ListBrandIds();

        Assert.Contains("seen-a", ids);
        Assert.Contains("vinci-dir", ids);
        Assert.DoesNotContain("Not A Brand", ids);
        var profile = await fixture.Client.GetGrain<IBrandGrain>("vinci-dir").GetProfile();
        Assert.Equal("VINCI", profile.Name);
        Assert.Equal(["vinci.com"], profile.OfficialDomains);
    }
}
