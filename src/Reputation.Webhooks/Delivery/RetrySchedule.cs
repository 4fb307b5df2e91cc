namespace Reputation.Webhooks.Delivery;

/// <summary>
/// Exponential backoff with full jitter: after failure n the ceiling is base·2^(n-1), capped; the delay is
/// uniform below the ceiling, so many subscribers failing together do not retry in lockstep.
/// </summary>
public static class RetrySchedule
{
    public static TimeSpan Ceiling(int failures, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ticks = Math.Min((double)baseDelay.Ticks * Math.Pow(2, exponent), maxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <param name="unit">A uniform sample in [0, 1).</param>
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan maxDelay, double unit) =>
        TimeSpan.FromTicks((long)(Ceiling(failures, baseDelay, maxDelay).Ticks * Math.Clamp(unit, 0, 1)));
}
