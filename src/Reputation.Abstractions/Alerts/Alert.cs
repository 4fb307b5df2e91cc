namespace Reputation.Abstractions.Alerts;

/// <summary>One incident, raised once and then updated (contract section 3).</summary>
[GenerateSerializer, Immutable]
public sealed record Alert
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Brand { get; init; }
    [Id(2)] public required AlertType Type { get; init; }
    [Id(3)] public required AlertSeverity Severity { get; init; }
    [Id(4)] public required AlertStatus Status { get; init; }
    [Id(5)] public required DateTimeOffset RaisedAt { get; init; }
    [Id(6)] public required DateTimeOffset UpdatedAt { get; init; }
    [Id(7)] public required string Title { get; init; }
    [Id(8)] public required string Summary { get; init; }
    [Id(9)] public double Score { get; init; }
    [Id(10)] public IReadOnlyList<string> Reasons { get; init; } = [];
    [Id(11)] public IReadOnlyList<AlertEvidence> Evidence { get; init; } = [];
    [Id(12)] public AlertMetrics Metrics { get; init; } = new();
    // Optional extensions (the contract allows added optional fields).
    [Id(13)] public string? AcknowledgedBy { get; init; }
    [Id(14)] public DateTimeOffset? AcknowledgedAt { get; init; }
    [Id(15)] public string? ResolvedBy { get; init; }
    [Id(16)] public DateTimeOffset? ResolvedAt { get; init; }
    /// <summary>How the alert evolved: one short line per raise, escalation, acknowledgement or resolution.</summary>
    [Id(17)] public IReadOnlyList<AlertHistoryEntry> History { get; init; } = [];
    /// <summary>Increases on every change, so clients keep the newest copy of an alert.</summary>
    [Id(18)] public int Version { get; init; } = 1;
}

[GenerateSerializer, Immutable]
public sealed record AlertEvidence
{
    [Id(0)] public required string MentionId { get; init; }
    [Id(1)] public required string Text { get; init; }
    [Id(2)] public string? Url { get; init; }
    [Id(3)] public string? Author { get; init; }
    [Id(4)] public required DateTimeOffset PublishedAt { get; init; }
    [Id(5)] public long? Followers { get; init; }
    [Id(6)] public string? Sentiment { get; init; }
}

/// <summary>The figures behind an alert; only the ones that apply to its type are set.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertMetrics
{
    [Id(0)] public DateTimeOffset? WindowStart { get; init; }
    [Id(1)] public DateTimeOffset? WindowEnd { get; init; }
    [Id(2)] public double? Negative { get; init; }
    [Id(3)] public double? Baseline { get; init; }
    [Id(4)] public double? Ratio { get; init; }
    [Id(5)] public double? Total { get; init; }
    [Id(6)] public double? NegativeShare { get; init; }
    [Id(7)] public double? BaselineNegativeShare { get; init; }
    [Id(8)] public long? Followers { get; init; }
    [Id(9)] public double? Risk { get; init; }
    [Id(10)] public int? Relays { get; init; }
}

[GenerateSerializer, Immutable]
public sealed record AlertHistoryEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Change,
    [property: Id(2)] AlertSeverity Severity,
    [property: Id(3)] string? By = null);
