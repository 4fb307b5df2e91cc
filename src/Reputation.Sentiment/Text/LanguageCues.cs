namespace Reputation.Sentiment.Text;

/// <summary>
/// The closed-class words that steer polarity: negators, intensifiers, diminishers, contrast words, and
/// two-word idioms whose meaning is not the sum of their words ("pas mal" is praise, "pas terrible" is not).
/// Keys are normalised like tokens: lower-case, accents folded.
/// </summary>
public sealed class LanguageCues
{
    public required HashSet<string> Negators { get; init; }
    public required HashSet<string> Intensifiers { get; init; }
    public required HashSet<string> Diminishers { get; init; }
    public required HashSet<string> Contrasts { get; init; }
    /// <summary>(first word, second word) → (cue token, polarity).</summary>
    public required Dictionary<(string, string), (string Cue, float Polarity)> Idioms { get; init; }

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegatorLookup => Negators.GetAlternateLookup<ReadOnlySpan<char>>();
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IntensifierLookup => Intensifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DiminisherLookup => Diminishers.GetAlternateLookup<ReadOnlySpan<char>>();
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContrastLookup => Contrasts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words skipped between the two words of an idiom: "merci pour rien", "coup de coeur", "doet het niet", "mag er zijn";
    /// "importe" lets the idiom "n'importe quoi" start with its own negator "n", so the negation is not applied to it a second time.
    /// </summary>
    private static readonly HashSet<string> GapWords = Set("importe", "de", "du", "d", "pour", "for", "of", "a", "the", "la", "le", "des", "van", "voor", "een", "en", "in", "my", "ma", "mon", "het", "er");

    private Dictionary<string, List<(string First, string Cue, float Polarity)>>? _idiomsBySecond;

    /// <summary>Whether "first second" is an idiom; when it is, gives its cue token and polarity.</summary>
    public bool TryIdiom(ReadOnlySpan<char> first, ReadOnlySpan<char> second, out string cue, out float polarity)
    {
        _idiomsBySecond ??= Idioms
            .GroupBy(kv => kv.Key.Item2)
            .ToDictionary(g => g.Key, g => g.Select(kv => (kv.Key.Item1, kv.Value.Cue, kv.Value.Polarity)).ToList(), StringComparer.Ordinal);
        if (_idiomsBySecond.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(second, out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (first.SequenceEqual(candidate.First))
                {
                    cue = candidate.Cue;
                    polarity = candidate.Polarity;
                    return true;
                }
            }
        }
        cue = "";
        polarity = 0;
        return false;
    }

    /// <summary>"never", "jamais", "nooit": followed by an intensifier they mark an extreme, not a negation.</summary>
    public bool IsNever(ReadOnlySpan<char> word) => word.SequenceEqual("never") || word.SequenceEqual("jamais") || word.SequenceEqual("nooit");

