namespace Reputation.Sentiment.Language;

/// <summary>
/// A cheap first pass before Lingua: counts the function words ("the", "est", "het", "und", "los") and the
/// letters only one language uses (ç, ß, ñ, ij) in a mention. Almost every mention, even a short one, carries a few
/// of them, so this decides most texts in well under a microsecond and leaves only the ambiguous rest to Lingua.
/// It never allocates: words are lower-cased into a stack buffer and looked up by span.
/// </summary>
public static class StopWordLanguageGuess
{
    /// <summary>Languages in the order of the score slots.</summary>
    private static readonly string[] Codes = ["en", "fr", "nl", "de", "es"];

    // A word only one language uses is strong evidence; a word several share ("de", "in", "la") is weak evidence for each.
    private const int UniqueWeight = 2;
    private const int SharedWeight = 1;

    // Decided when the leader has this much evidence and this lead over the runner-up; chosen on the project's own
    // corpus and hand-written Dutch lines so that short tweets with one or two cues still go to Lingua.
    private const int MinScore = 3;
    private const int MinLead = 2;

    // Accented letters are one point each, up to this many, so a French word list cannot be outvoted by accents alone.
    private const int MaxLetterCues = 3;

    // Longer tokens are never function words; the buffer bounds the stack use.
    private const int MaxWordLength = 12;

    private static readonly string[][] WordsByLanguage =
    [
        // en
        ("the and is are was were of to that this it for with you my your have has had not but what be just they we i me "
         + "he she his her them our at from by an or if would can could should do does did don doesn didn isn wasn "
         + "been about there their more when who how all out up one get got like now only very too really than then "
         + "because why people day time new love good great thanks today know think going want need still back here "
         + "where which these those over after us am him its ll ve re won much some any got been being off never "
         + "always again every thank please today tonight anyone someone something nothing last first next must may "
         + "will also so man a on").Split(' '),
        // fr
        ("le la les des du un une et est sont pas que qui dans pour sur avec ce cette ces il elle ils elles nous vous je tu "
         + "on mon ma mes ton ta tes son sa ses leur leurs au aux ne plus mais ou où très trop tout tous toute toutes bien "
         + "c j l d qu n s m t y été être avoir ont fait faire comme aussi encore déjà merci quand rien jamais chez oui non "
         + "moi toi lui sans cela ça était sera peut va vais même après avant depuis alors donc aujourd hui votre vos "
         + "notre nos quoi se a en de à vraiment chose fois faut voilà deux rien entre leur contre enfin moins jour ans "
         + "nouveau nouvelle cet es y avait ai as suis êtes sommes étaient parce pourquoi comment quel quelle ici là").Split(' '),
        // nl
        ("de het een en is van in op te dat die niet met voor zijn er maar ook als bij nog wel naar om dan zo al uit wat je "
         + "ik we wij jij u ze hij zij mijn jouw uw ons onze hun heb hebt heeft hebben was waren wordt worden werd kan "
         + "kunnen moet zou geen nu hier daar deze dit veel meer heel echt erg goed slecht bedankt dank weer altijd nooit "
         + "niks niets want omdat toch jullie hoe waarom wanneer waar mij me heel gaat ga komt door over onder tegen "
         + "alleen zonder sinds vandaag morgen gisteren alles iets iemand niemand wordt kunt mag wil willen "
         + "zal doen doet gedaan gewoon zelfs steeds eens hoor graag zeer "
         // Flemish spoken forms: "ge zijt", "da's", "nen", "nie", "goe", "amai"; "ne" is left out, French uses it too.
         + "ge gij zijt da nen nie goe amai efkes").Split(' '),
        // de
        ("der die das und ist nicht ein eine einen einem dem den des mit sich auf für von zu ich du er sie es wir ihr sind "
         + "war wird werden hat haben auch noch nur schon wie aber oder wenn dann so bei aus nach über vom zum zur im am "
         + "kein keine mein dein sein unser sehr gut schlecht danke heute immer wieder doch mal man also will ganz "
         + "jetzt hier was wer warum gibt kann muss soll bin bist habe hatte").Split(' '),
        // es
        ("el la los las de del y que en un una es no por con para su sus se lo le al más muy pero como está están son "
         + "este esta esto eso mi tu yo él ella nosotros gracias hoy siempre nunca bueno malo también hay ya todo todos "
         + "ser fue ha me te nos porque cuando donde quien qué cómo estoy tengo tiene hacer sin sobre entre hasta desde "
         + "mucho muchos otra otro ahora bien").Split(' '),
    ];

