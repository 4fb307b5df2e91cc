#!/usr/bin/env python3
"""Writes the synthetic part of the Reputation sentiment corpus (generated-*.tsv) from templates and vocabularies
written for this project. Deterministic: the same script always writes the same files.

    python3 src/Reputation.Sentiment/Corpus/generate_corpus.py

Each line is label<TAB>lang<TAB>text. See README.md beside this file for how the corpus is meant to be used.
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
PER_LABEL = {"en": 1700, "fr": 2000, "nl": 900}

# ---------------------------------------------------------------- shared decoration (handles, links, hashtags)

HANDLES = ["@nordiabank", "@voltix_help", "@aerolina", "@streambox", "@pixelfone", "@telconet", "@cafelumen",
           "@bistromarcel", "@quickshop", "@helios_energy", "@user", "@mia_r", "@jdupont", "@skyrail", "@fresko"]
LINKS = ["https://t.co/x8K2pQ", "http://bit.ly/3kd9", "https://news.example.org/a/1234", "www.example.com/offre", "http://t.co/Zr91"]


def decorate(rng, text, label, lang):
    """Adds the noise of real mentions: handles, links, hashtags, emoji, elongation, shouting, punctuation."""
    if rng.random() < 0.25:
        text = rng.choice(HANDLES) + " " + text
    if rng.random() < 0.15:
        text = text + " " + rng.choice(LINKS)
    if rng.random() < 0.3:
        text = text + " " + rng.choice(HASHTAGS[label][lang] + HASHTAGS["any"][lang])
    if rng.random() < 0.3:
        text = text + " " + rng.choice(EMOJI[label])
    if rng.random() < 0.08:
        words = text.split(" ")
        i = rng.randrange(len(words))
        w = words[i]
        if w.isalpha() and len(w) > 2:
            words[i] = w[:-1] + w[-1] * rng.randint(3, 6)
        text = " ".join(words)
    if rng.random() < 0.05:
        text = text.upper()
    elif rng.random() < 0.3:
        text = text[0].lower() + text[1:]
    if label != "neutral" and rng.random() < 0.2:
        text = text.rstrip(".") + rng.choice(["!", "!!", "!!!", " !"])
    return text


EMOJI = {
    "positive": ["😍", "👍", "🙌", "😊", "❤️", "🎉", "👏", "🔥", ":)", ":-)", ":D", "<3", "😁", "🥰", "💯", "✨"],
    "negative": ["😡", "😤", "👎", "😞", "😭", "🤬", "😒", ":(", ":-(", ":/", "😩", "💔", "🙄", "😠"],
    "neutral": ["📢", "📅", "📍", "👉", "🗓️", "ℹ️", "📰", "🎬"],
}

HASHTAGS = {
    "positive": {"en": ["#love", "#happy", "#win", "#bestday", "#recommended", "#thankyou"],
                 "fr": ["#bonheur", "#merci", "#top", "#coupdecoeur", "#bravo"],
                 "nl": ["#top", "#blij", "#aanrader", "#tevreden", "#genieten", "#chapeau"]},
    "negative": {"en": ["#fail", "#epicfail", "#neveragain", "#disappointed", "#outage", "#badservice", "#scam"],
                 "fr": ["#fail", "#arnaque", "#honte", "#panne", "#deçu", "#scandale"],
                 "nl": ["#fail", "#storing", "#schande", "#nooitmeer", "#klacht", "#oplichting"]},
    "neutral": {"en": ["#news", "#update", "#earnings", "#event", "#tech"],
                "fr": ["#actu", "#info", "#economie", "#bourse", "#evenement"],
                "nl": ["#nieuws", "#update", "#economie", "#beurs", "#verkeer"]},
    "any": {"en": ["#customerservice", "#tech", "#foodie", "#tv", "#netflix", "#travel"],
            "fr": ["#serie", "#resto", "#tech", "#voyage", "#sav"],
            "nl": ["#klantenservice", "#eten", "#telecom", "#reizen", "#tv"]},
}

# ---------------------------------------------------------------- English vocabularies

EN = {
    "brand": ["Nordia Bank", "Voltix", "AeroLina", "StreamBox", "Pixelfone", "TelcoNet", "Cafe Lumen", "QuickShop",
              "Helios Energy", "SkyRail", "Fresko", "this company", "this place", "they", "the airline", "my bank"],
    "domains": {
        "gadget": {"things": ["the phone", "this headset", "the battery", "the screen", "the sound quality", "the charger",
                              "the case", "the camera", "the app", "the latest update", "the bluetooth", "reception",
                              "this product", "the keyboard", "the speaker", "the earbuds", "the cable", "this unit"],
                   "pos": ["works great", "works perfectly", "is excellent", "is very comfortable", "is so clear",
                           "lasts all day", "charges fast", "fits perfectly", "sounds amazing", "is well made",
                           "does exactly what it should", "was easy to set up", "is a great value", "is sturdy"],
                   "neg": ["stopped working", "broke after a week", "died after two days", "is junk", "keeps dropping calls",
                           "won't charge", "is flimsy", "sounds terrible", "keeps crashing", "is a waste of money",
                           "doesn't fit", "fell apart", "is useless", "overheats", "is garbage", "lasts barely an hour"]},
        "food": {"things": ["the food", "the service", "the staff", "our waiter", "the pizza", "the steak", "the fries",
                            "the burger", "the sushi", "the dessert", "the coffee", "the atmosphere", "the portions",
                            "the salad", "the pasta", "the wine list", "this restaurant", "the brunch", "the chicken"],
                 "pos": ["was delicious", "was amazing", "was fresh and tasty", "was perfectly cooked", "was friendly",
                         "was fast and attentive", "was to die for", "was generous", "hit the spot", "was spot on",
                         "was cozy", "was worth every penny", "was so good", "was excellent"],
                 "neg": ["was cold", "was bland", "was overcooked", "was rude", "was slow", "was greasy", "was stale",
                         "tasted like cardboard", "was overpriced", "was tiny", "was dirty", "made me sick",
                         "was inedible", "was a joke", "took an hour", "was disgusting", "was mediocre at best"]},
        "screen": {"things": ["the acting", "the plot", "the script", "the ending", "the soundtrack", "the cast",
                              "the pilot", "season two", "the characters", "the dialogue", "the pacing", "this series",
                              "the finale", "this movie", "the film", "the show", "the director", "the special effects"],
                   "pos": ["is brilliant", "is gripping", "is superb", "kept me hooked", "is beautifully shot",
                           "is moving", "is hilarious", "is a masterpiece", "is so well written", "blew me away",
                           "is a must see", "is captivating", "is clever", "is worth watching"],
                   "neg": ["is boring", "is predictable", "is a mess", "drags on forever", "is poorly written",
                           "makes no sense", "is painful to watch", "is cringe", "fell flat", "is lazy",
                           "is forgettable", "is a waste of time", "is awful", "put me to sleep"]},
        "service": {"things": ["customer service", "the agent", "the website", "the checkout", "my order", "the refund",
                               "the delivery", "the network", "the wifi", "the support team", "the hotline", "the flight",
                               "the train", "the online banking", "the helpdesk", "the subscription", "the installer"],
                    "pos": ["was quick and helpful", "sorted it out in minutes", "arrived early", "was really helpful",
                            "went above and beyond", "was smooth", "is back up and fast", "solved my problem",
                            "was on time", "was painless", "is super reliable", "was very professional"],
                    "neg": ["is down again", "never arrived", "hung up on me", "kept me on hold for an hour",
                            "is a joke", "charged me twice", "was cancelled again", "is still not fixed",
                            "ignored my emails", "lost my package", "is impossible to reach", "was delayed three hours",
                            "double charged me", "keeps failing", "has been down all day", "refused my refund"]},
    },
    "pos_adj": ["great", "excellent", "amazing", "awesome", "fantastic", "perfect", "wonderful", "superb", "brilliant",
                "lovely", "impressive", "solid", "outstanding", "terrific", "good", "nice", "delightful", "stellar"],
    "neg_adj": ["terrible", "awful", "horrible", "bad", "poor", "disappointing", "useless", "pathetic", "dreadful",
                "mediocre", "lousy", "unacceptable", "shoddy", "atrocious", "rubbish", "appalling", "abysmal"],
    "intens": ["", "", "", "very ", "so ", "really ", "absolutely ", "incredibly ", "super ", "truly "],
    "pos_open": ["Loved it.", "Wow.", "So happy!", "Finally!", "Best purchase ever.", "Five stars.", "Honestly impressed.",
                 "Great experience.", "Highly recommend.", "What a treat."],
    "neg_open": ["Ugh.", "Seriously?", "Never again.", "Avoid.", "What a joke.", "So disappointed.", "Unbelievable.",
                 "Worst experience ever.", "Zero stars.", "Fed up."],
    "pos_close": ["Would buy again.", "Highly recommended.", "Will definitely be back.", "Ten out of ten.",
                  "Can't wait for more.", "Thank you {brand}!", "Worth it.", "Love it!", "Keep it up {brand}!"],
    "neg_close": ["Never again.", "Don't waste your money.", "Stay away.", "I want a refund.", "Avoid at all costs.",
                  "Shame on you {brand}.", "Not coming back.", "One star is too many.", "Switching providers."],
    # Negation: what reads positive although built from negative words, and the reverse.
    "neg_as_pos": ["not bad at all", "not bad", "no complaints", "can't complain", "never disappoints", "couldn't be happier",
                   "nothing to complain about", "no issues so far", "not a single problem", "I have no regrets",
                   "never had a problem", "couldn't ask for more", "not disappointed at all", "nothing bad to say"],
    "pos_as_neg": ["not good", "not great", "not worth it", "not worth the money", "doesn't work", "not impressed",
                   "not happy", "not recommended", "wouldn't recommend it", "not what I expected", "no longer works",
                   "never works", "not helpful at all", "didn't like it", "not good enough", "not even close to good",
                   "nothing works", "I don't like it", "not fun", "never worked properly"],
    "irony": ["Great, {thing} {neg} again. Thanks for nothing {brand}", "Oh wonderful, {thing} {neg}. Just perfect 🙄",
              "Love how {thing} {neg} #not", "Thanks {brand}, {thing} {neg}. Brilliant job... #sarcasm",
              "Yeah right, 'best service' my foot. {thing} {neg}", "Fantastic, {thing} {neg} for the third time 🙃",
              "Nice one {brand}, {thing} {neg} 👏👏"],
    "neutral": [
        "{brand} announces new {product} for {month}", "{brand} will open a new store in {city} on {day}",
        "{brand} to publish quarterly results on {day}", "{brand} CEO to speak at the {event} in {city}",
        "{brand} names new chief financial officer", "{brand} updates its terms of service from {month} 1",
        "Live now: {brand} keynote at the {event}", "{brand} stores closed on {day} for the holiday",
        "Does anyone know if {brand} delivers to {city}?", "Is {brand} open on {day}?",
        "Just ordered a {product} from {brand}, arrives {day}", "Heading to {place} with friends tonight",
        "{show} season {n} premieres on {day}", "Watching {show} tonight", "New episode of {show} airs {day}",
        "{brand} shares flat ahead of results", "{brand} to merge with {brand2}, deal expected to close in {month}",
        "{brand} moves its headquarters to {city}", "Meeting at the {brand} office in {city} at {n} pm",
        "Reminder: {brand} maintenance window {day} from 2 to 4 am", "{brand} launches {product} in {city} today",
        "Which {product} should I get, {brand} or {brand2}?", "{brand} press conference scheduled for {day} at {n}",
        "Anyone tried the new {product} from {brand}?", "{brand} releases its annual report", "Going to {city} on {day}",
        "{brand} hiring engineers in {city}", "Who is watching {show} on {day}?", "{brand} changes its logo",
        "{brand} recalls its {month} newsletter", "{brand} app version {n}.2 is available", "Tickets for {show} on sale {day}",
        "{brand} opens a pop-up store at {place}", "The {event} starts {day} in {city}", "{brand} statement on the {event}",
        "{brand} and {brand2} sign a partnership", "{brand} to cut prices on {product}s from {month}",
        "Traffic update: {place} closed until {n} pm", "{brand} confirms date of its general meeting",
    ],
    # What happened rather than what it was like: reviews often state facts that imply the verdict.
    "event_pos": ["I will be back", "we'll definitely come back", "I've been coming here for years", "I gave it five stars",
                  "they fixed it the same day", "it arrived a day early", "I'd buy it again in a heartbeat",
                  "my whole family uses it now", "the staff remembered our names", "we were seated right away",
                  "I watched the whole season in one weekend", "I laughed from start to finish", "can't wait for the next episode",
                  "it exceeded my expectations", "they refunded me without any fuss", "thumbs up", "I'm a fan for life",
                  "best money I've spent this year", "my new favourite spot", "I recommend it to everyone",
                  "will order again", "would stay here again", "I really like it", "I like it a lot", "we'd go back again",
                  "I would buy it again", "it holds up well", "it does the job", "no more dropped calls"],
    "event_neg": ["I will not return", "we won't be back", "I sent it back", "I returned it the next day",
                  "we waited 45 minutes for our food", "it took forever", "I had to call three times", "they never called back",
                  "it stopped charging after a month", "my order was wrong", "I asked for a refund", "we walked out",
                  "the battery died after two hours", "I fell asleep halfway through", "I gave up after two episodes",
                  "still waiting for my refund", "I want my money back", "the screen cracked on day one",
                  "we found a hair in the soup", "I got food poisoning", "nobody answered", "they lost my booking"],
    "news_pos": ["{city} opens its first solar farm", "Rescuers save {n} hikers near {city}", "{brand} wins innovation award",
                 "Volunteers clean up the beach in {city}", "Record year for renewable energy in {city}",
                 "Unemployment falls to its lowest level in {n} years", "New treatment brings hope to patients",
                 "{brand} creates {n}00 jobs in {city}", "Rare species returns to the forests near {city}",
                 "Clean air: pollution down by {n}% in {city}"],
    "news_neg": ["{n} dead as storm hits {city}", "Pollution alert in {city} for the third day", "Floods force thousands from their homes",
                 "Protest against the {brand} plant turns violent", "Wildfires destroy forests near {city}",
                 "Species threatened by climate change", "Toxic spill closes beaches near {city}",
                 "{brand} accused of hiding pollution data", "Drought ruins harvest, farmers in despair",
                 "Scandal at {brand}: executives charged with fraud"],
    "news_neutral": ["Parliament debates the energy bill {day}", "{city} council meets {day} to discuss the budget",
                     "Minister visits the {brand} plant in {city}", "Report on climate policy published {day}",
                     "Elections set for {month}", "Weather: cloudy in {city} {day}", "Census results released {day}",
                     "{city} mayor presents the transport plan", "Interview with the {brand} CEO at {n} pm",
                     "Summit on energy opens in {city}", "What the new law changes for tenants",
                     "Debate tonight on nuclear power", "Ten things to know about the {event}"],
    "opinion_pos": ["I found {thing} {adj}", "I think {thing} is {adj}", "to be honest {thing} is {adj}",
                    "{thing} turned out to be {adj}", "in my opinion {thing} is {adj}", "{thing} was {adj} overall"],
    "opinion_neg": ["I found {thing} {adj}", "I think {thing} is {adj}", "to be honest {thing} is {adj}",
                    "{thing} turned out to be {adj}", "{thing} could have been better", "{thing} was {adj} overall",
                    "I expected more from {thing}", "{thing} leaves a lot to be desired"],
    "neutral_lookalike": ["Great Britain votes on {day}", "Happy hour at {place} starts at {n} pm", "Good Friday opening hours for {brand}",
                          "It looks like {brand} will announce the {product} on {day}", "New {product} from {brand} lands in {month}",
                          "Free shuttle from {place} to {city} during the {event}", "Live: {brand} presents its {month} roadmap",
                          "Best Buy and {brand} discuss a deal", "{brand} may release a new {product} in {month}",
                          "Win tickets for the {event} in {city}", "Who will win the {event} award on {day}?",
                          "{brand} says it will keep prices unchanged", "Top 10 {product}s of {month}",
                          "Just like last year, the {event} takes place in {city}", "Sure, see you at {place} on {day}",
                          "The {show} finale airs {day}, are you watching?", "I might go to {city} with {brand} points"],
    # Everyday tweets beyond brands: sport, music, events, people.
    "tweet_pos": ["Can't wait for the {event} {day}!", "So excited to see {artist} in {city} {day}", "Happy birthday {artist}, have a great day",
                  "Good luck to {team} tonight, let's go!", "What a goal! {team} deserved that win", "{artist}'s new album is pure gold",
                  "Best concert of my life, thank you {artist}", "Proud of {team}, what a season", "Can't stop smiling after {day}",
                  "Had the best time at the {event} with friends", "{artist} was incredible last night", "Loving the sunshine in {city} today",
                  "Congrats to {team} on the title!", "{artist} just made my day", "I'm so happy for {artist}"],
    "tweet_neg": ["{team} lost again, terrible defending", "RIP {artist}, so sad", "Can't believe {team} blew that lead",
                  "{artist}'s new single is awful", "Stuck in traffic for two hours in {city}, hate this", "Worst referee ever, shameful",
                  "The {event} got cancelled, so disappointed", "Sad news from {city} today", "{team} fans are the worst",
                  "I hate Mondays", "My flight to {city} got cancelled again", "Feeling sick and tired of this weather",
                  "{artist} cancelled the {city} show, gutted", "That debate was an embarrassment", "So angry about what happened in {city}"],
    "tweet_neutral": ["{artist} performs in {city} on {day}", "{team} play {team2} {day} at {n} pm", "Who's going to the {event}?",
                      "{artist} will be on the radio {day}", "The {event} line-up is out", "{team} sign a new striker",
                      "{artist} to release a new album in {month}", "Kick-off at {n}, {team} vs {team2}", "Is the {event} on {day} or the day after?",
                      "{artist} interview at {n} pm on channel {n}", "Tickets for {artist} go on sale {day}", "{team} announce their squad for {day}"],
    "artist": ["Adele", "Drake", "Stromae", "Taylor Swift", "Beyoncé", "Coldplay", "Angèle", "Ed Sheeran", "Rihanna", "Muse"],
    "team": ["Arsenal", "PSG", "the Lakers", "Liverpool", "Ajax", "the Yankees", "Chelsea", "OM", "Barça", "the Patriots"],
    "product": ["phone", "laptop", "headset", "card", "app", "plan", "router", "smartwatch", "menu", "subscription", "tablet"],
    "city": ["London", "Paris", "Brussels", "Amsterdam", "Lyon", "Toronto", "Berlin", "Madrid", "Boston", "Dublin"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "tomorrow", "next week", "tonight"],
    "month": ["January", "March", "April", "June", "September", "October", "November", "December"],
    "event": ["Web Summit", "tech fair", "annual meeting", "trade show", "press day", "developer conference", "festival"],
    "place": ["the mall", "the stadium", "the station", "the airport", "downtown", "the beach", "the cinema"],
    "show": ["The Crown", "Dark Harbor", "Lost Signals", "The Office", "Night Shift", "Blue Meridian", "the series"],
    "finance_pos": ["{brand} beats earnings expectations, shares up {n}%", "{brand} posts record profit",
                    "{brand} revenue grows {n}% this quarter", "{brand} wins best employer award",
                    "{brand} upgraded to buy by analysts", "Great quarter for {brand}, strong growth across the board"],
    "finance_neg": ["{brand} shares plunge {n}% after profit warning", "{brand} to cut {n}00 jobs",
                    "{brand} hit by data breach, customers' details leaked", "{brand} fined over misleading ads",
                    "{brand} misses forecasts, stock falls", "{brand} faces lawsuit over faulty {product}s",
                    "Customers furious as {brand} outage enters day {n}", "{brand} files for bankruptcy"],
}

# ---------------------------------------------------------------- French vocabularies

FR = {
    "brand": ["Banque Nordia", "Voltix", "AeroLina", "StreamBox", "Pixelfone", "TelcoNet", "Café Lumen", "QuickShop",
              "Hélios Énergie", "SkyRail", "Fresko", "cette boîte", "ce resto", "ma banque", "la SNCF", "mon opérateur"],
    "domains": {
        "gadget": {"things": ["le téléphone", "ce casque", "la batterie", "l'écran", "le son", "le chargeur", "la coque",
                              "l'appareil photo", "l'appli", "la mise à jour", "le bluetooth", "le réseau", "ce produit",
                              "le clavier", "l'enceinte", "les écouteurs", "la box"],
                   "pos": ["marche super bien", "fonctionne parfaitement", "est excellent", "est très confortable",
                           "est d'une clarté incroyable", "tient toute la journée", "charge vite", "est bien fini",
                           "fait exactement ce qu'on lui demande", "s'installe en deux minutes", "vaut son prix",
                           "est solide", "est top"],
                   "neg": ["ne marche plus", "a lâché au bout d'une semaine", "est mort en deux jours", "plante sans arrêt",
                           "ne charge plus", "est fragile", "grésille", "bug tout le temps", "est une arnaque",
                           "ne sert à rien", "chauffe énormément", "est de la camelote", "coupe toutes les cinq minutes",
                           "est une catastrophe", "tient à peine une heure"]},
        "food": {"things": ["la cuisine", "le service", "le personnel", "notre serveur", "la pizza", "le steak", "les frites",
                            "le burger", "les sushis", "le dessert", "le café", "l'ambiance", "les portions", "la salade",
                            "les pâtes", "la carte des vins", "ce restaurant", "le brunch", "le poulet"],
                 "pos": ["était délicieuse", "était excellent", "était frais et savoureux", "était parfaitement cuit",
                         "était adorable", "était rapide et attentionné", "était à tomber", "était copieux",
                         "était chaleureuse", "valait largement le prix", "était un régal", "était succulent"],
                 "neg": ["était froid", "était fade", "était trop cuit", "était désagréable", "était d'une lenteur",
                         "était gras", "était immangeable", "était hors de prix", "était minuscule", "était sale",
                         "m'a rendu malade", "était médiocre", "a mis une heure", "était dégoûtant"]},
        "screen": {"things": ["le jeu des acteurs", "l'intrigue", "le scénario", "la fin", "la bande son", "le casting",
                              "le premier épisode", "la saison 2", "les personnages", "les dialogues", "le rythme",
                              "cette série", "le final", "ce film", "la réalisation", "les effets spéciaux"],
                   "pos": ["est brillant", "est captivante", "est superbe", "m'a tenu en haleine", "est magnifiquement filmé",
                           "est émouvant", "est hilarant", "est un chef d'oeuvre", "est très bien écrit", "m'a bluffé",
                           "est à voir absolument", "est prenante", "est intelligent", "est addictive",
                           "est un pur bonheur", "vaut le détour", "est drôle et touchant", "se regarde d'une traite",
                           "est culte", "est d'une finesse rare", "est bien ficelé", "m'a fait rire aux larmes",
                           "ne perd jamais le rythme", "est original", "est attachant", "a su se renouveler"],
                   "neg": ["est ennuyeux", "est prévisible", "est un fouillis", "traîne en longueur", "est mal écrit",
                           "n'a aucun sens", "est pénible à regarder", "est ridicule", "tombe à plat", "est bâclé",
                           "est sans intérêt", "est une perte de temps", "est nul", "m'a endormi", "est lourd",
                           "est insipide", "est cousu de fil blanc", "s'essouffle dès la deuxième saison", "est surjoué",
                           "est niais", "sonne faux", "manque de rythme", "est bourré de clichés", "est moralisateur",
                           "ne décolle jamais", "est sans saveur", "a très mal vieilli", "est un navet"]},
        "service": {"things": ["le service client", "le conseiller", "le site", "le paiement", "ma commande",
                               "le remboursement", "la livraison", "le réseau", "la wifi", "le SAV", "la hotline", "le vol",
                               "le train", "l'appli bancaire", "l'assistance", "l'abonnement", "le technicien"],
                    "pos": ["a été rapide et efficace", "a réglé le problème en cinq minutes", "est arrivée en avance",
                            "a été vraiment aidant", "a été au top", "s'est fait sans souci", "est revenu et fonctionne bien",
                            "a résolu mon problème", "était à l'heure", "a été très professionnel", "est fiable"],
                    "neg": ["est encore en panne", "n'est jamais arrivée", "m'a raccroché au nez",
                            "m'a laissé une heure en attente", "est une blague", "m'a débité deux fois", "a encore été annulé",
                            "n'est toujours pas réparé", "ne répond pas à mes mails", "a perdu mon colis",
                            "est injoignable", "a trois heures de retard", "refuse de me rembourser", "plante encore",
                            "est en panne depuis ce matin"]},
    },
    "pos_adj": ["génial", "excellent", "super", "parfait", "formidable", "magnifique", "top", "incroyable", "superbe",
                "remarquable", "bon", "sympa", "agréable", "exceptionnel", "bien", "réussi"],
    "neg_adj": ["nul", "horrible", "mauvais", "décevant", "lamentable", "pitoyable", "inadmissible", "catastrophique",
                "minable", "médiocre", "honteux", "inacceptable", "pourri", "scandaleux", "affreux"],
    "intens": ["", "", "", "très ", "vraiment ", "trop ", "tellement ", "super ", "hyper ", "franchement "],
    "pos_open": ["Trop bien.", "Waouh.", "Ravi !", "Enfin !", "Meilleur achat de l'année.", "Cinq étoiles.",
                 "Franchement bluffé.", "Super expérience.", "Je recommande.", "Un régal."],
    "neg_open": ["Pff.", "Sérieusement ?", "Plus jamais.", "À fuir.", "Quelle blague.", "Très déçu.", "Incroyable mais vrai.",
                 "Pire expérience de ma vie.", "Zéro étoile.", "Ras le bol."],
    "pos_close": ["Je rachèterai.", "Je recommande vivement.", "On reviendra sans hésiter.", "Dix sur dix.",
                  "Vivement la suite.", "Merci {brand} !", "Ça vaut le coup.", "J'adore !", "Continuez comme ça {brand} !"],
    "neg_close": ["Plus jamais.", "Ne gaspillez pas votre argent.", "À éviter.", "Je veux être remboursé.",
                  "Fuyez.", "Honte à vous {brand}.", "Je ne reviendrai pas.", "Une étoile c'est déjà trop.",
                  "Je change d'opérateur."],
    "neg_as_pos": ["pas mal du tout", "pas mal", "rien à redire", "aucun problème", "jamais déçu", "rien à signaler, ça marche",
                   "aucun souci jusqu'ici", "pas un seul problème", "je ne regrette pas", "je ne regrette rien",
                   "rien à reprocher", "pas déçu du tout", "sans aucun problème", "impossible de s'en lasser",
                   "ne déçoit jamais"],
    "pos_as_neg": ["pas terrible", "pas top", "pas génial", "pas bon", "ne marche pas", "pas impressionné",
                   "pas content", "pas du tout recommandé", "je ne recommande pas", "pas à la hauteur", "ne fonctionne plus",
                   "ne marche jamais", "pas aidant du tout", "je n'ai pas aimé", "pas terrible du tout", "ça ne vaut pas le prix",
                   "rien ne marche", "je n'aime pas", "pas drôle", "pas ouf"],
    "irony": ["Génial, {thing} {neg}. Merci pour rien {brand}", "Oh trop bien, {thing} {neg}. Parfait 🙄",
              "J'adore quand {thing} {neg} #ironie", "Merci {brand}, {thing} {neg}. Bravo, vraiment... #sarcasme",
              "Super, {thing} {neg} pour la troisième fois 🙃", "Bravo {brand}, {thing} {neg} 👏👏"],
    "neutral": [
        "{brand} annonce un nouveau {product} pour {month}", "{brand} ouvre un magasin à {city} {day}",
        "{brand} publiera ses résultats trimestriels {day}", "Le PDG de {brand} interviendra au {event} de {city}",
        "{brand} nomme un nouveau directeur financier", "{brand} modifie ses conditions générales au 1er {month}",
        "En direct : conférence de {brand} au {event}", "Les magasins {brand} seront fermés {day}",
        "Quelqu'un sait si {brand} livre à {city} ?", "{brand} est ouvert {day} ?",
        "Je viens de commander un {product} chez {brand}, livraison {day}", "Ce soir direction {place} avec les copains",
        "La saison {n} de {show} arrive {day}", "Ce soir je regarde {show}", "Nouvel épisode de {show} {day}",
        "L'action {brand} stable avant les résultats", "{brand} va fusionner avec {brand2}, finalisation prévue en {month}",
        "{brand} déménage son siège à {city}", "Réunion dans les locaux de {brand} à {city} à {n}h",
        "Rappel : maintenance {brand} {day} de 2h à 4h", "{brand} lance son {product} à {city} aujourd'hui",
        "Quel {product} choisir, {brand} ou {brand2} ?", "Conférence de presse de {brand} prévue {day} à {n}h",
        "Quelqu'un a testé le nouveau {product} de {brand} ?", "{brand} publie son rapport annuel", "Je pars à {city} {day}",
        "{brand} recrute des ingénieurs à {city}", "Qui regarde {show} {day} ?", "{brand} change de logo",
        "La nouvelle version {n}.2 de l'appli {brand} est disponible", "Billets pour {show} en vente {day}",
        "{brand} ouvre une boutique éphémère à {place}", "Le {event} commence {day} à {city}",
        "Communiqué de {brand} sur le {event}", "{brand} et {brand2} signent un partenariat",
        "{brand} baissera les prix de ses {product}s à partir de {month}", "Info trafic : {place} fermé jusqu'à {n}h",
        "{brand} confirme la date de son assemblée générale", "Le gouvernement présente son budget {day}",
        "Débat sur l'énergie ce soir à {city}", "Le projet de {brand} sera présenté en conseil municipal {day}",
    ],
    "event_pos": ["on reviendra", "j'y retourne dès que possible", "je l'ai racheté pour ma sœur", "réparé dans la journée",
                  "livré avec un jour d'avance", "j'ai regardé toute la saison d'une traite", "on a passé une super soirée",
                  "j'ai ri du début à la fin", "j'attends la suite avec impatience", "je le conseille à tout le monde",
                  "remboursé sans discuter", "j'en redemande", "je suis fan", "vivement la saison prochaine",
                  "mon nouveau resto préféré", "ça a dépassé mes attentes", "on en ressort le sourire aux lèvres",
                  # Regret that praises: the fan is sorry it ended, not sorry they watched.
                  "dommage que la série se soit arrêtée si tôt", "quel dommage qu'il n'y ait que deux saisons",
                  "vivement la suite", "c'est ma série préférée", "un vrai moment de bonheur", "je suis devenue accro",
                  "je regrette qu'elle soit finie", "seul regret : c'est trop court", "je ne m'en lasse pas",
                  "je la suis depuis le premier épisode", "dommage qu'on ne la rediffuse plus",
                  "j'ai pleuré à la fin tellement c'était beau", "je la reverrais sans hésiter"],
    "event_neg": ["je ne reviendrai pas", "je l'ai renvoyé", "on a attendu 45 minutes", "j'ai dû appeler trois fois",
                  "ils ne m'ont jamais rappelé", "ma commande était fausse", "j'ai demandé un remboursement",
                  "on est partis avant la fin", "j'ai arrêté au deuxième épisode", "je me suis endormi devant",
                  "j'ai décroché au bout de trois épisodes", "toujours pas remboursé", "je veux récupérer mon argent",
                  "l'écran s'est fissuré le premier jour", "un cheveu dans l'assiette", "personne ne répond",
                  "ils ont perdu ma réservation", "j'ai failli m'endormir", "encore une fois en retard", "à nouveau en panne",
                  "regardez plutôt autre chose", "je me suis ennuyé",
                  "je ne comprends pas pourquoi ça plaît", "aucun intérêt", "on a déjà vu ça cent fois",
                  "je n'ai pas accroché", "j'ai zappé au bout de dix minutes", "ça ne méritait pas une deuxième saison",
                  "on devine la fin dès le début", "des acteurs sans aucun charisme", "un scénario cousu de fil blanc",
                  "heureusement que c'est fini", "ça tire en longueur", "je me demande comment ça a pu marcher",
                  "il y a de bonnes idées mais rien n'est abouti", "les qualités techniques ne sauvent rien"],
    "news_pos": ["{city} inaugure sa première centrale solaire", "Les secours sauvent {n} randonneurs près de {city}",
                 "{brand} reçoit le prix de l'innovation", "Des bénévoles nettoient la plage de {city}",
                 "Année record pour les énergies renouvelables", "Le chômage au plus bas depuis {n} ans",
                 "Un nouveau traitement redonne espoir aux malades", "{brand} crée {n}00 emplois à {city}",
                 "Le retour d'une espèce rare dans les forêts de {city}", "La pollution baisse de {n}% à {city}",
                 "Une belle initiative pour protéger les abeilles", "Bonne nouvelle pour le climat",
                 "{city} mise sur le vélo et les transports propres", "{brand} s'engage pour une énergie 100% renouvelable",
                 "Une start-up de {city} invente un plastique biodégradable", "Le parc national de {city} accueille à nouveau les loups",
                 "Les panneaux solaires de {brand} battent un record de rendement", "Des écoles de {city} passent au bio et au local",
                 "Le projet éolien de {city} crée {n}0 emplois", "Le recyclage progresse fortement à {city}",
                 "Une solution innovante pour réduire le gaspillage", "Victoire pour les associations : le projet polluant abandonné"],
    "news_neg": ["{n} morts dans une tempête à {city}", "Alerte pollution à {city} pour le troisième jour",
                 "Inondations : des milliers de personnes évacuées", "La manifestation contre l'usine {brand} dégénère",
                 "Incendies : des forêts détruites près de {city}", "Des espèces menacées par le réchauffement climatique",
                 "Marée noire : les plages de {city} fermées", "{brand} accusé de cacher ses données de pollution",
                 "Sécheresse : les agriculteurs désespérés", "Scandale chez {brand} : des dirigeants mis en examen",
                 "Le gaspillage alimentaire, une honte", "Encore une décision absurde du gouvernement",
                 "Les abeilles disparaissent, les pesticides mis en cause", "Pic de pollution : {city} étouffe",
                 "La déforestation s'accélère malgré les promesses", "Le projet d'autoroute menace une zone humide près de {city}",
                 "Les émissions de CO2 repartent à la hausse", "Nouvelle marée de plastique sur les plages de {city}",
                 "Le glacier a perdu {n}0 mètres en un an, alarmant", "{brand} épinglé pour greenwashing"],
    "news_neutral": ["Le Parlement débat du projet de loi sur l'énergie {day}", "Le conseil municipal de {city} se réunit {day}",
                     "Le ministre en visite à l'usine {brand} de {city}", "Rapport sur la politique climatique publié {day}",
                     "Les élections auront lieu en {month}", "Météo : nuageux à {city} {day}", "Recensement : les résultats {day}",
                     "Le maire de {city} présente le plan de transport", "Interview du PDG de {brand} à {n}h",
                     "Sommet sur l'énergie à {city}", "Ce que change la nouvelle loi pour les locataires",
                     "Débat ce soir sur le nucléaire", "Dix choses à savoir sur le {event}", "Le point sur la transition énergétique",
                     "Éolien : la consultation publique ouvre {day}", "Transition énergétique : le rapport annuel est publié",
                     "Le conseil régional examine le plan climat {day}", "Compteurs électriques : ce qu'il faut savoir",
                     "Qui participe à la marche pour le climat {day} à {city} ?", "La COP se tient à {city} en {month}",
                     "Le ministre de l'écologie s'exprime {day} à {n}h", "Nucléaire : le débat public commence {day}"],
    "opinion_pos": ["j'ai trouvé {thing} {adj}", "je trouve que {thing} est {adj}", "franchement {thing} est {adj}",
                    "{thing} s'est révélé {adj}", "à mon avis {thing} est {adj}", "dans l'ensemble {thing} est {adj}"],
    "opinion_neg": ["j'ai trouvé {thing} {adj}", "je trouve que {thing} est {adj}", "franchement {thing} est {adj}",
                    "{thing} s'est révélé {adj}", "{thing} aurait pu être mieux", "dans l'ensemble {thing} est {adj}",
                    "j'attendais mieux de {thing}", "{thing} laisse à désirer"],
    "neutral_lookalike": ["Bon plan : navette gratuite entre {place} et {city} pendant le {event}",
                          "Le nouveau {product} de {brand} arrive en {month}", "En direct : {brand} présente sa feuille de route",
                          "{brand} pourrait sortir un nouveau {product} en {month}", "Gagnez des places pour le {event} à {city}",
                          "Qui remportera le prix du {event} {day} ?", "{brand} maintient ses prix", "Top 10 des {product}s de {month}",
                          "Comme l'an dernier, le {event} aura lieu à {city}", "Ok, on se retrouve à {place} {day}",
                          "Le final de {show} est diffusé {day}, vous regardez ?", "Bonne année à tous, rendez-vous {day}",
                          "Bien reçu, je passe au magasin {brand} {day}", "Le salon du bien-être ouvre ses portes {day} à {city}"],
    "tweet_pos": ["Vivement le {event} {day} !", "Trop hâte de voir {artist} à {city} {day}", "Joyeux anniversaire {artist}, passe une belle journée",
                  "Allez {team}, on y croit ce soir !", "Quel but ! {team} mérite sa victoire", "Le nouvel album de {artist} est une pépite",
                  "Meilleur concert de ma vie, merci {artist}", "Fier de {team}, quelle saison", "Une super journée à {city}",
                  "Trop bien le {event} avec les copains", "{artist} était incroyable hier soir", "Il fait beau à {city}, le bonheur",
                  "Bravo à {team} pour le titre !", "{artist} a illuminé ma journée", "Trop contente pour {artist}"],
    "tweet_neg": ["{team} a encore perdu, défense catastrophique", "Repose en paix {artist}, tellement triste", "{team} a tout gâché en fin de match",
                  "Le nouveau single de {artist} est affreux", "Deux heures dans les bouchons à {city}, j'en peux plus", "Arbitrage honteux",
                  "Le {event} est annulé, trop déçu", "Triste nouvelle à {city} aujourd'hui", "Les supporters de {team} sont les pires",
                  "Je déteste les lundis", "Mon vol pour {city} encore annulé", "Marre de cette pluie",
                  "{artist} annule son concert à {city}, dégoûté", "Ce débat était une honte", "Tellement en colère après ce qui s'est passé à {city}"],
    "tweet_neutral": ["{artist} en concert à {city} {day}", "{team} affronte {team2} {day} à {n}h", "Qui va au {event} ?",
                      "{artist} sera à la radio {day}", "La programmation du {event} est dévoilée", "{team} recrute un nouvel attaquant",
                      "{artist} sortira un nouvel album en {month}", "Coup d'envoi à {n}h, {team} contre {team2}", "Le {event} c'est {day} ou le lendemain ?",
                      "Interview de {artist} à {n}h sur la {n}", "Billets pour {artist} en vente {day}", "{team} dévoile sa liste pour {day}"],
    "artist": ["Stromae", "Angèle", "Aya Nakamura", "Orelsan", "Céline Dion", "Indochine", "Christine and the Queens", "Jul", "Zaz", "Mylène Farmer"],
    "team": ["le PSG", "l'OM", "l'OL", "le Stade Rennais", "Lille", "les Bleus", "le Canadien", "Monaco", "le RC Lens", "Nantes"],
    "product": ["téléphone", "ordinateur", "casque", "forfait", "abonnement", "routeur", "menu", "service", "modèle"],
    "city": ["Paris", "Lyon", "Marseille", "Bruxelles", "Montréal", "Lille", "Nantes", "Genève", "Bordeaux", "Québec"],
    "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "demain", "la semaine prochaine", "ce soir"],
    "month": ["janvier", "mars", "avril", "juin", "septembre", "octobre", "novembre", "décembre"],
    "event": ["salon VivaTech", "forum économique", "salon de l'auto", "festival", "congrès annuel", "sommet du climat"],
    "place": ["le centre commercial", "le stade", "la gare", "l'aéroport", "le centre-ville", "la plage", "le cinéma"],
    "show": ["Le Bureau des légendes", "Dix pour cent", "Lupin", "Engrenages", "la série", "Les Revenants"],
    "finance_pos": ["{brand} dépasse les attentes, l'action grimpe de {n}%", "Bénéfice record pour {brand}",
                    "Le chiffre d'affaires de {brand} progresse de {n}%", "{brand} élu meilleur employeur de l'année",
                    "Les analystes relèvent leur recommandation sur {brand}", "Très beau trimestre pour {brand}"],
    "finance_neg": ["L'action {brand} chute de {n}% après un avertissement", "{brand} va supprimer {n}00 emplois",
                    "Fuite de données chez {brand}, les clients inquiets", "{brand} condamné pour publicité mensongère",
                    "{brand} rate ses objectifs, le titre recule", "{brand} visé par une plainte pour produits défectueux",
                    "Clients furieux : la panne {brand} dure depuis {n} jours", "{brand} en faillite"],
}

# French energy, environment and public-affairs news, composed from a subject and a predicate so that the
# polarity sits in what happens ("rate son objectif", "inaugure un parc éolien"), not in the topic: the same
# subjects, topic hashtags and headline forms occur in all three classes.
FR_NEWS = {
    "subject": ["Le gouvernement", "La ministre de l'Écologie", "{brand}", "La région", "La ville de {city}", "L'Union européenne",
                "Le Canada", "Une start-up de {city}", "Des chercheurs", "L'État", "Le département", "La mairie de {city}",
                "EDF", "Le groupe {brand}", "Les députés", "L'agglomération", "Le Maroc", "L'Allemagne", "La commune",
                "Le conseil régional", "Une coopérative de {city}", "Le Québec", "Les écologistes", "Le préfet"],
    "positive": ["inaugure un parc éolien", "finance {n} centrales solaires", "réduit ses émissions de CO2 de {n}%",
                 "protège une espèce menacée", "investit {n} milliards dans les énergies renouvelables",
                 "s'engage enfin contre le réchauffement climatique", "double sa production d'énergie solaire",
                 "signe un accord historique sur le climat", "soutient les circuits courts et le bio",
                 "interdit les pesticides dans les espaces verts", "accorde {n} millions à l'énergie solaire",
                 "réussit sa transition énergétique", "lance un beau projet de reforestation", "crée {n}00 emplois verts",
                 "bat un record de production d'électricité verte", "sauve une zone humide de la bétonisation",
                 "réintroduit le bouquetin dans ses montagnes", "ouvre la première usine de recyclage des batteries",
                 "atteint ses objectifs climatiques avec {n} ans d'avance", "développe une cellule solaire plus performante",
                 "rend les transports en commun gratuits", "remporte le prix de l'innovation écologique",
                 "multiplie les pistes cyclables", "rénove {n}00 logements pour économiser l'énergie"],
    "negative": ["abandonne l'écotaxe", "rate son objectif de réduction des gaz à effet de serre", "relance les centrales à charbon",
                 "autorise un projet très polluant", "supprime les aides aux énergies renouvelables",
                 "est accusé de greenwashing", "freine le développement de l'éolien", "enterre le plan climat",
                 "laisse les pollueurs impunis", "coupe le budget de l'écologie", "menace la biodiversité du littoral",
                 "déçoit les associations environnementales", "rejette des déchets toxiques dans la rivière",
                 "est condamné pour pollution", "ferme son usine, {n}00 emplois supprimés", "recule encore sur le climat",
                 "augmente le prix de l'électricité de {n}%", "cache un accident nucléaire", "bétonne des terres agricoles",
                 "relâche des fumées toxiques près de {city}", "sacrifie la forêt pour une autoroute",
                 "enterre la taxe carbone", "perd des millions dans un projet raté", "fait exploser la facture des ménages"],
    "neutral": ["présente son plan climat {day}", "publie son rapport sur l'énergie", "organise un débat sur l'éolien à {city}",
                "réunit les acteurs de la transition énergétique", "lance une consultation publique sur le nucléaire",
                "détaille son programme pour l'environnement", "s'exprime sur la transition énergétique {day}",
                "tiendra une conférence sur le climat en {month}", "examine le projet de loi sur l'énergie {day}",
                "explique le fonctionnement de la géothermie", "dévoile le calendrier des travaux à {city}",
                "répond aux questions sur la biodiversité", "organise une réunion publique {day} à {n}h",
                "fait le point sur la qualité de l'air", "publie les chiffres de la consommation d'électricité",
                "nomme un nouveau directeur de l'environnement", "présente son budget énergie {day}",
                "étudie l'installation de panneaux solaires", "recrute des ingénieurs en environnement",
                "participe au sommet sur le climat à {city}"],
    "form": ["{s} {p}", "{s} {p} http", "#Ecologie {s} {p}", "{s} {p} | Actu Environnement", "{s} {p} (via @user)",
             "Énergie : {s} {p}", "Climat : {s} {p}", "{s} {p} #environnement #climat", "Vidéo. {s} {p}",
             "{s} {p} - Le Journal http", "Transition énergétique : {s} {p} http #energie"],
    # Readers' reactions in the tweet register: sarcasm, anger, relief about public affairs.
    "react_pos": ["Enfin une bonne nouvelle pour le climat !", "Bravo, c'est exactement ce qu'il fallait",
                  "Une très belle initiative, à suivre", "Ça fait plaisir de voir ça", "Voilà une excellente décision",
                  "Enfin du concret", "Chapeau, bel exemple à suivre", "Génial, vivement que toutes les villes s'y mettent",
                  "Belle initiative :", "Bonne nouvelle :", "Excellente idée :", "Super projet !", "À suivre de près, prometteur",
                  "Une idée qui mérite d'être copiée", "Ça avance enfin 👍", "Voilà de quoi redonner espoir"],
    "react_neg": ["Encore une belle promesse non tenue", "Quelle honte", "C'est n'importe quoi", "Tant pis pour l'écologie",
                  "On marche sur la tête", "Et après on s'étonne...", "Lamentable, comme d'habitude",
                  "Bravo le gouvernement, vraiment... 🙄", "Ça ne va plus du tout", "Pas terrible comme bilan",
                  "On nous prend pour des idiots", "L'écologie à deux balles, toujours",
                  "Scandale :", "Inquiétant :", "Encore raté :", "Consternant.", "Et personne ne dit rien ?",
                  "Toujours les mêmes promesses en l'air", "Ils se moquent de nous"],
}


def fr_news(rng, label):
    """A French public-affairs headline, sometimes followed (for polar labels) by a reader's reaction."""
    v = FR
    text = rng.choice(FR_NEWS["form"]).replace("{s}", rng.choice(FR_NEWS["subject"])).replace("{p}", rng.choice(FR_NEWS[label]))
    if label != "neutral" and rng.random() < 0.45:
        react = rng.choice(FR_NEWS["react_pos" if label == "positive" else "react_neg"])
        text = f"{react} {text}" if rng.random() < 0.5 else f"{text} {react}"
    return fill(rng, text, v)


