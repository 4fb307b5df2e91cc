using System.Text;
using System.Text.Json;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Mentions;
using Reputation.Ingestion;

namespace Reputation.Ingestion.Tests.Support;

internal static class TestMentions
{
    private static readonly string[] Sources = ["twitter", "news", "forum", "blog"];

    public static Mention Valid(string brand, int n) => new()
    {
        Id = $"{brand}-{n}",
        Brand = brand,
        Source = Sources[n % Sources.Length],
        Text = n % 3 == 0 ? $"{brand} accused of fraud, mention {n}" : $"{brand} wins a great award, mention {n}",
        PublishedAt = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero).AddSeconds(n),
        Lang = "en",
    };

    public static List<Mention> ValidSet(IEnumerable<string> brands, int perBrand) =>
        [.. brands.SelectMany(b => Enumerable.Range(0, perBrand).Select(n => Valid(b, n)))];

    public static RawMention Raw(Mention mention) => new(mention.Brand, JsonSerializer.SerializeToUtf8Bytes(mention, ContractJson.Options));

    /// <summary>One message per dead-letter reason, with the reason expected.</summary>
    public static List<(RawMention Message, string Reason)> Invalid()
    {
        var validJson = Raw(Valid("acme", 9_999)).Value;
        return
        [
            (new RawMention("acme", Encoding.UTF8.GetBytes("this is not json")), DeadLetterReasons.NotJson),
            (new RawMention("acme", Encoding.UTF8.GetBytes("[1,2,3]")), DeadLetterReasons.NotJson),
            (new RawMention("acme", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x7D]), DeadLetterReasons.NotUtf8),
            (new RawMention("acme", new byte[MentionParser.MaxMessageBytes + 1]), DeadLetterReasons.TooLarge),
            (new RawMention("acme", []), DeadLetterReasons.Empty),
            (new RawMention("other-brand", validJson), DeadLetterReasons.BrandKeyMismatch),
            (new RawMention("acme", Encoding.UTF8.GetBytes("""{"id":"x1","brand":"acme","source":"carrier-pigeon","text":"hi","publishedAt":"2024-05-01T12:00:00Z"}""")), DeadLetterReasons.Validation),
            (new RawMention(null, Encoding.UTF8.GetBytes("""{"id":"x2","brand":"acme","source":"news","text":"  ","publishedAt":"2024-05-01T12:00:00Z"}""")), DeadLetterReasons.Validation),
        ];
    }
}
