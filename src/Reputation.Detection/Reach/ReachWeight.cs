namespace Reputation.Detection.Reach;

/// <summary>
/// How much one negative mention counts in the negative-spike series, by the reach of its author.
/// <code>
/// weight = min(MaxWeight, 1 + log10(1 + (followers + EngagementFactor × engagement) / ReferenceAudience))
/// </code>
/// An author with an ordinary audience counts about 1 (1,000 followers: 1.3), 100,000 followers count 3,
/// and no one counts more than <see cref="MaxWeight"/> (reached at 10 million). Because
/// <see cref="Spikes.NegativeSpikeOptions.MinExcess"/> is above <see cref="MaxWeight"/>, one mention
/// cannot start an incident; the brand grain also caps each author's total weight per step at
/// <see cref="MaxWeight"/>, so one author posting many times cannot either.
/// </summary>
public static class ReachWeight
{
    /// <summary>Largest weight of one mention, and of one author within one step.</summary>
    public const double MaxWeight = 5.0;

    /// <summary>Audience at which a mention starts to count noticeably more than 1.</summary>
    public const double ReferenceAudience = 1_000;

    /// <summary>One interaction (share, like, reply) is worth this many followers of exposure.</summary>
    public const double EngagementFactor = 10;

    /// <param name="followers">The author's followers (negative or unknown: 0).</param>
    /// <param name="engagement">Shares + likes + replies of the mention (negative or unknown: 0).</param>
    public static double Of(long followers, long engagement)
    {
        double audience = Math.Max(0, followers) + EngagementFactor * Math.Max(0, engagement);
        return Math.Min(MaxWeight, 1 + Math.Log10(1 + audience / ReferenceAudience));
    }
}