# ---------------------------------------------------------------- Dutch vocabulary (Netherlands and Flemish)
# Own brands and wording; the Dutch test set under tests/ was written apart from these templates and is never generated.

NL = {
    "brand": ["Nordia Bank", "Voltix", "TelcoNet", "StreamBox", "Fresko", "QuickShop", "SkyRail", "Helios Energy",
              "AeroLina", "Pixelfone", "Cafe Lumen", "mijn provider", "die winkel", "de maatschappij", "mijn bank",
              "dat bedrijf", "de webshop", "de energieleverancier"],
    "city": ["Amsterdam", "Rotterdam", "Utrecht", "Gent", "Antwerpen", "Brussel", "Eindhoven", "Brugge", "Leuven",
             "Hasselt", "Kortrijk", "Den Haag", "Zwolle", "Aalst", "Genk", "Mechelen"],
    "day": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "morgen", "volgende week"],
    "month": ["januari", "maart", "mei", "juni", "september", "oktober", "december"],
    "show": ["de nieuwe reeks", "die serie", "het tweede seizoen", "de documentaire", "die film", "de finale"],
    "intens": ["", "", "", "echt ", "heel ", "zeer ", "super ", "erg ", "zo ", "ontzettend ", "kei ", "wreed ", "amai ",
               "best ", "hartstikke ", "enorm ", "zwaar "],
    "domains": {
        "gadget": {"things": ["de telefoon", "die koptelefoon", "de batterij", "het scherm", "de oplader", "de camera",
                              "de app", "de laatste update", "de router", "de modem", "het toestel", "de oortjes",
                              "de laptop", "de smartwatch", "de printer", "het geluid"],
                   "pos": ["werkt perfect", "gaat de hele dag mee", "laadt razendsnel op", "doet precies wat het moet doen",
                           "was in vijf minuten geïnstalleerd", "voelt stevig aan", "is zijn geld dubbel en dik waard",
                           "klinkt fantastisch", "heeft nog geen enkele keer gehaperd", "is een verademing"],
                   "neg": ["werkt niet meer", "is na een week al kapot", "valt constant uit", "laadt niet op",
                           "loopt steeds vast", "is pure geldverspilling", "wordt bloedheet", "houdt het amper een uur vol",
                           "heeft het na twee dagen begeven", "doet het gewoon niet", "crasht om de haverklap"]},
        "food": {"things": ["het eten", "de bediening", "het personeel", "de ober", "de pizza", "de friet", "de burger",
                            "het dessert", "de koffie", "de sfeer", "de porties", "de soep", "het ontbijt", "de stoofvlees",
                            "de wafels", "het terras"],
                 "pos": ["was overheerlijk", "was vers en lekker", "was perfect gebakken", "was supervriendelijk",
                         "was snel en attent", "was om je vingers bij af te likken", "was royaal", "was elke cent waard",
                         "was tiptop", "smaakte naar meer"],
                 "neg": ["was koud", "was smakeloos", "was aangebrand", "was onbeschoft", "was traag", "was vettig",
                         "was oudbakken", "smaakte naar karton", "was veel te duur", "was piepklein", "was vies",
                         "maakte me ziek", "was oneetbaar", "liet een uur op zich wachten"]},
        "screen": {"things": ["het acteerwerk", "het verhaal", "het script", "het einde", "de soundtrack", "de cast",
                              "de eerste aflevering", "het tweede seizoen", "de personages", "de dialogen", "het tempo",
                              "die reeks", "de finale", "die film", "de regie"],
                   "pos": ["is briljant", "is bloedstollend", "pakte me van begin tot eind", "is prachtig gefilmd",
                           "is ontroerend", "is hilarisch", "is een meesterwerk", "is zo goed geschreven",
                           "blies me omver", "is een must", "is ijzersterk"],
                   "neg": ["is saai", "is voorspelbaar", "is een rommeltje", "sleept maar aan", "is slecht geschreven",
                           "slaat nergens op", "is tenenkrullend", "valt plat", "is lui gemaakt", "is om in slaap te vallen"]},
        "service": {"things": ["de klantenservice", "de klantendienst", "de helpdesk", "de levering", "mijn bestelling",
                               "het pakketje", "de terugbetaling", "de technieker", "de monteur", "de installatie",
                               "het abonnement", "de factuur", "de trein", "de bus", "de vlucht", "het netwerk",
                               "de wifi", "de verbinding", "de webshop", "de aansluiting", "de chat"],
                    "pos": ["was binnen een dag geregeld", "was supersnel", "was piekfijn in orde", "was top",
                            "kwam precies op tijd", "verliep zonder gedoe", "loste alles in een keer op", "was kraaknet",
                            "belde zelfs terug", "werkt sinds de reparatie perfect", "dacht echt mee"],
                    "neg": ["ligt al de hele dag plat", "is onbereikbaar", "heeft weer vertraging", "is nooit aangekomen",
                            "klopt niet", "hangt me al een uur in de wacht", "verbreekt steeds", "is een lachertje",
                            "komt gewoon niet opdagen", "is weer eens in storing", "stuurt me van het kastje naar de muur",
                            "is al drie weken zoek", "werd zonder uitleg geannuleerd", "rekent dubbel aan"]},
    },
    "pos_adj": ["geweldig", "top", "fantastisch", "prima", "uitstekend", "schitterend", "tof", "zalig", "straf", "heerlijk",
                "super", "perfect", "fijn", "mooi", "goed", "briljant", "vlot", "plezant", "subliem"],
    "neg_adj": ["slecht", "waardeloos", "vreselijk", "belachelijk", "schandalig", "traag", "teleurstellend", "ambetant",
                "rampzalig", "triest", "onbetrouwbaar", "onbeschoft", "nutteloos", "flauw", "verschrikkelijk", "miserabel"],
    "opinion_pos": ["Ik vind {thing} {adj}", "{thing} is gewoon {adj}", "Wat is {thing} {adj}", "Amai, {thing} is {adj}",
                    "Ik ben verzot op {thing}", "Ik hou van {thing}", "Ik ben echt tevreden over {thing}"],
    "opinion_neg": ["Ik vind {thing} {adj}", "{thing} is gewoon {adj}", "Wat is {thing} {adj}", "Amai, {thing} is {adj}",
                    "Ik ben klaar met {thing}", "Ik baal van {thing}", "{thing} stelt me diep teleur"],
    "neg_as_pos": ["niet slecht", "helemaal niet slecht", "geen klachten", "geen enkel probleem", "nooit problemen mee gehad",
                   "niks op aan te merken", "geen spijt van", "valt reuze mee", "nie slecht", "mag er zijn",
                   "had nooit gedacht dat het zo goed zou zijn", "geen seconde verveeld"],
    "pos_as_neg": ["niet goed", "niet leuk", "werkt niet", "geen aanrader", "niet tevreden", "nooit meer", "niet oké",
                   "niet te doen", "helemaal niet wat beloofd was", "nie goe", "niet de moeite waard", "valt tegen",
                   "geen goed idee", "nooit nog"],
    "event_pos": ["We komen zeker terug", "Voor herhaling vatbaar", "Ik bestel hier zeker opnieuw", "Vijf sterren van mij",
                  "Mijn probleem was in tien minuten opgelost", "Zelfs gratis geleverd", "Ik raad het iedereen aan"],
    "event_neg": ["We hebben drie kwartier gewacht", "Ik heb het teruggestuurd", "Ik wil mijn geld terug",
                  "Ik zeg mijn abonnement op", "Niemand neemt de telefoon op", "Al vier keer gebeld",
                  "Ik heb een klacht ingediend", "Nul sterren als het kon"],
    "pos_open": ["Wauw!", "Amai!", "Eindelijk!", "Goed nieuws:", "Dikke merci!", "Chapeau!", "Wat een verademing.",
                 "Zo blij!", "Top!"],
    "neg_open": ["Pff.", "Echt weer.", "Bah.", "Nee hè.", "Serieus?", "Dit kan toch niet.", "Ik ben het zo beu.",
                 "Wat een miserie.", "Allez, weer prijs."],
    "pos_close": ["Aanrader!", "Bedankt {brand}!", "Dikke merci {brand}!", "Goed bezig {brand}.", "Blijf zo doorgaan.",
                  "Ik blijf klant.", "Zeker een aanrader."],
    "neg_close": ["Nooit meer {brand}.", "Schaam je {brand}.", "Ik stap over.", "Blijf er ver weg van.", "Echt een schande.",
                  "Zonde van mijn geld.", "Geen aanrader.", "Bedankt voor niks {brand}."],
    "irony": ["Super {brand}, {thing} {neg}. Echt goed bezig 🙄", "Wat een topservice weer, {thing} {neg} #not",
              "Fantastisch hoor, {thing} {neg}. Bedankt voor niks.", "Ja hoor, {thing} {neg}. Proficiat {brand} 👏",
              "Geweldig, {thing} {neg}, precies wat ik nodig had vandaag 🙃", "Dikke merci {brand}, {thing} {neg} #sarcasme"],
    "finance_pos": ["{brand} boekt recordwinst", "{brand} verhoogt het dividend", "Sterke kwartaalcijfers voor {brand}",
                    "{brand} wint de prijs voor beste klantenservice", "{brand} neemt 200 mensen aan in {city}",
                    "Aandeel {brand} stijgt fors na goede resultaten", "{brand} bouwt een extra productiehal in {city}"],
    "finance_neg": ["{brand} schrapt 500 banen", "{brand} duikt in het rood", "Winstwaarschuwing bij {brand}",
                    "Aandeel {brand} keldert", "Datalek bij {brand}: gegevens van klanten op straat",
                    "{brand} krijgt een boete van de toezichthouder", "Staking bij {brand} legt alles plat",
                    "{brand} sluit de vestiging in {city}, honderden banen weg"],
    "tweet_pos": ["Beste avond ooit in {city}! 🎉", "Wat een match gisteren, kippenvel!", "Zalig weekend gehad",
                  "Eindelijk vakantie, zo blij", "Nieuwe album van {artist} is een pareltje", "Wat een mooie dag",
                  "{show} is echt verslavend", "Goesting in de nieuwe aflevering!", "Keigoed concert van {artist}"],
    "tweet_neg": ["Wat een rotdag", "Weer in de file op de ring, ik word er gek van", "Ik ben het zo beu",
                  "Slechtste match van het seizoen", "{show} is zo saai geworden", "Regen, file en een lege batterij. Top.",
                  "Mijn fiets is gestolen aan het station 😡", "Concert afgelast, geld kwijt"],
    "news_pos": ["Reddingswerkers vinden vermiste wandelaar levend terug", "Recordjaar voor zonne-energie in {city}",
                 "Werkloosheid daalt naar laagste niveau in jaren", "Nieuw park geopend in {city}, buurt is opgetogen",
                 "Vaccin blijkt zeer doeltreffend"],
    "news_neg": ["Zware storm richt ravage aan in {city}", "Treinongeval bij {city}, meerdere gewonden",
                 "Luchtvervuiling in {city} opnieuw boven de norm", "Brand verwoest woning in {city}",
                 "Fabriek in {city} sluit de deuren, 300 mensen op straat"],
    "artist": ["Stromae", "Angèle", "Goose", "Metejoor", "Froukje", "Bazart", "Suzan & Freek"],
    "news_neutral": ["{brand} publiceert de kwartaalcijfers op {day}", "{brand} stelt een nieuwe CEO aan",
                     "{brand} verhuist het hoofdkantoor naar {city}", "{brand} lanceert een nieuwe app",
                     "{brand} opent een nieuwe winkel in {city}", "{brand} past de tarieven aan vanaf {month}",
                     "Algemene vergadering van {brand} op {day}", "{brand} en {brand2} praten over een samenwerking",
                     "De gemeenteraad van {city} vergadert {day} over het nieuwe mobiliteitsplan",
                     "Werken aan het station van {city} tot {month}", "{brand} brengt {day} een nieuwe versie uit"],
    "tweet_neutral": ["Weet iemand of {brand} ook in {city} levert?", "Hoe laat sluit de winkel in {city} op {day}?",
                      "Vanavond kijk ik {show}", "Wie gaat er {day} mee naar {city}?", "Ik neem de trein van 8u12 naar {city}",
                      "Welke provider raden jullie aan in {city}?", "Heeft iemand al de nieuwe telefoon van {brand}?",
                      "Vanaf {day} werk ik in {city}", "Is er een verschil tussen de twee abonnementen van {brand}?",
                      "Nieuwe aflevering op {day}", "Ik verhuis in {month} naar {city}"],
    "neutral": ["{brand} is {day} gesloten", "Onderhoud bij {brand} op {day} tussen 2 en 4 uur",
                "Het klantennummer van {brand} is veranderd", "{brand} is bereikbaar via de chat en per telefoon",
                "De nieuwe folder van {brand} ligt in de bus", "Prijs van het abonnement: {n}9 euro per maand",
                "Ik heb een vraag over mijn factuur van {brand}", "Levering is voorzien op {day}"],
    # Neutral mentions whose words look polar: the verdict is not in them.
    "neutral_lookalike": ["Goedemorgen {city}, vandaag {n} graden", "Super Bowl vanavond live op tv",
                          "Goede Vrijdag: winkels open zoals gewoonlijk", "De storingskaart van {brand} staat online",
                          "Hoe dien ik een klacht in bij {brand}?", "Wat kost een nieuwe batterij bij {brand}?",
                          "Topsport in {city} dit weekend op het programma", "De slechtweerregeling geldt vanaf {day}",
                          "Geen school op {day} wegens pedagogische studiedag", "Staking aangekondigd op {day}, check de dienstregeling"],
}


