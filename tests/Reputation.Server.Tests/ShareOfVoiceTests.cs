using System.Net;
using System.Net.Http.Json;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Mentions;
using Reputation.Server.Api;
using static Reputation.Server.Tests.TestMentions;

namespace Reputation.Server.Tests;

/// <summary>Share of voice over HTTP: mentions go through Kafka, the real sentiment model and the brand grains.</summary>
public sealed class ShareOfVoiceTests(ReputationHost host) : IClassFixture<ReputationHost>
{
    private static IEnumerable<Mention> Mentions(string brand, int negative, int positive, int neutral, DateTimeOffset? at = null) =>
        Labelled(brand, negative, positive, neutral, _ => at);

    private async Task Post(IEnumerable<Mention> mentions)
    {
        using var ingester = host.Client(ReputationHost.IngesterKey);
        using var response = await ingester.PostAsync("/api/mentions", Body(Ndjson(mentions)));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private async Task<ShareOfVoiceReport> WaitForVolumes(string path, params int[] volumes)
    {
        using var viewer = host.Client(ReputationHost.ViewerKey);
        return (await ReputationHost.Eventually(
            () => ReputationHost.Get<ShareOfVoiceReport>(viewer, path),
            r => r!.Brands.Select(b => b.Volume).SequenceEqual(volumes),
            TimeSpan.FromSeconds(30)))!;
    }

    [Fact]
    public async Task Shares_and_net_sentiment_compare_the_brand_with_its_competitors()
    {
        await host.RegisterBrand("sov-one", "sov-rival-a", "sov-rival-b");
        await host.RegisterBrand("sov-rival-a");
        await host.RegisterBrand("sov-rival-b");
        await Post([
            .. Mentions("sov-one", negative: 3, positive: 4, neutral: 1),
            .. Mentions("sov-rival-a", negative: 1, positive: 1, neutral: 2),
            .. Mentions("sov-rival-b", negative: 4, positive: 0, neutral: 0),
        ]);

        var report = await WaitForVolumes("/api/brands/sov-one/share-of-voice?hours=24", 8, 4, 4);

        Assert.Equal("sov-one", report.Brand);
        Assert.Equal(24, report.Hours);
        Assert.Equal(TimeSpan.FromHours(24), report.To - report.From);
        Assert.InRange(report.To, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow);
        Assert.Equal(["sov-one", "sov-rival-a", "sov-rival-b"], report.Brands.Select(b => b.Brand));
        Assert.Equal(["SOV-ONE", "SOV-RIVAL-A", "SOV-RIVAL-B"], report.Brands.Select(b => b.Name));
        Assert.Equal([3, 1, 4], report.Brands.Select(b => b.Negative));
        Assert.Equal([4, 1, 0], report.Brands.Select(b => b.Positive));
        Assert.Equal([1, 2, 0], report.Brands.Select(b => b.Neutral));
        // 8, 4 and 4 of 16 mentions; 3, 1 and 4 of 8 negatives; (4 - 3) / 8, (1 - 1) / 4, (0 - 4) / 4.
        Assert.Equal([0.5, 0.25, 0.25], report.Brands.Select(b => b.ShareOfVoice));
        Assert.Equal([0.375, 0.125, 0.5], report.Brands.Select(b => b.ShareOfNegativeVoice));
        Assert.Equal([0.125, 0.0, -1.0], report.Brands.Select(b => b.NetSentiment));
    }

    [Fact]
    public async Task A_competitor_without_mentions_has_no_net_sentiment_and_no_share_of_silence()
    {
        await host.RegisterBrand("sov-lonely", "sov-silent");
        await Post(Mentions("sov-lonely", negative: 0, positive: 2, neutral: 0));

        var report = await WaitForVolumes("/api/brands/sov-lonely/share-of-voice", 2, 0);

        Assert.Equal(24, report.Hours);
        Assert.Equal([1.0, 0.0], report.Brands.Select(b => b.ShareOfVoice));
        // No negative mention at all: a share of zero negatives is undefined.
        Assert.Equal([null, null], report.Brands.Select(b => b.ShareOfNegativeVoice));
        Assert.Equal([1.0, null], report.Brands.Select(b => b.NetSentiment));
    }

    [Fact]
    public async Task Historical_data_is_compared_over_the_period_ending_at_its_newest_minute()
    {
        var past = DateTimeOffset.UtcNow.AddDays(-10);
        await host.RegisterBrand("sov-past", "sov-past-rival");
        await Post([
            .. Mentions("sov-past", negative: 1, positive: 2, neutral: 0, at: past),
            .. Mentions("sov-past-rival", negative: 1, positive: 0, neutral: 0, at: past.AddHours(-2)),
        ]);

        var report = await WaitForVolumes("/api/brands/sov-past/share-of-voice?hours=24", 3, 1);

        var newestMinute = new DateTimeOffset(past.Ticks - (past.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        Assert.Equal(newestMinute.AddMinutes(1), report.To);
        Assert.Equal([0.75, 0.25], report.Brands.Select(b => b.ShareOfVoice));
        Assert.Equal([0.5, 0.5], report.Brands.Select(b => b.ShareOfNegativeVoice));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public async Task Hours_outside_one_to_a_week_are_a_validation_problem(int hours)
    {
        await host.RegisterBrand("sov-bounds");
        using var viewer = host.Client(ReputationHost.ViewerKey);

        using var response = await viewer.GetAsync($"/api/brands/sov-bounds/share-of-voice?hours={hours}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>();
        Assert.Equal([$"'hours' must be between 1 and 168 (7 days); got {hours}."], problem!.Errors["hours"]);
    }

    [Fact]
    public async Task An_unknown_brand_is_a_not_found_problem()
    {
        using var viewer = host.Client(ReputationHost.ViewerKey);

        using var response = await viewer.GetAsync("/api/brands/sov-never-seen/share-of-voice");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_viewer_may_read_it_and_an_anonymous_caller_may_not()
    {
        await host.RegisterBrand("sov-access");
        using var viewer = host.Client(ReputationHost.ViewerKey);
        using var anonymous = host.Client(apiKey: null);

        using var allowed = await viewer.GetAsync("/api/brands/sov-access/share-of-voice");
        using var refused = await anonymous.GetAsync("/api/brands/sov-access/share-of-voice");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
