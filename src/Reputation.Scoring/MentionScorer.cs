using Reputation.Abstractions.Mentions;
using Reputation.Ingestion;
using Reputation.Sentiment.Evaluation;
using Reputation.Sentiment.Language;
using Reputation.Sentiment.Model;
using Reputation.Sentiment.Training;
using Reputation.TweetRisk;

namespace Reputation.Scoring;

/// <summary>
/// Scores a mention once, on ingestion, so the brand grain only aggregates: the language (given or
/// detected), the sentiment, and the tweet-risk assessment against the brand's registered profile.
/// Thread-safe; the consumer runs it in parallel.
/// </summary>
public sealed class MentionScorer(
    ISentimentScorer sentiment,
    ILanguageDetector languages,
    PressReleaseAnalyzer pressReleases,
    IBrandProfiles brands) : IMentionScorer
{
    public ScoredMention Score(Mention mention, DateTimeOffset ingestedAt)
    {
        var language = mention.Lang ?? languages.Detect(mention.Text);
        return new ScoredMention
        {
            Mention = mention,
            Language = language,
            Sentiment = sentiment.Score(mention.Text, language),
            PressRelease = pressReleases.Assess(mention, brands.Get(mention.Brand), language),
            IngestedAt = ingestedAt,
        };
    }
}
