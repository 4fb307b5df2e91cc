namespace Reputation.Detection.Influencer;

/// <summary>
/// A decayed histogram of log10(1 + x) in tenths, from 0 to 10 (x up to 10 billion), giving robust
/// running quantiles in bounded space: a single huge value moves a quantile by one bin at most.
/// </summary>
internal sealed class LogHistogram
{
    public const int Bins = 101;
    private const double BinsPerDecade = 10;

    private readonly float[] _counts;
    private readonly double _keep;

    public LogHistogram(float[] counts, double halfLife)
    {
        _counts = counts.Length == Bins ? (float[])counts.Clone() : new float[Bins];
        _keep = Math.Pow(0.5, 1 / halfLife);
    }

    public float[] Counts => (float[])_counts.Clone();

    public void Add(double x)
    {
        for (int i = 0; i < _counts.Length; i++) _counts[i] *= (float)_keep;
        _counts[BinOf(x)] += 1;
    }

    /// <summary>The value at quantile <paramref name="q"/> (upper edge of the bin where it falls); 0 when empty.</summary>
    public double Quantile(double q)
    {
        double total = 0;
        foreach (var c in _counts) total += c;
        if (total <= 0) return 0;
        double target = q * total, running = 0;
        for (int i = 0; i < _counts.Length; i++)
        {
            running += _counts[i];
            if (running >= target) return Math.Pow(10, (i + 1) / BinsPerDecade) - 1;
        }
        return Math.Pow(10, Bins / BinsPerDecade) - 1;
    }

    private static int BinOf(double x) =>
        (int)Math.Clamp(Math.Floor(Math.Log10(1 + Math.Max(0, x)) * BinsPerDecade), 0, Bins - 1);
}
