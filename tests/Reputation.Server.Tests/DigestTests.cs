using Reputation.Webhooks.Tests.Infrastructure;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Digests;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Mentions;
using static Reputation.Server.Tests.TestMentions;

namespace Reputation.Server.Tests;

/// <summary>
/// Daily digests over HTTP: mentions of yesterday go through Kafka, the sentiment model and the grains; an admin produces
/// the day's digest on demand and it reaches a real loopback webhook receiver, signed, only where it was opted in to.
/// </summary>
public sealed class DigestTests(ReputationHost host) : IClassFixture<ReputationHost>
{
    private const string Secret = "digest-secret-0123456789";

    private static readonly DateOnly Yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
    private static readonly string Day = Yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static readonly DateTimeOffset Noon = new(Yesterday.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private static IEnumerable<Mention> Mentions(string brand, int negative, int positive) =>
        Labelled(brand, negative, positive, at: i => Noon.AddMinutes(i));

    private async Task<string> Subscribe(string url, string brand, string[]? events)
    {
        using var admin = host.Client(ReputationHost.AdminKey);
        using var response = await admin.PostAsJsonAsync("/api/webhooks", new { url, secret = Secret, brands = new[] { brand }, events }, ContractJson.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task WaitForVolume(string brand, int total)
    {
        using var viewer = host.Client(ReputationHost.ViewerKey);
        await ReputationHost.Eventually(
            () => ReputationHost.Get<ShareOfVoiceReport>(viewer, $"/api/brands/{brand}/share-of-voice?hours=48"),
            r => r!.Brands[0].Volume == total,
            TimeSpan.FromSeconds(30));
    }

    private async Task<DailyDigest> Produce(string brand)
    {
        using var admin = host.Client(ReputationHost.AdminKey);
        using var response = await admin.PostAsync($"/api/brands/{brand}/digests/{Day}", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DailyDigest>(ContractJson.Options))!;
    }

    [Fact]
    public async Task A_digest_produced_on_demand_reaches_opted_in_subscribers_signed_and_once()
    {
        await using var optedIn = await TestReceiver.StartAsync();
        await using var alertsOnly = await TestReceiver.StartAsync();
        await host.RegisterBrand("dg-one", "dg-rival");
        await host.RegisterBrand("dg-rival");
        var digestSubscription = await Subscribe(optedIn.Url, "dg-one", ["digest.daily"]);
        var alertSubscription = await Subscribe(alertsOnly.Url, "dg-one", events: null);
        using (var ingester = host.Client(ReputationHost.IngesterKey))
        {
            using var posted = await ingester.PostAsync("/api/mentions", Body(Ndjson([.. Mentions("dg-one", negative: 3, positive: 1), .. Mentions("dg-rival", negative: 0, positive: 4)])));
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        }

        await WaitForVolume("dg-one", 4);
        await WaitForVolume("dg-rival", 4);

        var digest = await Produce("dg-one");
        var again = await Produce("dg-one");

        Assert.Equal(("dg-one", Yesterday), (digest.Brand, digest.Day));
        Assert.Equal((4, 3, 1), (digest.Volume.Total, digest.Volume.Negative, digest.Volume.Positive));
        Assert.Equal(-0.5, digest.NetSentiment);
        Assert.Contains(new Abstractions.Grains.TermCount("terrible", 3), digest.TopTopics);
        Assert.Equal([0.5, 0.5], digest.ShareOfVoice.Select(s => s.ShareOfVoice));
        Assert.Equal(digest.ProducedAt, again.ProducedAt);

        using var admin = host.Client(ReputationHost.AdminKey);
        await ReputationHost.Eventually(
            () => admin.GetFromJsonAsync<JsonElement>($"/api/webhooks/{digestSubscription}/deliveries"),
            log => log.GetProperty("deliveries").EnumerateArray().Any(d => d.GetProperty("state").GetString() == "delivered"),
            TimeSpan.FromSeconds(30));

        var request = Assert.Single(optedIn.Received);
        Assert.Equal(DigestEvents.Daily, request.Headers["X-Reputation-Event"]);
        var timestamp = request.Headers["X-Reputation-Timestamp"];
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(request.Body).ToArray();
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), signed)), request.Headers["X-Reputation-Signature"]);
        var body = JsonSerializer.Deserialize<DailyDigest>(request.Body, ContractJson.Options)!;
        Assert.Equal((digest.Brand, digest.Day, digest.ProducedAt, 4), (body.Brand, body.Day, body.ProducedAt, body.Volume.Total));

