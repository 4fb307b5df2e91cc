using System.Globalization;
using FluentValidation;
using Reputation.Abstractions.Brands;

namespace Reputation.Abstractions.Mentions;

/// <summary>The rules of contract section 1, each failing with a sentence that names the rule.</summary>
public sealed class MentionValidator : AbstractValidator<MentionDocument>
{
    /// <summary>Validation context key holding the Kafka message key, when there is one.</summary>
    public const string MessageKey = "message-key";

    public const int MaxIdLength = 128;
    public const int MaxTextLength = 10_000;
    public const int MaxHandleLength = 256;
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromMinutes(5);
    /// <summary>Nothing the web produced predates this; earlier dates are corrupt input.</summary>
    public static readonly DateTimeOffset EarliestPublishedAt = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public MentionValidator(TimeProvider time)
    {
        RuleFor(m => m.Id)
            .NotEmpty().WithMessage("'id' is required.")
            .Must(BePrintable).WithMessage($"'id' must be 1–{MaxIdLength} printable characters.");

        RuleFor(m => m.Brand)
            .NotEmpty().WithMessage("'brand' is required.")
            .Must(BrandId.IsValid).WithMessage($"'brand' must match {BrandId.Pattern}.")
            .Custom((brand, ctx) =>
            {
                if (ctx.RootContextData.TryGetValue(MessageKey, out var key) && key is string k && k.Length > 0 && k != brand)
                {
                    ctx.AddFailure("brand", $"'brand' ({Truncate(brand)}) must equal the message key ({Truncate(k)}).");
                }
            });

        RuleFor(m => m.Source)
            .NotEmpty().WithMessage("'source' is required.")
            .Must(s => s is not null && MentionSources.All.Contains(s))
            .WithMessage(m => $"'source' ({Truncate(m.Source)}) must be one of: {string.Join(' ', MentionSources.All.Order(StringComparer.Ordinal))}.");

        RuleFor(m => m.Text)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("'text' is required and must not be blank.")
            .Must(t => t is null || t.AsSpan().Trim().Length <= MaxTextLength).WithMessage($"'text' must be at most {MaxTextLength} characters after trimming.");

        RuleFor(m => m.PublishedAt)
            .NotEmpty().WithMessage("'publishedAt' is required.")
            .Custom((p, ctx) =>
            {
                // One parse for the three rules: this runs for every mention.
                if (!TryParseTimestamp(p, out var at))
                {
                    ctx.AddFailure("'publishedAt' must be an ISO-8601 date-time with an offset, such as 2016-11-22T15:05:12Z.");
                }
                else if (at > time.GetUtcNow() + MaxFutureSkew)
                {
                    ctx.AddFailure("'publishedAt' must not be more than 5 minutes in the future.");
                }
                else if (at < EarliestPublishedAt)
                {
                    ctx.AddFailure("'publishedAt' must not be before 1990.");
                }
            });

        RuleFor(m => m.Lang)
            .Must(l => l is null || (l.Length == 2 && char.IsAsciiLetter(l[0]) && char.IsAsciiLetter(l[1])))
            .WithMessage("'lang' must be a two-letter ISO 639-1 code.");

        // Optional parts are checked with null-safe rules rather than When(…): FluentValidation keeps a dictionary of
        // condition results per validation for those, which showed in the per-mention profile.
        RuleFor(m => m.Url)
            .Must(u => u is null || BeHttpUrl(u))
            .WithMessage("'url' must be an absolute http or https URL.");

        RuleFor(m => m.Author)
            .Must(a => a?.Followers is null or >= 0).WithMessage("'author.followers' must be 0 or more.")
            .Must(a => a?.Handle is null || a.Handle.Length <= MaxHandleLength).WithMessage($"'author.handle' must be at most {MaxHandleLength} characters.")
            .Must(a => a?.Name is null || a.Name.Length <= MaxHandleLength).WithMessage($"'author.name' must be at most {MaxHandleLength} characters.")
            .Must(a => a?.Id is null || a.Id.Length <= MaxIdLength).WithMessage($"'author.id' must be at most {MaxIdLength} characters.");

        RuleFor(m => m.Engagement)
            .Must(e => e?.Likes is null or >= 0).WithMessage("'engagement.likes' must be 0 or more.")
            .Must(e => e?.Shares is null or >= 0).WithMessage("'engagement.shares' must be 0 or more.")
            .Must(e => e?.Replies is null or >= 0).WithMessage("'engagement.replies' must be 0 or more.");

        RuleFor(m => m.ReshareOf)
            .Must(r => r is null || BePrintable(r))
            .WithMessage($"'reshareOf' must be 1–{MaxIdLength} printable characters.");
    }

    /// <summary>ISO-8601 with an explicit offset ("Z" or ±hh:mm); a local time without offset is ambiguous.</summary>
    public static bool TryParseTimestamp(string? value, out DateTimeOffset at)
    {
        at = default;
        if (string.IsNullOrEmpty(value) || value.Length > 40 || value.IndexOf('T') < 0)
        {
            return false;
        }

        var tail = value.AsSpan(value.IndexOf('T') + 1);
        var hasOffset = tail is [.., 'Z' or 'z'] || tail.IndexOfAny('+', '-') >= 0;
        return hasOffset && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out at);
    }

    private static bool BePrintable(string? value) =>
        value is { Length: > 0 and <= MaxIdLength }
        && value.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') < 0 && value.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') < 0 // char.IsControl
        && !string.IsNullOrWhiteSpace(value);

    private static bool BeHttpUrl(string? value) =>
        value is { Length: <= 2048 }
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string Truncate(string? value) => value is null ? "null" : value.Length <= 64 ? value : value[..64] + "…";
}
