namespace Reputation.TweetRisk;

/// <summary>
/// The logistic combination of the signals. A fake release needs both halves, content (release form or a
/// market-moving claim) and provenance (lookalike domain, impersonating account, unverified wire), so the
/// product term carries most of the weight: either half alone stays far below the threshold, which keeps
/// news coverage of genuine bad news and lookalike domains selling shoes out of the alerts.
/// The weights are set by hand from that reasoning and checked against the labelled set (docs/quality.md);
/// they are not fitted.
/// </summary>
internal static class RiskModel
{
    private const double Intercept = -4.2;
    private const double ContentWeight = 1.2;
    private const double ProvenanceWeight = 1.2;
    private const double BothWeight = 4.0;
    private const double AmplificationWeight = 0.8;
    /// <summary>A text calling the release fake is a warning, not the fake itself.</summary>
    private const double WarningWeight = 3.5;
    private const double ParodyWeight = 5.0;

    public static double Risk(double content, double provenance, double amplification, bool warning, bool parody)
    {
        var both = content * provenance;
        var z = Intercept + ContentWeight * content + ProvenanceWeight * provenance + BothWeight * both
            + AmplificationWeight * amplification * both
            - (warning ? WarningWeight : 0) - (parody ? ParodyWeight : 0);
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Independent signals combined as "at least one holds": 1 − Π(1 − pᵢ).</summary>
    public static double AnyOf(double a, double b) => 1 - (1 - a) * (1 - b);

    /// <summary>Reshares spread a fake; 1,000 shares count fully, a handful barely.</summary>
    public static double Amplification(long shares) => Math.Min(1, Math.Log10(1 + Math.Max(0, shares)) / 3);
}
