using Reputation.Abstractions.Brands;

namespace Reputation.TweetRisk.Tests;

public sealed class PressReleaseAnalyzerTests
{
    private readonly PressReleaseAnalyzer _analyzer = new();

    [Fact]
    public void The_2016_vinci_fake_is_suspect_with_every_reason_named()
    {
        var assessment = _analyzer.Assess(TestMentions.VinciFake(), TestMentions.Vinci, "fr");

        Assert.True(assessment.Suspect);
        Assert.True(assessment.Risk >= 0.9, $"risk {assessment.Risk}");
        Assert.True(assessment.ReleaseLike);
        Assert.Equal(
            [
                "lookalike-domain: vinci.group resembles vinci.com (same name, other TLD)",
                "impersonation: @vinci_press is not an official handle (311 followers, unverified)",
                "financial-shock: CFO dismissal, accounts restatement",
                "release-form: announcement wording",
                "amplification: 48 shares",
            ],
            assessment.Reasons);
    }

    [Theory]
    [InlineData("VINCI annonce le départ de son directeur financier et un avertissement sur résultats. Communiqué de presse.", null, "@VINCI")]
    [InlineData("PRESS RELEASE – VINCI announces an AMF investigation and the restatement of its 2024 accounts", "https://www.vinci.com/en/press/2025", "@someone")]
    [InlineData("VINCI annonce le placement d'une filiale en redressement judiciaire", "https://corporate.vinci-autoroutes.com/fr/presse", null)]
    [InlineData("COMMUNIQUÉ DE PRESSE – VINCI annonce des résultats record", null, "@vinci_fr")]
    public void Official_sources_are_never_suspect_even_with_bad_news(string text, string? url, string? handle)
    {
        var assessment = _analyzer.Assess(TestMentions.Make(text, url: url, handle: handle, followers: 95_000, verified: true), TestMentions.Vinci, "fr");

        Assert.True(assessment.Official);
        Assert.False(assessment.Suspect);
        Assert.Equal(0, assessment.Risk);
        Assert.False(assessment.Denial);
        Assert.StartsWith("official: from official ", assessment.Reasons[0]);
    }

