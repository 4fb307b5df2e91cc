using Reputation.Sentiment.Text;

namespace Reputation.Sentiment.Tests;

public sealed class TokenizerTests
{
    private static List<string> Tokens(string text, string lang)
    {
        var tokens = new MentionTokens();
        MentionTokenizer.Tokenize(text, lang, tokens);
        var result = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens.Tokens[i];
            var piece = tokens.TextOf(token).ToString();
            result.Add(token.Negated ? "NOT_" + piece : piece);
        }
        return result;
    }

    [Fact]
    public void Handles_and_urls_are_dropped_and_hashtags_become_words()
    {
        Assert.Equal(["outage", "again", "fail"], Tokens("@telconet outage again https://t.co/abc #fail", "en"));
    }

    [Fact]
    public void Negation_marks_the_words_after_the_negator_until_the_clause_ends()
    {
        Assert.Equal(["the", "app", "is", "not", "NOT_good", ".", "great", "support"], Tokens("The app is not good. Great support", "en"));
        Assert.Equal(["do", "not", "NOT_like", "NOT_it", ",", "ok"], Tokens("don't like it, ok", "en"));
    }

    [Fact]
    public void French_verdict_idioms_become_cues_but_their_neutral_look_alikes_do_not()
    {
        Assert.Equal(["c", "est", "n_importe_quoi"], Tokens("C'est n'importe quoi", "fr"));
        Assert.Contains("tant_pis", Tokens("Tant pis pour le climat", "fr"));
        Assert.DoesNotContain("n_importe_quoi", Tokens("Livré dans n'importe quel magasin", "fr"));
    }

    [Fact]
    public void French_negation_reaches_past_ne_and_pas()
    {
        Assert.Equal(["ce", "n", "NOT_est", "pas", "NOT_bon"], Tokens("Ce n'est pas bon", "fr"));
    }

    [Fact]
    public void Idioms_become_one_cue_and_keep_an_outer_negation()
    {
        Assert.Contains("pas_mal", Tokens("C'est pas mal du tout", "fr"));
        Assert.Contains("pas_terrible", Tokens("Franchement pas terrible", "fr"));
        Assert.Contains("NOT_be_back", Tokens("We won't be back", "en"));
    }

    [Fact]
    public void Emoji_and_emoticons_become_class_cues()
    {
        Assert.Equal(["love", "it", EmojiClasses.Love, EmojiClasses.Positive], Tokens("love it 😍 :)", "en"));
        Assert.Equal([EmojiClasses.Angry, EmojiClasses.Negative], Tokens("😡👎🏽", "en"));
    }

    [Fact]
    public void Elongation_case_and_accents_are_normalised()
    {
        var tokens = new MentionTokens();
        MentionTokenizer.Tokenize("SOOOOO GÉNIAL", "fr", tokens);
        Assert.Equal("soo", tokens.TextOf(tokens.Tokens[0]).ToString());
        Assert.Equal("genial", tokens.TextOf(tokens.Tokens[1]).ToString());
        Assert.Equal(1, tokens.Elongations);
        Assert.Equal(2, tokens.CapsWords);
    }

    [Fact]
    public void Irony_hashtags_become_a_cue()
    {
        Assert.Equal(["great", "service", "irony"], Tokens("Great service #sarcasm", "en"));
    }
}

public sealed class TokenizerEdgeTests
{
    [Fact]
    public void Json_escapes_hyphens_and_never_so_are_handled()
    {
        var tokens = new MentionTokens();
        MentionTokenizer.Tokenize("I\\u2019m over-priced", "en", tokens);
        Assert.Equal(["i", "m", "overpriced"], Enumerable.Range(0, tokens.Count).Select(i => tokens.TextOf(tokens.Tokens[i]).ToString()));

        // "never been so rude" is an extreme, not a negation; "not so rude" stays negated.
        MentionTokenizer.Tokenize("never been so rude", "en", tokens);
        Assert.False(tokens.Tokens[tokens.Count - 1].Negated);
        MentionTokenizer.Tokenize("not so rude", "en", tokens);
        Assert.True(tokens.Tokens[tokens.Count - 1].Negated);
    }
}
