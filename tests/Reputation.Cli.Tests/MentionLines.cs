using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reputation.Cli.Tests;

/// <summary>One mention as a JSONL line of contract section 1, written the way an integrator would.</summary>
public sealed record MentionLine(
    string Id,
    string Brand,
    string Source,
    string Text,
    DateTimeOffset PublishedAt,
    string? Url = null,
    string? Handle = null,
    long Followers = 150,
    bool Verified = false,
    long Shares = 0,
    string? ReshareOf = null)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson()
    {
        var handle = Handle ?? "@" + Id.Replace("-", "_", StringComparison.Ordinal);
        return JsonSerializer.Serialize(new
        {
            id = Id,
            brand = Brand,
            source = Source,
            text = Text,
            publishedAt = PublishedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            url = Url,
            author = new { id = "u-" + handle.TrimStart('@'), handle, followers = Followers, verified = Verified },
            engagement = new { likes = Shares, shares = Shares, replies = 0 },
            reshareOf = ReshareOf,
        }, Json);
    }
}

/// <summary>
/// Generated mention streams for the crisis scenarios: ordinary brand talk with a daily rhythm, into which
/// a scenario puts its incident. Seeded, so every run replays the same data.
/// </summary>
public sealed class MentionStream(string brand, string brandName, int seed)
{
    private readonly Random random = new(seed);
    private int sequence;

    public List<MentionLine> Mentions { get; } = [];

    public string Brand => brand;

    /// <summary>
    /// Ordinary talk from <paramref name="from"/> for <paramref name="duration"/>: about <paramref name="perHour"/>
    /// mentions an hour on average, fewer at night and more in the evening; a share of them negative.
    /// </summary>
    public MentionStream Ordinary(DateTimeOffset from, TimeSpan duration, double perHour, Func<DateTimeOffset, double> negativeShare)
    {
        for (var minute = from; minute < from + duration; minute = minute.AddMinutes(1))
        {
            var expected = perHour / 60 * DailyRhythm(minute.Hour);
            for (var k = Poisson(expected); k > 0; k--)
            {
                var at = minute.AddSeconds(random.Next(60));
                var roll = random.NextDouble();
                var pool = roll < negativeShare(at) ? BrandTalk.Negative : roll < 0.65 ? BrandTalk.Neutral : BrandTalk.Positive;
                Add(pool, at, followers: (long)Math.Exp(random.NextDouble() * Math.Log(5_000)) + 10);
            }
        }

        return this;
    }

    public MentionStream Ordinary(DateTimeOffset from, TimeSpan duration, double perHour, double negativeShare) =>
        Ordinary(from, duration, perHour, _ => negativeShare);

    /// <summary><paramref name="perMinute"/> mentions a minute from the pool, each by a different author.</summary>
    public MentionStream Burst(string[] pool, DateTimeOffset from, TimeSpan duration, int perMinute)
    {
        for (var minute = from; minute < from + duration; minute = minute.AddMinutes(1))
        {
            for (var k = 0; k < perMinute; k++)
            {
                Add(pool, minute.AddSeconds(k * 60 / perMinute), followers: 40 + random.Next(2_000));
            }
        }

        return this;
    }

    public MentionLine Add(string[] pool, DateTimeOffset at, long followers, string? handle = null, bool verified = false)
    {
        var id = $"{brand}-{++sequence:D6}";
        var mention = new MentionLine(id, brand, "twitter", BrandTalk.Of(pool, random.Next(pool.Length), brandName), at,
            Handle: handle, Followers: followers, Verified: verified);
        Mentions.Add(mention);
        return mention;
    }

    public MentionStream Add(MentionLine mention)
    {
        Mentions.Add(mention);
        return this;
    }

    public IEnumerable<string> Lines() => Mentions.OrderBy(m => m.PublishedAt).Select(m => m.ToJson());

    /// <summary>Quiet nights, a morning rise and an evening peak: averages about 1 over the day.</summary>
    private static double DailyRhythm(int hour) => hour switch
    {
        < 6 => 0.25,
        < 9 => 0.8,
        < 18 => 1.2,
        < 22 => 1.6,
        _ => 0.6,
    };

    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
        {
            k++;
        }

        return k;
    }
}
