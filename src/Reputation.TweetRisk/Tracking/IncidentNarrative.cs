using Reputation.Abstractions.Alerts;

namespace Reputation.TweetRisk.Tracking;

/// <summary>Titles, summaries and severities a crisis team can act on, written from an incident's reasons.</summary>
internal static class IncidentNarrative
{
    public static string Title(string brandName, IReadOnlyList<string> reasons)
    {
        var origin = ReasonCodes.Has(reasons, ReasonCodes.LookalikeDomain) ? " from a lookalike domain"
            : ReasonCodes.Has(reasons, ReasonCodes.BrandDomain) ? " from an unofficial domain carrying the brand name"
            : ReasonCodes.Has(reasons, ReasonCodes.Impersonation) ? $" from an account posing as {brandName}"
            : ReasonCodes.Has(reasons, ReasonCodes.UnverifiedWire) ? " on a newswire without an official source"
            : "";
        return $"Suspect press release about {brandName}{origin}";
    }

    /// <summary>
    /// Critical when a market-moving claim comes from a lookalike domain, or from any unofficial source once
    /// news outlets or newswires relay it (VINCI 2016: the wire relay is what moved the share).
    /// </summary>
    public static AlertSeverity Severity(IReadOnlyList<string> reasons, int relays, int newsRelays, bool corroborated)
    {
        if (corroborated) return AlertSeverity.Low;
        var shock = ReasonCodes.Has(reasons, ReasonCodes.FinancialShock);
        var lookalike = ReasonCodes.Has(reasons, ReasonCodes.LookalikeDomain);
        var amplified = newsRelays >= 1 || relays >= 10;
        if (shock && (lookalike || amplified)) return AlertSeverity.Critical;
        if (shock || (lookalike && amplified)) return AlertSeverity.High;
        return amplified || lookalike ? AlertSeverity.Medium : AlertSeverity.Low;
    }

    public static string Summary(SuspectReleaseIncident incident, int recentRelays, TimeSpan velocityWindow)
    {
        var name = incident.BrandName;
        var claim = ReasonCodes.Detail(incident.Reasons, ReasonCodes.FinancialShock);
        var opening = claim is null
            ? $"A release-like post about {name} is circulating outside {name}'s official channels."
            : $"A release-like post claims {claim} at {name}.";

        var provenance = ReasonCodes.Detail(incident.Reasons, ReasonCodes.LookalikeDomain) is { } lookalike
            ? $" It comes from {lookalike}, not from an official domain."
            : ReasonCodes.Detail(incident.Reasons, ReasonCodes.BrandDomain) is { } brandDomain
                ? $" It comes from {brandDomain}."
                : ReasonCodes.Detail(incident.Reasons, ReasonCodes.Impersonation) is { } impersonation
                    ? $" It comes from an account posing as {name}: {impersonation}."
                    : ReasonCodes.Detail(incident.Reasons, ReasonCodes.UnverifiedWire) is { } wire
                        ? $" It is a {wire}."
                        : "";

        var spread = incident.Relays == 0
            ? " No relay yet."
            : $" {incident.Relays} relay{(incident.Relays == 1 ? "" : "s")} so far ({incident.NewsRelays} from news or newswires), {recentRelays} in the last {velocityWindow.TotalMinutes:0} minutes.";

        var action = incident.Corroborated
            ? $" {incident.CorroboratedBy} reports the same claim, so it is probably genuine; check before acting."
            : $" Check with {name} investor relations; if it is fake, publish a denial on official channels and inform the market authority.";

        return opening + provenance + spread + action;
    }
}