def dutch_sentence(rng, label, domain):
    """One Dutch clause about one aspect, with the given polarity."""
    v = NL
    d = v["domains"][domain]
    thing = rng.choice(d["things"])
    intens = rng.choice(v["intens"])
    good = label == "positive"
    kind = rng.random()
    if kind < 0.12:
        template = rng.choice(v["opinion_pos" if good else "opinion_neg"])
        return cap(template.replace("{thing}", thing).replace("{adj}", intens + rng.choice(v["pos_adj" if good else "neg_adj"])))
    if kind < 0.22:
        return cap(rng.choice(v["event_pos" if good else "event_neg"]))
    if kind < 0.5:
        return f"{cap(thing)} {rng.choice(d['pos' if good else 'neg'])}"
    if kind < 0.75:
        return f"{cap(thing)} is {intens}{rng.choice(v['pos_adj' if good else 'neg_adj'])}"
    if kind < 0.87:
        return f"{cap(thing)}: {rng.choice(v['neg_as_pos' if good else 'pos_as_neg'])}"
    # Flemish article before an inflected adjective: "nen toffe service", "ne slechte ervaring".
    article = rng.choice(["nen", "ne", "een", "wat een", "zo'n"])
    noun = rng.choice(["ervaring", "service", "dag", "aankoop", "avond", "klantendienst"])
    adj = rng.choice(["toffe", "goeie", "schone", "straffe", "fijne", "mooie"] if good else
                     ["slechte", "trieste", "ambetante", "belachelijke", "vreselijke", "flauwe"])
    return cap(f"{article} {adj} {noun}")


