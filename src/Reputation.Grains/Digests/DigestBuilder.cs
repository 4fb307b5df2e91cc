using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Digests;
using Reputation.Abstractions.Grains;
using Reputation.Grains.Brands;

namespace Reputation.Grains.Digests;

/// <summary>Gathers one brand's day from its grain, the alert index and its competitors' grains.</summary>
internal static class DigestBuilder
{
    public const int TopTopics = 10;
    public const int MaxIncidents = 50;

    /// <summary>The minute counts of a brand reach back this far from its newest minute.</summary>
    private static readonly TimeSpan Kept = TimeSpan.FromDays(7);

    public static async Task<DailyDigest> Build(IGrainFactory grains, string brandId, DateOnly day, DateTimeOffset now)
    {
        var brand = grains.GetGrain<IBrandGrain>(brandId);
        var from = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = from.AddDays(1);

        var profile = await brand.GetProfile();
        var volume = await brand.GetVolume(from, to);
        var normal = await Normal(brand, from, volume.NewestMinute);

        return new DailyDigest
        {
            Brand = brandId,
            Name = profile.Name,
            Day = day,
            From = from,
            To = to,
            ProducedAt = now,
            Volume = new DigestVolume { Total = volume.Total, Negative = volume.Negative, Neutral = volume.Neutral, Positive = volume.Positive },
            Normal = normal,
            VolumeChangePercent = Change(volume.Total, normal?.Total),
            NegativeChangePercent = Change(volume.Negative, normal?.Negative),
            NetSentiment = volume.Total == 0 ? null : Math.Round((double)(volume.Positive - volume.Negative) / volume.Total, 4),
            TopTopics = await brand.GetDayTerms(day, TopTopics),
            Incidents = await Incidents(grains, brand, brandId, from, to),
            ShareOfVoice = await ShareOfVoice.Over(grains, profile, from, to),
        };
    }

    /// <summary>
    /// The mean of the previous days still wholly in the kept minutes, from the first of them with any mention: days
    /// before the brand's first mention are not a normal of zero.
    /// </summary>
    private static async Task<DigestNormal?> Normal(IBrandGrain brand, DateTimeOffset dayStart, DateTimeOffset? newestMinute)
    {
        if (newestMinute is not { } newest)
        {
            return null;
        }

        var previous = new List<BrandVolume>();
        for (var start = dayStart.AddDays(-1); start > newest - Kept; start = start.AddDays(-1))
        {
            previous.Add(await brand.GetVolume(start, start.AddDays(1)));
        }

        // Oldest first, then skip the days before the first mention.
        var days = Enumerable.Reverse(previous).SkipWhile(v => v.Total == 0).ToList();
        return days.Count == 0 ? null : new DigestNormal
        {
            Days = days.Count,
            Total = Math.Round(days.Average(v => v.Total), 2),
            Negative = Math.Round(days.Average(v => v.Negative), 2),
            Neutral = Math.Round(days.Average(v => v.Neutral), 2),
            Positive = Math.Round(days.Average(v => v.Positive), 2),
        };
    }

    private static double? Change(int actual, double? normal) =>
        normal is > 0 ? Math.Round((actual - normal.Value) / normal.Value * 100, 1) : null;

    /// <summary>
    /// Alerts raised during the day or still open at its start. The brand keeps its open and latest closed alerts, the
    /// index keeps many more closed ones: both are read and the newest version of each alert wins.
    /// </summary>
    private static async Task<IReadOnlyList<DigestIncident>> Incidents(IGrainFactory grains, IBrandGrain brand, string brandId, DateTimeOffset from, DateTimeOffset to)
    {
        var own = await brand.GetAlerts();
        var indexed = await grains.GetGrain<IAlertIndexGrain>(0).Query(new AlertQuery { Brand = brandId, Limit = 1000 });
        return own.Concat(indexed)
            .GroupBy(a => a.Id, StringComparer.Ordinal)
            .Select(g => g.MaxBy(a => a.Version)!)
            .Where(a => a.RaisedAt < to && (a.Status != AlertStatus.Resolved || (a.ResolvedAt ?? a.UpdatedAt) >= from))
            .OrderBy(a => a.RaisedAt).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(MaxIncidents)
            .Select(a => new DigestIncident
            {
                Id = a.Id,
                Type = a.Type,
                Severity = a.Severity,
                Title = a.Title,
                RaisedAt = a.RaisedAt,
                Status = a.Status,
                AcknowledgedBy = a.AcknowledgedBy,
                AcknowledgedAt = a.AcknowledgedAt,
                ResolvedBy = a.ResolvedBy,
                ResolvedAt = a.ResolvedAt,
            })
            .ToList();
    }
}
