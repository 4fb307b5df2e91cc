using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Digests;
using Reputation.Webhooks.Subscriptions;
using Reputation.Webhooks.Tests.Infrastructure;

namespace Reputation.Webhooks.Tests;

public sealed class SubscriptionFilterTests
{
    private static WebhookSubscription Subscription(string[] brands, AlertType[] types, AlertSeverity minSeverity, bool enabled = true) => new()
    {
        Id = "wh_f", Url = "https://hooks.example.com/x", Secret = "0123456789abcdef",
        Brands = brands, Types = types, MinSeverity = minSeverity, Enabled = enabled,
        CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Empty_filters_match_every_alert()
    {
        var all = Subscription([], [], AlertSeverity.Low);
        Assert.True(all.Matches(Alerts.Make("acme", AlertType.SentimentShift, AlertSeverity.Low)));
        Assert.True(all.Matches(Alerts.Make("globex", AlertType.InfluencerNegative, AlertSeverity.Critical)));
    }

    [Fact]
    public void Brand_filter_matches_listed_brands_only()
    {
        var subscription = Subscription(["acme", "initech"], [], AlertSeverity.Low);
        Assert.True(subscription.Matches(Alerts.Make("acme")));
        Assert.True(subscription.Matches(Alerts.Make("initech")));
        Assert.False(subscription.Matches(Alerts.Make("globex")));
        Assert.False(subscription.Matches(Alerts.Make("acme-corp")));
    }

    [Fact]
    public void Type_filter_matches_listed_types_only()
    {
        var subscription = Subscription([], [AlertType.SuspectPressRelease], AlertSeverity.Low);
        Assert.True(subscription.Matches(Alerts.Make("acme", AlertType.SuspectPressRelease)));
        Assert.False(subscription.Matches(Alerts.Make("acme", AlertType.NegativeSpike)));
    }

    [Theory]
    [InlineData(AlertSeverity.Low, false)]
    [InlineData(AlertSeverity.Medium, false)]
    [InlineData(AlertSeverity.High, true)]
    [InlineData(AlertSeverity.Critical, true)]
    public void Minimum_severity_is_inclusive(AlertSeverity severity, bool matches) =>
        Assert.Equal(matches, Subscription([], [], AlertSeverity.High).Matches(Alerts.Make("acme", severity: severity)));

    [Fact]
    public void All_filters_must_hold_and_disabled_matches_nothing()
    {
        var subscription = Subscription(["acme"], [AlertType.NegativeSpike], AlertSeverity.Medium);
        Assert.True(subscription.Matches(Alerts.Make("acme", AlertType.NegativeSpike, AlertSeverity.Medium)));
        Assert.False(subscription.Matches(Alerts.Make("acme", AlertType.NegativeSpike, AlertSeverity.Low)));
        Assert.False(subscription.Matches(Alerts.Make("acme", AlertType.SentimentShift, AlertSeverity.Critical)));
        Assert.False((subscription with { Enabled = false }).Matches(Alerts.Make("acme", AlertType.NegativeSpike, AlertSeverity.Critical)));
    }

    [Fact]
    public void Without_an_events_list_only_alert_events_are_wanted_and_digests_are_opted_in_to()
    {
        var alertsOnly = Subscription(["acme"], [], AlertSeverity.Low);
        Assert.True(alertsOnly.Wants(AlertEvents.Raised));
        Assert.True(alertsOnly.Wants(AlertEvents.Updated));
        Assert.False(alertsOnly.Wants(DigestEvents.Daily));
        Assert.False(alertsOnly.MatchesDigest("acme"));

        var digestsOnly = alertsOnly with { Events = [DigestEvents.Daily] };
        Assert.True(digestsOnly.MatchesDigest("acme"));
        Assert.False(digestsOnly.MatchesDigest("globex"));
        Assert.False(digestsOnly.Wants(AlertEvents.Raised));
        Assert.False((digestsOnly with { Enabled = false }).MatchesDigest("acme"));
    }
}
