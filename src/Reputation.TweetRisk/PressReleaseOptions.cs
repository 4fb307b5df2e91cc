namespace Reputation.TweetRisk;

/// <summary>Settings of <see cref="PressReleaseAnalyzer"/> (configuration section "TweetRisk:PressRelease").</summary>
public sealed record PressReleaseOptions
{
    public const string Section = "TweetRisk:PressRelease";

    /// <summary>A mention whose risk reaches this is suspect. 0.6 keeps genuine news coverage (release form and shock, clean provenance, about 0.05) well below.</summary>
    public double SuspectThreshold { get; init; } = 0.6;

    public void Validate()
    {
        if (double.IsNaN(SuspectThreshold) || SuspectThreshold is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(SuspectThreshold), SuspectThreshold, "The suspect threshold must be in (0, 1].");
        }
    }
}
