using Reputation.Abstractions.Alerts;
using Reputation.Grains.Alerts;

namespace Reputation.Grains.Tests;

public sealed class AlertBookTests
{
    private static readonly DateTimeOffset T0 = Mentions.T0;
    private readonly AlertBookState state = new();
    private readonly AlertBook book;

    public AlertBookTests() => book = new AlertBook(state, "acme", new AlertBookOptions());

    private static Finding Spike(DateTimeOffset at, AlertSeverity severity = AlertSeverity.High, params string[] evidenceIds) => new()
    {
        Type = AlertType.NegativeSpike,
        Severity = severity,
        Score = 0.9,
        Title = "Negative spike",
        Summary = "Negative mentions are far above normal.",
        Reasons = ["negative-volume: 9.6x the usual"],
        Evidence = evidenceIds.Select(id => new AlertEvidence { MentionId = id, Text = "text " + id, PublishedAt = at }).ToList(),
        At = at,
    };

    [Fact]
    public void One_incident_is_one_alert_raised_once_then_updated()
    {
        var raised = book.Apply(Spike(T0, AlertSeverity.Medium, "m1"));
        var quiet = book.Apply(Spike(T0.AddMinutes(1), AlertSeverity.Medium, "m2"));
        var escalated = book.Apply(Spike(T0.AddMinutes(2), AlertSeverity.Critical, "m3"));

        Assert.Equal(AlertEvents.Raised, raised!.EventName);
        Assert.Null(quiet); // Nothing worth announcing a minute later at the same severity.
        Assert.Equal(AlertEvents.Updated, escalated!.EventName);
        Assert.Equal(raised.Alert.Id, escalated.Alert.Id);
        Assert.Equal(AlertSeverity.Critical, escalated.Alert.Severity);
        Assert.Equal(["m1", "m2", "m3"], escalated.Alert.Evidence.Select(e => e.MentionId));
        Assert.Single(book.Alerts);
        Assert.Equal(2, escalated.Alert.Version);
    }

    [Fact]
    public void Severity_never_goes_down_while_the_incident_lasts()
    {
        book.Apply(Spike(T0, AlertSeverity.Critical, "m1"));

        var later = book.Apply(Spike(T0.AddMinutes(10), AlertSeverity.Low, "m2"));

        Assert.Equal(AlertSeverity.Critical, later!.Alert.Severity);
    }

    [Fact]
    public void A_quiet_incident_closes_and_a_recurrence_within_the_cool_down_reopens_it()
    {
        var raised = book.Apply(Spike(T0, evidenceIds: "m1"))!;

        Assert.Empty(book.CloseQuiet(T0.AddMinutes(30)));
        var closed = Assert.Single(book.CloseQuiet(T0.AddMinutes(50)));
        var reopened = book.Apply(Spike(T0.AddMinutes(80), evidenceIds: "m9"));

        Assert.Equal(AlertStatus.Resolved, closed.Alert.Status);
        Assert.Equal("system", closed.Alert.ResolvedBy);
        Assert.Equal(raised.Alert.Id, reopened!.Alert.Id);
        Assert.Equal(AlertStatus.Open, reopened.Alert.Status);
        Assert.Null(reopened.Alert.ResolvedAt);
        Assert.Contains(reopened.Alert.History, h => h.Change == "reopened");
    }

    [Fact]
    public void After_the_cool_down_a_new_incident_is_a_new_alert()
    {
        var first = book.Apply(Spike(T0))!;
        book.CloseQuiet(T0.AddHours(1));

        var second = book.Apply(Spike(T0.AddHours(4)))!;

        Assert.Equal(AlertEvents.Raised, second.EventName);
        Assert.NotEqual(first.Alert.Id, second.Alert.Id);
    }

    [Fact]
    public void Acknowledge_and_resolve_record_who_and_when()
    {
        var id = book.Apply(Spike(T0))!.Alert.Id;

        var ack = book.SetStatus(id, AlertStatus.Acknowledged, "alice", T0.AddMinutes(3))!;
        var resolved = book.SetStatus(id, AlertStatus.Resolved, "bob", T0.AddMinutes(9))!;

        Assert.Equal(("alice", T0.AddMinutes(3)), (ack.Alert.AcknowledgedBy, ack.Alert.AcknowledgedAt!.Value));
        Assert.Equal(("bob", AlertStatus.Resolved), (resolved.Alert.ResolvedBy, resolved.Alert.Status));
        Assert.Equal(["raised", "acknowledged", "resolved"], resolved.Alert.History.Select(h => h.Change));
        Assert.Null(book.SetStatus("a-unknown", AlertStatus.Resolved, "bob", T0));
    }

    [Fact]
    public void Evidence_and_closed_alerts_stay_bounded()
    {
        var options = new AlertBookOptions();
        for (var i = 0; i < 40; i++)
        {
            book.Apply(Spike(T0.AddMinutes(i * 6), evidenceIds: $"e{i}"));
        }

        var alert = Assert.Single(book.Alerts);
        Assert.Equal(options.MaxEvidence, alert.Evidence.Count);
        Assert.Equal("e0", alert.Evidence[0].MentionId); // How it started stays first.
        Assert.Equal("e39", alert.Evidence[^1].MentionId);
        Assert.True(alert.History.Count <= options.MaxHistory);

        for (var i = 0; i < 10; i++)
        {
            book.Apply(Spike(T0.AddDays(i + 1)) with { IncidentKey = "k" + i });
            book.CloseQuiet(T0.AddDays(i + 1).AddHours(1));
        }

        Assert.True(book.Alerts.Count <= options.KeepClosed);
    }
}
