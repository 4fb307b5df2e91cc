using System.Text.Json;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Digests;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Sentiment;
using static Reputation.Grains.Tests.Mentions;

namespace Reputation.Grains.Tests;

/// <summary>
/// Daily digests from mentions published on past days. Digests are only made for finished days of the last week, so
/// the days here are counted back from today. Only the scheduler test registers its brand in the directory, so the
/// days it produces for every registered brand never come before another test's mentions.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DigestGrainTests(ClusterFixture fixture)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private RecordedDigests Recorded =>
        (RecordedDigests)fixture.Cluster.GetSiloServiceProvider(fixture.Cluster.Silos[0].SiloAddress).GetService(typeof(RecordedDigests))!;

    /// <summary>Sets the profile on the brand's grain only: the scheduler test produces days for directory brands.</summary>
    private async Task Profile(string id, params string[] competitors) =>
        await fixture.Client.GetGrain<IBrandGrain>(id).SetProfile(new Brand { Id = id, Name = id.ToUpperInvariant(), Competitors = competitors });

    private static Alert NewAlert(string id, string brand, DateTimeOffset raisedAt, AlertStatus status, string? by = null, DateTimeOffset? at = null) => new()
    {
        Id = id,
        Brand = brand,
        Type = AlertType.NegativeSpike,
        Severity = AlertSeverity.High,
        Status = status,
        RaisedAt = raisedAt,
        UpdatedAt = at ?? raisedAt,
        Title = "Spike " + id,
        Summary = "s",
        AcknowledgedBy = status == AlertStatus.Resolved ? by : null,
        AcknowledgedAt = status == AlertStatus.Resolved ? at : null,
        ResolvedBy = status == AlertStatus.Resolved ? by : null,
        ResolvedAt = status == AlertStatus.Resolved ? at : null,
    };

    [Fact]
    public async Task A_digest_holds_the_days_volume_against_the_previous_days_its_topics_incidents_and_share_of_voice()
    {
        const string id = "digest-content";
        const string rival = "digest-content-rival";
        await Profile(id, rival);
        await Profile(rival);
        var day = Today.AddDays(-5);
        var start = Start(day);
        var brand = fixture.Client.GetGrain<IBrandGrain>(id);

        // Two days before: 6 mentions (2 negative); the day before: 4 (none negative); older days have none and are no normal.
        await brand.Ingest([
            .. Enumerable.Range(0, 6).Select(i => Scored(id, $"dc-p2-{i}", start.AddDays(-2).AddHours(i), i < 2 ? SentimentLabel.Negative : SentimentLabel.Neutral)),
            .. Enumerable.Range(0, 4).Select(i => Scored(id, $"dc-p1-{i}", start.AddDays(-1).AddHours(i), SentimentLabel.Positive)),
        ]);
        // The day: 6 negative about refunds, 4 positive; and a mention the next day that must not count.
        await brand.Ingest([
            .. Enumerable.Range(0, 6).Select(i => Scored(id, $"dc-d-{i}", start.AddHours(2 + i), SentimentLabel.Negative, i < 4 ? "refund delayed again" : "refund refused")),
            .. Enumerable.Range(0, 4).Select(i => Scored(id, $"dc-d-p{i}", start.AddHours(12 + i), SentimentLabel.Positive)),
            Scored(id, "dc-next", start.AddDays(1).AddMinutes(5), SentimentLabel.Negative, "outage everywhere"),
        ]);
        await fixture.Client.GetGrain<IBrandGrain>(rival).Ingest([.. Enumerable.Range(0, 10).Select(i => Scored(rival, $"dc-r-{i}", start.AddHours(i), SentimentLabel.Negative))]);

        var index = fixture.Client.GetGrain<IAlertIndexGrain>(0);
        await index.Publish(NewAlert("dc-a-handled", id, start.AddHours(3), AlertStatus.Resolved, "rita", start.AddHours(5)), AlertEvents.Updated);
        await index.Publish(NewAlert("dc-a-open", id, start.AddHours(-3), AlertStatus.Open), AlertEvents.Raised);
        await index.Publish(NewAlert("dc-a-before", id, start.AddDays(-2), AlertStatus.Resolved, "rita", start.AddDays(-2).AddHours(1)), AlertEvents.Updated);
        await index.Publish(NewAlert("dc-a-after", id, start.AddDays(1).AddHours(1), AlertStatus.Open), AlertEvents.Raised);

        var digest = await fixture.Client.GetGrain<IDigestGrain>(id).Produce(day);

        Assert.Equal((id, "DIGEST-CONTENT", day), (digest.Brand, digest.Name, digest.Day));
        Assert.Equal((start, start.AddDays(1)), (digest.From, digest.To));
        Assert.Equal((10, 6, 0, 4), (digest.Volume.Total, digest.Volume.Negative, digest.Volume.Neutral, digest.Volume.Positive));
        Assert.NotNull(digest.Normal);
        // Means of 6 and 4 mentions, of 2 and 0 negatives.
        Assert.Equal((2, 5.0, 1.0, 2.0, 2.0), (digest.Normal!.Days, digest.Normal.Total, digest.Normal.Negative, digest.Normal.Neutral, digest.Normal.Positive));
        Assert.Equal(100.0, digest.VolumeChangePercent);
        Assert.Equal(500.0, digest.NegativeChangePercent);
        Assert.Equal(-0.2, digest.NetSentiment);
        Assert.Equal([new TermCount("refund", 6), new TermCount("delayed", 4), new TermCount("refused", 2)], digest.TopTopics);
        Assert.Equal(["dc-a-open", "dc-a-handled"], digest.Incidents.Select(i => i.Id));
        var handled = digest.Incidents[1];
        Assert.Equal((AlertStatus.Resolved, "rita", start.AddHours(5)), (handled.Status, handled.ResolvedBy, handled.ResolvedAt));
        Assert.Equal([id, rival], digest.ShareOfVoice.Select(s => s.Brand));
        Assert.Equal([0.5, 0.5], digest.ShareOfVoice.Select(s => s.ShareOfVoice));
        Assert.Equal([0.375, 0.625], digest.ShareOfVoice.Select(s => s.ShareOfNegativeVoice));
    }

    [Fact]
    public async Task Producing_a_day_again_returns_the_stored_digest_and_hands_it_to_the_webhooks_once()
    {
        const string id = "digest-twice";
        var day = Today.AddDays(-4);
        var brand = fixture.Client.GetGrain<IBrandGrain>(id);
        await brand.Ingest([Scored(id, "dt-1", Start(day).AddHours(1), SentimentLabel.Negative)]);
        var digests = fixture.Client.GetGrain<IDigestGrain>(id);

        var first = await digests.Produce(day);
        // Later mentions of that day change nothing: the digest is made once.
        await brand.Ingest([Scored(id, "dt-2", Start(day).AddHours(2), SentimentLabel.Negative)]);
        var second = await digests.Produce(day);

        Assert.Equal(1, first.Volume.Total);
        Assert.Equal(JsonSerializer.Serialize(first, ContractJson.Options), JsonSerializer.Serialize(second, ContractJson.Options));
        Assert.Single(Recorded.Digests, d => d.Brand == id && d.Day == day);
        Assert.Equal(first.ProducedAt, (await digests.Get(day))!.ProducedAt);
    }

    [Fact]
    public async Task Digests_are_listed_newest_day_first()
    {
        const string id = "digest-list";
        var digests = fixture.Client.GetGrain<IDigestGrain>(id);

        await digests.Produce(Today.AddDays(-6));
        await digests.Produce(Today.AddDays(-4));
        await digests.Produce(Today.AddDays(-5));

        Assert.Equal([Today.AddDays(-4), Today.AddDays(-5), Today.AddDays(-6)], (await digests.List(10)).Select(d => d.Day));
        Assert.Equal([Today.AddDays(-4)], (await digests.List(1)).Select(d => d.Day));
        Assert.Null(await digests.Get(Today.AddDays(-7)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-8)]
    public async Task A_day_not_over_or_older_than_a_week_cannot_be_produced(int offset)
    {
        var digests = fixture.Client.GetGrain<IDigestGrain>("digest-refused");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => digests.Produce(Today.AddDays(offset)));
        Assert.Empty(await digests.List(30));
    }

    [Fact]
    public async Task The_scheduler_produces_due_days_for_registered_brands_once_whoever_asks()
    {
        const string id = "digest-scheduled";
        await fixture.Client.GetGrain<IBrandDirectoryGrain>(0).Register(new Brand { Id = id, Name = "Scheduled" });
        var scheduler = fixture.Client.GetGrain<IDigestSchedulerGrain>(0);
        var morning = new DateTimeOffset(Today.ToDateTime(new TimeOnly(5, 0)), TimeSpan.Zero);

        // Before the hour, yesterday is not due yet: the day before and the catch-up days before it are.
        await scheduler.RunDue(morning, hourUtc: 6);
        var digests = fixture.Client.GetGrain<IDigestGrain>(id);
        Assert.Equal([Today.AddDays(-2), Today.AddDays(-3), Today.AddDays(-4)], (await digests.List(30)).Select(d => d.Day));

        // Past the hour, yesterday is due; two silos asking produce it once.
        await Task.WhenAll(scheduler.RunDue(morning.AddHours(2), 6), scheduler.RunDue(morning.AddHours(3), 6));
        Assert.Equal(Today.AddDays(-1), (await digests.List(1))[0].Day);
        Assert.Single(Recorded.Digests, d => d.Brand == id && d.Day == Today.AddDays(-1));

        // A brand registered after the day was done gets that day on the next run, not the older ones.
        await fixture.Client.GetGrain<IBrandDirectoryGrain>(0).Register(new Brand { Id = "digest-late", Name = "Late" });
        await scheduler.RunDue(morning.AddHours(4), 6);
        Assert.Equal([Today.AddDays(-1)], (await fixture.Client.GetGrain<IDigestGrain>("digest-late").List(30)).Select(d => d.Day));
        Assert.Single(Recorded.Digests, d => d.Brand == id && d.Day == Today.AddDays(-1));
    }

    [Fact]
    public async Task A_day_whose_hand_over_failed_is_not_done_and_the_next_run_hands_it_over_once()
    {
        const string id = "digest-unreachable";
        Recorded.FailuresLeft[id] = 1;
        await fixture.Client.GetGrain<IBrandDirectoryGrain>(0).Register(new Brand { Id = id, Name = "Unreachable" });
        // Its own scheduler key: the production one (0) is exercised by the test above.
        var scheduler = fixture.Client.GetGrain<IDigestSchedulerGrain>(1);
        var evening = new DateTimeOffset(Today.ToDateTime(new TimeOnly(20, 0)), TimeSpan.Zero);
        var digests = fixture.Client.GetGrain<IDigestGrain>(id);

        await scheduler.RunDue(evening, hourUtc: 6);

        Assert.NotNull(await digests.Get(Today.AddDays(-3)));
        Assert.False(await digests.IsHandedOver(Today.AddDays(-3)));
        Assert.DoesNotContain(Recorded.Digests, d => d.Brand == id);

        await scheduler.RunDue(evening.AddMinutes(5), hourUtc: 6);

        Assert.True(await digests.IsHandedOver(Today.AddDays(-1)));
        Assert.Equal([Today.AddDays(-3), Today.AddDays(-2), Today.AddDays(-1)], Recorded.Digests.Where(d => d.Brand == id).Select(d => d.Day).Order());
    }
}
