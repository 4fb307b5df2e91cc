namespace Reputation.Cli.Tests;

/// <summary>
/// Realistic things people write about a brand, in English and French, by the sentiment the scenarios need
/// the real model to read in them (<see cref="BrandTalkTests"/> checks it does). {0} is the brand's name.
/// </summary>
public static class BrandTalk
{
    public static readonly string[] Negative =
    [
        "@{0} your app has been down for an hour, I can't check in and nobody answers. Terrible service.",
        "{0} website crashed again, impossible to book anything. Absolutely useless.",
        "Worst experience ever with {0}: flight cancelled, no refund, no apology.",
        "Stuck at the gate for three hours and {0} staff just ignore us. Disgraceful.",
        "{0} charged my card twice and customer support hung up on me. Never again.",
        "Honteux, le site de {0} est en panne depuis ce matin et le service client ne répond pas.",
        "{0}, application en panne, impossible d'enregistrer mon vol, c'est scandaleux.",
        "Encore trois heures de retard avec {0}, service déplorable et aucune information.",
        "Bagage perdu par {0} et personne pour m'aider, je suis furieux.",
        "Service client de {0} injoignable, remboursement refusé, c'est une arnaque.",
    ];

    public static readonly string[] Neutral =
    [
        "{0} announces new flights from Lyon to Porto starting in May.",
        "Does anyone know what time the {0} counter opens at Terminal 2?",
        "{0} will publish its quarterly results next Thursday.",
        "Flying {0} to Madrid tomorrow morning, gate B12.",
        "{0} publiera ses résultats trimestriels jeudi prochain.",
        "Vol {0} AL302 prévu à 14h10, porte B12.",
        "{0} ouvre une nouvelle ligne entre Nantes et Lisbonne en juin.",
        "Quelqu'un sait à quelle heure ouvre le comptoir {0} au terminal 2 ?",
    ];

    public static readonly string[] Positive =
    [
        "Thank you {0}, friendly crew and we landed early. Great flight!",
        "Love the new {0} app, check-in took ten seconds. Brilliant!",
        "{0} upgraded us for our honeymoon, what a wonderful surprise, thank you!",
        "Best airline experience in years, well done {0}!",
        "Merci {0} pour ce vol parfait, équipage adorable.",
        "Super expérience avec {0}, ponctuel et confortable, je recommande !",
        "Bravo {0}, la nouvelle appli est géniale et très rapide.",
        "Personnel {0} aux petits soins, un vrai plaisir de voyager avec eux.",
    ];

    /// <summary>What a campaign's audience writes: clearly positive, about the campaign itself.</summary>
    public static readonly string[] Campaign =
    [
        "Just won two tickets to Lisbon in the {0} spring giveaway, thank you so much!",
        "The new {0} ad is beautiful, love it!",
        "{0} spring sale: amazing prices, booked our summer holiday already. Thanks!",
        "J'adore la nouvelle pub {0}, magnifique !",
        "Merci {0}, j'ai gagné deux billets pour Lisbonne au grand jeu du printemps !",
        "Les promos de printemps {0} sont géniales, vacances réservées, merci !",
    ];

    public static string Of(string[] pool, int index, string brandName) => string.Format(pool[index % pool.Length], brandName);
}
