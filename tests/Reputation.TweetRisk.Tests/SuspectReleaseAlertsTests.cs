using Reputation.Abstractions.Alerts;
using Reputation.TweetRisk.Tracking;

namespace Reputation.TweetRisk.Tests;

public sealed class SuspectReleaseAlertsTests
{
    [Fact]
    public void One_incident_is_one_alert_raised_updated_and_resolved()
    {
        var analyzer = new PressReleaseAnalyzer();
        var tracker = new SuspectReleaseTracker();
        var state = SuspectReleaseState.Empty;
        Alert? alert = null;
        var fake = TestMentions.VinciFake();
        var wire = TestMentions.Make("VINCI SAYS REVISING ACCOUNTS, DISMISSES CFO", source: "newswire", at: fake.PublishedAt.AddMinutes(1), id: "nw-1");
        var denial = TestMentions.Make("VINCI dément le faux communiqué, qui n'émane pas de VINCI", handle: "@VINCI", verified: true, at: fake.PublishedAt.AddMinutes(30), id: "d-1");

        foreach (var mention in new[] { fake, wire, denial })
        {
            var step = tracker.Observe(state, mention, analyzer.Assess(mention, TestMentions.Vinci, "fr"), TestMentions.Vinci);
            state = step.State;
            foreach (var decision in step.Decisions)
            {
                alert = SuspectReleaseAlerts.Apply(decision, alert, "a-1");
                if (decision.Kind == SuspectReleaseDecisionKind.Raise)
                {
                    Assert.Equal(AlertStatus.Open, alert.Status);
                    Assert.Equal(AlertSeverity.Critical, alert.Severity);
                    Assert.Equal(fake.PublishedAt, alert.RaisedAt);
                    Assert.Equal(311, alert.Metrics.Followers);
                }
            }
        }

        Assert.NotNull(alert);
        Assert.Equal("a-1", alert.Id);
        Assert.Equal(AlertType.SuspectPressRelease, alert.Type);
        Assert.Equal(AlertStatus.Resolved, alert.Status);
        Assert.Equal("tweet-risk: denial", alert.ResolvedBy);
        Assert.Equal(denial.PublishedAt, alert.ResolvedAt);
        Assert.Equal(fake.PublishedAt, alert.RaisedAt);
        Assert.Equal(3, alert.Version);
        Assert.Equal(["raised on the first suspect mention", "first relay by a news outlet or newswire", "denied by @VINCI"], alert.History.Select(h => h.Change));
        Assert.Equal(1, alert.Metrics.Relays);
        Assert.Equal(["tw-1800917713", "nw-1", "d-1"], alert.Evidence.Select(e => e.MentionId));
    }

    [Fact]
    public void An_update_without_the_current_alert_is_refused()
    {
        var decision = new SuspectReleaseDecision
        {
            Kind = SuspectReleaseDecisionKind.Update, IncidentId = "vinci:x", Brand = "vinci", At = TestMentions.FakeAt, OpenedAt = TestMentions.FakeAt,
            Title = "t", Summary = "s", Score = 0.9, Severity = AlertSeverity.High, Change = "c",
        };

        Assert.Throws<ArgumentException>(() => SuspectReleaseAlerts.Apply(decision, null, "a-1"));
    }
}
