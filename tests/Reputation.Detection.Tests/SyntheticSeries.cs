namespace Reputation.Detection.Tests;

/// <summary>
/// Deterministic 5-minute count series with a daily rhythm (busy afternoons, quiet nights) and a
/// weekly one (quiet weekends), drawn from a Poisson law so the noise is realistic.
/// </summary>
internal sealed class SyntheticSeries
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero); // a Monday
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(5);
    public const int StepsPerDay = 288;

    private readonly Random _random;
    private readonly double _base;

    public SyntheticSeries(double baseRate, int seed = 7)
    {
        _base = baseRate;
        _random = new Random(seed);
    }

    public static DateTimeOffset TimeOf(int step) => Start + step * Step;

    /// <summary>The mean count at a time: peak at 15:00 UTC, trough at 03:00, weekends at 60 %.</summary>
    public double RateAt(DateTimeOffset time)
    {
        double hour = time.TimeOfDay.TotalHours;
        double daily = 1 + 0.7 * Math.Cos((hour - 15) / 24 * 2 * Math.PI);
        double weekly = time.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.6 : 1.0;
        return _base * daily * weekly;
    }

    public int Draw(double mean)
    {
        if (mean > 50) return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Gaussian()));
        double limit = Math.Exp(-mean), product = _random.NextDouble();
        int k = 0;
        while (product > limit)
        {
            k++;
            product *= _random.NextDouble();
        }
        return k;
    }

    /// <summary>Counts for <paramref name="steps"/> steps; <paramref name="multiplier"/> scales the mean of chosen steps (spikes, drops).</summary>
    public int[] Generate(int steps, Func<int, double>? multiplier = null)
    {
        var counts = new int[steps];
        for (int i = 0; i < steps; i++)
            counts[i] = Draw(RateAt(TimeOf(i)) * (multiplier?.Invoke(i) ?? 1));
        return counts;
    }

    private double Gaussian() =>
        Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
}
