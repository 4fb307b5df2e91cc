using System.Text.RegularExpressions;

namespace Reputation.TweetRisk.Cues;

/// <summary>The kinds of market-moving claim a fake release makes to move a share price.</summary>
[Flags]
internal enum ShockClaim
{
    None = 0,
    ManagementExit = 1,
    AccountsRestatement = 2,
    ProfitWarning = 4,
    RegulatorProbe = 8,
    Fraud = 16,
    Insolvency = 32,
    Takeover = 64,
    TakeoverPremium = 128,
}

/// <summary>The claims found in one text, with the words a person reads in the alert reason.</summary>
internal readonly record struct ShockFinding(ShockClaim Claims, string? ManagementLabel)
{
    public bool Any => Claims != ShockClaim.None;
}

/// <summary>
/// Finds market-moving claims in English, French and Dutch. Claims are matched in every language at once:
/// a French tweet quoting an English headline still makes the claim.
/// </summary>
internal static class FinancialShock
{
    // Compiled, backtracking: only texts the CueScreen flags get here, and non-backtracking patterns kept ~65 MB of
    // automaton caches between them. Every repetition is bounded or ends at a word's end, so the work stays linear in
    // the text; no match timeout (one fired by a busy machine would wrongly fail a valid mention).
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private const string Roles =
        @"(?<role>cfo|ceo|coo|chief (financial|executive|operating) officer|finance director|chairman|chairwoman|"
        + @"directeur financier|directrice financiere|directeur general|directrice generale|pdg|p-dg|president-directeur general|"
        + @"financieel directeur|financiele directeur|topman|topvrouw|bestuursvoorzitter|directievoorzitter|gedelegeerd bestuurder|cfo's)";

    private const string Exits =
        @"(?<exit>dismiss\w*|fired|sacked|ousted|removed|terminated|resign\w*|steps? down|stepped down|departure|"
        + @"licenci\w*|limog\w*|revoqu\w*|demission\w*|demis|quitte|remercie|depart|"
        + @"neemt ontslag|gedwongen vertrek|ontslag\w*|ontslagen|treedt af|opgestapt|stapt op|aan de deur gezet|buitengezet|op non-actief gezet|geschorst|ontheven|vertrekt per direct|vertrekt onmiddellijk)";

    private static readonly Regex Management = new(
        $@"\b{Roles}\b[^\n]{{0,80}}?\b{Exits}|\b{Exits}[^\n]{{0,80}}?\b{Roles}\b", Options);

    private static readonly Regex Restatement = new(
        @"\b(restat(e|es|ed|ing|ement)|revis\w* (of )?(its |the )?(accounts|financial statements|results|earnings)|revision (de |des )?(ses )?comptes|revise (ses|les) comptes|"
        + @"comptes (revises|faux|truques)|retraitement des comptes|irregularites comptables|accounting (irregularities|errors|fraud|scandal)|overstated|"
        + @"herziening van de (jaarrekening|cijfers)|herziet (de|zijn|haar) (jaarrekening|cijfers|resultaten)|boekhoudkundige onregelmatigheden|"
        + @"jaarrekening (wordt |moet worden )?(herzien|overgedaan)|herwerkte (jaarrekening|cijfers)|boekhoudschandaal)",
        Options);

    private static readonly Regex ProfitWarning = new(
        @"\b(profit warning|warns? on (profit|earnings)|(cuts?|lowers?|slashes) (its |full-year )?(guidance|forecast|outlook)|avertissement sur (les )?resultats|"
        + @"abaisse (ses|sa|son) (previsions?|objectifs?)|perte (nette )?(attendue|de \d)|winstwaarschuwing|verlaagt (zijn|haar|de) (winst)?(prognose|verwachting|verwachtingen|vooruitzichten)|"
        + @"schroeft (zijn |haar |de )?(winst)?(prognose|verwachting|verwachtingen|vooruitzichten) terug|verwacht een (netto)?verlies|net loss of|expected loss)",
        Options);

    private const string Regulators =
        @"(sec|amf|fsma|fca|doj|department of justice|bafin|finma|afm|esma|ftc|cftc|parquet national financier|pnf|"
        + @"autorite des marches financiers|securities and exchange commission|financial conduct authority|openbaar ministerie|justice|"
        + @"parket|gerecht|onderzoeksrechter|fiod|dnb|nbb|nationale bank|toezichthouder|economische recherche)";

    private const string ProbeActs =
        @"(investigat\w*|probe|inquiry|enquete|subpoena\w*|charges|charged|sanction\w*|onderzoek\w*|\w+onderzoek\w*|huiszoeking\w*|inval|vervolg\w*|in verdenking gesteld|perquisition\w*|raid\w*|poursuit\w*|mise en examen)";

    private static readonly Regex Probe = new(
        $@"\b{Regulators}\b[^\n]{{0,80}}?\b{ProbeActs}|\b{ProbeActs}\b[^\n]{{0,80}}?\b{Regulators}\b", Options);

    private static readonly Regex Fraud = new(
        @"\b(fraud\w*|fraude\w*|embezzl\w*|detournements? de fonds|ponzi|boekhoudfraude|escroquerie|corruption|omkoping|corruptie|witwas\w*|verduister\w*|valsheid in geschrifte|money laundering|blanchiment)\b",
        Options);

    private static readonly Regex Insolvency = new(
        @"\b(bankrupt\w*|chapter 11|insolven\w*|faillite|redressement judiciaire|liquidation judiciaire|procedure de sauvegarde|cessation (des )?paiements|"
        + @"faillissement|failliet|surseance van betaling|gerechtelijke reorganisatie|bescherming tegen (de |zijn |haar )?schuldeisers|wanbetaling|default(s|ed)? on (its )?(debt|bonds|loans)|defaut de paiement|receivership)\b",
        Options);

