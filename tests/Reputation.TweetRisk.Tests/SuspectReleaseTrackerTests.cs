using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Mentions;
using Reputation.Abstractions.Sentiment;
using Reputation.TweetRisk.Tracking;

namespace Reputation.TweetRisk.Tests;

public sealed class SuspectReleaseTrackerTests
{
    private readonly PressReleaseAnalyzer _analyzer = new();
    private readonly SuspectReleaseTracker _tracker = new();
    private SuspectReleaseState _state = SuspectReleaseState.Empty;

    private static DateTimeOffset At(int minutes) => TestMentions.FakeAt.AddMinutes(minutes);

    private IReadOnlyList<SuspectReleaseDecision> Feed(Mention mention)
    {
        var assessment = _analyzer.Assess(mention, TestMentions.Vinci, "fr");
        var step = _tracker.Observe(_state, mention, assessment, TestMentions.Vinci);
        _state = step.State;
        return step.Decisions;
    }

    [Fact]
    public void The_vinci_2016_scenario_is_raised_at_once_amplified_by_the_wire_and_closed_by_the_denial()
    {
        var raise = Assert.Single(Feed(TestMentions.VinciFake()));
        Assert.Equal(SuspectReleaseDecisionKind.Raise, raise.Kind);
        Assert.Equal(TestMentions.FakeAt, raise.At);
        Assert.Equal("vinci:tw-1800917713", raise.IncidentId);
        Assert.Equal("Suspect press release about VINCI from a lookalike domain", raise.Title);
        Assert.Equal(AlertSeverity.Critical, raise.Severity);
        Assert.Equal("tw-1800917713", Assert.Single(raise.Evidence).MentionId);
        Assert.Contains("lookalike-domain: vinci.group resembles vinci.com (same name, other TLD)", raise.Reasons);
        Assert.StartsWith("A release-like post claims CFO dismissal, accounts restatement at VINCI. It comes from vinci.group", raise.Summary);

        // A newswire repeats the claim in English a minute later: the relay that moved the share.
        var wire = Assert.Single(Feed(TestMentions.Make("VINCI SAYS IT IS REVISING ITS 2015 AND H1 2016 ACCOUNTS, DISMISSES CFO",
            source: "newswire", handle: "@MarketFlashWire", followers: 120_000, verified: true, at: At(1), id: "nw-1")));
        Assert.Equal(SuspectReleaseDecisionKind.Update, wire.Kind);
        Assert.Equal("first relay by a news outlet or newswire", wire.Change);
        Assert.Equal(1, wire.NewsRelays);
        Assert.True(wire.Score > raise.Score);
        Assert.Equal(["tw-1800917713", "nw-1"], wire.Evidence.Select(e => e.MentionId));

        Feed(TestMentions.Make("RT @vinci_press: VINCI annonce une révision de ses comptes", reshareOf: "tw-1800917713", handle: "@trader_lyon", at: At(2), id: "rt-1"));
        Feed(TestMentions.Make("Le titre VINCI chute de 18% après l'annonce du licenciement du directeur financier", source: "news", url: "https://www.eco-flash.fr/vinci", at: At(4), id: "news-1"));
        Feed(TestMentions.Make("Bouchons au péage ce soir, merci VINCI", handle: "@julie", at: At(5), id: "complaint-1"));
        Assert.Equal(["tw-1800917713", "nw-1", "rt-1", "news-1"], _state.Open!.Evidence.Select(e => e.MentionId));
        Assert.Equal(3, _state.Open.Relays);

        var close = Assert.Single(Feed(TestMentions.Make("VINCI dément formellement le faux communiqué de presse diffusé ce jour, qui n'émane pas de VINCI.",
            handle: "@VINCI", followers: 95_000, verified: true, at: At(28), id: "denial-1")));
        Assert.Equal(SuspectReleaseDecisionKind.Close, close.Kind);
        Assert.Equal("denial", close.CloseReason);
        Assert.Equal("vinci:tw-1800917713", close.IncidentId);
        Assert.StartsWith("Closed: denied by @VINCI.", close.Summary);
        Assert.Null(_state.Open);

        // Late relays of a denied fake do not open a new incident.
        Assert.Empty(Feed(TestMentions.Make("VINCI annonce une révision de ses comptes, dit vinci.group", handle: "@late_trader", at: At(60), id: "late-1")));
        Assert.Empty(Feed(TestMentions.VinciFake(id: "tw-again", at: At(61))));
        Assert.Null(_state.Open);
    }

