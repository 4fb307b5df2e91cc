using System.Net.Http.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Mentions;
using Reputation.Ingestion;

namespace Reputation.Cluster.Tests;

/// <summary>
/// Three silo processes with Redis membership and storage and a shared Kafka: one is killed with SIGKILL in
/// the middle of the stream, and the survivors must still count every mention exactly once, keep the
/// brands' state and open alerts, and keep raising new ones.
/// </summary>
public sealed class SiloKillTests
{
    private const int Brands = 12;
    private const int PerBrand = 250;

    [Fact]
    public async Task Nothing_is_lost_or_counted_twice_when_a_silo_is_killed_mid_stream()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 3);
        using var producer = new MentionProducer(new Endpoint(cluster.KafkaBootstrap),
            Options.Create(new KafkaOptions { BootstrapServers = cluster.KafkaBootstrap }), NullLogger<MentionProducer>.Instance);
        using var api = cluster.Client(cluster.Silos[0]);
        await Register(api, "kill-vinci", "vinci.com");
        await Register(api, "kill-emulex", "emulex.com");

        var mentions = Enumerable.Range(0, Brands)
            .SelectMany(b => Enumerable.Range(0, PerBrand).Select(i => Mention($"kill-b{b}", $"k-{b}-{i}", i)))
            .OrderBy(m => m.Id.GetHashCode())
            .ToList();
        var chunks = mentions.Chunk(mentions.Count / 6).ToList();

        await producer.ProduceAsync([FakeRelease("kill-vinci", "fake-1", "vinci.group")], CancellationToken.None);
        var before = await WaitForAlert(api, "kill-vinci", cluster);
        for (var c = 0; c < chunks.Count; c++)
        {
            if (c == chunks.Count / 2)
            {
                cluster.Silos[1].Process.KillHard();
            }

            await producer.ProduceAsync(chunks[c], CancellationToken.None);
            await Task.Delay(500);
        }

        await producer.ProduceAsync([FakeRelease("kill-emulex", "fake-2", "emulex-news.com")], CancellationToken.None);

        var counts = await WaitForCounts(api, TimeSpan.FromMinutes(4));
        Assert.True(counts.Values.All(n => n == PerBrand), $"counts per brand: {string.Join(", ", counts.Select(kv => $"{kv.Key}={kv.Value}"))}\n{cluster.Diagnostics()}");

        var after = await WaitForAlert(api, "kill-emulex", cluster);
        Assert.Equal(AlertType.SuspectPressRelease, after.Type);
        var survivor = await api.GetFromJsonAsync<Alert>($"/api/alerts/{before.Id}", ContractJson.Options);
        Assert.Equal(AlertStatus.Open, survivor!.Status);
        Assert.Equal("fake-1", survivor.Evidence[0].MentionId);
    }

    private static async Task<Dictionary<string, int>> WaitForCounts(HttpClient api, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        Dictionary<string, int> counts = [];
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                counts = [];
                for (var b = 0; b < Brands; b++)
                {
                    var timeline = await api.GetFromJsonAsync<BrandTimeline>($"/api/brands/kill-b{b}/timeline?minutes=120", ContractJson.Options);
                    counts[$"kill-b{b}"] = timeline!.Buckets.Sum(x => x.Total);
                }

                if (counts.Values.All(n => n >= PerBrand))
                {
                    // Settle: anything still in flight that could double count would show now.
                    await Task.Delay(3000);
                    return counts;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // A grain whose silo just died answers again once the cluster has declared it dead.
            }

            await Task.Delay(1000);
        }

        return counts;
    }

    private static async Task<Alert> WaitForAlert(HttpClient api, string brand, LocalCluster cluster)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var alerts = await api.GetFromJsonAsync<List<Alert>>($"/api/alerts?brand={brand}", ContractJson.Options);
                if (alerts is { Count: > 0 })
                {
                    return alerts[0];
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        var all = await api.GetStringAsync("/api/alerts");
        throw new TimeoutException($"No alert for {brand}. Alerts: {all}\n{cluster.Diagnostics()}");
    }

    private static async Task Register(HttpClient api, string id, string domain)
    {
        var brand = new Brand { Id = id, Name = id.Split('-')[1].ToUpperInvariant(), OfficialDomains = [domain], OfficialHandles = ["@" + id.Split('-')[1]] };
        (await api.PutAsJsonAsync($"/api/brands/{id}", brand, ContractJson.Options)).EnsureSuccessStatusCode();
        // Every silo's scoring stage refreshes registered profiles every few seconds.
        await Task.Delay(TimeSpan.FromSeconds(6));
    }

    private static Mention Mention(string brand, string id, int i) => new()
    {
        Id = id,
        Brand = brand,
        Source = "twitter",
        Text = i % 3 == 0 ? "Service down again, very disappointed" : "Using the app today, nothing special",
        PublishedAt = DateTimeOffset.UtcNow.AddMinutes(-20).AddSeconds(i * 4),
        Author = new MentionAuthor { Handle = "@user" + (i % 40), Followers = 100 + i },
    };

    private static Mention FakeRelease(string brand, string id, string domain) => new()
    {
        Id = id,
        Brand = brand,
        Source = "newswire",
        Text = $"PRESS RELEASE: {brand.Split('-')[1].ToUpperInvariant()} announces restatement of its accounts and the dismissal of its CFO",
        PublishedAt = DateTimeOffset.UtcNow.AddSeconds(-5),
        Url = $"https://{domain}/press/2026-11-24",
        Author = new MentionAuthor { Handle = "@" + brand.Split('-')[1] + "_press", Followers = 311, Verified = false },
        Engagement = new MentionEngagement { Shares = 48 },
    };

    private sealed class Endpoint(string bootstrap) : IKafkaEndpoint
    {
        public string BootstrapServers => bootstrap;

        public bool Embedded => false;
    }
}
