using Reputation.Abstractions.Brands;

namespace Reputation.TweetRisk.Tests;

/// <summary>Each provenance trick, on the same release text, is caught and named in the reasons.</summary>
public sealed class LookalikeDomainTests
{
    private const string FakeText = "COMMUNIQUÉ DE PRESSE – VINCI annonce la révision de ses comptes et le licenciement de son directeur financier";
    private readonly PressReleaseAnalyzer _analyzer = new();

    [Theory]
    [InlineData("https://vinsi.com/communique", "vinsi.com resembles vinci.com (edit distance)")]
    [InlineData("https://vicni.com/communique", "vicni.com resembles vinci.com (edit distance)")]
    [InlineData("https://v1nci.com/communique", "v1nci.com resembles vinci.com (homoglyph)")]
    [InlineData("https://vinc1.com/communique", "vinc1.com resembles vinci.com (homoglyph)")]
    [InlineData("https://xn--vnci-l9d.com/communique", "vіnci.com (xn--vnci-l9d.com) resembles vinci.com (IDN homoglyph)")]
    [InlineData("https://vinci-group.com/communique", "vinci-group.com resembles vinci.com (hyphenated addition)")]
    [InlineData("https://vinci-investors.com/communique", "vinci-investors.com resembles vinci.com (hyphenated addition)")]
    [InlineData("https://vinciinvestors.com/communique", "vinciinvestors.com resembles vinci.com (added word)")]
    [InlineData("https://vinci.group/communique", "vinci.group resembles vinci.com (same name, other TLD)")]
    [InlineData("https://vinci.co/communique", "vinci.co resembles vinci.com (same name, other TLD)")]
    [InlineData("https://www.vinci.co.uk/communique", "www.vinci.co.uk resembles vinci.com (same name, other TLD)")]
    [InlineData("https://vinci.com.evil.io/communique", "vinci.com.evil.io resembles vinci.com (official domain used as a subdomain)")]
    [InlineData("https://vinci.press-room.io/communique", "vinci.press-room.io resembles vinci.com (brand as a subdomain)")]
    public void Lookalike_domains_are_named_and_make_the_release_suspect(string url, string expected)
    {
        var assessment = _analyzer.Assess(TestMentions.Make(FakeText, url: url, handle: "@marche_info", followers: 2_000), TestMentions.Vinci, "fr");

        Assert.True(assessment.Suspect, string.Join(" | ", assessment.Reasons));
        Assert.Equal("lookalike-domain: " + expected, assessment.Reasons[0]);
        Assert.False(assessment.Official);
    }

    [Fact]
    public void Cyrillic_homoglyph_written_in_unicode_is_decoded_the_same_as_punycode()
    {
        var unicode = _analyzer.Assess(TestMentions.Make(FakeText, url: "https://vіnci.com/communique"), TestMentions.Vinci, "fr");
        var rn = _analyzer.Assess(TestMentions.Make(FakeText, url: "https://rnicrosoft-vinci.io/x"), TestMentions.Vinci, "fr");
        var rnBrand = _analyzer.Assess(TestMentions.Make(FakeText, url: "https://ernulex.com/pr", brand: "emulex"),
            new Brand { Id = "emulex", Name = "Emulex", OfficialDomains = ["emulex.com"] }, "fr");

        Assert.Contains("lookalike-domain: vіnci.com (xn--vnci-l9d.com) resembles vinci.com (IDN homoglyph)", unicode.Reasons);
        Assert.True(unicode.Suspect);
        Assert.Contains(rn.Reasons, r => r.StartsWith("lookalike-domain: rnicrosoft-vinci.io", StringComparison.Ordinal));
        Assert.Contains("lookalike-domain: ernulex.com resembles emulex.com (homoglyph)", rnBrand.Reasons);
    }

    [Fact]
    public void A_lookalike_domain_cited_in_the_text_counts_like_the_url()
    {
        var assessment = _analyzer.Assess(TestMentions.Make(FakeText + " – texte intégral sur vinci.group/presse"), TestMentions.Vinci, "fr");

        Assert.True(assessment.Suspect);
        Assert.Equal("lookalike-domain: vinci.group resembles vinci.com (same name, other TLD)", assessment.Reasons[0]);
    }

    [Theory]
    [InlineData("https://www.vinci.com/fr/presse")]
    [InlineData("https://corporate.vinci-autoroutes.com/presse")]
    [InlineData("https://VINCI.COM/presse")]
    public void Official_domains_and_their_subdomains_are_official(string url)
    {
        var assessment = _analyzer.Assess(TestMentions.Make(FakeText, url: url), TestMentions.Vinci, "fr");

        Assert.True(assessment.Official);
        Assert.False(assessment.Suspect);
        Assert.Equal(0, assessment.Risk);
    }

    [Theory]
    [InlineData("https://www.lesechos.fr/vinci-revision")]
    [InlineData("https://www.reuters.com/markets/vinci")]
    [InlineData("https://www.prnewswire.com/news-releases/x")]
    public void News_domains_are_not_lookalikes(string url)
    {
        var assessment = _analyzer.Assess(TestMentions.Make("Vinci annonce la révision de ses comptes, selon la presse", url: url), TestMentions.Vinci, "fr");

        Assert.DoesNotContain(assessment.Reasons, r => r.StartsWith("lookalike-domain", StringComparison.Ordinal) || r.StartsWith("brand-domain", StringComparison.Ordinal));
        Assert.False(assessment.Suspect);
    }

    [Fact]
    public void A_brand_without_official_domains_still_flags_brand_name_domains_with_added_words()
    {
        var brand = Brand.Default("acme");
        var text = "PRESS RELEASE: Acme announces CEO dismissal and SEC investigation into accounting fraud";
        var investors = _analyzer.Assess(TestMentions.Make(text, url: "https://acme-investors.com/pr", brand: "acme", handle: "@acme_press"), brand, "en");
        var plain = _analyzer.Assess(TestMentions.Make("Acme announces new store openings", url: "https://acme.com/news", brand: "acme"), brand, "en");

        Assert.True(investors.Suspect, string.Join(" | ", investors.Reasons));
        Assert.Contains("brand-domain: acme-investors.com carries the brand name but is not an official domain", investors.Reasons);
        Assert.False(plain.Suspect);
        Assert.DoesNotContain(plain.Reasons, r => r.StartsWith("brand-domain", StringComparison.Ordinal));
    }
}