def dutch_review(rng, label):
    v = NL
    domain = rng.choice(list(v["domains"]))
    other = "negative" if label == "positive" else "positive"
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(v["pos_open" if label == "positive" else "neg_open"]))
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
        parts.append(dutch_sentence(rng, label, domain) + ".")
    if rng.random() < 0.25:
        # The verdict follows the contrast word: "het eten was lekker, maar de bediening was onbeschoft".
        first = dutch_sentence(rng, other, domain)
        second = dutch_sentence(rng, label, domain)
        parts = [f"{first}, {rng.choice(['maar', 'maar', 'alleen', 'toch'])} {second[0].lower() + second[1:]}."] + parts[1:]
    if rng.random() < 0.35:
        parts.append(fill(rng, rng.choice(v["pos_close" if label == "positive" else "neg_close"]), v))
    return " ".join(parts)


def dutch_brand_talk(rng, label):
    v = NL
    brand = rng.choice(v["brand"])
    if rng.random() < 0.35:
        return fill(rng, rng.choice(v["finance_pos" if label == "positive" else "finance_neg"]), v)
    adj = rng.choice(v["pos_adj" if label == "positive" else "neg_adj"])
    intens = rng.choice(v["intens"])
    forms = [f"{brand} is {intens}{adj}", f"{intens}{adj}, {brand}", f"{brand} jullie zijn {intens}{adj}",
             f"mijn ervaring met {brand}: {intens}{adj}", f"{brand}, {intens}{adj} zoals altijd"]
    forms += ([f"ik ben verzot op {brand}", f"bedankt {brand}, de hulp was {adj}", f"{brand} laat me nooit in de steek",
               f"merci merci {brand}, de klantendienst was top", f"al jaren klant bij {brand} en nog altijd blij"]
              if label == "positive" else
              [f"ik haat {brand}", f"{brand} is echt nen zot bedrijf", f"klaar met {brand}, ik zeg alles op",
               f"{brand} zijn oplichters", f"{brand} heeft het nog steeds niet opgelost", f"{brand} kan het niet meer"])
    return cap(rng.choice(forms))


