using Reputation.Abstractions.Alerts;

namespace Reputation.Grains.Alerts;

/// <summary>How the alert lifecycle behaves; the defaults suit a crisis team's wall screen.</summary>
public sealed record AlertBookOptions
{
    /// <summary>A recurrence within this time after closing reopens the same alert.</summary>
    public TimeSpan CoolDown { get; init; } = TimeSpan.FromHours(2);
    /// <summary>
    /// An incident with no new finding for this long is closed as back to normal. Detectors renew their
    /// incidents while they stay loud, at their own pace: a spike every five minutes, a shift every hour.
    /// Suspect press releases are closed by their tracker (an official denial, or hours without relays).
    /// </summary>
    public IReadOnlyDictionary<AlertType, TimeSpan> QuietPeriods { get; init; } = new Dictionary<AlertType, TimeSpan>
    {
        [AlertType.NegativeSpike] = TimeSpan.FromMinutes(45),
        [AlertType.SentimentShift] = TimeSpan.FromHours(3),
        [AlertType.InfluencerNegative] = TimeSpan.FromHours(2),
        [AlertType.SuspectPressRelease] = TimeSpan.MaxValue,
    };
    /// <summary>Updates that neither escalate nor reopen are announced at most this often.</summary>
    public TimeSpan UpdateInterval { get; init; } = TimeSpan.FromMinutes(5);
    public int MaxEvidence { get; init; } = 10;
    public int MaxEvidenceTextLength { get; init; } = 400;
    public int MaxReasons { get; init; } = 8;
    public int MaxHistory { get; init; } = 20;
    public int KeepClosed { get; init; } = 5;
}
