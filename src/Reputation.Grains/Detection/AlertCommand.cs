using Reputation.Abstractions.Alerts;
using Reputation.Grains.Alerts;

namespace Reputation.Grains.Brands;

/// <summary>What the detectors ask of the brand's alerts, in order: apply a finding, or close an incident.</summary>
internal abstract record AlertCommand
{
    public sealed record Apply(Finding Finding) : AlertCommand;

    public sealed record Close(AlertType Type, string IncidentKey, string Why) : AlertCommand;
}