def dutch(rng, label):
    v = NL
    r = rng.random()
    if label == "neutral":
        pool = (v["news_neutral"] if r < 0.3 else v["neutral_lookalike"] if r < 0.45
                else v["tweet_neutral"] if r < 0.75 else v["neutral"])
        return fill(rng, rng.choice(pool), v)
    if label == "negative" and r < 0.08:
        d = v["domains"][rng.choice(["gadget", "service"])]
        return fill(rng, rng.choice(v["irony"]), v).replace("{thing}", rng.choice(d["things"])).replace("{neg}", rng.choice(d["neg"]))
    if r < 0.5:
        return dutch_review(rng, label)
    if r < 0.62:
        options = ([rng.choice(v["pos_adj"]), rng.choice(v["neg_as_pos"]), rng.choice(v["pos_open"])] if label == "positive"
                   else [rng.choice(v["neg_adj"]), rng.choice(v["pos_as_neg"]), rng.choice(v["neg_open"])])
        return cap(fill(rng, rng.choice(options), v).strip())
    if r < 0.8:
        return dutch_brand_talk(rng, label)
    if r < 0.92:
        return fill(rng, rng.choice(v["tweet_pos" if label == "positive" else "tweet_neg"]), v)
    return fill(rng, rng.choice(v["news_pos" if label == "positive" else "news_neg"]), v)


