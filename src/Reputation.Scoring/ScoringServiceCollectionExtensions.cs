using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reputation.Ingestion;
using Reputation.Sentiment.Evaluation;
using Reputation.Sentiment.Language;
using Reputation.Sentiment.Model;
using Reputation.Sentiment.Training;
using Reputation.TweetRisk;

namespace Reputation.Scoring;

public static class ScoringServiceCollectionExtensions
{
    /// <summary>
    /// Registers the scoring stage: the sentiment model (from <c>Sentiment:ModelPath</c> when set, else the
    /// built-in one), language detection and the tweet-risk analyzer. The caller registers <see cref="IBrandProfiles"/>.
    /// </summary>
    public static IServiceCollection AddReputationScoring(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ScoringOptions.Section).Get<ScoringOptions>() ?? new ScoringOptions();
        services.TryAddSingleton<ISentimentScorer>(_ => string.IsNullOrWhiteSpace(options.ModelPath)
            ? SentimentModel.LoadDefault()
            : SentimentModel.Load(options.ModelPath));
        services.TryAddSingleton<ILanguageDetector>(_ => LanguageDetector.Shared);
        services.TryAddSingleton(_ => new PressReleaseAnalyzer());
        services.TryAddSingleton<IMentionScorer, MentionScorer>();
        return services;
    }
}
