using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Mentions;
using Reputation.Abstractions.Sentiment;
using Reputation.TweetRisk.Provenance;

namespace Reputation.TweetRisk.Tracking;

/// <summary>
/// Turns assessed mentions of one brand, in event time, into suspect-press-release incidents: opens one on the
/// first suspect mention, gathers its relays, raises the risk as news outlets and newswires amplify it, lowers it
/// when an official source says the same, and closes it on an official denial or after a quiet period.
/// Pure: the caller (the brand grain) keeps the <see cref="SuspectReleaseState"/> and applies the decisions.
/// </summary>
public sealed class SuspectReleaseTracker
{
    /// <summary>Relay counts at which an update goes out even when risk and severity stay the same.</summary>
    private static readonly int[] RelayMilestones = [1, 5, 10, 25, 50, 100, 250, 500, 1000];

    private const double RiskChangeWorthReporting = 0.05;
    /// <summary>Each news or newswire relay leaves this share of the remaining doubt; other relays much less.</summary>
    private const double NewsRelayDoubt = 0.8;
    private const double OtherRelayDoubt = 0.97;
    private const double MaxRisk = 0.995;
    /// <summary>An official source saying the same thing makes a fake unlikely.</summary>
    private const double CorroborationFactor = 0.3;
    private const int MaxReasons = 12;

    private readonly SuspectReleaseTrackerOptions _options;

    public SuspectReleaseTracker(SuspectReleaseTrackerOptions? options = null)
    {
        _options = options ?? new SuspectReleaseTrackerOptions();
        _options.Validate();
    }

    public SuspectReleaseTrackerOptions Options => _options;

    /// <summary>Feeds one assessed mention; mentions should arrive in event time (small disorder is tolerated).</summary>
    public SuspectReleaseStep Observe(SuspectReleaseState state, Mention mention, PressReleaseAssessment assessment, Brand brand)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(brand);

        var decisions = new List<SuspectReleaseDecision>(2);
        var at = mention.PublishedAt;
        state = Expire(state, at, decisions);

        var profile = BrandProfile.For(brand);
        if (state.Open is { } open)
        {
            var print = ClaimMatcher.Of(mention, profile);
            if (open.MentionIds.Contains(mention.Id))
            {
                return new SuspectReleaseStep(state, decisions);
            }

            if (assessment is { Official: true, Denial: true })
            {
                var denied = Close(state, open with { Evidence = AddEvidence(open.Evidence, mention) }, at, "denial",
                    $"denied by {Origin(mention)}", decisions);
                return new SuspectReleaseStep(denied, decisions);
            }

            var relation = ClaimMatcher.Relation(open, mention, print);
            if (assessment.Official && relation is not null && !open.Corroborated)
            {
                var corroborated = Corroborate(open, mention, at);
                decisions.Add(Decide(SuspectReleaseDecisionKind.Update, corroborated, at, $"corroborated by {corroborated.CorroboratedBy}"));
                return new SuspectReleaseStep(state with { Open = Reported(corroborated) }, decisions);
            }

            // A mention warning that the release is fake is the cure, not the spread.
            if (!assessment.Official && (relation is not null || assessment.Suspect) && !ReasonCodes.Has(assessment.Reasons, ReasonCodes.Warning))
            {
                var relayed = Relay(open, mention, assessment, print, relation ?? "another suspect release", at);
                if (WorthReporting(relayed, open) is { } change)
                {
                    decisions.Add(Decide(SuspectReleaseDecisionKind.Update, relayed, at, change));
                    relayed = Reported(relayed);
                }

                return new SuspectReleaseStep(state with { Open = relayed }, decisions);
            }

            return new SuspectReleaseStep(state, decisions);
        }

        // Most mentions end here: the claim's fingerprint is worth computing only for a suspect one.
        if (!assessment.Suspect)
        {
            return new SuspectReleaseStep(state, decisions);
        }

        var claim = ClaimMatcher.Of(mention, profile);
        if (state.RecentlyClosed.Any(c => RepeatsClosed(c, mention, claim)))
        {
            return new SuspectReleaseStep(state, decisions);
        }