    [Fact]
    public void Relays_grow_the_evidence_up_to_its_bound_while_the_count_goes_on()
    {
        var tracker = new SuspectReleaseTracker(new SuspectReleaseTrackerOptions { MaxEvidence = 5 });
        var state = tracker.Observe(SuspectReleaseState.Empty, TestMentions.VinciFake(), _analyzer.Assess(TestMentions.VinciFake(), TestMentions.Vinci, "fr"), TestMentions.Vinci).State;
        var updates = 0;
        for (var i = 1; i <= 12; i++)
        {
            var relay = TestMentions.Make("RT VINCI licenciement du directeur financier", reshareOf: "tw-1800917713", handle: $"@user{i}", at: At(i), id: $"rt-{i}");
            var step = tracker.Observe(state, relay, _analyzer.Assess(relay, TestMentions.Vinci, "fr"), TestMentions.Vinci);
            updates += step.Decisions.Count(d => d.Kind == SuspectReleaseDecisionKind.Update);
            state = step.State;
        }

        Assert.Equal(12, state.Open!.Relays);
        Assert.Equal(5, state.Open.Evidence.Count);
        Assert.Equal("tw-1800917713", state.Open.Evidence[0].MentionId);
        Assert.Equal(["rt-1", "rt-2", "rt-3", "rt-4"], state.Open.Evidence.Skip(1).Select(e => e.MentionId));
        Assert.InRange(updates, 2, 6);
    }

    [Fact]
    public void A_duplicate_delivery_is_not_a_relay()
    {
        Feed(TestMentions.VinciFake());
        Assert.Empty(Feed(TestMentions.VinciFake()));
        Assert.Equal(0, _state.Open!.Relays);
    }

    [Fact]
    public void Mentions_that_are_not_suspect_open_nothing()
    {
        Assert.Empty(Feed(TestMentions.Make("VINCI annonce des résultats record", handle: "@VINCI", verified: true)));
        Assert.Empty(Feed(TestMentions.Make("VINCI dément le faux communiqué", handle: "@VINCI", verified: true)));
        Assert.Empty(Feed(TestMentions.Make("Bouchons au péage, merci VINCI", handle: "@julie")));
        Assert.Null(_state.Open);
    }

    [Fact]
    public void An_incident_closes_after_the_quiet_period_by_timer_or_by_the_next_mention()
    {
        Feed(TestMentions.VinciFake());
        var early = _tracker.Expire(_state, At(60));
        Assert.Empty(early.Decisions);

        var quiet = _tracker.Expire(_state, At(6 * 60));
        var close = Assert.Single(quiet.Decisions);
        Assert.Equal(SuspectReleaseDecisionKind.Close, close.Kind);
        Assert.Equal("quiet", close.CloseReason);
        Assert.Null(quiet.State.Open);

        // The same through event time: a different fake seven hours later closes the first and raises the second.
        var decisions = Feed(TestMentions.Make("PRESS RELEASE: VINCI files for insolvency protection https://vinci-investors.com/pr", handle: "@vinci_ir", at: At(7 * 60), id: "second"));
        Assert.Equal([SuspectReleaseDecisionKind.Close, SuspectReleaseDecisionKind.Raise], decisions.Select(d => d.Kind));
        Assert.Equal("vinci:second", _state.Open!.IncidentId);
    }

    [Fact]
    public void Official_corroboration_of_the_same_claim_lowers_the_risk()
    {
        var raise = Assert.Single(Feed(TestMentions.Make("PRESS RELEASE: VINCI announces the resignation of its CFO", handle: "@vinci_newsroom", followers: 90, id: "first")));
        var update = Assert.Single(Feed(TestMentions.Make("VINCI announces the resignation of its CFO for personal reasons. Press release: https://www.vinci.com/en/press/cfo",
            url: "https://www.vinci.com/en/press/cfo", handle: "@VINCI", verified: true, at: At(10))));

        Assert.Equal(SuspectReleaseDecisionKind.Update, update.Kind);
        Assert.True(update.Score < raise.Score * 0.5, $"{update.Score} vs {raise.Score}");
        Assert.Equal(AlertSeverity.Low, update.Severity);
        Assert.Contains("corroboration: @VINCI reports the same claim", update.Reasons);
        Assert.NotNull(_state.Open);
    }

    [Fact]
    public void Bad_options_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SuspectReleaseTracker(new SuspectReleaseTrackerOptions { MaxEvidence = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SuspectReleaseTracker(new SuspectReleaseTrackerOptions { QuietPeriod = TimeSpan.Zero }));
    }

    [Fact]
    public void Reasons_of_an_assessment_drive_a_raise_even_without_a_url()
    {
        var mention = TestMentions.Make("COMMUNIQUÉ DE PRESSE – VINCI annonce le licenciement de son PDG", handle: "@VINCI_Communique", followers: 120);
        var assessment = new PressReleaseAssessment { Suspect = true, Risk = 0.8, Reasons = ["impersonation: @vinci_communique is not an official handle (120 followers, unverified)", "financial-shock: CEO dismissal"] };

        var raise = Assert.Single(_tracker.Observe(SuspectReleaseState.Empty, mention, assessment, TestMentions.Vinci).Decisions);

        Assert.Equal("Suspect press release about VINCI from an account posing as VINCI", raise.Title);
        Assert.Equal(AlertSeverity.High, raise.Severity);
        Assert.Equal(0.8, raise.Score);
    }
}
