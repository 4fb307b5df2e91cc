namespace Reputation.Webhooks.Subscriptions;

/// <summary>
/// The JSON body of POST and PUT /api/webhooks. Enum values arrive as strings so a wrong value gets a
/// per-field validation message instead of a generic bad-request.
/// </summary>
public sealed class WebhookSubscriptionRequest
{
    public string? Url { get; set; }

    /// <summary>Required on create; on update, leaving it out keeps the current secret.</summary>
    public string? Secret { get; set; }

    public List<string>? Brands { get; set; }
    public List<string>? Types { get; set; }
    public string? MinSeverity { get; set; }
    public bool? Enabled { get; set; }

    /// <summary>Events to receive; left out or empty means the alert events only.</summary>
    public List<string>? Events { get; set; }

    public override string ToString() => $"WebhookSubscriptionRequest {{ Url = {Url} }}";
}
