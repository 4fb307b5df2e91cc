using Microsoft.Extensions.Options;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;
using Reputation.Ingestion;

namespace Reputation.Server.Demo;

/// <summary>
/// Produces realistic mentions of the demo brands into Kafka, through the same producer as every other
/// input: two days of history first (so baselines exist), then a live stream with a daily rhythm, noise,
/// and a staged incident now and then (an outage, a fake press release, an influencer's post, a campaign).
/// </summary>
public sealed class DemoMentionGenerator(
    MentionProducer producer,
    IGrainFactory grains,
    IOptions<DemoOptions> options,
    TimeProvider time,
    ILogger<DemoMentionGenerator> logger) : BackgroundService
{
    private readonly Random random = new(20161122);
    private long sequence;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        await RegisterBrands(stoppingToken);
        await Backfill(settings, stoppingToken);
        logger.LogInformation("Demo generator is live for {Brands}", string.Join(", ", DemoBrands.All.Select(b => b.Id)));

        var nextIncident = time.GetUtcNow() + settings.FirstIncidentAfter;
        using var tick = new PeriodicTimer(TimeSpan.FromSeconds(5), time);
        while (await tick.WaitForNextTickAsync(stoppingToken))
        {
            var now = time.GetUtcNow();
            var batch = new List<Mention>();
            foreach (var brand in DemoBrands.All)
            {
                batch.AddRange(Ordinary(brand, now - TimeSpan.FromSeconds(5), now, settings.PeakPerMinute));
            }

            if (now >= nextIncident)
            {
                batch.AddRange(Incident(now));
                nextIncident = now + settings.IncidentEvery;
            }

            await Produce(batch, stoppingToken);
        }
    }

    private async Task RegisterBrands(CancellationToken ct)
    {
        var directory = grains.GetGrain<IBrandDirectoryGrain>(0);
        foreach (var brand in DemoBrands.All)
        {
            ct.ThrowIfCancellationRequested();
            await directory.Register(brand);
        }
    }

    private async Task Backfill(DemoOptions settings, CancellationToken ct)
    {
        var end = time.GetUtcNow();
        for (var from = end - TimeSpan.FromHours(settings.BackfillHours); from < end; from += TimeSpan.FromHours(1))
        {
            var to = from + TimeSpan.FromHours(1) < end ? from + TimeSpan.FromHours(1) : end;
            await Produce(DemoBrands.All.SelectMany(b => Ordinary(b, from, to, settings.PeakPerMinute)).ToList(), ct);
        }
    }

    private async Task Produce(List<Mention> batch, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await producer.ProduceAsync(batch, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Demo generator could not produce {Count} mentions; it will go on", batch.Count);
        }
    }

    /// <summary>Everyday chatter: a Poisson count with a daily rhythm (quiet at night, busy in the evening).</summary>
    private IEnumerable<Mention> Ordinary(Brand brand, DateTimeOffset from, DateTimeOffset to, double peakPerMinute)
    {
        var hour = from.ToOffset(TimeSpan.FromHours(1)).Hour;
        var rhythm = 0.15 + 0.85 * Math.Pow(Math.Sin(Math.PI * Math.Clamp(hour - 6, 0, 17) / 17.0), 2);
        var size = brand.Id is "proximus" or "vinci" ? 1.0 : 0.5;
        var count = Poisson(peakPerMinute * rhythm * size * (to - from).TotalMinutes);
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            var pool = roll < 0.2 ? DemoTexts.Negative : roll < 0.7 ? DemoTexts.Neutral : DemoTexts.Positive;
            yield return Make(brand, Pick(pool), At(from, to), "twitter", Pick(DemoTexts.Authors), random.Next(20, 3000));
        }
    }

    private IEnumerable<Mention> Incident(DateTimeOffset now)
    {
        var kind = random.Next(4);
        var brand = DemoBrands.All[random.Next(DemoBrands.All.Count)];
        logger.LogInformation("Demo generator stages an incident ({Kind}) for {Brand}", kind switch
        {
            0 => "outage",
            1 => "fake press release",
            2 => "influencer post",
            _ => "positive campaign",
        }, brand.Id);

        switch (kind)
        {
            case 0:
                return Enumerable.Range(0, 120).Select(_ => Make(brand, Pick(DemoTexts.Outage), At(now - TimeSpan.FromMinutes(4), now), "twitter", Pick(DemoTexts.Authors), random.Next(50, 5000)));
            case 1:
                var vinci = DemoBrands.All.First(b => b.Id == "vinci");
                var first = Make(vinci, Pick(DemoTexts.FakeRelease), now - TimeSpan.FromSeconds(50), "newswire", "@vinci_press", 311, url: $"https://vinci.group/communique-{now:yyyy-MM-dd}");
                return [first, .. Enumerable.Range(0, 6).Select(i => Make(vinci, Pick(DemoTexts.Relay), now - TimeSpan.FromSeconds(40 - 5 * i), "news", "@wire_news" + i, 25_000 + i * 1000, reshareOf: first.Id))];
            case 2:
                return [Make(brand, Pick(DemoTexts.Influencer), now - TimeSpan.FromSeconds(10), "twitter", "@famous_voice", 2_400_000, shares: 850)];
            default:
                return Enumerable.Range(0, 150).Select(_ => Make(brand, Pick(DemoTexts.Campaign), At(now - TimeSpan.FromMinutes(4), now), "instagram", Pick(DemoTexts.Authors), random.Next(50, 5000)));
        }
    }

    private Mention Make(Brand brand, string template, DateTimeOffset at, string source, string author, long followers,
        string? url = null, string? reshareOf = null, long shares = 0) => new()
    {
        Id = $"demo-{brand.Id}-{at.ToUnixTimeMilliseconds()}-{Interlocked.Increment(ref sequence)}",
        Brand = brand.Id,
        Source = source,
        Text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, brand.Name),
        PublishedAt = at,
        Url = url,
        ReshareOf = reshareOf,
        Author = new MentionAuthor { Handle = author, Name = author.TrimStart('@'), Followers = followers },
        Engagement = new MentionEngagement { Likes = random.Next(0, 20), Shares = shares + random.Next(0, 5), Replies = random.Next(0, 5) },
    };

    private DateTimeOffset At(DateTimeOffset from, DateTimeOffset to) => from + (to - from) * random.NextDouble();

    private string Pick(string[] pool) => pool[random.Next(pool.Length)];

    private int Poisson(double mean)
    {
        // Knuth's method is fine for the small means of a demo; large means use the normal approximation.
        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * NextGaussian()));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
        {
            k++;
        }

        return k;
    }

    private double NextGaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
