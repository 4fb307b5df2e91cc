using Reputation.Abstractions.Grains;

namespace Reputation.Grains.Timeline;

/// <summary>
/// Per-minute counts by sentiment over a fixed retention, as a ring indexed by minute since the epoch.
/// Kept as plain arrays in memory and packed as varints when persisted (see <see cref="MinuteSeriesPacking"/>),
/// so seven days of a busy brand cost tens of kilobytes, not hundreds.
/// </summary>
internal sealed class MinuteSeries
{
    public const int DefaultRetentionMinutes = 7 * 24 * 60;

    private readonly int[] total;
    private readonly int[] negative;
    private readonly int[] positive;

    public MinuteSeries(int retentionMinutes = DefaultRetentionMinutes)
    {
        Retention = retentionMinutes;
        total = new int[retentionMinutes];
        negative = new int[retentionMinutes];
        positive = new int[retentionMinutes];
        NewestMinute = long.MinValue;
    }

    public int Retention { get; }

    /// <summary>The newest minute (since the Unix epoch) that holds data; long.MinValue when empty.</summary>
    public long NewestMinute { get; private set; }

    public long OldestMinute => NewestMinute == long.MinValue ? long.MinValue : NewestMinute - Retention + 1;

    public static long MinuteOf(DateTimeOffset at) => at.ToUnixTimeSeconds() is var s && s >= 0 ? s / 60 : (s - 59) / 60;

    public static DateTimeOffset StartOf(long minute) => DateTimeOffset.FromUnixTimeSeconds(minute * 60);

    /// <summary>Adds one mention; false when it is older than the retention and so cannot be kept.</summary>
    public bool Add(DateTimeOffset publishedAt, int sentimentSign)
    {
        var minute = MinuteOf(publishedAt);
        if (NewestMinute == long.MinValue)
        {
            NewestMinute = minute;
        }
        else if (minute > NewestMinute)
        {
            AdvanceTo(minute);
        }
        else if (minute < OldestMinute)
        {
            return false;
        }

        var slot = Slot(minute);
        total[slot]++;
        if (sentimentSign < 0)
        {
            negative[slot]++;
        }
        else if (sentimentSign > 0)
        {
            positive[slot]++;
        }

        return true;
    }

    public (int Total, int Negative, int Positive) Get(long minute) =>
        NewestMinute == long.MinValue || minute > NewestMinute || minute < OldestMinute
            ? (0, 0, 0)
            : (total[Slot(minute)], negative[Slot(minute)], positive[Slot(minute)]);

    /// <summary>Sums of the minutes in [from, to).</summary>
    public (int Total, int Negative, int Positive) Sum(long fromMinute, long toMinute)
    {
        int t = 0, n = 0, p = 0;
        for (var m = Math.Max(fromMinute, OldestMinute); m < toMinute && m <= NewestMinute; m++)
        {
            var slot = Slot(m);
            t += total[slot];
            n += negative[slot];
            p += positive[slot];
        }

        return (t, n, p);
    }

    public IReadOnlyList<TimelineBucket> Buckets(long fromMinute, long toMinuteInclusive)
    {
        var list = new List<TimelineBucket>((int)Math.Clamp(toMinuteInclusive - fromMinute + 1, 0, Retention));
        for (var m = Math.Max(fromMinute, toMinuteInclusive - Retention + 1); m <= toMinuteInclusive; m++)
        {
            var (t, n, p) = Get(m);
            list.Add(new TimelineBucket { Minute = StartOf(m), Total = t, Negative = n, Positive = p, Neutral = t - n - p });
        }

        return list;
    }

    internal void Restore(long newestMinute, ReadOnlySpan<int> totals, ReadOnlySpan<int> negatives, ReadOnlySpan<int> positives)
    {
        NewestMinute = newestMinute;
        totals.CopyTo(total);
        negatives.CopyTo(negative);
        positives.CopyTo(positive);
    }

    internal ReadOnlySpan<int> Totals => total;

    internal ReadOnlySpan<int> Negatives => negative;

    internal ReadOnlySpan<int> Positives => positive;

    private void AdvanceTo(long minute)
    {
        // Clear the slots that the ring reuses for the new minutes.
        var steps = Math.Min(minute - NewestMinute, Retention);
        for (long i = 1; i <= steps; i++)
        {
            var slot = Slot(NewestMinute + i);
            total[slot] = negative[slot] = positive[slot] = 0;
        }

        NewestMinute = minute;
    }

    private int Slot(long minute) => (int)(((minute % Retention) + Retention) % Retention);
}
