using System.Text.Json.Serialization;

namespace Reputation.Abstractions.Sentiment;

[JsonConverter(typeof(JsonStringEnumConverter<SentimentLabel>))]
public enum SentimentLabel
{
    [JsonStringEnumMemberName("negative")] Negative,
    [JsonStringEnumMemberName("neutral")] Neutral,
    [JsonStringEnumMemberName("positive")] Positive,
}

/// <summary>Sentiment of one text: a label and a score in [-1, 1] (contract section 5).</summary>
[GenerateSerializer, Immutable]
public sealed record SentimentResult([property: Id(0)] SentimentLabel Label, [property: Id(1)] double Score);
