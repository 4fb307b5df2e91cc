using System.Text.RegularExpressions;

namespace Reputation.Abstractions.Brands;

/// <summary>The brand id rule shared by the Kafka key, the mention field and the REST routes.</summary>
public static partial class BrandId
{
    public const string Pattern = "^[a-z0-9][a-z0-9-]{0,63}$";

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Regex();

    public static bool IsValid(string? id) => id is not null && Regex().IsMatch(id);
}
