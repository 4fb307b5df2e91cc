using Reputation.Abstractions.Sentiment;
using Reputation.Sentiment.Model;

namespace Reputation.Sentiment.Tests;

public sealed class DefaultModelTests
{
    private static readonly SentimentModel Model = SentimentModel.LoadDefault();

    [Theory]
    [InlineData("Not bad at all, the new phone from Voltix", "en")]
    [InlineData("The battery is not bad", "en")]
    [InlineData("C'est pas mal du tout", "fr")]
    [InlineData("Die nieuwe router van TelcoNet is helemaal niet slecht", "nl")]
    [InlineData("Nog nooit problemen gehad met hun levering", "nl")]
    public void Negated_complaints_are_not_negative(string text, string lang)
    {
        Assert.NotEqual(SentimentLabel.Negative, Model.Score(text, lang).Label);
    }

    [Theory]
    [InlineData("Franchement pas terrible le nouveau forfait", "fr")]
    [InlineData("Le service client n'est pas aidant du tout", "fr")]
    [InlineData("The update is not good, the app is not working", "en")]
    [InlineData("Never again, AeroLina", "en")]
    [InlineData("De nieuwe app is echt niet goed, geen aanrader", "nl")]
    [InlineData("Nooit meer bij AeroLina, de bagage is nog steeds zoek", "nl")]
    public void Negated_praise_is_negative(string text, string lang)
    {
        Assert.Equal(SentimentLabel.Negative, Model.Score(text, lang).Label);
    }

    [Theory]
    [InlineData("@telconet internet down AGAIN since this morning, third time this week #fail", "en")]
    [InlineData("Worst customer service ever, they hung up on me 😡", "en")]
    [InlineData("Toujours en panne depuis ce matin, service client injoignable, honteux", "fr")]
    [InlineData("Livraison en retard et colis abîmé, je suis très déçu", "fr")]
    [InlineData("Amai, al twee uur in de wacht bij de klantendienst en nog altijd niemand 😡", "nl")]
    [InlineData("Mijn abonnement is zonder reden duurder geworden, belachelijk", "nl")]
    public void Complaints_are_negative(string text, string lang)
    {
        var result = Model.Score(text, lang);
        Assert.Equal(SentimentLabel.Negative, result.Label);
        Assert.True(result.Score < 0, $"score {result.Score}");
    }

    [Theory]
    [InlineData("Thank you @nordiabank, the support team sorted it out in minutes!", "en")]
    [InlineData("Loved the new season, the acting is brilliant", "en")]
    [InlineData("Merci à l'équipe, service impeccable et livraison rapide", "fr")]
    [InlineData("Cette série est géniale, j'ai adoré la fin", "fr")]
    [InlineData("Wreed goeie service, op een half uur alles geregeld. Merci!", "nl")]
    [InlineData("Heerlijk ontbijt en supervriendelijk personeel 😍", "nl")]
    public void Praise_is_positive(string text, string lang)
    {
        var result = Model.Score(text, lang);
        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.True(result.Score > 0, $"score {result.Score}");
    }

    [Fact]
    public void Emoji_carry_sentiment_on_their_own()
    {
        var happy = Model.Score("my new phone 😍😍", "en");
        var angry = Model.Score("my new phone 😡😡", "en");
        Assert.True(happy.Score > angry.Score + 0.5, $"happy {happy.Score}, angry {angry.Score}");
        Assert.Equal(SentimentLabel.Positive, happy.Label);
        Assert.Equal(SentimentLabel.Negative, angry.Label);
    }

    [Fact]
    public void Neutral_announcements_are_neutral()
    {
        Assert.Equal(SentimentLabel.Neutral, Model.Score("Voltix will publish its quarterly results on Thursday", "en").Label);
        Assert.Equal(SentimentLabel.Neutral, Model.Score("Voltix publiera ses résultats trimestriels jeudi", "fr").Label);
        Assert.Equal(SentimentLabel.Neutral, Model.Score("Voltix maakt donderdag de kwartaalresultaten bekend", "nl").Label);
    }

    [Fact]
    public void Ironic_dutch_praise_is_negative()
    {
        Assert.Equal(SentimentLabel.Negative, Model.Score("Proficiat hoor, weer drie dagen zonder internet. Bedankt voor niks 🙄", "nl").Label);
    }

    [Fact]
    public void Declared_dutch_reads_dutch_negation()
    {
        // "niet slecht" is mild praise only when the text is read as Dutch: as English the negator is unknown.
        var dutch = Model.Score("echt niet slecht", "nl");
        var asEnglish = Model.Score("echt niet slecht", "en");
        Assert.NotEqual(SentimentLabel.Negative, dutch.Label);
        Assert.True(dutch.Score > asEnglish.Score, $"nl {dutch.Score}, en {asEnglish.Score}");
    }

    [Fact]
    public void Scores_stay_in_range_for_any_input()
    {
        foreach (var text in new[] { "", "   ", "!!!!!!", new string('a', 10_000), "😡😡😡😡😡😡😡😡😡😡", "https://x.y @a #b" })
        {
            var result = Model.Score(text, "en");
            Assert.InRange(result.Score, -1.0, 1.0);
        }
    }

    [Fact]
    public void Scoring_is_safe_from_many_threads()
    {
        string[] texts = ["great service", "awful service", "store opens Monday", "pas terrible", "j'adore"];
        var expected = texts.Select(t => Model.Score(t, "en")).ToArray();
        Parallel.For(0, 2000, i =>
        {
            var k = i % texts.Length;
            Assert.Equal(expected[k], Model.Score(texts[k], "en"));
        });
    }
}
