using Reputation.Sentiment.Language;

namespace Reputation.Sentiment.Tests;

public sealed class StopWordLanguageGuessTests
{
    [Theory]
    [InlineData("I waited for an hour and nobody from the shop called me back", "en")]
    [InlineData("J'ai attendu une heure et personne ne m'a rappelé, c'est n'importe quoi", "fr")]
    [InlineData("Ik heb een uur gewacht en niemand van de winkel heeft me teruggebeld", "nl")]
    [InlineData("Ich habe eine Stunde gewartet und niemand hat mich zurückgerufen", "de")]
    [InlineData("Esperé una hora y nadie de la tienda me llamó", "es")]
    public void Decides_mentions_with_clear_function_words(string text, string expected)
    {
        Assert.Equal(expected, StopWordLanguageGuess.TryGuess(text, out var hasLetters));
        Assert.True(hasLetters);
    }

    [Theory]
    [InlineData("Voltix Q3 results")]
    [InlineData("#StreamBox 4K HDR")]
    [InlineData("in de la")]
    public void Leaves_texts_without_enough_cues_to_the_slower_detector(string text)
    {
        Assert.Null(StopWordLanguageGuess.TryGuess(text, out var hasLetters));
        Assert.True(hasLetters);
    }

    [Theory]
    [InlineData("Amai ge zijt nen held, da was echt nie nodig")]
    [InlineData("Ge moet da efkes nakijken, want da werkt nie")]
    [InlineData("Da's goe gedaan, zeer content")]
    public void Decides_spoken_flemish(string text)
    {
        Assert.Equal("nl", StopWordLanguageGuess.TryGuess(text, out _));
    }

    [Fact]
    public void Reports_a_text_without_letters()
    {
        Assert.Null(StopWordLanguageGuess.TryGuess("12345 !!! :) 👍", out var hasLetters));
        Assert.False(hasLetters);
    }

    [Fact]
    public void Accented_letters_tell_french_from_english_when_words_do_not()
    {
        Assert.Equal("fr", StopWordLanguageGuess.TryGuess("Réchauffement climatique: grève générale à Orléans", out _));
    }

    [Fact]
    public void Words_longer_than_any_function_word_are_skipped_without_error()
    {
        var text = new string('a', 5000) + " the service was not what it used to be";
        Assert.Equal("en", StopWordLanguageGuess.TryGuess(text, out _));
    }
}
