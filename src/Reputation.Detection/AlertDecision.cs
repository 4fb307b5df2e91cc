namespace Reputation.Detection;

/// <summary>What a detector asks the brand grain to do with its alert for this input.</summary>
public enum AlertDecision
{
    /// <summary>Nothing new: no incident, or an open incident that has not grown enough to matter.</summary>
    None,
    /// <summary>A new incident starts: raise an alert.</summary>
    Raise,
    /// <summary>The open incident became much bigger: update the alert with a higher severity.</summary>
    Escalate,
}
