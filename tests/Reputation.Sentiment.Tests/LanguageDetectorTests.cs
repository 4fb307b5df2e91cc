using Reputation.Sentiment.Language;

namespace Reputation.Sentiment.Tests;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("The delivery was late again and nobody from customer service answered my emails.", "en")]
    [InlineData("La livraison est encore en retard et personne au service client ne répond à mes messages.", "fr")]
    [InlineData("De levering is weer te laat en niemand van de klantenservice beantwoordt mijn berichten.", "nl")]
    [InlineData("Die Lieferung ist schon wieder zu spät und niemand vom Kundendienst antwortet.", "de")]
    [InlineData("Amai, wa ne chaos aan de kassa vandaag 🙄", "nl")]
    [InlineData("Goe gedaan @TelcoNet, snel opgelost", "nl")]
    public void Detects_the_language_of_a_mention(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Shared.Detect(text));
    }

    [Fact]
    public void Falls_back_to_english_when_nothing_can_be_told()
    {
        Assert.Equal(LanguageDetector.Fallback, LanguageDetector.Shared.Detect("12345 !!! :)"));
    }

    [Fact]
    public void A_declared_language_wins_over_detection()
    {
        Assert.Equal("fr", LanguageDetector.Shared.Resolve("The delivery was late again.", "fr-BE"));
        Assert.Equal("nl", LanguageDetector.Shared.Resolve("Top service, merci!", "nl-BE"));
        Assert.Equal("en", LanguageDetector.Shared.Resolve("The delivery was late again and nobody answered.", null));
    }
}

public sealed class MentionSentimentAnalyzerTests
{
    [Fact]
    public void Uses_the_declared_language_else_detects_it()
    {
        var analyzer = Model.MentionSentimentAnalyzer.CreateDefault();
        // "pas terrible" reads as a complaint only with the French cues; detection must find French.
        var detected = analyzer.Analyze("Franchement, le nouveau forfait est pas terrible du tout", null);
        var declared = analyzer.Analyze("Franchement, le nouveau forfait est pas terrible du tout", "FR-be");
        Assert.Equal(Abstractions.Sentiment.SentimentLabel.Negative, detected.Label);
        Assert.Equal(declared, detected);
    }
}

public sealed class LowAccuracyLanguageDetectorTests
{
    [Fact]
    public void Low_accuracy_mode_still_tells_longer_texts_apart()
    {
        var detector = new LanguageDetector(lowAccuracyMode: true);
        detector.Preload();
        Assert.Equal("fr", detector.Detect("La livraison est encore en retard et personne au service client ne répond à mes messages."));
        Assert.Equal("en", detector.Detect("The delivery was late again and nobody from customer service answered my emails."));
    }
}
