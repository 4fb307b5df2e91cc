namespace Reputation.TweetRisk.Tracking;

/// <summary>Settings of <see cref="SuspectReleaseTracker"/> (configuration section "TweetRisk:Incidents").</summary>
public sealed record SuspectReleaseTrackerOptions
{
    public const string Section = "TweetRisk:Incidents";

    /// <summary>An incident with no relay for this long is closed: the fake has stopped spreading.</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromHours(6);

    /// <summary>Mentions shown as evidence: the first suspect mention, then relays in order.</summary>
    public int MaxEvidence { get; init; } = 20;

    /// <summary>Mention ids remembered per incident to recognise reshares and duplicates.</summary>
    public int MaxTrackedMentions { get; init; } = 256;

    /// <summary>How long a denied or closed claim is remembered so its late relays do not open a new incident.</summary>
    public TimeSpan ClosedMemory { get; init; } = TimeSpan.FromHours(48);

    /// <summary>Relays within this window count as the reshare velocity shown in the alert.</summary>
    public TimeSpan VelocityWindow { get; init; } = TimeSpan.FromMinutes(10);

    public void Validate()
    {
        if (QuietPeriod <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(QuietPeriod), QuietPeriod, "The quiet period must be positive.");
        if (MaxEvidence is < 1 or > 100) throw new ArgumentOutOfRangeException(nameof(MaxEvidence), MaxEvidence, "Evidence must hold 1 to 100 mentions.");
        if (MaxTrackedMentions is < 1 or > 10_000) throw new ArgumentOutOfRangeException(nameof(MaxTrackedMentions), MaxTrackedMentions, "Tracked mentions must be 1 to 10,000.");
        if (ClosedMemory < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(ClosedMemory), ClosedMemory, "The closed-claim memory must not be negative.");
        if (VelocityWindow <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(VelocityWindow), VelocityWindow, "The velocity window must be positive.");
    }
}
