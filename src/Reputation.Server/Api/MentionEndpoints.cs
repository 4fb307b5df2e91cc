using System.Buffers;
using System.Text.Json;
using Reputation.Abstractions.Hosting;
using Reputation.Abstractions.Mentions;
using Reputation.Ingestion;

namespace Reputation.Server.Api;

/// <summary>
/// <c>POST /api/mentions</c>: where listening vendors push mentions. The pipeline stays Kafka-first: valid
/// mentions are produced to the topic and counted by the grains like any other; invalid ones are rejected here.
/// </summary>
public static class MentionEndpoints
{
    public const long MaxBodyBytes = 8 * 1024 * 1024;
    public const int MaxMentionsPerRequest = 10_000;

    public sealed record Rejection(int Index, string? Id, string Error);

    public sealed record IngestResponse(int Accepted, IReadOnlyList<Rejection> Rejected);

    public static IEndpointRouteBuilder MapMentionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/mentions", Ingest)
            .WithTags("Mentions")
            .RequireAuthorization(Roles.Policies.Ingest)
            .RequireRateLimiting(RateLimits.Ingestion)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBodyBytes))
            .WithName("PostMentions")
            .WithSummary("Push mentions (ingester)")
            .WithDescription("A JSON array of mentions, or one mention per line (NDJSON); at most 10,000 mentions and 8 MiB. "
                + "Valid mentions go to the Kafka topic and are counted like any other; invalid ones are listed with the rule they broke.")
            .Accepts<Mention[]>("application/json", "application/x-ndjson")
            .Produces<IngestResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<IResult> Ingest(HttpRequest request, MentionParser parser, MentionProducer producer, CancellationToken ct)
    {
        var body = await ReadBody(request, ct);
        if (body is null)
        {
            return Results.Problem(title: "Body too large", detail: $"At most {MaxBodyBytes} bytes per request.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var items = Split(body);
        if (items is null)
        {
            return Results.Problem(title: "Not a JSON array or NDJSON", detail: "Send a JSON array of mentions, or one mention per line (NDJSON).", statusCode: StatusCodes.Status400BadRequest);
        }

        if (items.Count > MaxMentionsPerRequest)
        {
            return Results.Problem(title: "Too many mentions", detail: $"At most {MaxMentionsPerRequest} mentions per request; this one has {items.Count}.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var valid = new List<Mention>(items.Count);
        var rejected = new List<Rejection>();
        for (var i = 0; i < items.Count; i++)
        {
            var result = parser.Parse(items[i].Span);
            if (result.Mention is { } mention)
            {
                valid.Add(mention);
            }
            else
            {
                rejected.Add(new Rejection(i, TryReadId(items[i].Span), result.Error!));
            }
        }

        if (valid.Count == 0)
        {
            // Nothing usable: a 2xx would let a broken feed look healthy. The per-item reasons stay in the answer.
            return Results.Problem(
                title: "No valid mention",
                detail: items.Count == 0 ? "The body holds no mention." : $"None of the {items.Count} mentions is valid; see 'rejected' for each reason.",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["accepted"] = 0, ["rejected"] = rejected });
        }

        await producer.ProduceAsync(valid, ct);
        return Results.Json(new IngestResponse(valid.Count, rejected), statusCode: StatusCodes.Status202Accepted);
    }

    private static async Task<byte[]?> ReadBody(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit (a declared length over it) ends the same way as ours.
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>A JSON array's elements, or NDJSON's non-blank lines, each as the raw bytes the parser validates.</summary>
    private static List<ReadOnlyMemory<byte>>? Split(byte[] body)
    {
        var trimmed = body.AsMemory().TrimStart(" \t\r\n"u8);
        if (trimmed.Length > 0 && trimmed.Span[0] == (byte)'[')
        {
            try
            {
                using var doc = JsonDocument.Parse(trimmed, new JsonDocumentOptions { MaxDepth = 16 });
                if (doc.RootElement.ValueKind != JsonValueKind.Array)
                {
                    return null;
                }

                return doc.RootElement.EnumerateArray().Select(e => (ReadOnlyMemory<byte>)System.Text.Encoding.UTF8.GetBytes(e.GetRawText())).ToList();
            }
            catch (JsonException)
            {
                return null;
            }
        }

        var lines = new List<ReadOnlyMemory<byte>>();
        ReadOnlyMemory<byte> rest = body;
        while (rest.Length > 0)
        {
            var end = rest.Span.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
            var content = line.Trim(" \t\r"u8);
            if (content.Length > 0)
            {
                lines.Add(content);
            }
        }

        return lines;
    }

    private static string? TryReadId(ReadOnlySpan<byte> item)
    {
        try
        {
            var reader = new Utf8JsonReader(item, new JsonReaderOptions { MaxDepth = 16 });
            using var doc = JsonDocument.ParseValue(ref reader);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString() is { Length: <= 128 } s ? s : null
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