    public static bool IsGapWord(ReadOnlySpan<char> word) => GapWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static LanguageCues For(string lang) => lang switch
    {
        "fr" => French,
        "nl" => Dutch,
        _ => English,
    };

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    public static readonly LanguageCues English = new()
    {
        Negators = Set("not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without", "hardly", "barely",
            "cannot", "nowhere", "lack", "lacks", "lacking", "isnt", "dont", "doesnt", "didnt", "wasnt", "werent", "wont",
            "cant", "couldnt", "shouldnt", "wouldnt", "havent", "hasnt", "arent", "aint"),
        Intensifiers = Set("very", "so", "really", "too", "extremely", "super", "totally", "absolutely", "incredibly",
            "highly", "truly", "completely", "utterly", "seriously", "quite", "damn", "most", "such", "ever", "way", "mega",
            "more", "pretty", "as", "fucking", "freaking"),
        Diminishers = Set("bit", "slightly", "somewhat", "kinda", "kind", "sort", "sorta", "little", "fairly", "rather", "mildly"),
        Contrasts = Set("but", "however", "though", "although", "yet", "except", "still", "whereas"),
        Idioms = new()
        {
            [("never", "again")] = ("never_again", -3f),
            [("no", "problem")] = ("no_problem", 1f),
            [("no", "problems")] = ("no_problem", 1f),
            [("no", "worries")] = ("no_worries", 1f),
            [("no", "complaints")] = ("no_complaints", 2f),
            [("not", "worth")] = ("not_worth", -2f),
            [("waste", "of")] = ("waste_of", -3f),
            [("yeah", "right")] = ("irony", -1f),
            [("thanks", "nothing")] = ("irony", -2f),
            [("thank", "nothing")] = ("irony", -2f),
            [("must", "have")] = ("must_have", 2f),
            [("must", "see")] = ("must_see", 2f),
            [("highly", "recommend")] = ("highly_recommend", 3f),
            [("well", "done")] = ("well_done", 2f),
            [("stay", "away")] = ("stay_away", -3f),
            [("fell", "apart")] = ("fell_apart", -2f),
            [("falls", "apart")] = ("fell_apart", -2f),
            [("broke", "down")] = ("broke_down", -2f),
            [("went", "down")] = ("went_down", -1f),
            [("let", "down")] = ("let_down", -2f),
            [("ripped", "off")] = ("ripped_off", -3f),
            [("rip", "off")] = ("ripped_off", -3f),
            [("top", "notch")] = ("top_notch", 3f),
            [("on", "hold")] = ("on_hold", -1f),
            [("be", "back")] = ("be_back", 2f),
            [("not", "wait")] = ("cant_wait", 2f),
            [("good", "luck")] = ("good_luck", 1f),
            [("happy", "birthday")] = ("happy_birthday", 2f),
            [("i", "like")] = ("i_like", 2f),
            [("made", "day")] = ("made_my_day", 3f),
            [("makes", "day")] = ("made_my_day", 3f),
            [("a", "must")] = ("must_have", 2f),
            [("no", "flavor")] = ("no_flavor", -2f),
            [("no", "flavour")] = ("no_flavor", -2f),
            [("no", "taste")] = ("no_flavor", -2f),
            [("no", "clue")] = ("no_clue", -2f),
            [("no", "one")] = ("nobody", -1f),
            [("not", "inspired")] = ("not_impressed", -2f),
            [("really", "like")] = ("i_like", 2f),
            [("we", "liked")] = ("i_like", 2f),
            [("i", "liked")] = ("i_like", 2f),
            [("really", "liked")] = ("i_like", 2f),
            [("order", "again")] = ("buy_again", 2f),
            [("buy", "again")] = ("buy_again", 2f),
            [("come", "back")] = ("be_back", 2f),
            [("go", "back")] = ("be_back", 1f),
            [("thumbs", "up")] = ("thumbs_up", 2f),
            [("thumbs", "down")] = ("thumbs_down", -2f),
            [("five", "stars")] = ("five_stars", 3f),
            [("one", "star")] = ("one_star", -3f),
            [("zero", "stars")] = ("one_star", -3f),
            [("took", "forever")] = ("took_forever", -2f),
            [("look", "elsewhere")] = ("stay_away", -2f),
            [("over", "rated")] = ("overrated", -2f),
            [("over", "priced")] = ("overpriced", -2f),
            [("piece", "junk")] = ("junk", -3f),
            [("piece", "crap")] = ("junk", -3f),
            [("customer", "service")] = ("customer_service", 0f),
        },
    };