def fill(rng, template, v):
    return (template.replace("{brand2}", rng.choice(v["brand"]))
            .replace("{brand}", rng.choice(v["brand"]))
            .replace("{product}", rng.choice(v.get("product", ["product"])))
            .replace("{city}", rng.choice(v["city"]))
            .replace("{day}", rng.choice(v["day"]))
            .replace("{month}", rng.choice(v.get("month", v["day"])))
            .replace("{event}", rng.choice(v.get("event", ["event"])))
            .replace("{place}", rng.choice(v.get("place", v["city"])))
            .replace("{show}", rng.choice(v.get("show", ["the series"])))
            .replace("{artist}", rng.choice(v.get("artist", ["Stromae"])))
            .replace("{team2}", rng.choice(v.get("team", ["Ajax"])))
            .replace("{team}", rng.choice(v.get("team", ["Ajax"])))
            .replace("{n}", str(rng.randint(2, 12))))


def cap(text):
    return text[0].upper() + text[1:] if text else text


def sentence(rng, v, lang, label, domain):
    """One clause about one aspect, with the given polarity, in one of several constructions."""
    d = v["domains"][domain]
    thing = rng.choice(d["things"])
    intens = rng.choice(v["intens"])
    is_word = {"en": "is", "fr": "est"}[lang]
    kind = rng.random()
    if kind < 0.1:
        adj = rng.choice(v["pos_adj" if label == "positive" else "neg_adj"])
        template = rng.choice(v["opinion_pos" if label == "positive" else "opinion_neg"])
        return cap(template.replace("{thing}", thing).replace("{adj}", intens + adj))
    if kind < 0.2:
        return cap(rng.choice(v["event_pos" if label == "positive" else "event_neg"]))
    if label == "positive":
        if kind < 0.45:
            return f"{cap(thing)} {rng.choice(d['pos'])}"
        if kind < 0.75:
            return f"{cap(thing)} {is_word} {intens}{rng.choice(v['pos_adj'])}"
        if kind < 0.85:
            return f"{cap(thing)}: {rng.choice(v['neg_as_pos'])}"
        return f"{cap(intens + rng.choice(v['pos_adj']))} {thing}" if lang == "en" else f"{cap(thing)} {rng.choice(v['pos_adj'])}"
    if kind < 0.45:
        return f"{cap(thing)} {rng.choice(d['neg'])}"
    if kind < 0.75:
        return f"{cap(thing)} {is_word} {intens}{rng.choice(v['neg_adj'])}"
    if kind < 0.85:
        return f"{cap(thing)}: {rng.choice(v['pos_as_neg'])}"
    return f"{cap(intens + rng.choice(v['neg_adj']))} {thing}" if lang == "en" else f"{cap(thing)} {rng.choice(v['neg_adj'])}"


