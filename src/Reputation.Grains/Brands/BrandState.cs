using Reputation.Abstractions.Brands;
using Reputation.Grains.Alerts;

namespace Reputation.Grains.Brands;

/// <summary>
/// The persisted state of one brand. Sized to stay well under 64 KB for a busy brand: minute counts are
/// sparse varint-packed, mention ids are 64-bit hashes in a bounded ring, alerts keep only open and a few closed.
/// </summary>
[GenerateSerializer]
public sealed class BrandState
{
    [Id(0)] public Brand? Profile { get; set; }
    [Id(1)] public long NewestMinute { get; set; } = long.MinValue;
    [Id(2)] public byte[]? PackedMinutes { get; set; }
    [Id(3)] public ulong[]? RecentIds { get; set; }
    [Id(4)] public long TotalMentions { get; set; }
    [Id(5)] public DateTimeOffset? LastMentionAt { get; set; }
    [Id(6)] public AlertBookState Alerts { get; set; } = new();
    /// <summary>Alert changes stored but not yet confirmed by the alert index; re-sent until they are.</summary>
    [Id(7)] public List<PendingAnnouncement> Pending { get; set; } = [];
    /// <summary>Event time of this brand: the newest publishedAt seen, or where a replay moved it.</summary>
    [Id(8)] public DateTimeOffset Clock { get; set; } = DateTimeOffset.MinValue;
    [Id(9)] public BrandDetectorsState Detectors { get; set; } = new();
    /// <summary>Minute counts in the sparse format; <see cref="PackedMinutes"/> is only read from state written before it.</summary>
    [Id(10)] public byte[]? SparseMinutes { get; set; }
    /// <summary>The activation that wrote this state and the last of its batches included, for <see cref="Reputation.Abstractions.Grains.IngestReceipt"/>.</summary>
    [Id(11)] public Guid WrittenBy { get; set; }
    [Id(12)] public long WrittenThrough { get; set; }
    /// <summary>Negative-mention terms of the newest two UTC days, for the daily digest.</summary>
    [Id(13)] public DailyTerms DayTerms { get; set; } = new();
}

[GenerateSerializer, Immutable]
public sealed record PendingAnnouncement(
    [property: Id(0)] Reputation.Abstractions.Alerts.Alert Alert,
    [property: Id(1)] string EventName);