    public static readonly LanguageCues French = new()
    {
        Negators = Set("ne", "n", "pas", "jamais", "rien", "aucun", "aucune", "sans", "ni", "guere", "nul", "nulle", "personne"),
        Intensifiers = Set("tres", "trop", "vraiment", "tellement", "hyper", "super", "vachement", "si", "absolument",
            "totalement", "completement", "extremement", "grave", "archi", "ultra", "franchement", "carrement", "tout", "plus", "aussi", "autant"),
        Diminishers = Set("peu", "assez", "plutot", "legerement", "moyennement", "presque", "quelque"),
        Contrasts = Set("mais", "pourtant", "cependant", "toutefois", "neanmoins", "sauf", "malgre", "quand"),
        Idioms = new()
        {
            [("pas", "mal")] = ("pas_mal", 2f),
            [("pas", "terrible")] = ("pas_terrible", -2f),
            [("pas", "top")] = ("pas_top", -2f),
            [("pas", "fou")] = ("pas_fou", -1f),
            [("pas", "ouf")] = ("pas_fou", -1f),
            [("pas", "genial")] = ("pas_terrible", -2f),
            [("pas", "folichon")] = ("pas_terrible", -2f),
            [("sans", "probleme")] = ("sans_probleme", 1f),
            [("sans", "souci")] = ("sans_probleme", 1f),
            [("sans", "soucis")] = ("sans_probleme", 1f),
            [("plus", "jamais")] = ("never_again", -3f),
            [("merci", "rien")] = ("irony", -2f),
            [("a", "fuir")] = ("a_fuir", -3f),
            [("a", "eviter")] = ("a_fuir", -3f),
            [("a", "voir")] = ("a_voir", 2f),
            [("a", "revoir")] = ("a_voir", 2f),
            [("coup", "coeur")] = ("coup_de_coeur", 3f),
            [("bravo", "pour")] = ("bravo_pour", 1f),
            [("en", "panne")] = ("en_panne", -2f),
            [("hors", "service")] = ("en_panne", -2f),
            [("arnaque", "totale")] = ("arnaque", -3f),
            [("du", "vol")] = ("arnaque", -3f),
            [("perte", "temps")] = ("waste_of", -3f),
            [("je", "recommande")] = ("highly_recommend", 2f),
            [("trop", "hate")] = ("cant_wait", 3f),
            [("feu", "vert")] = ("feu_vert", 1f),
            [("fait", "journee")] = ("made_my_day", 3f),
            [("ai", "hate")] = ("cant_wait", 2f),
            [("repose", "paix")] = ("rip", -2f),
            [("en", "peux")] = ("fed_up", -2f),
            [("cinq", "etoiles")] = ("five_stars", 3f),
            [("zero", "etoile")] = ("one_star", -3f),
            [("une", "etoile")] = ("one_star", -2f),
            [("rien", "voir")] = ("rien_a_voir", 0f),
            [("tenu", "haleine")] = ("tenu_en_haleine", 3f),
            [("coup", "gueule")] = ("coup_de_gueule", -2f),
            [("ras", "bol")] = ("ras_le_bol", -3f),
            [("vaut", "coup")] = ("vaut_le_coup", 2f),
            [("prise", "tete")] = ("prise_de_tete", -2f),
            [("pas", "drole")] = ("pas_drole", -2f),
            [("recommande", "vivement")] = ("highly_recommend", 3f),
            // "n'importe quoi" as a verdict; "n'importe quel magasin" stays neutral because only "quoi" closes the idiom.
            [("n", "quoi")] = ("n_importe_quoi", -2f),
            [("tant", "pis")] = ("tant_pis", -1f),
            [("deux", "balles")] = ("a_deux_balles", -2f),
            [("rien", "redire")] = ("no_complaints", 2f),
            [("au", "top")] = ("au_top", 2f),
            [("pas", "fameux")] = ("pas_terrible", -2f),
            [("pas", "convaincu")] = ("not_impressed", -2f),
            [("pas", "convaincue")] = ("not_impressed", -2f),
            [("sans", "interet")] = ("sans_interet", -2f),
            [("aucun", "interet")] = ("sans_interet", -2f),
            [("cousu", "fil")] = ("cousu_de_fil_blanc", -2f),
            [("vaut", "detour")] = ("vaut_le_coup", 2f),
            [("foutage", "gueule")] = ("foutage_de_gueule", -3f),
            [("bonne", "nouvelle")] = ("bonne_nouvelle", 2f),
            [("mauvaise", "nouvelle")] = ("mauvaise_nouvelle", -2f),
        },
    };

