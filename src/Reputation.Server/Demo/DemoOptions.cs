namespace Reputation.Server.Demo;

/// <summary>Configuration section <c>Demo</c>: the built-in generator that makes a fresh install look alive.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>On by default with the embedded Kafka; off by default against a real cluster.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Hours of history produced at start-up so baselines exist before the first live minute.</summary>
    public int BackfillHours { get; set; } = 48;

    /// <summary>Mentions per minute per brand at the daily peak.</summary>
    public double PeakPerMinute { get; set; } = 6;

    /// <summary>How often an incident (outage, fake release, influencer post, campaign) is staged.</summary>
    public TimeSpan IncidentEvery { get; set; } = TimeSpan.FromMinutes(12);

    /// <summary>Delay before the first staged incident, so a newcomer sees an alert soon.</summary>
    public TimeSpan FirstIncidentAfter { get; set; } = TimeSpan.FromSeconds(90);
}