    private static readonly Regex Takeover = new(
        @"\b(tender offer|takeover (bid|offer)|to (acquire|buy|take over)|will acquire|agreed to be acquired|to be acquired|acquisition of [^.\n]{0,60} by|"
        + @"offre publique (d'achat|d'echange)|opa|rachat (de [^.\n]{0,40})?par|va racheter|overnamebod|openbaar bod|neemt [^.\n]{0,40} over|"
        + @"wordt overgenomen|overgenomen door|overname (van [^.\n]{0,60} )?door)\b",
        Options);

    private static readonly Regex Premium = new(
        @"(\d{1,3}([.,]\d+)? ?(%|percent|per cent|pour ?cent|procent) (premium|prime|premie)|premium of (about |approximately |nearly |almost |more than |over )?\d|prime (de|d'environ) \d{1,3}|"
        + @"\d{1,3}([.,]\d+)? ?% (de )?prime|premie van \d)",
        Options);

    /// <summary>Every pattern a claim is found by, for <see cref="CueScreen"/>.</summary>
    public static IEnumerable<Regex> Patterns => [Management, Restatement, ProfitWarning, Probe, Fraud, Insolvency, Takeover, Premium];

    public static ShockFinding Find(string folded)
    {
        var claims = ShockClaim.None;
        string? management = null;
        var match = Management.Match(folded);
        if (match.Success)
        {
            claims |= ShockClaim.ManagementExit;
            management = $"{RoleLabel(match.Groups["role"].Value)} {ExitLabel(match.Groups["exit"].Value)}";
        }

        if (Restatement.IsMatch(folded)) claims |= ShockClaim.AccountsRestatement;
        if (ProfitWarning.IsMatch(folded)) claims |= ShockClaim.ProfitWarning;
        if (Probe.IsMatch(folded)) claims |= ShockClaim.RegulatorProbe;
        if (Fraud.IsMatch(folded)) claims |= ShockClaim.Fraud;
        if (Insolvency.IsMatch(folded)) claims |= ShockClaim.Insolvency;
        if (Takeover.IsMatch(folded))
        {
            claims |= ShockClaim.Takeover;
            if (Premium.IsMatch(folded)) claims |= ShockClaim.TakeoverPremium;
        }

        return new ShockFinding(claims, management);
    }

    /// <summary>
    /// How market-moving the claims are: one clear shock is strong, several together stronger; a takeover
    /// without a premium is ordinary corporate news, with a large premium it is the classic fake.
    /// </summary>
    private static readonly ShockClaim[] CountedClaims =
        [ShockClaim.ManagementExit, ShockClaim.AccountsRestatement, ShockClaim.ProfitWarning, ShockClaim.RegulatorProbe, ShockClaim.Fraud, ShockClaim.Insolvency, ShockClaim.TakeoverPremium];

    public static double Strength(ShockClaim claims)
    {
        var count = 0;
        foreach (var claim in CountedClaims)
        {
            if (claims.HasFlag(claim)) count++;
        }

        // "Fraud" alone is what an angry customer calls a company; it takes another claim to read as an event.
        if (count == 1 && claims.HasFlag(ShockClaim.Fraud)) return 0.5;
        return count switch
        {
            0 => claims.HasFlag(ShockClaim.Takeover) ? 0.45 : 0,
            1 => 0.7,
            2 => 0.9,
            _ => 0.97,
        };
    }

    public static string Describe(ShockFinding finding)
    {
        var parts = new List<string>(7);
        var claims = finding.Claims;
        if (claims.HasFlag(ShockClaim.ManagementExit)) parts.Add(finding.ManagementLabel ?? "management exit");
        if (claims.HasFlag(ShockClaim.AccountsRestatement)) parts.Add("accounts restatement");
        if (claims.HasFlag(ShockClaim.ProfitWarning)) parts.Add("profit warning");
        if (claims.HasFlag(ShockClaim.RegulatorProbe)) parts.Add("regulator probe");
        if (claims.HasFlag(ShockClaim.Fraud)) parts.Add("fraud");
        if (claims.HasFlag(ShockClaim.Insolvency)) parts.Add("insolvency");
        if (claims.HasFlag(ShockClaim.TakeoverPremium)) parts.Add("takeover at a premium");
        else if (claims.HasFlag(ShockClaim.Takeover)) parts.Add("takeover");
        return string.Join(", ", parts);
    }

    private static string RoleLabel(string role) => role switch
    {
        "cfo" or "cfo's" or "chief financial officer" or "finance director" or "directeur financier" or "directrice financiere" or "financieel directeur" or "financiele directeur" => "CFO",
        "ceo" or "chief executive officer" or "pdg" or "p-dg" or "president-directeur general" or "directeur general" or "directrice generale"
            or "topman" or "topvrouw" or "bestuursvoorzitter" or "directievoorzitter" or "gedelegeerd bestuurder" => "CEO",
        "coo" or "chief operating officer" => "COO",
        _ => "chair",
    };

    private static string ExitLabel(string exit) =>
        exit.StartsWith("resign", StringComparison.Ordinal) || exit.StartsWith("demission", StringComparison.Ordinal) || exit.StartsWith("step", StringComparison.Ordinal)
        || exit is "quitte" or "depart" or "departure" or "treedt af" or "opgestapt" or "stapt op" or "neemt ontslag" or "vertrekt per direct" or "vertrekt onmiddellijk"
            ? "resignation"
            : "dismissal";
}
