namespace Reputation.Detection.Spikes;

/// <summary>
/// Settings of <see cref="NegativeSpikeDetector"/>. The defaults are meant for any brand: they are
/// expressed in time and in relative terms (ratios, deviations), never in a brand's absolute volume.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record NegativeSpikeOptions
{
    /// <summary>Spacing of the series the detector is fed (one weighted count per step).</summary>
    [Id(0)] public TimeSpan Step { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>No alert before the detector has seen this much of a brand's history.</summary>
    [Id(1)] public TimeSpan WarmUp { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How fast the level (the brand's current normal, without rhythm) follows the data.</summary>
    [Id(2)] public TimeSpan LevelHalfLife { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long the hour-of-day profile remembers; each hour of the day is seen once a day.</summary>
    [Id(3)] public TimeSpan DailyProfileHalfLife { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How long the hour-of-week profile remembers; each hour of the week is seen once a week.</summary>
    [Id(4)] public TimeSpan WeeklyProfileHalfLife { get; init; } = TimeSpan.FromDays(28);

    /// <summary>How long the learned spread (noise beyond Poisson noise) remembers.</summary>
    [Id(5)] public TimeSpan SpreadHalfLife { get; init; } = TimeSpan.FromDays(3);

    /// <summary>
    /// Added to counts before taking logs and ratios, so that a brand with almost no negatives does not
    /// alert on a handful: with 3, going from 0 to 6 is a ratio of 3, not an infinite one.
    /// </summary>
    [Id(6)] public double CountOffset { get; init; } = 3.0;

    /// <summary>Deviation (in robust standard deviations of the log count) at which an incident starts.</summary>
    [Id(7)] public double RaiseDeviation { get; init; } = 4.0;

    /// <summary>The count must also be this many times the expected count (with the offset) to start an incident.</summary>
    [Id(8)] public double MinRatio { get; init; } = 2.5;

    /// <summary>
    /// The count must also exceed the expected count by this many (weighted) mentions per step. Above
    /// <see cref="Reach.ReachWeight.MaxWeight"/>, so that one author alone cannot start an incident.
    /// </summary>
    [Id(9)] public double MinExcess { get; init; } = 8.0;

    /// <summary>An open incident is escalated when its ratio reaches this multiple of the ratio last alerted.</summary>
    [Id(10)] public double EscalationFactor { get; init; } = 5.0;

    /// <summary>An incident turns quiet after this long with every step below <see cref="QuietDeviation"/>; it then cools down.</summary>
    [Id(11)] public TimeSpan QuietToClose { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Deviation under which a step counts as quiet.</summary>
    [Id(12)] public double QuietDeviation { get; init; } = 2.0;

    /// <summary>
    /// How long a quiet incident stays open: a new burst within it continues the same incident (it can
    /// escalate, not raise again), since one incident is one alert.
    /// </summary>
    [Id(13)] public TimeSpan CoolDown { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Residuals are clipped at this many deviations before they teach the baseline, so incidents do not poison it.</summary>
    [Id(14)] public double LearningClip { get; init; } = 2.0;

    /// <summary>Lower bound of the learned extra spread (log units), so that a very regular brand does not alert on noise.</summary>
    [Id(15)] public double MinSpread { get; init; } = 0.15;

    /// <summary>Ratios at or above these raise low, medium, high and critical severity (the first is implied by <see cref="MinRatio"/>).</summary>
    [Id(16)] public double MediumRatio { get; init; } = 4.0;
    [Id(17)] public double HighRatio { get; init; } = 10.0;
    [Id(18)] public double CriticalRatio { get; init; } = 30.0;

    /// <summary>The longest an incident stays open; after that the baseline has had time to learn the new normal.</summary>
    [Id(19)] public TimeSpan MaxIncident { get; init; } = TimeSpan.FromDays(2);

    /// <summary>
    /// A new incident must reach the peak ratio of the brand's recent incidents, a requirement that
    /// halves (in log terms) with each half-life: a brand whose news comes in bursts is not paged for
    /// every burst, while a quiet brand keeps the plain thresholds. Zero turns this off.
    /// </summary>
    [Id(20)] public TimeSpan RecentPeakHalfLife { get; init; } = TimeSpan.FromDays(2);

    /// <summary>
    /// A new incident's log ratio must reach this multiple of the brand's usual daily peak log ratio
    /// (the average over recent days of each day's largest ratio): a brand whose ordinary days carry
    /// bursts needs a bigger one to alert. Zero turns this off.
    /// </summary>
    [Id(21)] public double UsualPeakFactor { get; init; } = 1.3;

    /// <summary>How long the usual daily peak remembers (one value a day).</summary>
    [Id(22)] public TimeSpan UsualPeakHalfLife { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// A rise held over this many steps is also judged on their sum (same thresholds, the excess
    /// counted over the whole window), so a small brand's burst spread over an hour is not missed
    /// because no single step is loud. 1 turns this off.
    /// </summary>
    [Id(23)] public int WindowSteps { get; init; } = 12;

    /// <summary>
    /// Added to the one-hour sum and its expectation before the ratio is taken, as <see cref="CountOffset"/>
    /// is to a single step: with 18, a brand expecting 3 negatives an hour needs about 45 in the hour
    /// (a ratio of 3) rather than 15, so a trickle of single mentions spread over an hour does not alert,
    /// while a rise that no single step shows still can.
    /// </summary>
    [Id(24)] public double WindowCountOffset { get; init; } = 18.0;

    /// <summary>
    /// An alert needs two steps in a row: one meeting every raise condition and the other at least this
    /// fraction of them (1 = both meet them all). A single step that only just passes is more often a
    /// glitch or one batch of posts than news.
    /// </summary>
    [Id(25)] public double HoldStrength { get; init; } = 0.9;

    /// <summary>A single step this many times beyond every raise condition alerts without waiting for the next step.</summary>
    [Id(26)] public double AloneStrength { get; init; } = 2.0;

    /// <summary>Throws when a setting is out of its range, with a sentence naming it.</summary>
    public void Validate()
    {
        Require(Step > TimeSpan.Zero && Step <= TimeSpan.FromHours(1), nameof(Step), "must be between 0 and 1 hour");
        Require(WarmUp >= TimeSpan.Zero, nameof(WarmUp), "must not be negative");
        Require(LevelHalfLife >= Step, nameof(LevelHalfLife), "must be at least one step");
        Require(DailyProfileHalfLife >= TimeSpan.FromDays(1), nameof(DailyProfileHalfLife), "must be at least one day");
        Require(WeeklyProfileHalfLife >= TimeSpan.FromDays(7), nameof(WeeklyProfileHalfLife), "must be at least one week");
        Require(SpreadHalfLife >= Step, nameof(SpreadHalfLife), "must be at least one step");
        Require(CountOffset > 0, nameof(CountOffset), "must be positive");
        Require(RaiseDeviation > QuietDeviation && QuietDeviation > 0, nameof(RaiseDeviation), "must be above QuietDeviation, itself positive");
        Require(MinRatio >= 1, nameof(MinRatio), "must be at least 1");
        Require(MinExcess >= 0, nameof(MinExcess), "must not be negative");
        Require(EscalationFactor > 1, nameof(EscalationFactor), "must be above 1");
        Require(QuietToClose >= Step, nameof(QuietToClose), "must be at least one step");
        Require(CoolDown >= TimeSpan.Zero, nameof(CoolDown), "must not be negative");
        Require(LearningClip > 0, nameof(LearningClip), "must be positive");
        Require(MinSpread > 0, nameof(MinSpread), "must be positive");
        Require(MinRatio <= MediumRatio && MediumRatio <= HighRatio && HighRatio <= CriticalRatio, nameof(MediumRatio), "severity ratios must be ordered");
        Require(RecentPeakHalfLife >= TimeSpan.Zero, nameof(RecentPeakHalfLife), "must not be negative");
        Require(UsualPeakFactor >= 0, nameof(UsualPeakFactor), "must not be negative");
        Require(UsualPeakHalfLife >= TimeSpan.FromDays(1), nameof(UsualPeakHalfLife), "must be at least one day");
        Require(WindowSteps is >= 1 and <= 288, nameof(WindowSteps), "must be between 1 and 288");
        Require(WindowCountOffset > 0, nameof(WindowCountOffset), "must be positive");
        Require(HoldStrength is >= 0 and <= 1, nameof(HoldStrength), "must be between 0 and 1");
        Require(AloneStrength >= 1, nameof(AloneStrength), "must be at least 1");
        Require(MaxIncident >= QuietToClose, nameof(MaxIncident), "must be at least QuietToClose");
    }

    private static void Require(bool ok, string name, string rule)
    {
        if (!ok) throw new ArgumentException($"NegativeSpikeOptions.{name} {rule}.", name);
    }
}
