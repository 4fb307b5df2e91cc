namespace Reputation.Sentiment.Language;

/// <summary>Tells which language a mention is written in, as an ISO 639-1 code.</summary>
public interface ILanguageDetector
{
    /// <summary>The ISO 639-1 code of the most likely supported language; <see cref="LanguageDetector.Fallback"/> when unsure.</summary>
    string Detect(string text);
}
