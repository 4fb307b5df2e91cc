using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Mentions;
using Reputation.Abstractions.Sentiment;
using Reputation.TweetRisk.Cues;
using Reputation.TweetRisk.Provenance;

namespace Reputation.TweetRisk;

/// <summary>
/// Tweet risk for one mention: does it read like a press release or make a market-moving claim, and does it
/// come from somewhere that only pretends to be the company? Stateless and thread-safe; one instance serves
/// every brand (brand profiles are cached per <see cref="Brand"/> instance).
/// </summary>
public sealed class PressReleaseAnalyzer
{
    /// <summary>The contract caps a mention's text at 10,000 characters; longer text is read only that far.</summary>
    public const int MaxAnalyzedLength = 10_000;

    private readonly PressReleaseOptions _options;

    public PressReleaseAnalyzer(PressReleaseOptions? options = null)
    {
        _options = options ?? new PressReleaseOptions();
        _options.Validate();
    }

    public PressReleaseOptions Options => _options;

    public PressReleaseAssessment Assess(Mention mention, Brand brand, string language)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(brand);

        var profile = BrandProfile.For(brand);
        var text = mention.Text.Length <= MaxAnalyzedLength ? mention.Text : mention.Text[..MaxAnalyzedLength];
        var folded = TextFolding.Fold(text);
        var languages = LanguageCues.For(language);

        var cued = CueScreen.AnyCue(folded, languages);
        var form = cued ? ReleaseForm.Find(folded, languages) : ReleaseFormCue.None;
        var shock = cued ? FinancialShock.Find(folded) : default;
        var denialWords = cued && languages.Any(l => l.Denial.IsMatch(folded));
        var parody = IsParody(mention, cued ? folded : null, languages);
        var releaseLike = !parody && ((form & ~ReleaseFormCue.Announcement) != 0 || (form.HasFlag(ReleaseFormCue.Announcement) && shock.Any));

        var urlHost = HostName.FromUrl(mention.Url);
        var urlVerdict = urlHost is null ? null : LookalikeDomains.Judge(urlHost, profile);
        var officialHandle = Impersonation.IsOfficial(mention.Author, profile);

        if (officialHandle || urlVerdict?.Relation == DomainRelation.Official)
        {
            var origin = officialHandle ? $"official handle @{BrandProfile.NormalizeHandle(mention.Author!.Handle!)}" : $"official domain {urlVerdict!.Host.Registrable}";
            List<string> officialReasons = [ReasonCodes.Make(ReasonCodes.Official, "from " + origin)];
            if (denialWords)
            {
                officialReasons.Add(ReasonCodes.Make(ReasonCodes.Denial, "an official source denies a release or claim"));
            }

            return new PressReleaseAssessment
            {
                Suspect = false,
                Risk = 0,
                Reasons = officialReasons,
                ReleaseLike = releaseLike,
                Official = true,
                Denial = denialWords,
            };
        }

        var reasons = new List<string>(6);
        var provenance = 0.0;
        var officialCited = false;

        // The strongest domain verdict among the URL and the domains the text names.
        DomainVerdict? domain = urlVerdict is { Relation: DomainRelation.Lookalike or DomainRelation.BrandName } ? urlVerdict : null;
        foreach (var cited in TextReferences.Domains(text))
        {
            var verdict = LookalikeDomains.Judge(cited, profile);
            if (verdict.Relation == DomainRelation.Official)
            {
                officialCited = true;
            }
            else if (verdict.Relation != DomainRelation.Unrelated && (domain is null || verdict.Strength > domain.Strength))
            {
                domain = verdict;
            }
        }

        if (domain is not null)
        {
            provenance = RiskModel.AnyOf(provenance, domain.Strength);
            var code = domain.Relation == DomainRelation.Lookalike ? ReasonCodes.LookalikeDomain : ReasonCodes.BrandDomain;
            reasons.Add(ReasonCodes.Make(code, domain.Describe()));
        }

