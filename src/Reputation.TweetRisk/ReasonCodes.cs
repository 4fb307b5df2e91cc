namespace Reputation.TweetRisk;

/// <summary>
/// The prefixes of <see cref="Reputation.Abstractions.Sentiment.PressReleaseAssessment.Reasons"/>: each reason is
/// "code: detail", so people read the detail and the tracker reads the code.
/// </summary>
public static class ReasonCodes
{
    public const string LookalikeDomain = "lookalike-domain";
    public const string BrandDomain = "brand-domain";
    public const string Impersonation = "impersonation";
    public const string UnverifiedWire = "unverified-wire";
    public const string FinancialShock = "financial-shock";
    public const string ReleaseForm = "release-form";
    public const string Amplification = "amplification";
    public const string Official = "official";
    public const string Denial = "denial";
    public const string Warning = "warning";
    public const string Parody = "parody";
    public const string Corroboration = "corroboration";

    public static string Make(string code, string detail) => code + ": " + detail;

    public static bool Has(IReadOnlyList<string> reasons, string code)
    {
        foreach (var reason in reasons)
        {
            if (Is(reason, code)) return true;
        }

        return false;
    }

    public static string? Detail(IReadOnlyList<string> reasons, string code)
    {
        foreach (var reason in reasons)
        {
            if (Is(reason, code)) return reason[(code.Length + 2)..];
        }

        return null;
    }

    private static bool Is(string reason, string code) =>
        reason.Length > code.Length + 1 && reason.StartsWith(code, StringComparison.Ordinal) && reason[code.Length] == ':';
}
