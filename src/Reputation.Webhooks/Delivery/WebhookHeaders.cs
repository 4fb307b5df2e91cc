namespace Reputation.Webhooks.Delivery;

/// <summary>Header names of contract section 4.</summary>
public static class WebhookHeaders
{
    public const string Event = "X-Reputation-Event";
    public const string Delivery = "X-Reputation-Delivery";
    public const string Timestamp = "X-Reputation-Timestamp";
    public const string Signature = "X-Reputation-Signature";
}
