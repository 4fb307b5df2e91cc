using Reputation.Abstractions.Sentiment;
using Reputation.Sentiment.Language;

namespace Reputation.Sentiment.Model;

/// <summary>
/// What the pipeline calls per mention: the mention's own language when it has one, else the detected one,
/// then the sentiment scored in that language. Thread-safe when its parts are (the shipped ones are).
/// </summary>
public sealed class MentionSentimentAnalyzer(ISentimentScorer scorer, ILanguageDetector detector)
{
    /// <summary>The shipped model with Lingua detection.</summary>
    public static MentionSentimentAnalyzer CreateDefault() => new(SentimentModel.LoadDefault(), LanguageDetector.Shared);

    public SentimentResult Analyze(string text, string? lang)
    {
        ArgumentNullException.ThrowIfNull(text);
        var language = string.IsNullOrWhiteSpace(lang) ? detector.Detect(text) : LanguageDetector.Normalise(lang);
        return scorer.Score(text, language);
    }
}
