namespace Reputation.TweetRisk.Tests;

/// <summary>Dutch and Flemish release wording, claims, denials and parody, as Belgian and Dutch brands write them.</summary>
public sealed class DutchCueTests
{
    private readonly PressReleaseAnalyzer _analyzer = new();

    [Theory]
    [InlineData("PERSMEDEDELING – VINCI Benelux", "press-release header")]
    [InlineData("Gereglementeerde informatie – embargo tot 7u00", "press-release header")]
    [InlineData("VINCI maakt de resultaten van het derde kwartaal bekend", "announcement wording")]
    [InlineData("VINCI publiceert vandaag zijn jaarverslag", "announcement wording")]
    [InlineData("Noot voor de redactie: beelden op aanvraag", "release boilerplate")]
    [InlineData("Voor meer informatie: woordvoerder VINCI Benelux", "release boilerplate")]
    public void Release_form_is_recognised(string text, string expected)
    {
        var assessment = _analyzer.Assess(TestMentions.Make(text), TestMentions.Vinci, "nl");

        Assert.Contains("release-form: " + expected, assessment.Reasons);
    }

    [Theory]
    [InlineData("VINCI: CFO ontslagen na interne audit", "CFO dismissal")]
    [InlineData("Het ontslag van de financieel directeur van VINCI is een feit", "CFO dismissal")]
    [InlineData("De CEO van VINCI neemt ontslag", "CEO resignation")]
    [InlineData("Gedwongen vertrek van de topman bij VINCI", "CEO dismissal")]
    [InlineData("VINCI kondigt een herziening van de jaarrekening 2025 aan", "accounts restatement")]
    [InlineData("VINCI herziet de jaarrekening van de voorbije drie jaar", "accounts restatement")]
    [InlineData("Winstwaarschuwing bij VINCI", "profit warning")]
    [InlineData("VINCI schroeft de winstverwachting terug", "profit warning")]
    [InlineData("Het parket start een fraudeonderzoek naar VINCI", "regulator probe")]
    [InlineData("Huiszoeking door het gerecht bij VINCI", "regulator probe")]
    [InlineData("VINCI verdacht van witwassen", "fraud")]
    [InlineData("VINCI vraagt een gerechtelijke reorganisatie aan", "insolvency")]
    [InlineData("Faillissement van VINCI Nederland uitgesproken", "insolvency")]
    [InlineData("VINCI wordt overgenomen door een Amerikaans fonds", "takeover")]
    [InlineData("Overname van VINCI door Bouygues aangekondigd, met een premie van 40 procent", "takeover at a premium")]
    public void Market_moving_claims_are_named(string text, string expected)
    {
        var assessment = _analyzer.Assess(TestMentions.Make(text), TestMentions.Vinci, "nl");

        Assert.Contains(assessment.Reasons, r => r.StartsWith("financial-shock: ", StringComparison.Ordinal) && r.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("VINCI dementeert het bericht over het ontslag van zijn CFO.")]
    [InlineData("Dit valse persbericht is niet door ons verspreid.")]
    [InlineData("Het persbericht dat vanochtend circuleerde is nep. VINCI heeft geen persbericht verstuurd.")]
    [InlineData("Opgelet: vervalst persbericht over VINCI in omloop.")]
    public void Official_dutch_denials_are_denials(string text)
    {
        var assessment = _analyzer.Assess(TestMentions.Make(text, handle: "@VINCI", followers: 95_000, verified: true), TestMentions.Vinci, "nl");

        Assert.True(assessment.Denial, string.Join(" | ", assessment.Reasons));
        Assert.False(assessment.Suspect);
    }

    [Theory]
    [InlineData("PERSBERICHT: VINCI kondigt aan dat de CEO ontslagen is omdat hij de file niet kon oplossen. Parodieaccount.", "@VINCI_Parodie")]
    [InlineData("Persbericht: VINCI zet de CFO aan de deur #satire https://vinci-nieuws.be/x", "@grappen_nl")]
    public void Dutch_parody_is_not_a_release(string text, string handle)
    {
        var assessment = _analyzer.Assess(TestMentions.Make(text, handle: handle, followers: 800), TestMentions.Vinci, "nl");

        Assert.False(assessment.Suspect, string.Join(" | ", assessment.Reasons));
        Assert.Contains("parody: parody, satire or fan account", assessment.Reasons);
    }

    [Fact]
    public void A_dutch_fake_on_a_lookalike_domain_is_suspect_and_the_genuine_release_is_not()
    {
        const string text = "PERSBERICHT – VINCI maakt bekend dat de financieel directeur is ontslagen en dat de jaarrekening wordt herzien.";
        var fake = _analyzer.Assess(TestMentions.Make(text, url: "https://vinci-benelux.nl/pers", handle: "@vinci_pers", followers: 40), TestMentions.Vinci, "nl");
        var genuine = _analyzer.Assess(TestMentions.Make(text, url: "https://www.vinci.com/nl/pers", handle: "@VINCI", followers: 95_000, verified: true), TestMentions.Vinci, "nl");

        Assert.True(fake.Suspect, string.Join(" | ", fake.Reasons));
        Assert.False(genuine.Suspect);
        Assert.True(genuine.Official);
    }

    [Theory]
    [InlineData("Amai, de VINCI-parking rekent weer 30 euro aan, pure fraude is da")]
    [InlineData("Ik word ontslagen als ik nog eens te laat kom door de werken van VINCI op de ring")]
    [InlineData("Wanneer neemt iemand VINCI eens over, dan wordt het misschien beter")]
    public void Dutch_complaints_are_not_releases(string text)
    {
        var assessment = _analyzer.Assess(TestMentions.Make(text, handle: "@boze_pendelaar", followers: 150), TestMentions.Vinci, "nl");

        Assert.False(assessment.Suspect, $"{assessment.Risk} {string.Join(" | ", assessment.Reasons)}");
        Assert.False(assessment.ReleaseLike);
        Assert.True(assessment.Risk < 0.4, $"risk {assessment.Risk}");
    }
}
