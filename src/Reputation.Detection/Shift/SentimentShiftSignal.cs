using Reputation.Abstractions.Alerts;

namespace Reputation.Detection.Shift;

/// <summary>What <see cref="SentimentShiftDetector"/> says after one input.</summary>
/// <param name="RecentShare">Negative share over the recent window (null without mentions).</param>
/// <param name="BaselineShare">Negative share of the long baseline (null before any hour left the recent window).</param>
/// <param name="Z">Two-proportion z of recent against baseline (0 when the counts are too small to test).</param>
/// <param name="VolumeRatio">Recent mentions per hour (spike hours left out) over the baseline's (null without a baseline).</param>
/// <param name="SpikeHours">Hours of the recent window left out because their volume spiked.</param>
/// <param name="Ready">True once the baseline is old and large enough and the recent window large enough to test.</param>
[GenerateSerializer, Immutable]
public sealed record SentimentShiftSignal(
    [property: Id(0)] DateTimeOffset Time,
    [property: Id(1)] double RecentTotal,
    [property: Id(2)] double? RecentShare,
    [property: Id(3)] double? BaselineShare,
    [property: Id(4)] double Z,
    [property: Id(5)] double? VolumeRatio,
    [property: Id(6)] bool Ready,
    [property: Id(7)] AlertDecision Decision,
    [property: Id(8)] AlertSeverity? Severity,
    [property: Id(9)] bool IncidentOpen,
    [property: Id(10)] int SpikeHours);
