using Reputation.Abstractions.Mentions;
using Reputation.Abstractions.Sentiment;
using Reputation.Ingestion;

namespace Reputation.Ingestion.Tests.Support;

/// <summary>A small real scorer: counts positive and negative words. Stands in for the ML scorer.</summary>
internal sealed class LexiconScorer : IMentionScorer
{
    private static readonly HashSet<string> Negative = ["fraud", "scandal", "bad", "dismissal", "lawsuit"];
    private static readonly HashSet<string> Positive = ["great", "good", "record", "award"];

    public ScoredMention Score(Mention mention, DateTimeOffset ingestedAt)
    {
        var words = mention.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var score = Math.Clamp((words.Count(Positive.Contains) - words.Count(Negative.Contains)) / 2.0, -1, 1);
        var label = score < 0 ? SentimentLabel.Negative : score > 0 ? SentimentLabel.Positive : SentimentLabel.Neutral;
        return new ScoredMention
        {
            Mention = mention,
            Language = mention.Lang ?? "en",
            Sentiment = new SentimentResult(label, score),
            IngestedAt = ingestedAt,
        };
    }
}
