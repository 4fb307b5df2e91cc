using Reputation.TweetRisk.Cues;
using Reputation.TweetRisk.Provenance;

namespace Reputation.TweetRisk.Tests;

/// <summary>The shortcuts ordinary mentions take say exactly what the full reading would have said.</summary>
public sealed class CueScreenTests
{
    private static readonly string[] Ordinary =
    [
        "My @acme order arrived broken again and support keeps ignoring me. Worst service ever, never buying again.",
        "Mon colis acme est arrivé cassé, le service client ne répond pas.",
        "Eindelijk mijn pakket van Acme ontvangen, snelle levering en vriendelijke klantenservice!",
        "",
        ".",
        "a.",
        ".b",
    ];

    public static TheoryData<string> Languages => new() { "en", "fr", "nl", "de" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_screen_flags_a_text_exactly_when_one_of_the_cue_patterns_matches_it(string language)
    {
        var languages = LanguageCues.For(language);
        var patterns = FinancialShock.Patterns.Concat(ReleaseForm.Patterns).Concat(languages.SelectMany(l => l.Patterns)).ToList();
        var texts = LabelledSet.Cases().SelectMany(c => new[] { c.Mention.Text, c.Mention.Author?.Name ?? "" }).Concat(Ordinary).ToList();
        var flagged = 0;
        foreach (var folded in texts.Select(TextFolding.Fold))
        {
            var expected = patterns.Any(p => p.IsMatch(folded));
            Assert.True(expected == CueScreen.AnyCue(folded, languages), $"screen said {!expected} for: {folded}");
            flagged += expected ? 1 : 0;
        }

        // The labelled set has cues and ordinary talk both, so both answers were checked.
        Assert.InRange(flagged, 1, texts.Count - 1);
    }

    [Theory]
    [InlineData("See acme-group.com for the release", "acme-group.com")]
    [InlineData("Visit ACME.fr.", "acme.fr")]
    [InlineData("(source: investors.acme.co.uk)", "investors.acme.co.uk")]
    [InlineData("Posted at 10.30 on acme.com", "acme.com")]
    public void Domains_are_found_wherever_a_dot_sits_between_letters_or_digits(string text, string host) =>
        Assert.Contains(TextReferences.Domains(text), h => h.Host == host);

    [Theory]
    [InlineData("Worst service ever. Never again.")]
    [InlineData("acme .com is down")]
    [InlineData("trailing dot.")]
    [InlineData("")]
    public void Text_without_a_dot_between_letters_or_digits_names_no_domain(string text) =>
        Assert.Empty(TextReferences.Domains(text));
}
