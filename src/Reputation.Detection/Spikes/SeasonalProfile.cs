namespace Reputation.Detection.Spikes;

/// <summary>
/// A smooth periodic profile in log space (hour-of-day or hour-of-week bins centred on the half hour,
/// read by linear interpolation so the expectation does not jump at the top of each hour).
/// Each bin keeps how much it has seen, so a new bin learns fast (running mean) and then settles to
/// exponential forgetting.
/// </summary>
internal sealed class SeasonalProfile
{
    public const int HoursPerDay = 24;
    public const int HoursPerWeek = 168;

    private readonly float[] _values;
    private readonly float[] _seen;
    private readonly TimeSpan _period;
    private readonly double _rate;

    /// <param name="rate">Forgetting rate per unit of weight once a bin is settled.</param>
    public SeasonalProfile(float[] values, float[] seen, TimeSpan period, double rate)
    {
        if (values.Length != seen.Length || values.Length != (int)Math.Round(period.TotalHours))
            throw new ArgumentException($"A profile over {period.TotalHours} hours needs that many bins.");
        _values = (float[])values.Clone();
        _seen = (float[])seen.Clone();
        _period = period;
        _rate = rate;
    }

    public float[] Values => (float[])_values.Clone();
    public float[] Seen => (float[])_seen.Clone();

    /// <summary>The profile at <paramref name="time"/>; <paramref name="confidence"/> in [0,1] says how much its bins have seen, against <paramref name="enough"/>.</summary>
    public double At(DateTimeOffset time, double enough, out double confidence)
    {
        var (i0, i1, w) = Bins(time);
        double seen = (1 - w) * _seen[i0] + w * _seen[i1];
        confidence = seen / (seen + enough);
        return (1 - w) * _values[i0] + w * _values[i1];
    }

    /// <summary>Moves the two bins around <paramref name="time"/> by their share of <paramref name="residual"/>.</summary>
    public void Learn(DateTimeOffset time, double residual)
    {
        var (i0, i1, w) = Bins(time);
        Nudge(i0, 1 - w, residual);
        Nudge(i1, w, residual);
    }

    /// <summary>Keeps the profile centred on zero, so that the level alone carries the brand's volume.</summary>
    public double Recentre()
    {
        double mean = 0;
        for (int i = 0; i < _values.Length; i++) mean += _values[i];
        mean /= _values.Length;
        for (int i = 0; i < _values.Length; i++) _values[i] -= (float)mean;
        return mean;
    }

    private void Nudge(int bin, double weight, double residual)
    {
        if (weight <= 0) return;
        _seen[bin] += (float)weight;
        double alpha = Math.Max(1 - Math.Pow(1 - _rate, weight), weight / _seen[bin]);
        _values[bin] += (float)(alpha * residual);
    }

    private (int I0, int I1, double W) Bins(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        double hours = _period.TotalHours >= HoursPerWeek
            ? (int)utc.DayOfWeek * 24 + utc.TimeOfDay.TotalHours
            : utc.TimeOfDay.TotalHours;
        double position = hours - 0.5;
        int n = _values.Length;
        double floor = Math.Floor(position);
        int i0 = (((int)floor % n) + n) % n;
        return (i0, (i0 + 1) % n, position - floor);
    }
}