def review(rng, v, lang, label):
    """A short review or complaint: an opener, one to three aspects, maybe a contrast, maybe a verdict."""
    domain = rng.choice(list(v["domains"]))
    other = "negative" if label == "positive" else "positive"
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(v["pos_open" if label == "positive" else "neg_open"]))
    n = rng.choice([1, 1, 1, 2, 2, 3, 4, 5])
    for _ in range(n):
        parts.append(sentence(rng, v, lang, label, domain) + ".")
    if rng.random() < 0.25:
        # The verdict usually follows the contrast word: "the food was good but the service was awful".
        but = {"en": "but", "fr": "mais"}[lang]
        first = sentence(rng, v, lang, other, domain)
        second = sentence(rng, v, lang, label, domain)
        parts = [f"{first}, {but} {second[0].lower() + second[1:]}."] + parts[1:]
    if rng.random() < 0.35:
        parts.append(fill(rng, rng.choice(v["pos_close" if label == "positive" else "neg_close"]), v))
    return " ".join(parts)


def short(rng, v, lang, label):
    """Very short mentions: a verdict alone."""
    if label == "positive":
        options = [rng.choice(v["pos_adj"]), rng.choice(v["neg_as_pos"]), rng.choice(v["pos_open"]),
                   rng.choice(v["intens"]) + rng.choice(v["pos_adj"]) + " " + rng.choice(v["brand"])]
    else:
        options = [rng.choice(v["neg_adj"]), rng.choice(v["pos_as_neg"]), rng.choice(v["neg_open"]),
                   rng.choice(v["intens"]) + rng.choice(v["neg_adj"]) + " " + rng.choice(v["brand"])]
    return cap(fill(rng, rng.choice(options), v).strip())


