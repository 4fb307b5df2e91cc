namespace Reputation.Webhooks;

/// <summary>Settings bound from the <c>Webhooks</c> configuration section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Development only: lets subscriptions target http/https on 127.0.0.1, localhost or [::1].</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>How long one attempt may wait for an answer before it counts as failed.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First retry ceiling; each failure doubles it (full jitter picks a delay below the ceiling).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A delivery still failing this long after it was queued is marked failed (contract: at least 24 h).</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(26);

    /// <summary>How often every silo pokes the subscription grains so retries resume after a restart.</summary>
    public TimeSpan ResumeInterval { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxSubscriptions { get; set; } = 100;

    /// <summary>Outbox bound per subscription; beyond it the oldest pending delivery is dropped and marked failed.</summary>
    public int MaxPendingPerSubscription { get; set; } = 1000;

    /// <summary>Attempts and finished deliveries kept per subscription for listing and manual redelivery.</summary>
    public int DeliveryLogSize { get; set; } = 200;

    /// <summary>Deliveries of one subscription sent at the same time.</summary>
    public int MaxParallelSends { get; set; } = 4;

    /// <summary>Alert bodies above this size are not queued (a bound on grain state, far above a normal alert).</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    internal IEnumerable<string> Problems()
    {
        if (AttemptTimeout <= TimeSpan.Zero) yield return "Webhooks:AttemptTimeout must be positive.";
        if (RetryBaseDelay <= TimeSpan.Zero) yield return "Webhooks:RetryBaseDelay must be positive.";
        if (RetryMaxDelay < RetryBaseDelay) yield return "Webhooks:RetryMaxDelay must be at least RetryBaseDelay.";
        if (GiveUpAfter <= TimeSpan.Zero) yield return "Webhooks:GiveUpAfter must be positive.";
        if (ResumeInterval <= TimeSpan.Zero) yield return "Webhooks:ResumeInterval must be positive.";
        if (MaxSubscriptions is < 1 or > 10_000) yield return "Webhooks:MaxSubscriptions must be between 1 and 10000.";
        if (MaxPendingPerSubscription is < 1 or > 100_000) yield return "Webhooks:MaxPendingPerSubscription must be between 1 and 100000.";
        if (DeliveryLogSize is < 1 or > 10_000) yield return "Webhooks:DeliveryLogSize must be between 1 and 10000.";
        if (MaxParallelSends is < 1 or > 64) yield return "Webhooks:MaxParallelSends must be between 1 and 64.";
        if (MaxBodyBytes is < 1024 or > 16 * 1024 * 1024) yield return "Webhooks:MaxBodyBytes must be between 1 KiB and 16 MiB.";
    }
}
