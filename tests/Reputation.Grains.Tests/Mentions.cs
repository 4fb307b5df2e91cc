using Reputation.Abstractions.Mentions;
using Reputation.Abstractions.Sentiment;

namespace Reputation.Grains.Tests;

/// <summary>Builds scored mentions for grain tests.</summary>
internal static class Mentions
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public static ScoredMention Scored(string brand, string id, DateTimeOffset at, SentimentLabel label = SentimentLabel.Neutral, string text = "a mention", long followers = 100) => new()
    {
        Mention = new Mention
        {
            Id = id,
            Brand = brand,
            Source = "twitter",
            Text = text,
            PublishedAt = at,
            Author = new MentionAuthor { Handle = "@user" + (id.GetHashCode() & 0xff), Followers = followers },
        },
        Language = "en",
        Sentiment = new SentimentResult(label, label switch { SentimentLabel.Negative => -0.8, SentimentLabel.Positive => 0.8, _ => 0 }),
        IngestedAt = at,
    };
}
