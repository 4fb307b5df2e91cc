using Reputation.Abstractions.Alerts;

namespace Reputation.Detection.Shift;

/// <summary>
/// What <see cref="SentimentShiftDetector"/> keeps for one brand: hourly totals of the recent window
/// (a ring indexed by hour) and the decayed baseline sums. At most 48 hours × 3 numbers.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SentimentShiftState
{
    [Id(0)] public DateTimeOffset? FirstAt { get; init; }
    [Id(1)] public DateTimeOffset? LastAt { get; init; }
    /// <summary>Hour number (hours since the Unix epoch) each ring slot holds; -1 when empty.</summary>
    [Id(2)] public long[] SlotHour { get; init; } = [];
    [Id(3)] public double[] SlotTotal { get; init; } = [];
    [Id(4)] public double[] SlotNegative { get; init; } = [];
    [Id(5)] public double BaselineTotal { get; init; }
    [Id(6)] public double BaselineNegative { get; init; }
    /// <summary>Decayed number of hours folded into the baseline, for its volume per hour.</summary>
    [Id(7)] public double BaselineHours { get; init; }
    /// <summary>Last hour folded into the baseline (decay is applied per hour since).</summary>
    [Id(8)] public long? BaselineHour { get; init; }
    [Id(9)] public ShiftIncident? Incident { get; init; }
}

[GenerateSerializer, Immutable]
public sealed record ShiftIncident
{
    [Id(0)] public required DateTimeOffset StartedAt { get; init; }
    [Id(1)] public required AlertSeverity Severity { get; init; }
}
