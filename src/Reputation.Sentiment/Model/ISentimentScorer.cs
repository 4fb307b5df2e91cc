using Reputation.Abstractions.Sentiment;

namespace Reputation.Sentiment.Model;

/// <summary>Scores the sentiment of one mention. Implementations are thread-safe.</summary>
public interface ISentimentScorer
{
    /// <param name="text">The mention text as posted (URLs, handles, emoji and all).</param>
    /// <param name="lang">ISO 639-1 code of the text ("en", "fr", "nl"); other codes use the English lexicon.</param>
    SentimentResult Score(string text, string lang);
}