        var opened = Open(mention, assessment, claim, profile, at);
        decisions.Add(Decide(SuspectReleaseDecisionKind.Raise, opened, at, "raised on the first suspect mention"));
        return new SuspectReleaseStep(state with { Open = Reported(opened) }, decisions);
    }

    /// <summary>Closes an incident that has been quiet for the quiet period; the grain calls this from a timer.</summary>
    public SuspectReleaseStep Expire(SuspectReleaseState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var decisions = new List<SuspectReleaseDecision>(1);
        return new SuspectReleaseStep(Expire(state, now, decisions), decisions);
    }

    private SuspectReleaseState Expire(SuspectReleaseState state, DateTimeOffset now, List<SuspectReleaseDecision> decisions)
    {
        if (state.RecentlyClosed.Any(c => now - c.ClosedAt > _options.ClosedMemory))
        {
            state = state with { RecentlyClosed = state.RecentlyClosed.Where(c => now - c.ClosedAt <= _options.ClosedMemory).ToList() };
        }

        if (state.Open is { } open && now - open.LastActivityAt >= _options.QuietPeriod)
        {
            return Close(state, open, now, "quiet", $"no relay for {_options.QuietPeriod.TotalHours:0.#} hours", decisions);
        }

        return state;
    }

    private SuspectReleaseState Close(SuspectReleaseState state, SuspectReleaseIncident open, DateTimeOffset at, string reason, string change,
        List<SuspectReleaseDecision> decisions)
    {
        var closing = open with
        {
            Reasons = AddReason(open.Reasons, reason == "denial" ? ReasonCodes.Make(ReasonCodes.Denial, change) : $"closed: {change}"),
        };
        decisions.Add(Decide(SuspectReleaseDecisionKind.Close, closing, at, change) with { CloseReason = reason });

        var remembered = new ClosedClaim { IncidentId = open.IncidentId, ClosedAt = at, Claim = open.Claim, Reason = reason };
        var closed = state.RecentlyClosed.Append(remembered).TakeLast(ClosedMemoryEntries).ToList();
        return state with { Open = null, RecentlyClosed = closed };
    }

    /// <summary>A few closed claims are enough: brands rarely face more than one fake at a time.</summary>
    private const int ClosedMemoryEntries = 4;

    private static bool RepeatsClosed(ClosedClaim closed, Mention mention, ClaimFingerprint print)
    {
        var probe = new SuspectReleaseIncident
        {
            IncidentId = closed.IncidentId, Brand = mention.Brand, BrandName = "", OpenedAt = closed.ClosedAt, LastActivityAt = closed.ClosedAt,
            BaseRisk = 0, Risk = 0, Severity = AlertSeverity.Low, Title = "", Claim = closed.Claim,
        };
        return ClaimMatcher.Relation(probe, mention, print) is not null;
    }

    private SuspectReleaseIncident Open(Mention mention, PressReleaseAssessment assessment, ClaimFingerprint print, BrandProfile profile, DateTimeOffset at)
    {
        var reasons = assessment.Reasons.Take(MaxReasons).ToList();
        return new SuspectReleaseIncident
        {
            IncidentId = $"{mention.Brand}:{mention.Id}",
            Brand = mention.Brand,
            BrandName = profile.DisplayName,
            OpenedAt = at,
            LastActivityAt = at,
            BaseRisk = assessment.Risk,
            Risk = assessment.Risk,
            Severity = IncidentNarrative.Severity(reasons, relays: 0, newsRelays: 0, corroborated: false),
            Title = IncidentNarrative.Title(profile.DisplayName, reasons),
            Reasons = reasons,
            Evidence = [ToEvidence(mention)],
            Shares = mention.Engagement?.Shares ?? 0,
            MentionIds = [mention.Id],
            Claim = print,
        };
    }

    private SuspectReleaseIncident Relay(SuspectReleaseIncident open, Mention mention, PressReleaseAssessment assessment, ClaimFingerprint print,
        string relation, DateTimeOffset at)
    {
        var relays = open.Relays + 1;
        var newsRelays = open.NewsRelays + (IsNews(mention) ? 1 : 0);
        var recent = open.RecentRelayTimes.Append(at).Where(t => at - t <= _options.VelocityWindow).TakeLast(64).ToList();

        var reasons = open.Reasons;
        foreach (var reason in assessment.Reasons)
        {
            // A relay can reveal what the first mention hid (the lookalike site it cites, the claim in full).
            if (!reason.StartsWith(ReasonCodes.Amplification, StringComparison.Ordinal) && !reason.StartsWith(ReasonCodes.Warning, StringComparison.Ordinal)
                && !HasCode(reasons, reason))
            {
                reasons = AddReason(reasons, reason);
            }
        }

        var amplification = ReasonCodes.Make(ReasonCodes.Amplification,
            $"{relays} relay{(relays == 1 ? "" : "s")} ({newsRelays} from news or newswires), {recent.Count} in the last {_options.VelocityWindow.TotalMinutes:0} minutes; latest by {Origin(mention)} ({relation})");
        reasons = reasons.Where(r => !r.StartsWith(ReasonCodes.Amplification, StringComparison.Ordinal)).Append(amplification).ToList();

        var doubt = (1 - open.BaseRisk) * Math.Pow(NewsRelayDoubt, newsRelays) * Math.Pow(OtherRelayDoubt, relays - newsRelays);
        var risk = Math.Min(MaxRisk, 1 - doubt);
        if (open.Corroborated) risk *= CorroborationFactor;

        return open with
        {
            LastActivityAt = at > open.LastActivityAt ? at : open.LastActivityAt,
            Relays = relays,
            NewsRelays = newsRelays,
            Shares = open.Shares + (mention.Engagement?.Shares ?? 0),
            RecentRelayTimes = recent,
            Reasons = reasons,
            Risk = Math.Round(risk, 4),
            Severity = IncidentNarrative.Severity(reasons, relays, newsRelays, open.Corroborated),
            Evidence = open.Evidence.Count < _options.MaxEvidence ? AddEvidence(open.Evidence, mention) : open.Evidence,
            MentionIds = Track(open.MentionIds, mention.Id),
            Claim = assessment.Suspect ? open.Claim.Merge(print) : open.Claim,
        };
    }

    private SuspectReleaseIncident Corroborate(SuspectReleaseIncident open, Mention mention, DateTimeOffset at)
    {
        var origin = Origin(mention);
        var reasons = AddReason(open.Reasons, ReasonCodes.Make(ReasonCodes.Corroboration, $"{origin} reports the same claim"));
        return open with
        {
            LastActivityAt = at > open.LastActivityAt ? at : open.LastActivityAt,
            Corroborated = true,
            CorroboratedBy = origin,
            Risk = Math.Round(open.Risk * CorroborationFactor, 4),
            Severity = AlertSeverity.Low,
            Reasons = reasons,
            Evidence = open.Evidence.Count < _options.MaxEvidence ? AddEvidence(open.Evidence, mention) : open.Evidence,
            MentionIds = Track(open.MentionIds, mention.Id),
        };
    }

    private static string? WorthReporting(SuspectReleaseIncident now, SuspectReleaseIncident before)
    {
        if (now.Severity != now.ReportedSeverity) return $"severity {now.ReportedSeverity.ToString().ToLowerInvariant()} → {now.Severity.ToString().ToLowerInvariant()}";
        if (now.NewsRelays == 1 && before.NewsRelays == 0) return "first relay by a news outlet or newswire";
        if (Math.Abs(now.Risk - now.ReportedRisk) >= RiskChangeWorthReporting) return $"risk {now.ReportedRisk:0.00} → {now.Risk:0.00}";
        if (Array.IndexOf(RelayMilestones, now.Relays) >= 0 && now.Relays != now.ReportedRelays) return $"{now.Relays} relay{(now.Relays == 1 ? "" : "s")}";
        return null;
    }

    private static SuspectReleaseIncident Reported(SuspectReleaseIncident incident) =>
        incident with { ReportedRisk = incident.Risk, ReportedSeverity = incident.Severity, ReportedRelays = incident.Relays };

    private SuspectReleaseDecision Decide(SuspectReleaseDecisionKind kind, SuspectReleaseIncident incident, DateTimeOffset at, string change)
    {
        var recent = incident.RecentRelayTimes.Count(t => at - t <= _options.VelocityWindow);
        var summary = IncidentNarrative.Summary(incident, recent, _options.VelocityWindow);
        if (kind == SuspectReleaseDecisionKind.Close)
        {
            summary = $"Closed: {change}. " + summary;
        }

        return new SuspectReleaseDecision
        {
            Kind = kind,
            IncidentId = incident.IncidentId,
            Brand = incident.Brand,
            At = at,
            OpenedAt = incident.OpenedAt,
            Title = incident.Title,
            Summary = summary,
            Score = incident.Risk,
            Severity = incident.Severity,
            Reasons = incident.Reasons,
            Evidence = incident.Evidence,
            Relays = incident.Relays,
            NewsRelays = incident.NewsRelays,
            Change = change,
        };
    }

    private IReadOnlyList<string> Track(IReadOnlyList<string> ids, string id) =>
        ids.Count < _options.MaxTrackedMentions ? [.. ids, id] : [.. ids.Skip(1), id];

    private static IReadOnlyList<AlertEvidence> AddEvidence(IReadOnlyList<AlertEvidence> evidence, Mention mention) => [.. evidence, ToEvidence(mention)];

    private static IReadOnlyList<string> AddReason(IReadOnlyList<string> reasons, string reason) =>
        reasons.Count < MaxReasons ? [.. reasons, reason] : [.. reasons.Take(MaxReasons - 1), reason];

    private static bool HasCode(IReadOnlyList<string> reasons, string reason)
    {
        var colon = reason.IndexOf(':');
        return colon > 0 && ReasonCodes.Has(reasons, reason[..colon]);
    }

    private static bool IsNews(Mention mention) => mention.Source is "news" or "newswire";

    private static string Origin(Mention mention) =>
        mention.Author?.Handle is { Length: > 0 } handle ? (handle.StartsWith('@') ? handle : "@" + handle)
        : HostName.FromUrl(mention.Url)?.Registrable ?? mention.Source;

    private static AlertEvidence ToEvidence(Mention mention) => new()
    {
        MentionId = mention.Id,
        Text = mention.Text.Length <= 500 ? mention.Text : mention.Text[..499] + "…",
        Url = mention.Url,
        Author = mention.Author?.Handle ?? mention.Author?.Name,
        PublishedAt = mention.PublishedAt,
        Followers = mention.Author?.Followers,
    };
}
