using System.Text;
using System.Text.Json;

namespace Reputation.Reliability.Tests.Ingestion;

/// <summary>One message for the mentions topic: its key, its value, and a label saying what kind of input it is.</summary>
public sealed record RawMessage(string Kind, string? Key, byte[] Value);

/// <summary>
/// Generates messages from a seeded random source, so a failure replays exactly. Bad messages each break one
/// contract rule; good ones are valid but sit at the edges (extreme numbers, unusual characters).
/// </summary>
public sealed class BadMessages(int seed)
{
    /// <summary>Distinct kinds of bad message <see cref="Bad"/> makes.</summary>
    public const int Kinds = 12;

    private const int HugeBytes = 70 * 1024;
    private readonly Random random = new(seed);

    public static string Json(object value) => JsonSerializer.Serialize(value);

    /// <summary>A valid mention as a JSON object; callers change one field to break it.</summary>
    public static Dictionary<string, object?> Valid(string brand, string id) => new()
    {
        ["id"] = id,
        ["brand"] = brand,
        ["source"] = "twitter",
        ["text"] = "The service is fine today",
        ["publishedAt"] = DateTimeOffset.UtcNow.AddSeconds(-30).ToString("O"),
        ["author"] = new Dictionary<string, object?> { ["handle"] = "@someone", ["followers"] = 100 },
    };

    public RawMessage Good(string brand, string id)
    {
        var mention = Valid(brand, id);
        switch (random.Next(4))
        {
            case 0:
                mention["author"] = new Dictionary<string, object?> { ["handle"] = "@huge", ["followers"] = long.MaxValue, ["verified"] = true };
                mention["engagement"] = new Dictionary<string, object?> { ["likes"] = long.MaxValue, ["shares"] = long.MaxValue, ["replies"] = 0 };
                return new RawMessage("good: extreme but valid numbers", brand, Bytes(mention));
            case 1:
                mention["text"] = "Ünïcödé 😀 ערבית 中文 \u200b " + new string('x', 9_000);
                return new RawMessage("good: long unicode text", brand, Bytes(mention));
            case 2:
                return new RawMessage("good: no key", null, Bytes(mention));
            default:
                return new RawMessage("good: plain", brand, Bytes(mention));
        }
    }

    public RawMessage Bad(string brand, string id)
    {
        var mention = Valid(brand, id);
        switch (random.Next(Kinds))
        {
            case 0:
                var noise = new byte[random.Next(1, 4_000)];
                random.NextBytes(noise);
                // A leading 0xFF keeps random bytes from ever forming a JSON object by chance.
                noise[0] = 0xFF;
                return new RawMessage("random bytes", random.Next(2) == 0 ? null : brand, noise);
            case 1:
                var text = Bytes(mention);
                var at = Array.IndexOf(text, (byte)'T', 10);
                text[at] = 0xC3;
                text[at + 1] = 0x28;
                return new RawMessage("invalid UTF-8", brand, text);
            case 2:
                mention["text"] = new string('a', HugeBytes);
                return new RawMessage("huge message (> 64 KiB)", brand, Bytes(mention));
            case 3:
                var depth = random.Next(20, 400);
                var nested = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
                var withNesting = Encoding.UTF8.GetString(Bytes(mention))[..^1] + ",\"author\":" + nested + "}";
                return new RawMessage("deeply nested JSON", brand, Encoding.UTF8.GetBytes(withNesting));
            case 4:
                var (field, value) = random.Next(5) switch
                {
                    0 => ("text", (object?)42),
                    1 => ("publishedAt", true),
                    2 => ("author", "not an object"),
                    3 => ("engagement", new[] { 1, 2, 3 }),
                    _ => ("id", new Dictionary<string, object?> { ["nested"] = "id" }),
                };
                mention[field] = value;
                return new RawMessage("wrong type", brand, Bytes(mention));
            case 5:
                var number = random.Next(4) switch
                {
                    0 => "1e400",
                    1 => "-1",
                    2 => "99999999999999999999999",
                    _ => "1.5",
                };
                var json = Encoding.UTF8.GetString(Bytes(mention)).Replace("\"followers\":100", "\"followers\":" + number, StringComparison.Ordinal);
                return new RawMessage("extreme number", brand, Encoding.UTF8.GetBytes(json));
            case 6:
                mention["publishedAt"] = random.Next(5) switch
                {
                    0 => "9999-12-31T23:59:59Z",
                    1 => "0001-01-01T00:00:00Z",
                    2 => "1989-12-31T23:59:59Z",
                    3 => DateTimeOffset.UtcNow.AddDays(1).ToString("O"),
                    _ => "2026-13-45T25:61:00Z",
                };
                return new RawMessage("date out of range", brand, Bytes(mention));
            case 7:
                var badBrand = random.Next(6) switch
                {
                    0 => "UPPER-case",
                    1 => "-leading-dash",
                    2 => "under_score",
                    3 => new string('b', 65),
                    4 => "",
                    _ => "spa ce",
                };
                mention["brand"] = badBrand;
                return new RawMessage("brand id breaking the rules", badBrand.Length == 0 ? null : badBrand, Bytes(mention));
            case 8:
                return new RawMessage("key not matching the brand", brand + "-other", Bytes(mention));
            case 9:
                var scalar = random.Next(5) switch
                {
                    0 => "null",
                    1 => "[]",
                    2 => "\"a string\"",
                    3 => "123",
                    _ => "{\"id\":",
                };
                return new RawMessage("not a JSON object", brand, Encoding.UTF8.GetBytes(scalar));
            case 10:
                return new RawMessage("empty message", brand, []);
            default:
                mention.Remove(random.Next(3) switch { 0 => "id", 1 => "text", _ => "source" });
                return new RawMessage("required field missing", brand, Bytes(mention));
        }
    }

    private static byte[] Bytes(Dictionary<string, object?> mention) => JsonSerializer.SerializeToUtf8Bytes(mention);
}
