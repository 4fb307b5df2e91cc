using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Mentions;

namespace Reputation.Abstractions.Tests;

public sealed class MentionParserTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    private readonly MentionParser parser = new(Clock);

    private const string ContractExample = """
        {
          "id": "tw-1800917713",
          "brand": "vinci",
          "source": "twitter",
          "text": "VINCI annonce une révision de ses comptes et le licenciement de son directeur financier",
          "publishedAt": "2016-11-22T15:05:12Z",
          "lang": "fr",
          "url": "https://vinci.group/communique-2016-11-22",
          "author": { "id": "u-42", "handle": "@vinci_press", "name": "VINCI Press", "followers": 311, "verified": false },
          "engagement": { "likes": 3, "shares": 48, "replies": 2 },
          "reshareOf": null
        }
        """;

    private MentionParseResult Parse(string json, string? key = null) => parser.Parse(Encoding.UTF8.GetBytes(json), key);

    private static string With(string property, string? jsonValue)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(ContractExample)!.AsObject();
        if (jsonValue is null)
        {
            node.Remove(property);
        }
        else
        {
            node[property] = System.Text.Json.Nodes.JsonNode.Parse(jsonValue);
        }

        return node.ToJsonString();
    }

    [Fact]
    public void Parses_the_contract_example()
    {
        var result = Parse(ContractExample, key: "vinci");

        var mention = Assert.IsType<Mention>(result.Mention);
        Assert.Equal("tw-1800917713", mention.Id);
        Assert.Equal(new DateTimeOffset(2016, 11, 22, 15, 5, 12, TimeSpan.Zero), mention.PublishedAt);
        Assert.Equal(311, mention.Author!.Followers);
        Assert.Equal(48, mention.Engagement!.Shares);
        Assert.Equal("fr", mention.Lang);
    }

    [Theory]
    [InlineData("id", null, "'id' is required.")]
    [InlineData("id", "\"\"", "'id' is required.")]
    [InlineData("brand", "\"Vinci\"", "'brand' must match")]
    [InlineData("brand", "\"-vinci\"", "'brand' must match")]
    [InlineData("source", "\"telegram\"", "'source' (telegram) must be one of")]
    [InlineData("text", "\"   \"", "'text' is required")]
    [InlineData("publishedAt", "\"2016-11-22T15:05:12\"", "with an offset")]
    [InlineData("publishedAt", "\"yesterday\"", "with an offset")]
    [InlineData("publishedAt", "\"2026-11-24T12:06:00Z\"", "more than 5 minutes in the future")]
    [InlineData("publishedAt", "\"1970-01-01T00:00:00Z\"", "before 1990")]
    [InlineData("lang", "\"french\"", "'lang' must be a two-letter")]
    [InlineData("url", "\"ftp://vinci.com/x\"", "'url' must be an absolute http")]
    [InlineData("url", "\"/relative\"", "'url' must be an absolute http")]
    [InlineData("author", "{\"followers\": -1}", "'author.followers' must be 0 or more.")]
    [InlineData("engagement", "{\"shares\": -5}", "'engagement.shares' must be 0 or more.")]
    public void Names_the_rule_that_failed(string property, string? value, string expected)
    {
        var result = Parse(With(property, value));

        Assert.False(result.IsValid);
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public void Accepts_a_mention_published_less_than_five_minutes_ahead_of_the_clock()
    {
        Assert.True(Parse(With("publishedAt", "\"2026-11-24T12:04:00+00:00\"")).IsValid);
    }

    [Fact]
    public void Text_of_ten_thousand_characters_is_accepted_and_one_more_is_not()
    {
        Assert.True(Parse(With("text", JsonSerializer.Serialize(new string('a', 10_000)))).IsValid);
        Assert.Contains("at most 10000", Parse(With("text", JsonSerializer.Serialize(new string('a', 10_001)))).Error);
    }

    [Fact]
    public void The_brand_must_equal_the_message_key()
    {
        var result = Parse(ContractExample, key: "eiffage");

        Assert.Contains("must equal the message key (eiffage)", result.Error);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0xFF, 0xFE, 0x7D }, "not valid UTF-8")]
    [InlineData(new byte[] { }, "empty")]
    public void Rejects_bytes_that_are_not_a_utf8_message(byte[] bytes, string expected)
    {
        Assert.Contains(expected, parser.Parse(bytes).Error);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{\"id\": \"x\",", "not valid JSON")]
    [InlineData("{\"id\": 42}", "wrong type")]
    [InlineData("{\"author\": {\"followers\": \"many\"}}", "wrong type at $.author.followers")]
    [InlineData("{\"author\": {\"followers\": 1e400}}", "wrong type")]
    public void Rejects_what_is_not_a_well_typed_json_object(string json, string expected)
    {
        Assert.Contains(expected, Parse(json).Error);
    }

    [Fact]
    public void Rejects_deeply_nested_json_without_recursing_into_it()
    {
        var nested = "{\"author\":" + string.Concat(Enumerable.Repeat("{\"x\":", 5000)) + "1" + new string('}', 5001);

        Assert.False(Parse(nested).IsValid);
    }

    [Fact]
    public void Rejects_oversized_messages_before_parsing()
    {
        var huge = new byte[MentionParser.MaxMessageBytes + 1];

        Assert.Contains("at most", parser.Parse(huge).Error);
    }

    [Fact]
    public void Alerts_serialise_with_the_contract_names()
    {
        var alert = new Alert
        {
            Id = "a-1", Brand = "vinci", Type = AlertType.SuspectPressRelease, Severity = AlertSeverity.Critical, Status = AlertStatus.Open,
            RaisedAt = Clock.GetUtcNow(), UpdatedAt = Clock.GetUtcNow(), Title = "t", Summary = "s", Score = 0.97,
        };

        var json = JsonSerializer.Serialize(alert, ContractJson.Options);

        Assert.Contains("\"type\":\"suspect-press-release\"", json);
        Assert.Contains("\"severity\":\"critical\"", json);
        Assert.Contains("\"status\":\"open\"", json);
        Assert.DoesNotContain("acknowledgedBy", json);
        Assert.Equal(AlertType.SuspectPressRelease, JsonSerializer.Deserialize<Alert>(json, ContractJson.Options)!.Type);
    }
}
