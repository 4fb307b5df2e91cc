using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;
using Reputation.Abstractions.Sentiment;

namespace Reputation.Grains.Brands;

/// <summary>
/// Counts the terms of negative mentions per UTC day of publication, for the daily digest's top topics. Only the newest
/// day seen and the day before are kept, each with at most <see cref="MaxTermsPerDay"/> terms, so the brand state stays
/// small; it is persisted with the brand, so a restart does not lose the day's topics.
/// </summary>
[GenerateSerializer]
public sealed class DailyTerms
{
    public const int MaxTermsPerDay = 200;

    [Id(0)] public DateOnly CurrentDay { get; set; }
    [Id(1)] public Dictionary<string, int> Current { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public Dictionary<string, int> Previous { get; set; } = new(StringComparer.Ordinal);

    public void Observe(ScoredMention scored, string brandId)
    {
        if (scored.Sentiment.Label != SentimentLabel.Negative)
        {
            return;
        }

        var day = DateOnly.FromDateTime(scored.Mention.PublishedAt.UtcDateTime);
        var counts = CountsFor(day);
        if (counts is null)
        {
            return; // Older than the day before the newest: the digest of that day is (or will be) made without it.
        }

        RecentActivity.CountTerms(scored.Mention.Text, brandId, counts, MaxTermsPerDay, MakeRoom);
    }

    public IReadOnlyList<TermCount> Top(DateOnly day, int count)
    {
        var counts = Kept(day);
        return counts is null
            ? []
            : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(Math.Clamp(count, 0, MaxTermsPerDay)).Select(kv => new TermCount(kv.Key, kv.Value)).ToList();
    }

    private Dictionary<string, int>? CountsFor(DateOnly day)
    {
        if (day > CurrentDay)
        {
            // Roll over: yesterday's counts stay only when the new day directly follows them.
            Previous = day.DayNumber == CurrentDay.DayNumber + 1 ? Current : new Dictionary<string, int>(StringComparer.Ordinal);
            Current = new Dictionary<string, int>(StringComparer.Ordinal);
            CurrentDay = day;
        }

        return Kept(day);
    }

    private Dictionary<string, int>? Kept(DateOnly day) =>
        day == CurrentDay ? Current : day.DayNumber == CurrentDay.DayNumber - 1 ? Previous : null;

    /// <summary>A full day drops the terms seen once, which cannot be top topics while others repeat.</summary>
    private static bool MakeRoom(Dictionary<string, int> counts)
    {
        foreach (var single in counts.Where(kv => kv.Value == 1).Select(kv => kv.Key).ToList())
        {
            counts.Remove(single);
        }

        return counts.Count < MaxTermsPerDay;
    }
}
