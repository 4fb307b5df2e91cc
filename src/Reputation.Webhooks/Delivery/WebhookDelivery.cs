using System.Security.Cryptography;
using System.Text;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Digests;

namespace Reputation.Webhooks.Delivery;

/// <summary>One alert event for one subscription: the body is fixed at enqueue time, the id stays the same on every retry.</summary>
[GenerateSerializer, Immutable]
public sealed record WebhookDelivery
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string EventName { get; init; }
    /// <summary>The alert's id, or for a digest its <see cref="DigestId"/>.</summary>
    [Id(2)] public required string AlertId { get; init; }

    /// <summary>The alert's updatedAt (a digest's producedAt): the start of the push-latency measurement.</summary>
    [Id(3)] public required DateTimeOffset AlertUpdatedAt { get; init; }

    /// <summary>The alert in contract JSON, exactly the bytes that are signed and sent.</summary>
    [Id(4)] public required string Body { get; init; }

    /// <summary>
    /// Derived from subscription, alert, version and event, so a repeated Enqueue of the same change (the caller
    /// retrying after a timeout) lands on the same delivery instead of sending it twice.
    /// </summary>
    public static string IdFor(string subscriptionId, Alert alert, string eventName)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var key = Encoding.UTF8.GetBytes($"{subscriptionId}\n{alert.Id}\n{alert.Version}\n{eventName}");
        return Convert.ToHexStringLower(SHA256.HashData(key).AsSpan(0, 16));
    }

    /// <summary>One digest per brand and day: handing the same day over again lands on the same delivery.</summary>
    public static string IdFor(string subscriptionId, DailyDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var key = Encoding.UTF8.GetBytes($"{subscriptionId}\n{DigestId(digest)}\n{DigestEvents.Daily}");
        return Convert.ToHexStringLower(SHA256.HashData(key).AsSpan(0, 16));
    }

    /// <summary>How a digest is named in the delivery log, e.g. <c>digest:acme:2026-11-23</c>.</summary>
    public static string DigestId(DailyDigest digest) =>
        $"digest:{digest.Brand}:{digest.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}
