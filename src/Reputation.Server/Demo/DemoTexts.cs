namespace Reputation.Server.Demo;

/// <summary>Phrases the demo generator assembles into mentions, in French, Dutch and English.</summary>
internal static class DemoTexts
{
    public static readonly string[] Negative =
    [
        "{0} encore en panne ce soir, internet coupé depuis deux heures 😡",
        "Service client de {0} injoignable, 45 minutes d'attente pour rien",
        "Franchement déçu par {0}, facture doublée sans explication",
        "{0} storing alweer, geen internet en geen tv sinds vanmorgen",
        "Slechte klantendienst bij {0}, niemand neemt op",
        "Worst customer service ever @{0}, still waiting for a refund #fail",
        "{0} outage again?? No internet, no TV, nothing. Unacceptable",
        "Never again {0}. Overcharged and ignored.",
    ];

    public static readonly string[] Neutral =
    [
        "{0} publie ses résultats trimestriels jeudi",
        "Quelqu'un sait si {0} a changé ses horaires en magasin ?",
        "{0} opent een nieuwe winkel in Gent",
        "{0} annonce un partenariat avec une start-up belge",
        "Reading about {0}'s new network rollout plans",
        "Does anyone know if {0} covers the Ardennes?",
        "{0} to present at the investor conference next week",
    ];

    public static readonly string[] Positive =
    [
        "Super accueil en boutique {0}, problème réglé en 5 minutes 👍",
        "Merci {0} pour la réactivité, technicien passé le jour même",
        "Top service van {0}, snel geholpen!",
        "Loving the new {0} app, so much faster 😍",
        "Great job {0} on the fibre install, flawless",
        "Shout-out to {0} support, quick and friendly",
    ];

    public static readonly string[] Outage =
    [
        "Panne générale chez {0} ?? plus rien ne marche à Bruxelles",
        "{0} down partout, ni internet ni mobile 😡😡",
        "Grote storing bij {0}, heel Antwerpen zonder internet",
        "Is {0} down for everyone? Total outage here",
        "{0} panne internet tv mobile, c'est inadmissible",
        "Third outage this month @{0}, I'm switching providers",
    ];

    public static readonly string[] Campaign =
    [
        "Génial le nouveau spot de {0} 😂👏",
        "Wat een mooie campagne van {0}!",
        "Love the new {0} ad, brilliant 🎉",
        "{0} offre la 5G gratuite pendant un mois, merci !",
    ];

    public static readonly string[] Influencer =
    [
        "I've been a {0} customer for 10 years and this is the worst they've ever treated me. Cancelling today.",
        "Scandale chez {0} : des clients facturés pour des services jamais rendus. Honteux.",
    ];

    public static readonly string[] FakeRelease =
    [
        "COMMUNIQUÉ DE PRESSE – {0} annonce la révision de ses comptes consolidés et le licenciement de son directeur financier",
        "PRESS RELEASE: {0} announces restatement of its 2015 accounts and the dismissal of its CFO",
    ];

    public static readonly string[] Relay =
    [
        "URGENT - {0} : révision des comptes, le directeur financier licencié (communiqué)",
        "BREAKING: {0} says it will restate accounts, CFO dismissed - statement",
    ];

    public static readonly string[] Authors = ["@marie_b", "@jdupont", "@pieterv", "@sarah_k", "@tom_h", "@ines.m", "@lucas88", "@an_devos", "@k.peeters", "@alex_r"];
}