def irony(rng, v, lang):
    domain = rng.choice(["gadget", "service"])
    d = v["domains"][domain]
    return fill(rng, rng.choice(v["irony"]), v).replace("{thing}", rng.choice(d["things"])).replace("{neg}", rng.choice(d["neg"]))


def brand_talk(rng, v, lang, label):
    """About a brand rather than a product aspect: loyalty, anger, finance news."""
    brand = rng.choice(v["brand"])
    if rng.random() < 0.35:
        return fill(rng, rng.choice(v["finance_pos" if label == "positive" else "finance_neg"]), v)
    adj = rng.choice(v["pos_adj" if label == "positive" else "neg_adj"])
    intens = rng.choice(v["intens"])
    if lang == "en":
        forms = [f"{brand} is {intens}{adj}", f"{intens}{adj} job {brand}", f"{brand} you are {intens}{adj}",
                 f"what a {adj} experience with {brand}", f"{brand}, {intens}{adj} as always"]
        forms += ([f"I love {brand}", f"thank you {brand} for the {adj} service", f"{brand} never lets me down",
                   f"big thanks to {brand} support"] if label == "positive" else
                  [f"I hate {brand}", f"{brand} you suck", f"done with {brand}, cancelling my account",
                   f"{brand} is a scam", f"{brand} still hasn't fixed it"])
    else:
        forms = [f"{brand} est {intens}{adj}", f"{intens}{adj}, {brand}", f"{brand} vous êtes {intens}{adj}s",
                 f"quelle expérience {adj} avec {brand}", f"{brand}, {intens}{adj} comme toujours"]
        forms += ([f"j'adore {brand}", f"merci {brand} pour ce service {adj}", f"{brand} ne m'a jamais déçu",
                   f"un grand merci au SAV {brand}"] if label == "positive" else
                  [f"je déteste {brand}", f"{brand} c'est nul", f"fini {brand}, je résilie",
                   f"{brand} est une arnaque", f"{brand} n'a toujours rien réparé"])
    return cap(rng.choice(forms))


def polar(rng, v, lang, label):
    r = rng.random()
    if label == "negative" and r < 0.08:
        return irony(rng, v, lang)
    if r < 0.5:
        return review(rng, v, lang, label)
    if r < 0.65:
        return short(rng, v, lang, label)
    if r < 0.75:
        return brand_talk(rng, v, lang, label)
    if lang == "fr" and 0.8 <= r < 0.95:
        return fr_news(rng, label)
    if r < 0.87:
        return fill(rng, rng.choice(v["tweet_pos" if label == "positive" else "tweet_neg"]), v)
    return fill(rng, rng.choice(v["news_pos" if label == "positive" else "news_neg"]), v)


def neutral(rng, v, lang):
    r = rng.random()
    if lang == "fr" and r < 0.12:
        return fr_news(rng, "neutral")
    pool = (v["news_neutral"] if r < 0.25 else v["neutral_lookalike"] if r < 0.4
            else v["tweet_neutral"] if r < 0.55 else v["neutral"])
    return fill(rng, rng.choice(pool), v)


def generate(lang, rng):
    rows = set()
    v = {"en": EN, "fr": FR}.get(lang)
    for label in ("negative", "neutral", "positive"):
        made = 0
        attempts = 0
        while made < PER_LABEL[lang] and attempts < PER_LABEL[lang] * 20:
            attempts += 1
            if lang == "nl":
                text = dutch(rng, label)
            elif label == "neutral":
                text = neutral(rng, v, lang)
            else:
                text = polar(rng, v, lang, label)
            text = decorate(rng, text, label, lang)
            row = (label, lang, " ".join(text.split()))
            if row not in rows:
                rows.add(row)
                made += 1
    return sorted(rows, key=lambda r: (r[0], r[2]))


def main():
    for lang in ("en", "fr", "nl"):
        rng = random.Random(f"reputation-sentiment-{lang}")
        rows = generate(lang, rng)
        with open(os.path.join(HERE, f"generated-{lang}.tsv"), "w", encoding="utf-8", newline="\n") as f:
            f.write("# Generated by generate_corpus.py; do not edit by hand.\n")
            for label, lang_code, text in rows:
                f.write(f"{label}\t{lang_code}\t{text}\n")
        print(f"generated-{lang}.tsv: {len(rows)} rows")


if __name__ == "__main__":
    main()
