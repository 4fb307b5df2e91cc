namespace Reputation.Detection.Influencer;

/// <summary>Settings of <see cref="InfluencerNegativeDetector"/>; defaults meant for any brand.</summary>
[GenerateSerializer, Immutable]
public sealed record InfluencerNegativeOptions
{
    /// <summary>A mention at or below this sentiment score is clearly negative.</summary>
    [Id(0)] public double NegativeScore { get; init; } = -0.5;

    /// <summary>Reach = followers + this × shares: one reshare exposes the mention to about this many more people.</summary>
    [Id(1)] public double ReachPerShare { get; init; } = 100;

    /// <summary>The brand's usual reach is this quantile of its mentions' reach (0.99: one in a hundred reaches it).</summary>
    [Id(2)] public double UsualQuantile { get; init; } = 0.99;

    /// <summary>A mention is an influencer's when its reach is at least this multiple of the usual reach...</summary>
    [Id(3)] public double ReachFactor { get; init; } = 3;

    /// <summary>...and at least this absolute reach, so a tiny brand's mid-size critic is not paged as an influencer.</summary>
    [Id(4)] public double MinReach { get; init; } = 10_000;

    /// <summary>
    /// Reshared fast: at least this many shares, and at least <see cref="ReachFactor"/> times the usual
    /// (same quantile) shares of the brand's mentions, counts too whatever the author's followers.
    /// </summary>
    [Id(5)] public double MinShares { get; init; } = 100;

    /// <summary>Until this many mentions have been seen, the usual reach is not trusted and only <see cref="ColdStartReach"/> counts.</summary>
    [Id(6)] public int MinMentions { get; init; } = 200;

    /// <summary>Reach that counts as an influencer's while the brand's own history is too short.</summary>
    [Id(7)] public double ColdStartReach { get; init; } = 100_000;

    /// <summary>Half-life of the reach and shares histograms, in mentions.</summary>
    [Id(8)] public double HistoryHalfLife { get; init; } = 5_000;

    /// <summary>Within this time after an alert, further influencer mentions belong to the same incident (escalate only when more severe).</summary>
    [Id(9)] public TimeSpan CoolDown { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Reach ratios (reach / usual reach) at or above these give medium, high and critical severity.</summary>
    [Id(10)] public double MediumRatio { get; init; } = 10;
    [Id(11)] public double HighRatio { get; init; } = 30;
    [Id(12)] public double CriticalRatio { get; init; } = 100;

    public void Validate()
    {
        Require(NegativeScore is >= -1 and < 0, nameof(NegativeScore), "must be in [-1, 0)");
        Require(ReachPerShare >= 0, nameof(ReachPerShare), "must not be negative");
        Require(UsualQuantile is > 0.5 and < 1, nameof(UsualQuantile), "must be in (0.5, 1)");
        Require(ReachFactor >= 1, nameof(ReachFactor), "must be at least 1");
        Require(MinReach >= 0 && MinShares >= 0, nameof(MinReach), "and MinShares must not be negative");
        Require(MinMentions >= 1, nameof(MinMentions), "must be at least 1");
        Require(ColdStartReach >= MinReach, nameof(ColdStartReach), "must be at least MinReach");
        Require(HistoryHalfLife >= 10, nameof(HistoryHalfLife), "must be at least 10 mentions");
        Require(CoolDown >= TimeSpan.Zero, nameof(CoolDown), "must not be negative");
        Require(ReachFactor <= MediumRatio && MediumRatio <= HighRatio && HighRatio <= CriticalRatio, nameof(MediumRatio), "severity ratios must be ordered");
    }

    private static void Require(bool ok, string name, string rule)
    {
        if (!ok) throw new ArgumentException($"InfluencerNegativeOptions.{name} {rule}.", name);
    }
}
