using System.Text.Json.Serialization;

namespace Reputation.Abstractions.Alerts;

[JsonConverter(typeof(JsonStringEnumConverter<AlertType>))]
public enum AlertType
{
    [JsonStringEnumMemberName("negative-spike")] NegativeSpike,
    [JsonStringEnumMemberName("suspect-press-release")] SuspectPressRelease,
    [JsonStringEnumMemberName("sentiment-shift")] SentimentShift,
    [JsonStringEnumMemberName("influencer-negative")] InfluencerNegative,
}

/// <summary>Ordered: a higher value is more severe, so "minimum severity" filters compare with &gt;=.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AlertSeverity>))]
public enum AlertSeverity
{
    [JsonStringEnumMemberName("low")] Low,
    [JsonStringEnumMemberName("medium")] Medium,
    [JsonStringEnumMemberName("high")] High,
    [JsonStringEnumMemberName("critical")] Critical,
}

[JsonConverter(typeof(JsonStringEnumConverter<AlertStatus>))]
public enum AlertStatus
{
    [JsonStringEnumMemberName("open")] Open,
    [JsonStringEnumMemberName("acknowledged")] Acknowledged,
    [JsonStringEnumMemberName("resolved")] Resolved,
}

/// <summary>The webhook event names (contract section 4).</summary>
public static class AlertEvents
{
    public const string Raised = "alert.raised";
    public const string Updated = "alert.updated";
}
