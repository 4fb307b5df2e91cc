namespace Reputation.Detection.Shift;

/// <summary>Settings of <see cref="SentimentShiftDetector"/>; defaults meant for any brand.</summary>
[GenerateSerializer, Immutable]
public sealed record SentimentShiftOptions
{
    /// <summary>Hours of the recent window whose negative share is tested (1 to 48).</summary>
    [Id(0)] public int RecentHours { get; init; } = 12;

    /// <summary>Half-life of the long baseline share, which only learns hours once they leave the recent window.</summary>
    [Id(1)] public TimeSpan BaselineHalfLife { get; init; } = TimeSpan.FromDays(14);

    /// <summary>No alert before the baseline holds this much history.</summary>
    [Id(2)] public TimeSpan MinBaselineAge { get; init; } = TimeSpan.FromDays(2);

    /// <summary>Fewest mentions in the recent window for a test to mean anything.</summary>
    [Id(3)] public double MinRecentTotal { get; init; } = 50;

    /// <summary>Fewest (decayed) mentions in the baseline.</summary>
    [Id(4)] public double MinBaselineTotal { get; init; } = 200;

    /// <summary>z of the two-proportion test at which a shift is raised.</summary>
    [Id(5)] public double RaiseZ { get; init; } = 4.0;

    /// <summary>An open shift ends when z falls under this.</summary>
    [Id(6)] public double QuietZ { get; init; } = 2.0;

    /// <summary>The share must also rise by at least this much (absolute, 0.10 = ten points).</summary>
    [Id(7)] public double MinShareIncrease { get; init; } = 0.10;

    /// <summary>
    /// Recent volume per hour above this multiple of the baseline's means the brand is in a volume
    /// surge, which the negative-spike detector owns: no shift is raised then.
    /// </summary>
    [Id(8)] public double MaxVolumeRatio { get; init; } = 2.0;

    /// <summary>
    /// An hour whose volume is above this multiple of the baseline's hourly volume is a spike hour: it
    /// is left out of the recent share, so a burst (and its echo hours later) never reads as a shift.
    /// Above <see cref="MaxVolumeRatio"/> because single hours swing with the daily rhythm.
    /// </summary>
    [Id(12)] public double MaxHourVolumeRatio { get; init; } = 3.0;

    /// <summary>Share increases (absolute) at or above these give medium, high and critical severity.</summary>
    [Id(9)] public double MediumIncrease { get; init; } = 0.15;
    [Id(10)] public double HighIncrease { get; init; } = 0.25;
    [Id(11)] public double CriticalIncrease { get; init; } = 0.40;

    public void Validate()
    {
        Require(RecentHours is >= 1 and <= 48, nameof(RecentHours), "must be between 1 and 48");
        Require(BaselineHalfLife >= TimeSpan.FromHours(RecentHours), nameof(BaselineHalfLife), "must be at least the recent window");
        Require(MinBaselineAge >= TimeSpan.Zero, nameof(MinBaselineAge), "must not be negative");
        Require(MinRecentTotal >= 1 && MinBaselineTotal >= 1, nameof(MinRecentTotal), "and MinBaselineTotal must be at least 1");
        Require(RaiseZ > QuietZ && QuietZ >= 0, nameof(RaiseZ), "must be above QuietZ, itself zero or more");
        Require(MinShareIncrease is >= 0 and < 1, nameof(MinShareIncrease), "must be in [0, 1)");
        Require(MaxVolumeRatio >= 1, nameof(MaxVolumeRatio), "must be at least 1");
        Require(MaxHourVolumeRatio >= MaxVolumeRatio, nameof(MaxHourVolumeRatio), "must be at least MaxVolumeRatio");
        Require(MinShareIncrease <= MediumIncrease && MediumIncrease <= HighIncrease && HighIncrease <= CriticalIncrease,
            nameof(MediumIncrease), "severity increases must be ordered");
    }

    private static void Require(bool ok, string name, string rule)
    {
        if (!ok) throw new ArgumentException($"SentimentShiftOptions.{name} {rule}.", name);
    }
}
