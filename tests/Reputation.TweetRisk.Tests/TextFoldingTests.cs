using System.Text;
using Reputation.TweetRisk.Cues;

namespace Reputation.TweetRisk.Tests;

/// <summary>The table-driven fold gives exactly what the normalising rule gives.</summary>
public sealed class TextFoldingTests
{
    [Fact]
    public void Every_UTF16_unit_folds_as_the_rule_says()
    {
        var differences = new List<string>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            var text = "x" + c + "y";
            if (Outcome(TextFolding.Fold, text) != Outcome(TextFolding.FoldByNormalizing, text))
            {
                differences.Add($"U+{i:X4}");
            }
        }

        Assert.Empty(differences);
    }

    /// <summary>The folded text, or the refusal: the rule refuses what normalisation refuses (noncharacters, lone surrogates).</summary>
    private static string Outcome(Func<string, string> fold, string text)
    {
        try
        {
            return fold(text);
        }
        catch (ArgumentException)
        {
            return "(refused)";
        }
    }

    [Theory]
    [InlineData("COMMUNIQUÉ DE PRESSE : le directeur financier est révoqué")]
    [InlineData("Persbericht – Ondernemingsraad’s reactie")]
    [InlineData("e\u0301te\u0301 (decomposed input)")]
    [InlineData("Ça va 🚀🔥 emoji stay")]
    [InlineData("한국어 음절 decompose into jamo")]
    [InlineData("Ǆ titlecase ǅ and ligature ﬁ")]
    [InlineData("musical 𝅗𝅥 symbol")]
    [InlineData("marks out of order: a\u0315\u0300b")]
    [InlineData("nbsp\u00A0and\u202Fnarrow")]
    public void Texts_fold_as_the_rule_says(string text)
    {
        Assert.Equal(TextFolding.FoldByNormalizing(text), TextFolding.Fold(text));
    }

    [Fact]
    public void Accents_case_and_typography_fold_to_plain_lowercase()
    {
        Assert.StartsWith("communique de presse", TextFolding.Fold("Communiqué de Presse"));
        Assert.Equal("l'action - en baisse", TextFolding.Fold("L’Action – en baisse").TrimEnd());
    }

    [Fact]
    public void A_lone_surrogate_is_refused_as_before()
    {
        var text = new StringBuilder("bad ").Append('\uD800').Append(" text").ToString();

        Assert.Throws<ArgumentException>(() => TextFolding.Fold(text));
    }
}