    // Flemish spoken forms sit beside the standard ones: "nie" for "niet", "gene"/"genen" for "geen", "amai", "kei", "wreed" and
    // "zot" as intensifiers ("amai wat traag", "wreed goed"); "nen"/"ne" are Flemish articles and carry no polarity.
    public static readonly LanguageCues Dutch = new()
    {
        Negators = Set("niet", "nie", "geen", "gene", "genen", "nooit", "niets", "niks", "zonder", "nergens", "noch", "niemand",
            "allerminst", "amper", "nauwelijks"),
        Intensifiers = Set("zeer", "heel", "erg", "echt", "super", "zo", "te", "enorm", "ontzettend", "hartstikke", "mega", "totaal",
            "helemaal", "zwaar", "ongelooflijk", "vreselijk", "verschrikkelijk", "bijzonder", "uiterst", "dik", "amai", "kei", "wreed",
            "zot", "serieus", "absoluut", "compleet", "volledig", "veel", "zoveel", "zulke", "zulk", "wat", "zeker", "best"),
        Diminishers = Set("beetje", "redelijk", "vrij", "enigszins", "nogal", "tamelijk", "ietwat"),
        Contrasts = Set("maar", "echter", "hoewel", "toch", "behalve", "ondanks", "desondanks", "nochtans"),
        Idioms = new()
        {
            [("nooit", "meer")] = ("never_again", -3f),
            [("nooit", "nog")] = ("never_again", -3f),
            [("niet", "slecht")] = ("pas_mal", 1f),
            [("nie", "slecht")] = ("pas_mal", 1f),
            [("niet", "verkeerd")] = ("pas_mal", 1f),
            [("mag", "zijn")] = ("pas_mal", 2f),
            [("geen", "probleem")] = ("no_problem", 1f),
            [("geen", "klachten")] = ("no_complaints", 2f),
            [("geen", "spijt")] = ("no_complaints", 2f),
            [("geen", "aanrader")] = ("not_worth", -2f),
            [("niet", "waard")] = ("not_worth", -2f),
            [("geen", "zin")] = ("not_worth", -1f),
            [("zonde", "van")] = ("waste_of", -2f),
            [("verspilling", "geld")] = ("waste_of", -3f),
            [("werkt", "niet")] = ("broke_down", -2f),
            [("werkt", "nie")] = ("broke_down", -2f),
            [("doet", "niet")] = ("broke_down", -2f),
            [("ligt", "plat")] = ("broke_down", -2f),
            [("valt", "tegen")] = ("let_down", -2f),
            [("viel", "tegen")] = ("let_down", -2f),
            [("valt", "mee")] = ("pas_mal", 1f),
            [("viel", "mee")] = ("pas_mal", 1f),
            [("klopt", "niet")] = ("klopt_niet", -2f),
            [("lukt", "niet")] = ("klopt_niet", -2f),
            [("bedankt", "niks")] = ("irony", -2f),
            [("bedankt", "niets")] = ("irony", -2f),
            [("dank", "niks")] = ("irony", -2f),
            [("merci", "niks")] = ("irony", -2f),
            [("ja", "hoor")] = ("irony", -1f),
            [("dikke", "merci")] = ("dikke_merci", 3f),
            [("in", "orde")] = ("in_orde", 1f),
            [("voor", "herhaling")] = ("be_back", 2f),
            [("kom", "terug")] = ("be_back", 2f),
            [("komen", "terug")] = ("be_back", 2f),
            [("zeker", "aanrader")] = ("highly_recommend", 3f),
            [("echt", "aanrader")] = ("highly_recommend", 3f),
            [("goed", "bezig")] = ("well_done", 2f),
            [("goed", "gedaan")] = ("well_done", 2f),
            [("goed", "nieuws")] = ("bonne_nouvelle", 2f),
            [("slecht", "nieuws")] = ("mauvaise_nouvelle", -2f),
            [("het", "beu")] = ("fed_up", -2f),
            [("het", "zat")] = ("fed_up", -2f),
            [("het", "gehad")] = ("fed_up", -2f),
            [("vijf", "sterren")] = ("five_stars", 3f),
            [("een", "ster")] = ("one_star", -2f),
            [("nul", "sterren")] = ("one_star", -3f),
            [("blijf", "weg")] = ("stay_away", -3f),
            [("kijk", "uit")] = ("cant_wait", 1f),
        },
    };
}
