using System.Text;
using System.Text.Json;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Mentions;

namespace Reputation.Server.Tests;

internal static class TestMentions
{
    public static Mention Make(string brand, string id, string text = "Service is fine today", DateTimeOffset? at = null, string source = "twitter") => new()
    {
        Id = id,
        Brand = brand,
        Source = source,
        Text = text,
        PublishedAt = at ?? DateTimeOffset.UtcNow.AddSeconds(-30),
        Author = new MentionAuthor { Handle = "@someone", Followers = 100 },
    };

    public static string Ndjson(IEnumerable<object> items) =>
        string.Join('\n', items.Select(i => JsonSerializer.Serialize(i, ContractJson.Options))) + "\n";

    public static StringContent Body(string text, string mediaType = "application/x-ndjson") => new(text, Encoding.UTF8, mediaType);
}
