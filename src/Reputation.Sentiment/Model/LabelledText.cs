using Reputation.Abstractions.Sentiment;

namespace Reputation.Sentiment.Model;

/// <summary>One training example. <paramref name="Lang"/> is detected when null.</summary>
public sealed record LabelledText(SentimentLabel Label, string Text, string? Lang = null);
