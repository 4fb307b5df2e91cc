using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Mentions;

namespace Reputation.Server.Api.OpenApi;

/// <summary>The examples of the public contract (mention, brand, alert), as typed values so they cannot drift from the models.</summary>
public static class ContractExamples
{
    public static Mention Mention { get; } = new()
    {
        Id = "tw-1800917713",
        Brand = "vinci",
        Source = "twitter",
        Text = "VINCI annonce une révision de ses comptes et le licenciement de son directeur financier",
        PublishedAt = DateTimeOffset.Parse("2016-11-22T15:05:12Z", System.Globalization.CultureInfo.InvariantCulture),
        Lang = "fr",
        Url = "https://vinci.group/communique-2016-11-22",
        Author = new MentionAuthor { Id = "u-42", Handle = "@vinci_press", Name = "VINCI Press", Followers = 311, Verified = false },
        Engagement = new MentionEngagement { Likes = 3, Shares = 48, Replies = 2 },
    };

    public static Brand Brand { get; } = new()
    {
        Id = "vinci",
        Name = "VINCI",
        Aliases = ["Vinci SA", "#VINCI"],
        OfficialDomains = ["vinci.com"],
        OfficialHandles = ["@VINCI"],
        Competitors = ["eiffage", "bouygues"],
        Languages = ["fr", "en"],
    };

    public static Alert Alert { get; } = new()
    {
        Id = "a-01J9Z6QK3V8W2N4T6R8Y0B2D4F",
        Brand = "vinci",
        Type = AlertType.SuspectPressRelease,
        Severity = AlertSeverity.Critical,
        Status = AlertStatus.Open,
        RaisedAt = Mention.PublishedAt.AddSeconds(28),
        UpdatedAt = Mention.PublishedAt.AddSeconds(28),
        Title = "Suspect press release about VINCI from a lookalike domain",
        Summary = "A release-like post announces a restatement of accounts and the CFO's dismissal from vinci.group, "
            + "which is not an official VINCI domain. Verify with investor relations before reacting.",
        Score = 0.97,
        Reasons = ["lookalike-domain: vinci.group resembles vinci.com", "financial-shock: CFO dismissal, accounts restatement"],
        Evidence =
        [
            new AlertEvidence
            {
                MentionId = Mention.Id,
                Text = Mention.Text,
                Url = Mention.Url,
                Author = Mention.Author!.Handle,
                PublishedAt = Mention.PublishedAt,
                Followers = Mention.Author.Followers,
                Sentiment = "negative",
            },
        ],
        Metrics = new AlertMetrics
        {
            WindowStart = Mention.PublishedAt.AddMinutes(-5),
            WindowEnd = Mention.PublishedAt.AddSeconds(28),
            Negative = 412,
            Baseline = 9.5,
            Risk = 0.97,
        },
    };
}
