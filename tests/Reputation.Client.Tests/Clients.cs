using System.Net;
using System.Net.Sockets;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Mentions;
using Reputation.Server.Tests;

namespace Reputation.Client.Tests;

/// <summary>Clients of the real host per role, and the mentions the tests send.</summary>
internal static class Clients
{
    public static ReputationClient For(ReputationHost host, string key) =>
        new(new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) }, key);

    public static ReputationLiveClient Live(ReputationHost host, string key) => new(host.BaseAddress, key);

    public static Brand Vinci(string id) => new() { Id = id, Name = "VINCI", OfficialDomains = ["vinci.com"], OfficialHandles = ["@VINCI"] };

    /// <summary>A release-like announcement from a lookalike of the official domain: the tweet-risk detector raises an alert.</summary>
    public static Mention FakeRelease(string brand, string id) => new()
    {
        Id = id,
        Brand = brand,
        Source = "newswire",
        Text = "PRESS RELEASE: VINCI announces restatement of its accounts and the dismissal of its CFO",
        PublishedAt = DateTimeOffset.UtcNow.AddSeconds(-3),
        Lang = "en",
        Url = $"https://vinci.group/press-{id}",
        Author = new MentionAuthor { Handle = "@vinci_press", Name = "VINCI Press", Followers = 311 },
        Engagement = new MentionEngagement { Shares = 48 },
    };

    public static Mention Ordinary(string brand, string id, string text = "Visited the new site today, nice work") => new()
    {
        Id = id,
        Brand = brand,
        Source = "twitter",
        Text = text,
        PublishedAt = DateTimeOffset.UtcNow.AddSeconds(-30),
        Author = new MentionAuthor { Handle = "@someone", Followers = 100 },
    };

    /// <summary>A loopback port nobody listens on: webhook deliveries to it fail and stay in the log.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