    [Theory]
    [InlineData("VINCI dément formellement le faux communiqué diffusé ce jour, qui n'émane pas du Groupe.", "fr")]
    [InlineData("VINCI denies the fake press release published today on a lookalike website.", "en")]
    [InlineData("VINCI ontkent: het persbericht is vals.", "nl")]
    public void Official_denials_are_flagged_as_denials(string text, string language)
    {
        var assessment = _analyzer.Assess(TestMentions.Make(text, handle: "@VINCI", followers: 95_000, verified: true), TestMentions.Vinci, language);

        Assert.True(assessment.Denial);
        Assert.True(assessment.Official);
        Assert.False(assessment.Suspect);
        Assert.Contains(assessment.Reasons, r => r.StartsWith("denial: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_denial_from_an_unofficial_account_is_not_an_official_denial()
    {
        var assessment = _analyzer.Assess(TestMentions.Make("VINCI dément le faux communiqué", handle: "@vinci_press", followers: 300), TestMentions.Vinci, "fr");

        Assert.False(assessment.Denial);
        Assert.False(assessment.Official);
        Assert.False(assessment.Suspect);
    }

    [Theory]
    [InlineData("COMMUNIQUÉ DE PRESSE : VINCI annonce que le péage sera payable en croissants. (compte parodique)", "@VINCI_Parodie", "VINCI Parodie")]
    [InlineData("PRESS RELEASE: VINCI CEO resigns after discovering roads go both ways", "@vinci_parody", "VINCI (parody)")]
    [InlineData("BREAKING: VINCI fires its CFO for accounting fraud #satire https://vinci-news.io/x", "@infra_jokes", "Infra Jokes")]
    [InlineData("Press release: VINCI restates its accounts. Fan account, not affiliated with VINCI.", "@vinci_fans", "VINCI fans")]
    public void Parody_and_fan_accounts_are_not_releases(string text, string handle, string name)
    {
        var assessment = _analyzer.Assess(TestMentions.Make(text, handle: handle, name: name, followers: 500), TestMentions.Vinci, "fr");

        Assert.False(assessment.Suspect, string.Join(" | ", assessment.Reasons));
        Assert.False(assessment.ReleaseLike);
        Assert.Contains("parody: parody, satire or fan account", assessment.Reasons);
    }

    [Theory]
    [InlineData("Encore 40 minutes de bouchon au péage, merci VINCI Autoroutes pour ce service lamentable", "@julie_r78", "fr")]
    [InlineData("Les tarifs des autoroutes VINCI augmentent encore, c'est une escroquerie légale", "@colere_route", "fr")]
    [InlineData("Vinci is a fraud, they charged me twice at the airport parking", "@vinci_victims", "en")]
    [InlineData("@VINCI your CEO should resign after this mess on the A10", "@angry_driver", "en")]
    public void Complaints_are_not_releases(string text, string handle, string language)
    {
        var assessment = _analyzer.Assess(TestMentions.Make(text, handle: handle, followers: 200), TestMentions.Vinci, language);

        Assert.False(assessment.Suspect, $"{assessment.Risk} {string.Join(" | ", assessment.Reasons)}");
        Assert.False(assessment.ReleaseLike);
        Assert.True(assessment.Risk < 0.4);
    }

    [Fact]
    public void News_coverage_of_genuine_bad_news_is_not_suspect()
    {
        var assessment = _analyzer.Assess(TestMentions.Make(
            "VINCI annonce la démission de son directeur financier, selon un communiqué publié sur vinci.com",
            url: "https://www.lesechos.fr/vinci-cfo", handle: "@LesEchos", followers: 1_000_000, verified: true, source: "news"), TestMentions.Vinci, "fr");

        Assert.False(assessment.Suspect);
        Assert.True(assessment.Risk < 0.2, $"risk {assessment.Risk}");
    }

    [Theory]
    [InlineData("COMMUNIQUÉ DE PRESSE", "fr", "press-release header")]
    [InlineData("PRESS RELEASE", "en", "press-release header")]
    [InlineData("Persbericht", "nl", "press-release header")]
    [InlineData("PARIS, 22 novembre 2016 – VINCI", "fr", "dateline")]
    [InlineData("NEW YORK, Nov. 22, 2016 /PRNewswire/ -- VINCI", "en", "dateline, newswire marker")]
    [InlineData("About VINCI:\nVINCI is a global player", "en", "release boilerplate")]
    [InlineData("À propos de VINCI\nVINCI est un acteur mondial", "fr", "release boilerplate")]
    [InlineData("Contact presse : service de presse VINCI", "fr", "release boilerplate")]
    [InlineData("This release contains forward-looking statements.", "en", "release boilerplate")]
    [InlineData("VINCI announces a new contract", "en", "announcement wording")]
    public void Release_form_cues_are_recognised_in_english_french_and_dutch(string text, string language, string expected)
    {
        var assessment = _analyzer.Assess(TestMentions.Make(text), TestMentions.Vinci, language);

        Assert.Contains("release-form: " + expected, assessment.Reasons);
    }

    [Theory]
    [InlineData("VINCI limoge son PDG", "CEO dismissal")]
    [InlineData("Le directeur financier de VINCI démissionne", "CFO resignation")]
    [InlineData("VINCI's CFO was fired", "CFO dismissal")]
    [InlineData("VINCI will restate its 2015 accounts", "accounts restatement")]
    [InlineData("VINCI émet un avertissement sur résultats", "profit warning")]
    [InlineData("The SEC has opened an investigation into VINCI", "regulator probe")]
    [InlineData("L'AMF ouvre une enquête sur VINCI", "regulator probe")]
    [InlineData("VINCI dépose le bilan : liquidation judiciaire", "insolvency")]
    [InlineData("VINCI files for chapter 11", "insolvency")]
    [InlineData("Offre publique d'achat sur VINCI avec une prime de 45 %", "takeover at a premium")]
    [InlineData("Proximus maakt bekend dat de financieel directeur is ontslagen", "CFO dismissal")]
    public void Market_moving_claims_are_named(string text, string expected)
    {
        var assessment = _analyzer.Assess(TestMentions.Make(text), TestMentions.Vinci, "fr");

        Assert.Contains(assessment.Reasons, r => r.StartsWith("financial-shock: ", StringComparison.Ordinal) && r.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void An_impersonating_account_without_any_link_is_suspect_when_it_posts_a_release_with_a_shock()
    {
        var assessment = _analyzer.Assess(TestMentions.Make(
            "COMMUNIQUÉ DE PRESSE – VINCI annonce le licenciement de son PDG et l'ouverture d'une enquête de l'AMF",
            handle: "@VINCI_Communique", name: "VINCI Communiqué", followers: 120), TestMentions.Vinci, "fr");

        Assert.True(assessment.Suspect);
        Assert.Equal("impersonation: @vinci_communique is not an official handle (120 followers, unverified)", assessment.Reasons[0]);
    }

    [Fact]
    public void A_wire_release_without_a_link_to_an_official_domain_is_suspect_when_it_carries_a_shock()
    {
        var emulex = new Brand { Id = "emulex", Name = "Emulex", OfficialDomains = ["emulex.com"], OfficialHandles = ["@Emulex"] };
        var fake = TestMentions.Make(
            "COSTA MESA, Calif., Aug. 25, 2000 (INTERNET WIRE) -- Emulex Corporation announced today that it is revising its earnings and that its CEO has resigned. The SEC has launched an investigation.",
            source: "newswire", brand: "emulex");
        var genuine = fake with { Text = fake.Text + " Investor relations: www.emulex.com" };

        var fakeAssessment = _analyzer.Assess(fake, emulex, "en");
        var genuineAssessment = _analyzer.Assess(genuine, emulex, "en");

        Assert.True(fakeAssessment.Suspect);
        Assert.Equal("unverified-wire: wire release with no link to emulex.com", fakeAssessment.Reasons[0]);
        Assert.False(genuineAssessment.Suspect);
    }

    [Fact]
    public void A_lookalike_domain_without_a_release_or_claim_is_not_a_suspect_release()
    {
        var assessment = _analyzer.Assess(TestMentions.Make("Gagnez un an de péage gratuit ! Jeu concours sur vinci-cadeaux.com", url: "https://vinci-cadeaux.com/jeu"), TestMentions.Vinci, "fr");

        Assert.False(assessment.Suspect);
        Assert.Contains(assessment.Reasons, r => r.StartsWith("lookalike-domain: vinci-cadeaux.com", StringComparison.Ordinal));
    }

    [Fact]
    public void The_threshold_option_decides_suspect()
    {
        var mention = TestMentions.Make("PRESS RELEASE: VINCI announces a new motorway concession", url: "https://vinci-group.com/pr");
        var strict = new PressReleaseAnalyzer(new PressReleaseOptions { SuspectThreshold = 0.95 }).Assess(mention, TestMentions.Vinci, "en");
        var lax = new PressReleaseAnalyzer(new PressReleaseOptions { SuspectThreshold = 0.3 }).Assess(mention, TestMentions.Vinci, "en");

        Assert.Equal(strict.Risk, lax.Risk);
        Assert.False(strict.Suspect);
        Assert.True(lax.Suspect);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PressReleaseAnalyzer(new PressReleaseOptions { SuspectThreshold = 1.5 }));
    }

    [Fact]
    public void Concurrent_assessments_agree_with_sequential_ones()
    {
        var cases = LabelledSet.Cases();
        var brands = LabelledSet.Brands();
        var sequential = cases.Select(c => _analyzer.Assess(c.Mention, LabelledSet.BrandFor(brands, c.Mention.Brand), c.Mention.Lang ?? "en")).ToList();
        var concurrent = new Reputation.Abstractions.Sentiment.PressReleaseAssessment[cases.Count];

        Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => concurrent[i] = _analyzer.Assess(cases[i].Mention, LabelledSet.BrandFor(brands, cases[i].Mention.Brand), cases[i].Mention.Lang ?? "en"));

        for (var i = 0; i < cases.Count; i++)
        {
            Assert.Equal(sequential[i].Risk, concurrent[i].Risk);
            Assert.Equal(sequential[i].Reasons, concurrent[i].Reasons);
        }
    }

    [Fact]
    public void A_long_release_is_read_whole_and_a_pathological_one_does_not_fail()
    {
        var boilerplate = string.Concat(Enumerable.Repeat("VINCI est un acteur mondial des concessions et de la construction. ", 120));
        var release = TestMentions.Make("COMMUNIQUÉ DE PRESSE\nRueil-Malmaison, 22 novembre 2016 – VINCI annonce le licenciement de son directeur financier.\n"
            + boilerplate + "\nÀ propos de VINCI\nContact presse : presse@vinci.group", handle: "@vinci_press", followers: 311);
        var junk = TestMentions.Make(string.Concat(Enumerable.Repeat("vinci-vinci.vinci-", 1_000)) + new string('a', 5_000));

        var assessment = _analyzer.Assess(release, TestMentions.Vinci, "fr");
        var junkAssessment = _analyzer.Assess(junk, TestMentions.Vinci, "fr");

        Assert.True(assessment.Suspect);
        Assert.Contains("release-form: press-release header, dateline, release boilerplate, announcement wording", assessment.Reasons);
        Assert.Contains("lookalike-domain: vinci.group resembles vinci.com (same name, other TLD)", assessment.Reasons);
        Assert.False(junkAssessment.Suspect);
    }

    [Fact]
    public void Risk_stays_in_the_unit_interval_for_every_labelled_case()
    {
        var brands = LabelledSet.Brands();
        foreach (var c in LabelledSet.Cases())
        {
            var risk = _analyzer.Assess(c.Mention, LabelledSet.BrandFor(brands, c.Mention.Brand), c.Mention.Lang ?? "en").Risk;
            Assert.InRange(risk, 0, 1);
        }
    }
}
