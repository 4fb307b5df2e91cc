namespace Reputation.Abstractions.Digests;

public static class DigestLimits
{
    /// <summary>Digests kept per brand.</summary>
    public const int MaxKept = 30;

    /// <summary>How many days back a day may be produced: the minute counts keep seven days.</summary>
    public const int MaxAgeDays = 7;
}

/// <summary>The daily digests of one brand (key = brand id), the last <see cref="DigestLimits.MaxKept"/> of them.</summary>
public interface IDigestGrain : IGrainWithStringKey
{
    /// <summary>
    /// Produces the digest of a finished UTC day, stores it and hands it to the webhooks once; a day already produced
    /// is returned as stored. Throws <see cref="ArgumentOutOfRangeException"/> for a day not yet over or older than
    /// <see cref="DigestLimits.MaxAgeDays"/>.
    /// </summary>
    Task<DailyDigest> Produce(DateOnly day);

    Task<DailyDigest?> Get(DateOnly day);

    /// <summary>
    /// True once the day's digest is stored and the webhook outboxes have taken it; the scheduler counts a day as done
    /// only then, so a hand-over that failed before a restart is tried again by the next scheduled run.
    /// </summary>
    Task<bool> IsHandedOver(DateOnly day);

    /// <summary>The stored digests, newest day first.</summary>
    Task<IReadOnlyList<DailyDigest>> List(int limit);
}

/// <summary>Decides which days are due and produces them for every registered brand (single activation, key 0).</summary>
public interface IDigestSchedulerGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Produces every registered brand's digest for the days that are due at <paramref name="now"/> (a day is due once
    /// the next day's <paramref name="hourUtc"/> has passed) and not yet done; a day is done when every digest is handed
    /// to the webhooks. Idempotent: every silo may call it.
    /// </summary>
    Task RunDue(DateTimeOffset now, int hourUtc);
}

/// <summary>Accepts digests for webhook delivery; implemented by the webhooks component.</summary>
public interface IDigestDispatcherGrain : IGrainWithIntegerKey
{
    /// <summary>Records one delivery per subscription that opted in to the digest event; returns once stored.</summary>
    Task Enqueue(DailyDigest digest);
}
