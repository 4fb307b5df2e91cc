using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Mentions;

namespace Reputation.TweetRisk.Tests;

/// <summary>Builders for the brands and mentions the unit tests share.</summary>
internal static class TestMentions
{
    public static readonly Brand Vinci = new()
    {
        Id = "vinci",
        Name = "VINCI",
        Aliases = ["Vinci SA", "#VINCI"],
        OfficialDomains = ["vinci.com", "vinci-autoroutes.com"],
        OfficialHandles = ["@VINCI", "@VINCI_fr"],
        Languages = ["fr", "en"],
    };

    public static readonly DateTimeOffset FakeAt = new(2016, 11, 22, 15, 5, 12, TimeSpan.Zero);

    private static int _sequence;

    public static Mention Make(
        string text,
        string? url = null,
        string? handle = null,
        long followers = 0,
        bool verified = false,
        string source = "twitter",
        string brand = "vinci",
        string? id = null,
        DateTimeOffset? at = null,
        string? reshareOf = null,
        long shares = 0,
        string? name = null) => new()
    {
        Id = id ?? $"m-{Interlocked.Increment(ref _sequence)}",
        Brand = brand,
        Source = source,
        Text = text,
        PublishedAt = at ?? FakeAt,
        Url = url,
        Author = handle is null && name is null ? null : new MentionAuthor { Handle = handle, Name = name, Followers = followers, Verified = verified },
        Engagement = shares == 0 ? null : new MentionEngagement { Shares = shares },
        ReshareOf = reshareOf,
    };

    /// <summary>The 22 November 2016 fake: release-like French text, lookalike domain, small unverified account.</summary>
    public static Mention VinciFake(string id = "tw-1800917713", DateTimeOffset? at = null) => Make(
        "VINCI annonce une révision de ses comptes et le licenciement de son directeur financier",
        url: "https://vinci.group/communique-2016-11-22",
        handle: "@vinci_press",
        followers: 311,
        id: id,
        at: at ?? FakeAt,
        shares: 48,
        name: "VINCI Press");
}