        // Both subscriptions are matched in the same hand-over: the alerts-only one has nothing queued at all.
        var alertLog = await admin.GetFromJsonAsync<JsonElement>($"/api/webhooks/{alertSubscription}/deliveries");
        Assert.Empty(alertLog.GetProperty("deliveries").EnumerateArray());
        Assert.Empty(alertsOnly.Received);

        using var viewer = host.Client(ReputationHost.ViewerKey);
        var listed = (await ReputationHost.Get<DailyDigest[]>(viewer, "/api/brands/dg-one/digests"))!;
        Assert.Equal([Yesterday], listed.Select(d => d.Day));
        Assert.Equal(digest.ProducedAt, (await ReputationHost.Get<DailyDigest>(viewer, $"/api/brands/dg-one/digests/{Day}"))!.ProducedAt);
    }

    [Fact]
    public async Task With_the_schedule_on_a_silo_produces_the_due_days_of_registered_brands_by_itself()
    {
        // Hour 0: yesterday is always due; the first check comes one interval after start, then every 10 s.
        var scheduled = new ReputationHost(new Dictionary<string, string?>
        {
            ["Digest:Enabled"] = "true",
            ["Digest:HourUtc"] = "0",
            ["Digest:CheckInterval"] = "00:00:10",
        });
        await using (scheduled)
        {
            await ((IAsyncLifetime)scheduled).InitializeAsync();
            using var admin = scheduled.Client(ReputationHost.AdminKey);
            using (var registered = await admin.PutAsJsonAsync("/api/brands/dg-scheduled", new Brand { Id = "dg-scheduled", Name = "Scheduled" }, ContractJson.Options))
            {
                registered.EnsureSuccessStatusCode();
            }

            var digests = await ReputationHost.Eventually(
                () => ReputationHost.Get<DailyDigest[]>(admin, "/api/brands/dg-scheduled/digests"),
                d => d!.Any(x => x.Day == Yesterday),
                TimeSpan.FromSeconds(60));

            // Registered before the first check, the brand gets the last three due days, oldest first (so a
            // poll can see an older day alone); after it, yesterday only.
            Assert.Contains(digests!, d => d.Day == Yesterday);
            Assert.All(digests!, d => Assert.InRange(d.Day, Yesterday.AddDays(-2), Yesterday));
        }
    }

    [Theory]
    [InlineData("POST", "dg-bounds", "2026-13-01", HttpStatusCode.BadRequest)]
    [InlineData("POST", "dg-bounds", "today", HttpStatusCode.BadRequest)]
    [InlineData("POST", "dg-bounds", "+0", HttpStatusCode.BadRequest)]
    [InlineData("POST", "dg-bounds", "-30", HttpStatusCode.BadRequest)]
    [InlineData("GET", "dg-bounds", "-3", HttpStatusCode.NotFound)]
    [InlineData("GET", "dg-never-seen", "-1", HttpStatusCode.NotFound)]
    [InlineData("POST", "dg-never-seen", "-1", HttpStatusCode.NotFound)]
    public async Task Bad_days_unknown_brands_and_missing_digests_are_problems(string method, string brand, string day, HttpStatusCode expected)
    {
        await host.RegisterBrand("dg-bounds");
        // Offsets from today (UTC) stand for the days a fixed date cannot name.
        var path = day.StartsWith('+') || day.StartsWith('-')
            ? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(int.Parse(day, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : day;
        using var admin = host.Client(ReputationHost.AdminKey);

        using var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/brands/{brand}/digests/{path}"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
