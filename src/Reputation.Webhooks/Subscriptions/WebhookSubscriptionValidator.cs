using FluentValidation;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Webhooks.Safety;

namespace Reputation.Webhooks.Subscriptions;

/// <summary>
/// Checks a create or update request. Property names are the JSON (camelCase) names so the problem details
/// point at the field the client sent.
/// </summary>
public sealed class WebhookSubscriptionValidator : AbstractValidator<WebhookSubscriptionRequest>
{
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 256;
    public const int MaxBrands = 100;

    /// <param name="allowLoopback">The <c>Webhooks:AllowLoopback</c> setting.</param>
    /// <param name="secretRequired">True on create; on update a missing secret keeps the current one.</param>
    public WebhookSubscriptionValidator(bool allowLoopback, bool secretRequired)
    {
        RuleFor(r => r.Url).Custom((url, context) =>
        {
            var problem = string.IsNullOrWhiteSpace(url) ? "url is required." : WebhookUrlRules.Problem(url, allowLoopback);
            if (problem is not null) context.AddFailure("url", problem);
        });

        RuleFor(r => r.Secret).Custom((secret, context) =>
        {
            if (secret is null)
            {
                if (secretRequired) context.AddFailure("secret", $"secret is required ({MinSecretLength} to {MaxSecretLength} characters).");
                return;
            }
            if (secret.Length < MinSecretLength) context.AddFailure("secret", $"secret must be at least {MinSecretLength} characters.");
            else if (secret.Length > MaxSecretLength) context.AddFailure("secret", $"secret must be at most {MaxSecretLength} characters.");
            else if (secret.Any(char.IsControl)) context.AddFailure("secret", "secret must not contain control characters.");
        });

        RuleFor(r => r.Brands).Custom((brands, context) =>
        {
            if (brands is null) return;
            if (brands.Count > MaxBrands)
            {
                context.AddFailure("brands", $"brands may list at most {MaxBrands} brand ids (leave it empty for every brand).");
                return;
            }
            for (var i = 0; i < brands.Count; i++)
            {
                if (!BrandId.IsValid(brands[i]))
                    context.AddFailure($"brands[{i}]", $"brands[{i}] must be a brand id: lowercase letters, digits and '-', 1 to 64 characters, starting with a letter or digit.");
            }
        });

        RuleFor(r => r.Types).Custom((types, context) =>
        {
            if (types is null) return;
            var known = Enum.GetValues<AlertType>().Length;
            if (types.Count > known)
            {
                context.AddFailure("types", $"types may list at most {known} alert types (leave it empty for every type).");
                return;
            }
            for (var i = 0; i < types.Count; i++)
            {
                if (ContractEnum.Parse<AlertType>(types[i]) is null)
                    context.AddFailure($"types[{i}]", $"types[{i}] must be one of: {ContractEnum.Names<AlertType>()}.");
            }
        });

        RuleFor(r => r.Events).Custom((events, context) =>
        {
            if (events is null) return;
            if (events.Count > WebhookEvents.All.Count)
            {
                context.AddFailure("events", $"events may list at most {WebhookEvents.All.Count} events (leave it empty for the alert events).");
                return;
            }
            for (var i = 0; i < events.Count; i++)
            {
                if (!WebhookEvents.IsKnown(events[i]))
                    context.AddFailure($"events[{i}]", $"events[{i}] must be one of: {string.Join(", ", WebhookEvents.All)}.");
            }
        });

        RuleFor(r => r.MinSeverity).Custom((severity, context) =>
        {
            if (severity is not null && ContractEnum.Parse<AlertSeverity>(severity) is null)
                context.AddFailure("minSeverity", $"minSeverity must be one of: {ContractEnum.Names<AlertSeverity>()}.");
        });
    }
}
