using Reputation.Abstractions.Brands;

namespace Reputation.Abstractions.Tests;

public sealed class BrandValidatorTests
{
    private readonly BrandValidator validator = new();

    private static readonly Brand Vinci = new()
    {
        Id = "vinci", Name = "VINCI", Aliases = ["Vinci SA", "#VINCI"], OfficialDomains = ["vinci.com"],
        OfficialHandles = ["@VINCI"], Competitors = ["eiffage", "bouygues"], Languages = ["fr", "en"],
    };

    [Fact]
    public void The_contract_example_is_valid() => Assert.True(validator.Validate(Vinci).IsValid);

    [Theory]
    [InlineData("https://vinci.com", "is not a domain name")]
    [InlineData("vinci", "is not a domain name")]
    public void Official_domains_must_be_bare_domain_names(string domain, string expected)
    {
        var result = validator.Validate(Vinci with { OfficialDomains = [domain] });

        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains(expected));
    }

    [Fact]
    public void Every_rule_has_a_clear_message()
    {
        var result = validator.Validate(Vinci with
        {
            Id = "Bad Id", Name = "", OfficialHandles = ["VINCI"], Competitors = ["Not Valid"], Languages = ["FR"],
        });

        var messages = result.Errors.Select(e => e.ErrorMessage).ToList();
        Assert.Contains(messages, m => m.StartsWith("'id' must match"));
        Assert.Contains("'name' is required.", messages);
        Assert.Contains(messages, m => m.Contains("is not a handle such as @VINCI"));
        Assert.Contains(messages, m => m.Contains("competitor 'Not Valid'"));
        Assert.Contains(messages, m => m.Contains("language 'FR'"));
    }

    [Fact]
    public void A_brand_is_not_its_own_competitor()
    {
        Assert.Contains(validator.Validate(Vinci with { Competitors = ["vinci"] }).Errors, e => e.ErrorMessage.Contains("own competitor"));
    }
}