        var impersonation = parody ? null
            : Impersonation.Judge(mention.Author, profile) ?? Impersonation.JudgeQuoted(TextReferences.Handles(text), profile);
        if (impersonation is not null)
        {
            provenance = RiskModel.AnyOf(provenance, impersonation.Strength);
            reasons.Add(ReasonCodes.Make(ReasonCodes.Impersonation, impersonation.Detail));
        }

        // Emulex 2000: a fake carried by a real wire service. A genuine release names the company's own site.
        var wire = mention.Source == "newswire" || form.HasFlag(ReleaseFormCue.WireMarker);
        if (wire && releaseLike && profile.HasOfficialDomains && !officialCited && domain is null)
        {
            provenance = RiskModel.AnyOf(provenance, 0.7);
            reasons.Add(ReasonCodes.Make(ReasonCodes.UnverifiedWire, $"wire release with no link to {profile.OfficialDomains[0].Registrable}"));
        }

        var formStrength = ReleaseForm.Strength(form);
        var shockStrength = FinancialShock.Strength(shock.Claims);
        var content = RiskModel.AnyOf(formStrength, shockStrength);
        if (shock.Any)
        {
            reasons.Insert(0, ReasonCodes.Make(ReasonCodes.FinancialShock, FinancialShock.Describe(shock)));
        }

        if (form != ReleaseFormCue.None)
        {
            reasons.Add(ReasonCodes.Make(ReasonCodes.ReleaseForm, ReleaseForm.Describe(form)));
        }

        var shares = mention.Engagement?.Shares ?? 0;
        var amplification = RiskModel.Amplification(shares);
        if (shares > 0 && content * provenance > 0)
        {
            reasons.Add(ReasonCodes.Make(ReasonCodes.Amplification, $"{shares} shares"));
        }

        if (denialWords)
        {
            reasons.Add(ReasonCodes.Make(ReasonCodes.Warning, "the text calls a release or claim false"));
        }

        if (parody)
        {
            reasons.Add(ReasonCodes.Make(ReasonCodes.Parody, "parody, satire or fan account"));
        }

        var risk = Math.Round(RiskModel.Risk(content, provenance, amplification, denialWords, parody), 4);
        var suspect = risk >= _options.SuspectThreshold;
        if (suspect)
        {
            // Lead with what makes it suspect, as the alert shows the first reasons first.
            reasons.Sort(static (a, b) => Rank(a).CompareTo(Rank(b)));
        }

        return new PressReleaseAssessment
        {
            Suspect = suspect,
            Risk = risk,
            Reasons = reasons,
            ReleaseLike = releaseLike,
            Official = false,
            Denial = false,
        };
    }

    /// <summary><paramref name="folded"/> is null when the <see cref="CueScreen"/> found no cue in the text.</summary>
    private static bool IsParody(Mention mention, string? folded, LanguageCues[] languages)
    {
        foreach (var language in languages)
        {
            if ((folded is not null && language.Parody.IsMatch(folded))
                || (mention.Author?.Name is { Length: > 0 } name && language.Parody.IsMatch(TextFolding.Fold(name)))
                || (mention.Author?.Handle is { Length: > 0 } handle && handle.Contains("parod", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static int Rank(string reason) =>
        reason.StartsWith(ReasonCodes.LookalikeDomain, StringComparison.Ordinal) ? 0
        : reason.StartsWith(ReasonCodes.BrandDomain, StringComparison.Ordinal) ? 1
        : reason.StartsWith(ReasonCodes.Impersonation, StringComparison.Ordinal) ? 2
        : reason.StartsWith(ReasonCodes.UnverifiedWire, StringComparison.Ordinal) ? 3
        : reason.StartsWith(ReasonCodes.FinancialShock, StringComparison.Ordinal) ? 4
        : reason.StartsWith(ReasonCodes.ReleaseForm, StringComparison.Ordinal) ? 5
        : 6;
}
