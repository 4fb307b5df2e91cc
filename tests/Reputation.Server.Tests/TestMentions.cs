using System.Text;
using System.Text.Json;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Mentions;

namespace Reputation.Server.Tests;

internal static class TestMentions
{
    // Texts the built-in model labels without doubt (checked with `reputation score`).
    public const string NegativeText = "Terrible service, never again, worst company";
    public const string PositiveText = "Great service, thank you, love it";
    public const string NeutralText = "The shop opens at nine on Monday";

    public static Mention Make(string brand, string id, string text = "Service is fine today", DateTimeOffset? at = null, string source = "twitter") => new()
    {
        Id = id,
        Brand = brand,
        Source = source,
        Text = text,
        PublishedAt = at ?? DateTimeOffset.UtcNow.AddSeconds(-30),
        Author = new MentionAuthor { Handle = "@someone", Followers = 100 },
    };

    /// <summary>
    /// A brand's mentions with the given numbers of negative, positive and neutral texts, in that order; mention
    /// <c>i</c> is published at <paramref name="at"/>(i), or half a minute ago.
    /// </summary>
    public static IEnumerable<Mention> Labelled(string brand, int negative, int positive, int neutral = 0, Func<int, DateTimeOffset?>? at = null) =>
        Enumerable.Repeat(NegativeText, negative)
            .Concat(Enumerable.Repeat(PositiveText, positive))
            .Concat(Enumerable.Repeat(NeutralText, neutral))
            .Select((text, i) => Make(brand, $"{brand}-{i}", text, at?.Invoke(i)));

    public static string Ndjson(IEnumerable<object> items) =>
        string.Join('\n', items.Select(i => JsonSerializer.Serialize(i, ContractJson.Options))) + "\n";

    public static StringContent Body(string text, string mediaType = "application/x-ndjson") => new(text, Encoding.UTF8, mediaType);
}
