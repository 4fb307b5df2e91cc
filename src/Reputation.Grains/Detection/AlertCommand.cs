using Reputation.Abstractions.Alerts;
using Reputation.Grains.Alerts;

namespace Reputation.Grains.Brands;

/// <summary>What the detectors ask of the brand's alerts, in order: apply a finding, or close an incident.</summary>
internal abstract record AlertCommand
{
    public sealed record Apply(Finding Finding) : AlertCommand;

    /// <summary>Closes an incident; <paramref name="Final"/>, when given, is what the detector knew at the end (a denial and its mention).</summary>
    public sealed record Close(AlertType Type, string IncidentKey, string Why, Finding? Final = null) : AlertCommand;
}
