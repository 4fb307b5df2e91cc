using Reputation.Abstractions.Alerts;

namespace Reputation.Detection.Spikes;

/// <summary>
/// Everything <see cref="NegativeSpikeDetector"/> has learned about one brand, for the brand grain's
/// persisted state. About 1.6 KB: two rhythm profiles (24 hour-of-day and 168 hour-of-week bins in
/// log space, with how much each bin has seen) plus a few numbers and the open incident.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record NegativeSpikeState
{
    [Id(0)] public long Steps { get; init; }
    [Id(1)] public DateTimeOffset? FirstAt { get; init; }
    [Id(2)] public DateTimeOffset? LastAt { get; init; }
    /// <summary>The brand's current normal in log space, without the daily and weekly rhythm.</summary>
    [Id(3)] public double Level { get; init; }
    /// <summary>Learned squared spread of the log count beyond Poisson noise.</summary>
    [Id(4)] public double Spread2 { get; init; }
    [Id(5)] public float[] Daily { get; init; } = new float[SeasonalProfile.HoursPerDay];
    [Id(6)] public float[] DailySeen { get; init; } = new float[SeasonalProfile.HoursPerDay];
    [Id(7)] public float[] Weekly { get; init; } = new float[SeasonalProfile.HoursPerWeek];
    [Id(8)] public float[] WeeklySeen { get; init; } = new float[SeasonalProfile.HoursPerWeek];
    [Id(9)] public SpikeIncident? Incident { get; init; }
    /// <summary>Log of the largest ratio of the latest incident, and when it was reached.</summary>
    [Id(10)] public double RecentPeakLogRatio { get; init; }
    [Id(11)] public DateTimeOffset? RecentPeakAt { get; init; }
    /// <summary>Average over past days of each day's largest log ratio, and how many days it has seen.</summary>
    [Id(12)] public double UsualPeakLogRatio { get; init; }
    [Id(13)] public int UsualPeakDays { get; init; }
    /// <summary>Largest log ratio of the day in progress (days counted from <see cref="FirstAt"/>).</summary>
    [Id(14)] public double DayPeakLogRatio { get; init; }
    [Id(15)] public long DayIndex { get; init; }
    /// <summary>The last steps' counts and expectations (a ring indexed by step number), and the learned spread of their sum.</summary>
    [Id(16)] public float[] WindowValues { get; init; } = [];
    [Id(17)] public float[] WindowExpected { get; init; } = [];
    [Id(18)] public double WindowSpread2 { get; init; }
    /// <summary>How far the last step went towards the raise conditions (1 = all met): an alert needs two loud steps in a row.</summary>
    [Id(19)] public double PreviousStrength { get; init; }
}

/// <summary>An incident of the spike detector: from the raise until it has been quiet and cooled down.</summary>
[GenerateSerializer, Immutable]
public sealed record SpikeIncident
{
    [Id(0)] public required DateTimeOffset StartedAt { get; init; }
    /// <summary>Last step that was not quiet.</summary>
    [Id(1)] public required DateTimeOffset LastLoudAt { get; init; }
    /// <summary>Ratio at the last raise or escalation: escalation needs a multiple of it.</summary>
    [Id(2)] public required double AlertedRatio { get; init; }
    [Id(3)] public required double PeakRatio { get; init; }
    [Id(4)] public required AlertSeverity Severity { get; init; }
}