    /// <summary>Word → packed weights, four bits per language slot.</summary>
    private static readonly Dictionary<string, int> Weights = BuildWeights();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WeightLookup =
        Weights.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, int> BuildWeights()
    {
        var languagesByWord = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var slot = 0; slot < WordsByLanguage.Length; slot++)
            foreach (var word in WordsByLanguage[slot])
                languagesByWord[word] = languagesByWord.GetValueOrDefault(word) | (1 << slot);

        var weights = new Dictionary<string, int>(languagesByWord.Count, StringComparer.Ordinal);
        foreach (var (word, mask) in languagesByWord)
        {
            var weight = int.PopCount(mask) == 1 ? UniqueWeight : SharedWeight;
            var packed = 0;
            for (var slot = 0; slot < Codes.Length; slot++)
                if ((mask & (1 << slot)) != 0)
                    packed |= weight << (4 * slot);
            weights[word] = packed;
        }
        return weights;
    }

    /// <summary>
    /// The language when the cues make it clear, else null (the caller asks a slower detector).
    /// <paramref name="hasLetters"/> tells whether the text holds any letter at all: without one there is nothing to detect.
    /// </summary>
    public static string? TryGuess(ReadOnlySpan<char> text, out bool hasLetters)
    {
        Span<int> scores = stackalloc int[5];
        Span<char> word = stackalloc char[MaxWordLength];
        var length = 0;
        var tooLong = false;
        var letterSeen = false;
        Span<int> letterCues = stackalloc int[5]; // letters only that language uses, counted up to MaxLetterCues
        var previous = '\0';

        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                letterSeen = true;
                var lower = char.ToLowerInvariant(c);
                var cue = LetterCue(lower, previous);
                if (cue >= 0)
                    letterCues[cue]++;
                previous = lower;
                if (length < MaxWordLength)
                    word[length++] = lower;
                else
                    tooLong = true;
                continue;
            }
            previous = '\0';
            if (length > 0 && !tooLong && WeightLookup.TryGetValue(word[..length], out var packed))
            {
                for (var slot = 0; slot < scores.Length; slot++)
                    scores[slot] += (packed >> (4 * slot)) & 0xF;
            }
            length = 0;
            tooLong = false;
        }

        hasLetters = letterSeen;
        for (var slot = 0; slot < scores.Length; slot++)
            scores[slot] += Math.Min(letterCues[slot], MaxLetterCues);

        int best = 0, second = -1;
        for (var slot = 1; slot < scores.Length; slot++)
        {
            if (scores[slot] > scores[best])
            {
                second = best;
                best = slot;
            }
            else if (second < 0 || scores[slot] > scores[second])
            {
                second = slot;
            }
        }
        return scores[best] >= MinScore && scores[best] - scores[second] >= MinLead ? Codes[best] : null;
    }

    /// <summary>
    /// Slot of the one language that uses this letter (or the Dutch "ij"), -1 for a shared letter. "é" counts for
    /// French: Spanish uses it too, but far less than its own á, í, ó, ñ, which outweigh it.
    /// </summary>
    private static int LetterCue(char lower, char previous) => lower switch
    {
        'é' or 'ç' or 'è' or 'ê' or 'à' or 'ù' or 'û' or 'î' or 'ô' or 'œ' or 'â' => 1,
        'j' when previous == 'i' => 2,
        'ß' or 'ä' or 'ö' or 'ü' => 3,
        'ñ' or 'á' or 'í' or 'ó' or 'ú' => 4,
        _ => -1,
    };
}
