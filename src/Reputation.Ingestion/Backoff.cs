namespace Reputation.Ingestion;

internal static class Backoff
{
    /// <summary>Up to 20% less, so that brands failing together do not retry in lockstep.</summary>
    public static TimeSpan Jitter(TimeSpan delay) => delay * (0.8 + (Random.Shared.NextDouble() * 0.2));
}
