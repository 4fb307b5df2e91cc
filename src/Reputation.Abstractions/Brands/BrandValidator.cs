using FluentValidation;

namespace Reputation.Abstractions.Brands;

/// <summary>Rules for a brand registration (contract section 2), with a sentence per rule.</summary>
public sealed class BrandValidator : AbstractValidator<Brand>
{
    public const int MaxListItems = 50;
    public const int MaxItemLength = 253;

    public BrandValidator()
    {
        RuleFor(b => b.Id).Must(BrandId.IsValid).WithMessage($"'id' must match {BrandId.Pattern}.");
        RuleFor(b => b.Name).NotEmpty().WithMessage("'name' is required.")
            .MaximumLength(200).WithMessage("'name' must be at most 200 characters.");
        RuleFor(b => b.Aliases).Must(l => l.Count <= MaxListItems).WithMessage($"'aliases' may hold at most {MaxListItems} entries.");
        RuleForEach(b => b.Aliases).NotEmpty().MaximumLength(200).WithMessage("every alias must be 1–200 characters.");
        RuleFor(b => b.OfficialDomains).Must(l => l.Count <= MaxListItems).WithMessage($"'officialDomains' may hold at most {MaxListItems} entries.");
        RuleForEach(b => b.OfficialDomains).Must(BeDomain)
            .WithMessage((_, d) => $"'{d}' is not a domain name such as vinci.com (no scheme, no path).");
        RuleFor(b => b.OfficialHandles).Must(l => l.Count <= MaxListItems).WithMessage($"'officialHandles' may hold at most {MaxListItems} entries.");
        RuleForEach(b => b.OfficialHandles).Must(h => h is { Length: >= 2 and <= 64 } && h.StartsWith('@') && !h.Any(char.IsWhiteSpace))
            .WithMessage((_, h) => $"'{h}' is not a handle such as @VINCI.");
        RuleFor(b => b.Competitors).Must(l => l.Count <= MaxListItems).WithMessage($"'competitors' may hold at most {MaxListItems} entries.");
        RuleForEach(b => b.Competitors).Must(BrandId.IsValid)
            .WithMessage((_, c) => $"competitor '{c}' must be a brand id matching {BrandId.Pattern}.");
        RuleFor(b => b).Must(b => !b.Competitors.Contains(b.Id)).WithName("competitors").WithMessage("a brand cannot be its own competitor.");
        RuleForEach(b => b.Languages).Must(l => l is { Length: 2 } && l.All(char.IsAsciiLetterLower))
            .WithMessage((_, l) => $"language '{l}' must be a lower-case ISO 639-1 code such as fr.");
    }

    private static bool BeDomain(string domain) =>
        domain is { Length: > 3 and <= MaxItemLength }
        && domain.Contains('.')
        && Uri.CheckHostName(domain) == UriHostNameType.Dns
        && !domain.Contains('/');
}
