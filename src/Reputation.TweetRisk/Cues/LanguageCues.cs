using System.Text.RegularExpressions;

namespace Reputation.TweetRisk.Cues;

/// <summary>
/// The phrases of one language that give a text the form of a press release, that deny a release, or that
/// mark a parody. Patterns run on folded text (lower case, no diacritics, ASCII apostrophes and dashes).
/// </summary>
internal sealed class LanguageCues
{
    // Compiled, backtracking: only texts the CueScreen flags get here, and non-backtracking patterns kept ~65 MB of
    // automaton caches between them. Every repetition is bounded or ends at a word's end, so the work stays linear in
    // the text; no match timeout (one fired by a busy machine would wrongly fail a valid mention).
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public required Regex Header { get; init; }
    public required Regex Announce { get; init; }
    public required Regex Boilerplate { get; init; }
    public required Regex Denial { get; init; }
    public required Regex Parody { get; init; }

    public static readonly LanguageCues English = new()
    {
        Header = Make(@"\b(press release|news release|media release|for immediate release|regulated information|inside information|ad hoc announcement|investor news)\b"),
        Announce = Make(@"\b(announces|announced|announcing|today announced|hereby informs|is pleased to announce|regrets to announce)\b"),
        Boilerplate = Make(@"(^|\n)\s*about [^\n:]{2,40}(\n|:)|\b(forward[- ]looking statements?|safe harbou?r|investor relations|media contacts?|press contacts?|for further information|for more information,? (please )?contact|ir contact)\b"),
        Denial = Make(@"\b(denies|deny|denied|did not issue|has not issued|never issued|fake (press |news )?release|false (press |news )?release|fraudulent (press |news )?release|bogus (press )?release|hoax|fictitious|is fake|are fake|not authentic|did not come from|fake news)\b"),
        Parody = Make(@"\b(parody|satire|satirical|fan account|fan page|not affiliated|unofficial|spoof|fake account|humou?r account)\b"),
    };

    public static readonly LanguageCues French = new()
    {
        Header = Make(@"\b(communique de presse|communique financier|communique officiel|information reglementee|information privilegiee|pour diffusion immediate|avis financier)\b"),
        Announce = Make(@"\b(annonce|annoncent|a annonce|annonce aujourd'hui|informe ce jour|fait savoir|porte a la connaissance)\b"),
        Boilerplate = Make(@"(^|\n)\s*a propos de [^\n:]{2,40}(\n|:)|\b(contacts? presse|relations? investisseurs|declarations prospectives|contacts? investisseurs|service de presse|contact analystes)\b"),
        Denial = Make(@"\b(dement|dementent|dementi|a dementi|faux communique|communique frauduleux|n'emane pas|n'emanent pas|ne provient pas|n'a (pas|jamais) (publie|emis|diffuse)|usurpation|fausses? informations?|est un faux|sont fausses|canular)\b"),
        Parody = Make(@"\b(parodie|parodique|satire|satirique|compte fan|compte parodique|non affilie|non officiel|humour)\b"),
    };

    // Dutch as written in the Netherlands and in Flanders: "persmededeling" is the Belgian word for a release, "dementeert" the
    // formal denial; "maakt ... bekend" wraps its object ("maakt de jaarresultaten bekend").
    public static readonly LanguageCues Dutch = new()
    {
        Header = Make(@"\b(persbericht|persmededeling|perscommunique|beursmededeling|financieel persbericht|gereglementeerde informatie|koersgevoelige informatie|voorwetenschap|embargo tot)\b"),
        Announce = Make(@"\b(kondigt\b[^.\n]{0,60}\baan|maakt\b[^.\n]{0,60}\bbekend|deelt (vandaag )?mee|heeft bekendgemaakt|publiceert|informeert (vandaag )?dat|heeft het genoegen|betreurt te (moeten )?melden)\b"),
        Boilerplate = Make(@"(^|\n)\s*over [^\n:]{2,40}(\n|:)|\b(perscontact(en)?|persverantwoordelijke|persdienst|toekomstgerichte verklaringen|voor meer informatie|noot voor de redactie|einde persbericht|investeerdersrelaties)\b"),
        Denial = Make(@"\b(ontkent|ontkennen|dementeert|dementeren|gedementeerd|valse? persbericht|nep ?persbericht|nepbericht|vervalste? persbericht|frauduleuze? persbericht|niet van ons|niet door ons (verspreid|verstuurd|gepubliceerd|uitgegeven)|is vals|is nep|klopt niet|heeft geen persbericht|geen persbericht (verspreid|verstuurd|gepubliceerd))\b"),
        Parody = Make(@"\b(parodie|parodieaccount|satire|satirisch|fanaccount|grapaccount|humoraccount|niet officieel|onofficieel|geen officieel account|niet verbonden aan)\b"),
    };

    private static readonly LanguageCues[] EnglishOnly = [English];
    private static readonly LanguageCues[] EnglishAndFrench = [English, French];
    private static readonly LanguageCues[] EnglishAndDutch = [English, Dutch];
    private static readonly LanguageCues[] Every = [English, French, Dutch];

    /// <summary>
    /// English phrases ("press release", "investor relations") turn up in releases of every language, so
    /// English always runs; a language without its own table runs them all rather than none.
    /// </summary>
    public static LanguageCues[] For(string? language)
    {
        // "FR", "fr-BE" and "fr" all mean French.
        var code = language is { Length: >= 2 } ? language.AsSpan(0, 2) : default;
        return code.Equals("en", StringComparison.OrdinalIgnoreCase) ? EnglishOnly
            : code.Equals("fr", StringComparison.OrdinalIgnoreCase) ? EnglishAndFrench
            : code.Equals("nl", StringComparison.OrdinalIgnoreCase) ? EnglishAndDutch
            : Every;
    }

    /// <summary>This language's patterns, for <see cref="CueScreen"/>.</summary>
    public IEnumerable<Regex> Patterns => [Header, Announce, Boilerplate, Denial, Parody];

    private static Regex Make(string pattern) => new(pattern, Options | RegexOptions.Multiline);
}
