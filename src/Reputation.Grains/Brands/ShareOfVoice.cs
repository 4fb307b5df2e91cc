using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;

namespace Reputation.Grains.Brands;

/// <summary>
/// Share of voice of a brand against its registered competitors. The period ends now by the injected
/// <see cref="TimeProvider"/> (the wall clock unless a test replaces it); when none of the brands has a mention in
/// that period but they have older data (a replayed or historical stream), it ends instead just after the newest minute
/// among them, so historical data still compares over a full period. Shared by the share-of-voice endpoint and the
/// daily digest.
/// </summary>
public static class ShareOfVoice
{
    public const int MinHours = 1;
    public const int MaxHours = 7 * 24;

    public static async Task<ShareOfVoiceReport> Measure(IGrainFactory grains, Brand profile, int hours, DateTimeOffset now)
    {
        var (ids, names) = await Participants(grains, profile);
        var span = TimeSpan.FromHours(hours);

        var to = now;
        var volumes = await Volumes(grains, ids, to - span, to);
        var newest = volumes.Max(v => v.NewestMinute);
        if (newest is { } minute && minute.AddMinutes(1) <= to - span)
        {
            to = minute.AddMinutes(1);
            volumes = await Volumes(grains, ids, to - span, to);
        }

        return new ShareOfVoiceReport(profile.Id, hours, to - span, to, Shares(ids, names, volumes));
    }

    /// <summary>The shares over a fixed period (the digest's day), without moving it to historical data.</summary>
    public static async Task<IReadOnlyList<BrandShare>> Over(IGrainFactory grains, Brand profile, DateTimeOffset from, DateTimeOffset to)
    {
        var (ids, names) = await Participants(grains, profile);
        return Shares(ids, names, await Volumes(grains, ids, from, to));
    }

    /// <summary>The arithmetic of the report, apart from the grains.</summary>
    public static IReadOnlyList<BrandShare> Shares(IReadOnlyList<string> ids, IReadOnlyList<string> names, IReadOnlyList<BrandVolume> volumes)
    {
        long allVolume = volumes.Sum(v => (long)v.Total);
        long allNegative = volumes.Sum(v => (long)v.Negative);
        return [.. volumes.Select((v, i) => new BrandShare(
            ids[i],
            names[i],
            v.Total,
            v.Negative,
            v.Neutral,
            v.Positive,
            allVolume == 0 ? null : (double)v.Total / allVolume,
            allNegative == 0 ? null : (double)v.Negative / allNegative,
            v.Total == 0 ? null : (double)(v.Positive - v.Negative) / v.Total))];
    }

    /// <summary>The brand first, then its competitors in the order of its profile, with their display names.</summary>
    private static async Task<(List<string> Ids, string[] Names)> Participants(IGrainFactory grains, Brand profile)
    {
        var ids = new[] { profile.Id }.Concat(profile.Competitors).Distinct(StringComparer.Ordinal).Take(1 + BrandValidator.MaxListItems).ToList();
        var names = await Task.WhenAll(ids.Select(async id => id == profile.Id ? profile.Name : (await grains.GetGrain<IBrandGrain>(id).GetProfile()).Name));
        return (ids, names);
    }

    private static async Task<BrandVolume[]> Volumes(IGrainFactory grains, IReadOnlyList<string> ids, DateTimeOffset from, DateTimeOffset to) =>
        await Task.WhenAll(ids.Select(id => grains.GetGrain<IBrandGrain>(id).GetVolume(from, to)));
}
