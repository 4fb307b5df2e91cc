using System.Text.Json;
using System.Text.Unicode;
using Reputation.Abstractions.Mentions;

namespace Reputation.Ingestion;

/// <summary>
/// Short, fixed metric labels for why a message was dead-lettered. The sentence in <c>x-error</c> comes from
/// <see cref="MentionParser"/>; this only sorts failures into a bounded set of buckets, asking the parser
/// again instead of re-implementing its rules.
/// </summary>
public static class DeadLetterReasons
{
    public const string Empty = "empty";
    public const string TooLarge = "too-large";
    public const string NotUtf8 = "not-utf8";
    public const string NotJson = "not-json";
    public const string BrandKeyMismatch = "brand-key-mismatch";
    public const string Validation = "validation";
    public const string ScoringFailed = "scoring-failed";

    public static string Classify(MentionParser parser, ReadOnlySpan<byte> value, string? key)
    {
        if (value.IsEmpty)
        {
            return Empty;
        }

        if (value.Length > MentionParser.MaxMessageBytes)
        {
            return TooLarge;
        }

        if (!Utf8.IsValid(value))
        {
            return NotUtf8;
        }

        if (!IsJsonObject(value))
        {
            return NotJson;
        }

        // Valid once the key is left out: the only failed rule was brand = key.
        return key is { Length: > 0 } && parser.Parse(value, null).IsValid ? BrandKeyMismatch : Validation;
    }

    private static bool IsJsonObject(ReadOnlySpan<byte> value)
    {
        try
        {
            var reader = new Utf8JsonReader(value, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
