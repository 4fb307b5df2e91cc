using Reputation.Abstractions.Alerts;

namespace Reputation.Detection.Spikes;

/// <summary>What <see cref="NegativeSpikeDetector"/> says about one step.</summary>
/// <param name="Time">Start of the step.</param>
/// <param name="Value">The (weighted) negative count of the step.</param>
/// <param name="Expected">The count the brand's baseline expects for this step.</param>
/// <param name="Upper">The smallest count that makes this step loud by itself (a rise held over the last hour can be loud below it); an alert also needs the next or previous step nearly as loud, unless the step is twice beyond every condition.</param>
/// <param name="Ratio">(value + offset) / (expected + offset).</param>
/// <param name="Deviation">Log-space deviation in robust standard deviations (Poisson noise included).</param>
/// <param name="AnomalyScore">In [0, 1]; 0.5 is where every raise condition is just met.</param>
/// <param name="Decision">Raise or escalate on this step, else none.</param>
/// <param name="Severity">Severity of the open incident, null when none is open.</param>
/// <param name="WarmingUp">True while the baseline is too young to alert.</param>
/// <param name="IncidentOpen">True from a raise until the incident has been quiet and cooled down; the grain may resolve its alert when this turns false.</param>
[GenerateSerializer, Immutable]
public sealed record NegativeSpikeSignal(
    [property: Id(0)] DateTimeOffset Time,
    [property: Id(1)] double Value,
    [property: Id(2)] double Expected,
    [property: Id(3)] double Upper,
    [property: Id(4)] double Ratio,
    [property: Id(5)] double Deviation,
    [property: Id(6)] double AnomalyScore,
    [property: Id(7)] AlertDecision Decision,
    [property: Id(8)] AlertSeverity? Severity,
    [property: Id(9)] bool WarmingUp,
    [property: Id(10)] bool IncidentOpen);
