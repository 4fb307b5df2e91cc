using System.Text.Json;
using System.Text.Unicode;
using FluentValidation;
using Reputation.Abstractions.Json;

namespace Reputation.Abstractions.Mentions;

/// <summary>The outcome of parsing one message: a mention, or a sentence saying which rule failed.</summary>
public readonly record struct MentionParseResult(Mention? Mention, string? Error)
{
    public bool IsValid => Mention is not null;
}

/// <summary>
/// Turns raw message bytes into a validated <see cref="Mention"/>. Shared by the Kafka consumer,
/// the HTTP ingestion endpoint and the backtest commands so that all three apply the same rules.
/// </summary>
public sealed class MentionParser(MentionValidator validator)
{
    /// <summary>The largest message accepted; a mention's text is capped at 10,000 characters, so this leaves room for the rest.</summary>
    public const int MaxMessageBytes = 64 * 1024;

    public MentionParser(TimeProvider time) : this(new MentionValidator(time)) { }

    public MentionParseResult Parse(ReadOnlySpan<byte> utf8, string? key = null)
    {
        if (utf8.Length == 0)
        {
            return Fail("The message is empty; expected one JSON object.");
        }

        if (utf8.Length > MaxMessageBytes)
        {
            return Fail($"The message is {utf8.Length} bytes; at most {MaxMessageBytes} are accepted.");
        }

        if (!Utf8.IsValid(utf8))
        {
            return Fail("The message is not valid UTF-8.");
        }

        MentionDocument? document;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 16, CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Fail("The message is not a JSON object.");
            }

            reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 16 });
            document = JsonSerializer.Deserialize<MentionDocument>(ref reader, ContractJson.Options);
        }
        catch (JsonException ex)
        {
            return Fail(DescribeJsonError(ex));
        }

        return document is null ? Fail("The message is JSON null; expected one JSON object.") : Validate(document, key);
    }

    public MentionParseResult Validate(MentionDocument document, string? key = null)
    {
        var context = new ValidationContext<MentionDocument>(document);
        if (key is not null)
        {
            context.RootContextData[MentionValidator.MessageKey] = key;
        }

        var result = validator.Validate(context);
        if (!result.IsValid)
        {
            return Fail(string.Join(" ", result.Errors.Select(e => e.ErrorMessage).Distinct()));
        }

        MentionValidator.TryParseTimestamp(document.PublishedAt, out var publishedAt);
        return new MentionParseResult(ToMention(document, publishedAt), null);
    }

    private static Mention ToMention(MentionDocument d, DateTimeOffset publishedAt) => new()
    {
        Id = d.Id!,
        Brand = d.Brand!,
        Source = d.Source!,
        Text = d.Text!.Trim(),
        PublishedAt = publishedAt.ToUniversalTime(),
        Lang = d.Lang?.ToLowerInvariant(),
        Url = d.Url,
        ReshareOf = d.ReshareOf,
        Author = d.Author is null ? null : new MentionAuthor
        {
            Id = d.Author.Id,
            Handle = d.Author.Handle,
            Name = d.Author.Name,
            Followers = d.Author.Followers ?? 0,
            Verified = d.Author.Verified ?? false,
        },
        Engagement = d.Engagement is null ? null : new MentionEngagement
        {
            Likes = d.Engagement.Likes ?? 0,
            Shares = d.Engagement.Shares ?? 0,
            Replies = d.Engagement.Replies ?? 0,
        },
    };

    private static string DescribeJsonError(JsonException ex)
    {
        var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "" : $" at {ex.Path}";
        return ex.InnerException is InvalidOperationException || ex.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? $"A field has the wrong type{path}."
            : $"The message is not valid JSON{path} (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}).";
    }

    private static MentionParseResult Fail(string error) => new(null, error);
}
