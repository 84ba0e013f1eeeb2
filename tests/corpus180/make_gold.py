#!/usr/bin/env python3
"""Write gold.json for tests/corpus180 (the hand annotation of articles/).

Edit the annotation here, then run: python3 tests/corpus180/make_gold.py
Same format and rules as tests/corpus15/gold.json and ../shared/gold/seeds.json.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, *,
         amount_max=None, required=True, per=None, term=None, alt=None, kind_alt=None, note=None):
    amount = None if amount is None else int(round(amount))
    amount_max = None if amount_max is None else int(round(amount_max))
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if alt:
        d["alt_amounts"] = [{"amount": int(round(a)), "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def none(id, parties, kind, date, status, evidence, **kw):
    """A deal mention without an amount."""
    return deal(id, parties, kind, None, None, None, date, status, evidence, **kw)


M = 1_000_000
B = 1_000_000_000

ARTICLES = {}


def article(name, published, note, language, deals, not_deals):
    ARTICLES[name] = {"published": published, "published_note": note, "language": language,
                      "deals": deals, "not_deals": not_deals}


# ---------------------------------------------------------------------------------------------
article(
    "001_ringhalle_kettlewerk_lippeufer.txt", "2024-03-14",
    "dateline without year 'Dorsten, 14. März (lr)', year from the copyright line '© 2024 Lippeufer Rundschau'; "
    "'Am Dienstag' -> 2024-03-12, 'am Montagabend' -> 2024-03-11",
    "de",
    [
        deal("ringhalle-kettlewerk-2024", ["Ringhalle Fitness", "Kettlewerk"], "supply", 38 * M, "EUR", "exact",
             "2024-03-12", "signed", "Das Volumen: 38 Millionen Euro.", term=[None, "2025"],
             note="parties and signing 'Am Dienstag' in the previous sentence (Liefervertrag Ringhalle Fitness / "
                  "Kettlewerk); deliveries until the end of 2025; restated in 003 (no amount), 016 (no amount) and "
                  "020; different from the yearly service contract of the same pair in 016"),
        deal("dorsten-ringhalle-land", ["Ringhalle Fitness", "Stadt Dorsten"], "acquisition", 4.1 * M, "EUR",
             "exact", "2024-03-11", "announced",
             "Der Kaufpreis liegt bei 4,1 Millionen Euro; die Beurkundung ist für April geplant.",
             kind_alt=["other"],
             note="council vote 'am Montagabend' to sell the former DIY-store site to Ringhalle (previous "
                  "sentences); notarial deed still to come, so announced"),
    ],
    ["rund 15.800 Euro", "112 Millionen Euro", "29,90 Euro im Monat", "5 Euro Aufschlag", "bis zu 250.000 Euro",
     "1,8 Millionen Euro", "219 Euro monatlich"],
)

article(
    "002_lumora_copperline_wearableswire_en.txt", "2024-04-09",
    "from the issue line 'Issue 44 — Tuesday, 9 April 2024'; 'last week' -> 2024-04 (the week of 1-5 April); "
    "'on Thursday' -> 2024-04-04",
    "en",
    [
        deal("lumora-copperline-lease", ["Lumora Sleep", "Copperline Compute"], "cloud_contract", 36 * M, "USD",
             "exact", "2024-04", "signed",
             "The company will pay the Denver-based GPU cloud $36 million a year for a dedicated cluster of roughly "
             "1,000 accelerators, which it uses to train the sleep-staging and \"recovery coach\" models behind its app.",
             per="year", term=["2024-06", "2027"],
             note="'The company' = Lumora Sleep, 'the Denver-based GPU cloud' = Copperline Compute (previous "
                  "sentence); three-year lease from June; signed 'last week'"),
        deal("calderbrook-lumora-seriesc", ["Calder Brook Partners", "Lumora Sleep"], "investment", 70 * M, "USD",
             "exact", "2024-04-04", "completed", "Lumora closed a $70 million Series C on Thursday.",
             note="lead investor in the next sentence; the $640 million valuation is not a deal"),
        none("garmin-lumora-talks", ["Garmin", "Lumora Sleep"], "acquisition", "2024-04", "rumored",
             "Separately, two people who have spoken to both sides say Garmin has made informal approaches about "
             "buying Lumora outright.", required=False,
             note="informal approaches reported by sources, no amount; optional"),
    ],
    ["$2.10 per GPU-hour", "$640 million", "$299", "$5.99 a month", "$92bn", "$1,200 a month", "$49"],
)

article(
    "003_kettlewerk_granitberg_hantelbank.txt", "2024-05-08",
    "from the issue line 'Ausgabe 19/2024 · Mittwoch, 8. Mai 2024'; 'am Montag' -> 2024-05-06; 'Ende April' -> 2024-04",
    "de",
    [
        deal("granitberg-kettlewerk-round", ["Granitberg Kapital", "Kettlewerk"], "investment", 27 * M, "EUR",
             "exact", "2024-05-06", "completed",
             "Insgesamt fließen 27 Millionen Euro, wie Kettlewerk am Montag mitteilte.",
             note="round led by Granitberg Kapital (previous sentence); the ~€140m valuation is not a deal"),
        none("ringhalle-kettlewerk-2024", ["Ringhalle Fitness", "Kettlewerk"], "supply", "2024-03", "signed",
             "Der Auftrag der Dorstener Kette Ringhalle aus dem März über 2.400 Stationen hatte die Werkbänke auf "
             "Monate hinaus belegt.", required=False,
             note="restatement of 001's order without an amount; optional"),
        deal("urbansportsclub-studiopass", ["Urban Sports Club", "Studiopass Austria"], "acquisition", 10 * M,
             "EUR", "approx", "2024-04", "completed",
             "Der Kaufpreis liegt nach Angaben aus Branchenkreisen bei knapp zehn Millionen Euro.",
             note="amount in words ('knapp zehn'); buyer and target in the previous sentence and the heading; "
                  "taken over 'Ende April'"),
    ],
    ["rund 140 Millionen Euro", "rund 5,8 Milliarden Euro", "48,60 Euro", "um 25 Euro", "189 Euro", "129 Euro",
     "85.000 Euro", "240 Euro"],
)

article(
    "004_pulsmeter_seriesa_kiezkapital_en.txt", "2024-07-03",
    "from the byline 'Posted 03.07.2024' (a Wednesday); 'last Friday' -> 2024-06-28; 'At the start of June' -> 2024-06",
    "en",
    [
        deal("northpace-pulsmeter-seriesa", ["Northpace Capital", "Pulsmeter Health"], "investment", 24 * M, "EUR",
             "exact", "2024-06-28", "completed", "Pulsmeter Health, the Berlin wellness app, has raised €24 million.",
             note="Series A; lead investor in the next sentence, closing 'last Friday'; different from the €61m "
                  "Series B of the same pair (017, 018)"),
        deal("pulsmeter-google-2024", ["Pulsmeter Health", "Google"], "cloud_contract", 15 * M, "EUR", "up_to",
             "2024-06", "signed",
             "At the start of June the start-up signed a contract with Google Cloud: over three years, Pulsmeter "
             "can draw GPU capacity worth up to €15 million.", term=["2024-06", "2027"],
             note="Google Cloud = Google; different from the €28m four-year contract of 2026 (018)"),
    ],
    ["€7.99 a month", "up to €150 a year", "€3.50", "about €110 million", "€4 million", "€75,000"],
)

article(
    "005_peloton_aws_flywheeldesk_en.html", "2024-08-22",
    "from <meta property='article:published_time'> and <time datetime='2024-08-22T09:40:00-04:00'> (visible "
    "'Aug 22, 2024', a Thursday); 'on Tuesday' -> 2024-08-20",
    "en",
    [
        deal("peloton-aws", ["Peloton", "Amazon"], "cloud_contract", 210 * M, "USD", "exact", "2024-08-20", "signed",
             "Peloton Interactive has committed $210 million over five years to cloud services from Amazon Web "
             "Services, the connected-fitness company said on Tuesday, as it moves the workout recommendations, "
             "form tracking and class search in its app onto models hosted by the Amazon unit.",
             note="Amazon Web Services = Amazon; the first-year spend 'less than $25 million' is part of this deal, "
                  "not a deal of its own"),
        deal("peloton-precor", ["Peloton", "Precor"], "acquisition", 420 * M, "USD", "exact", "2021", "completed",
             "Peloton paid $420 million for Precor, the commercial gym-equipment maker, in 2021, partly to get a "
             "factory in the United States.",
             note="background deal of 2021 with amount and year; required"),
    ],
    ["less than $25 million", "$644 million", "$160", "$4.62", "$1.7 billion", "$2,495", "$2,995",
     "$6 price target", "$3 a month", "$44 a month", "$1,000", "$39 a month"],
)

article(
    "006_dexcom_oura_quillhaven_en.txt", "2024-11-13",
    "from the stamp 'November 13, 2024 · 5:05 PM ET' and the dateline 'SAN DIEGO, Nov 13'; 'on Wednesday' -> "
    "2024-11-13; 'In October' -> 2024-10",
    "en",
    [
        deal("dexcom-oura-investment", ["Dexcom", "Oura"], "investment", 80 * M, "USD", "exact", "2024-11-13",
             "signed",
             "Dexcom, the maker of continuous glucose monitors, is investing $80 million in Oura, the Finnish "
             "company behind the smart ring, the two said on Wednesday, extending the ring maker's Series D round.",
             alt=[(74 * M, "EUR")],
             note="007 restates it as 'rund 74 Millionen Euro' with the month only; different from the planned "
                  "joint membership of the same pair"),
        none("dexcom-oura-bundle", ["Dexcom", "Oura"], "partnership", "2024-11", "planned",
             "Oura plans to use part of the money to link Dexcom's glucose readings with its own sleep and "
             "activity data inside its app, and the companies want to sell a joint membership next year.",
             required=False,
             note="commercial tie-up without financial terms ('They gave no financial terms'); optional"),
        deal("oura-tessel", ["Oura", "Tessel Metrics"], "acquisition", 30 * M, "USD", "range", "2024-10",
             "completed",
             "The price was not disclosed; two people briefed on the deal put it between $30 million and $40 "
             "million.", amount_max=40 * M,
             note="buyer and target in the previous sentence ('In October it completed the purchase of Tessel "
                  "Metrics'); value only from sources"),
    ],
    ["$5.2 billion", "$71.35", "$299", "$5.99 a month", "$500 million", "$994 million", "$9 billion a year",
     "$399"],
)

article(
    "007_oura_whoop_herzfrequenz.txt", "2024-12-05",
    "from the issue line 'Heft 12/2024 · erschienen am 5. Dezember 2024'; 'Im November' -> 2024-11",
    "de",
    [
        deal("dexcom-oura-investment", ["Dexcom", "Oura"], "investment", 74 * M, "EUR", "approx", "2024-11", "signed",
             "Im November beteiligte sich der US-Konzern Dexcom mit rund 74 Millionen Euro an dem finnischen "
             "Ring-Hersteller Oura.",
             note="same investment as 006 ($80m), here in EUR and with the month only"),
        deal("whoop-copperline", ["Whoop", "Copperline Compute"], "cloud_contract", 150 * M, "USD", "up_to",
             "2024-12", "negotiating", "Es geht um bis zu 150 Millionen Dollar über vier Jahre.",
             note="parties in the previous sentence ('Das Bostoner Unternehmen verhandelt ... mit dem "
                  "GPU-Cloud-Anbieter Copperline Compute'); talks reported by the magazine, month of the issue"),
    ],
    ["mehr als fünf Milliarden Dollar", "ab 349 Euro", "5,99 Euro im Monat", "ab 199 Euro im Jahr",
     "1,9 Milliarden Euro", "600 Euro", "390 Euro", "9,80 Euro", "98 Euro"],
)

article(
    "008_basicfit_cleverfit_renditestudio.txt", "2025-02-20",
    "from the stock-portal stamp '20.02.2025 | 07:41 Uhr'",
    "de",
    [
        deal("basicfit-cleverfit", ["Basic-Fit", "Clever Fit"], "acquisition", 180 * M, "EUR", "range", "2025",
             "negotiating",
             "Diskutiert werde ein Preis von 180 bis 220 Millionen Euro einschließlich Schulden, sagten zwei an den "
             "Verhandlungen beteiligte Personen am Mittwochabend.", amount_max=220 * M,
             alt=[(195 * M, "EUR"), (212 * M, "USD")],
             note="talks reported by sources (parties in the previous sentence); the signing on 2025-04-14 at "
                  "~€195m (009) and the USD figure of 012 are alt_amounts; the year only keeps the shared id's "
                  "dates consistent"),
        deal("basicfit-capex-2025", ["Basic-Fit"], "capex_plan", 300 * M, "EUR", "approx", "2024", "announced",
             "Für das Management käme der Zukauf zu einem günstigen Zeitpunkt: Basic-Fits Vorstand hatte im Herbst "
             "angekündigt, 2025 rund 300 Millionen Euro in neue Clubs zu stecken, der größte Teil davon in "
             "Frankreich und Spanien.", required=False, term=["2025", "2025"],
             note="group-wide capex plan announced in the autumn of 2024; optional"),
    ],
    ["Kursziel 29 Euro", "22,14 EUR", "23,05 EUR", "17,02 – 26,48 EUR", "ca. 1,46 Mrd. EUR", "1,21 Mrd. EUR",
     "470 Mio. EUR", "27,50 EUR", "gut einer Milliarde Euro", "0 Euro Ordergebühr"],
)

article(
    "009_basicfit_cleverfit_rheinschwelle.txt", "2025-04-16",
    "from the line 'Mittwoch, 16. April 2025 · Unternehmen · Seite 11'; 'am Montag' -> 2025-04-14; 'im März' -> 2025-03",
    "de",
    [
        deal("basicfit-cleverfit", ["Basic-Fit", "Clever Fit"], "acquisition", 195 * M, "EUR", "approx",
             "2025-04-14", "signed",
             "Die Studiokette Basic-Fit übernimmt die Franchise-Gruppe Clever Fit für rund 195 Millionen Euro "
             "einschließlich Schulden.",
             note="signed 'am Montag' (next sentence); also in the compound '195-Millionen-Euro-Übernahme' of the "
                  "standfirst; cartel office approval pending"),
        deal("scheldebank-basicfit-loan", ["Scheldebank", "Basic-Fit"], "other", 150 * M, "EUR", "exact", "2025-04",
             "signed",
             "Ein Bankenkonsortium unter Führung der Antwerpener Scheldebank stellt Basic-Fit 150 Millionen Euro mit "
             "fünf Jahren Laufzeit zur Verfügung, den Rest zahlt der Konzern aus der Kasse.",
             kind_alt=["investment"], term=["2025", "2030"],
             note="acquisition loan; different deal from the takeover itself"),
        none("rsg-cleverfit-bid", ["RSG Group", "Clever Fit"], "acquisition", "2025-03", "cancelled",
             "Wie aus Finanzkreisen zu hören ist, hatte sich auch die Berliner RSG Group, zu der McFit und Gold's "
             "Gym gehören, das Franchise-Netz angesehen, sich aber im März aus dem Verfahren zurückgezogen.",
             required=False, note="withdrawn interest, no amount, from financial circles; optional"),
    ],
    ["rund 1,2 Milliarden Euro", "rund 340 Millionen Euro", "1.950 Euro pro Studio",
     "zwischen 19,90 und 29,90 Euro im Monat", "ab 24,99 Euro", "24,86 Euro", "249 Euro", "2,90 Euro"],
)

article(
    "010_strava_strideloop_wandlecourier_en.txt", "2025-06-12",
    "from the line 'Thursday 12 June 2025'; 'on Tuesday' -> 2025-06-10; 'on Wednesday' -> 2025-06-11; "
    "'in March' -> 2025-03",
    "en",
    [
        deal("strava-strideloop", ["Strava", "Strideloop"], "acquisition", 95 * M, "GBP", "approx", "2025-06-10",
             "signed",
             "Strava, the San Francisco-based fitness-tracking app, has agreed to buy Strideloop, a London start-up "
             "whose AI coach writes personalised running plans, for about £95 million, paid partly in cash and "
             "partly in shares.", alt=[(112 * M, "EUR")],
             note="'Both sides signed on Tuesday' (next sentence); 014 restates it as ~€112m (alt_amounts), 018 "
                  "without an amount"),
        deal("northpace-strideloop-round", ["Northpace Capital", "Strideloop"], "investment", 18 * M, "GBP", "exact",
             "2025-03", "completed",
             "The London venture firm led an £18 million round in Strideloop in March, which valued the business at "
             "about £60 million at the time.",
             note="'The London venture firm' = Northpace Capital (previous sentence); the £60m valuation is not a deal"),
        deal("gymgroup-ironbridge", ["The Gym Group", "Ironbridge Leisure"], "acquisition", 23 * M, "GBP", "exact",
             "2025-06-11", "completed",
             "Elsewhere in the sector, The Gym Group said on Wednesday it had bought 14 sites from Ironbridge "
             "Leisure, a struggling operator in the Midlands, for £23 million."),
    ],
    ["£9.99 a month", "£79.99 a year", "£14 million", "about £60 million", "$2.2 billion", "£59.99 a year",
     "£19.99 a month", "141p", "8,864.35"],
)

article(
    "011_rsg_fitwerk_innbruecke.html", "2025-09-23",
    "from <meta name='date' content='2025-09-23'> and the visible line 'Innsbruck · 23.09.2025, 09:15 Uhr'; "
    "'am Montag' -> 2025-09-22; 'im Frühjahr' -> 2025",
    "de",
    [
        deal("rsg-fitwerk", ["RSG Group", "Fitwerk Tirol"], "acquisition", 60 * M, "EUR", "approx", "2025-09-22",
             "signed", "Der Kaufpreis beträgt knapp 60 Millionen Euro.",
             note="90 % stake; buyer and target in the previous sentence, signing confirmed 'am Montag' in the next; "
                  "competition authority still to approve"),
        deal("fitwerk-kettlewerk-order", ["Fitwerk Tirol", "Kettlewerk"], "supply", 2.6 * M, "EUR", "exact", "2025",
             "signed",
             "Beim Münchner Hersteller Kettlewerk bestellte die Kette 180 vernetzte Kraftstationen für 2,6 Millionen "
             "Euro.",
             note="'die Kette' = Fitwerk; ordered 'im Frühjahr' -> year only"),
    ],
    ["21 Millionen Euro", "rund 880 Millionen Euro", "zwischen 29,90 und 44,90 Euro im Monat",
     "1,2 Millionen Euro", "ab 289 Euro", "ab 9,90 Euro im Monat"],
)

article(
    "012_gym_roundup_repcount_en.txt", "2025-09-26",
    "from the issue line 'Issue 88 · Friday 26 September 2025'; 'in April' -> 2025-04; 'on Wednesday' -> "
    "2025-09-24; 'last month' -> 2025-08",
    "en",
    [
        deal("basicfit-cleverfit", ["Basic-Fit", "Clever Fit"], "acquisition", 212 * M, "USD", "approx", "2025-04",
             "signed",
             "Basic-Fit's takeover of Clever Fit, the German franchise chain it agreed to buy in April for roughly "
             "$212 million, was cleared by Germany's competition authority on Monday.",
             note="same takeover as 008/009, in USD with the month only; cleared but not yet closed, so still signed"),
        deal("hoshizora-technogym", ["Hoshizora Fitness", "Technogym"], "supply", 4.8 * B, "JPY", "exact",
             "2025-09-24", "signed",
             "Hoshizora Fitness, which runs about 230 clubs around Osaka and Nagoya, has ordered ¥4.8 billion (about "
             "€29 million) worth of Technogym treadmills, strength lines and its AI coaching software, the Italian "
             "maker said on Wednesday.", alt=[(29 * M, "EUR")], term=[None, "2027"]),
        deal("sats-fjellpuls", ["Sats", "Fjellpuls"], "acquisition", 300 * M, "NOK", "at_least", "2025-08",
             "completed",
             "Sats, the Nordic gym operator, has completed its purchase of Fjellpuls, a Bergen app that streams "
             "guided hikes and outdoor strength sessions, for more than NOK 300 million.",
             note="'more than' -> at_least; announced 'last month' (2025-08), completed now"),
        deal("granitberg-alpstein", ["Granitberg Kapital", "Alpstein Health"], "acquisition", 140 * M, "CHF",
             "approx", "2025-09", "negotiating",
             "Granitberg Kapital, an Allgäu family office with a taste for fitness, is in exclusive talks to buy "
             "Alpstein Health, a Zurich chain of 19 physiotherapy-and-training studios, for around CHF 140 million, "
             "two people involved told us.",
             note="exclusive talks reported by sources; signature expected 'a matter of weeks' away"),
    ],
    ["€12.74", "NOK 129 a month", "CHF 2.3bn", "¥2,980", "£5.7bn", "£8 monthly", "£80 annually"],
)

article(
    "013_technogym_note_wexfordlane_en.txt", "2025-11-04",
    "from 'Note dated 4 November 2025 · Prices as of 3 November close'; 'In July' -> 2025-07; 'Three months later' "
    "(after July) -> 2025-10",
    "en",
    [
        deal("technogym-microsoft-azure", ["Technogym", "Microsoft"], "cloud_contract", 48 * M, "EUR", "up_to",
             "2025-07", "signed",
             "In July Technogym signed a six-year agreement with Microsoft under which it can draw up to €48 million "
             "of Azure capacity and AI model services for its coaching platform.", term=["2025-07", "2031"],
             note="the analysts' 'roughly €8 million of cloud cost a year' is their estimate of this deal's run-rate, "
                  "not a deal"),
        deal("technogym-bolgeform", ["Technogym", "Bølgeform"], "acquisition", 410 * M, "DKK", "exact", "2025-10",
             "announced",
             "Three months later the company announced the purchase of Bølgeform, the Aarhus maker of "
             "water-resistance rowing machines, for DKK 410 million (about €55 million) in cash.",
             alt=[(55 * M, "EUR")],
             note="'the company' = Technogym; date from 'Three months later' after the July Azure deal; closing "
                  "expected in early 2026, so announced"),
        deal("technogym-capex-2026", ["Technogym"], "capex_plan", 60 * M, "EUR", "approx", "2025", "planned",
             "Capital spending is guided at about €60 million for 2026, most of it for the Cesena plant and the new "
             "production line for connected treadmills.", required=False, term=["2026", "2026"],
             note="company-wide capex guidance; optional"),
    ],
    ["€15.40", "€14.10", "€13.02", "roughly €8 million of cloud cost a year", "DKK 180 million",
     "around €120 million", "€26.48", "$7.95", "$201.30"],
)

article(
    "014_fitness_ticker_studioblick.txt", "2025-12-02",
    "from the ticker header 'Dienstag, 2. Dezember 2025' (entries by time); 'im Juni' -> 2025-06; 'heute' -> 2025-12-02",
    "de",
    [
        deal("peloton-kettlewerk-rumour", ["Peloton", "Kettlewerk"], "acquisition", 400 * M, "EUR", "approx",
             "2025-12", "cancelled",
             "Der Münchner Geräteausstatter Kettlewerk weist einen Bericht zurück, wonach Peloton über eine "
             "Übernahme für rund 400 Millionen Euro verhandle.", required=False,
             note="rumour from a US blog, denied by Kettlewerk; optional"),
        deal("strava-strideloop", ["Strava", "Strideloop"], "acquisition", 112 * M, "EUR", "approx", "2025-06",
             "completed",
             "Den Londoner Anbieter hatte der US-Konzern im Juni für umgerechnet rund 112 Millionen Euro übernommen.",
             note="same takeover as 010 (£95m); 'Den Londoner Anbieter' = Strideloop, 'der US-Konzern' = Strava "
                  "(previous sentence)"),
        deal("spreeufer-usc-loan", ["Spreeufer Bank", "Urban Sports Club"], "other", 40 * M, "EUR", "exact",
             "2025-12-02", "signed",
             "Urban Sports Club hat sich bei der Spreeufer Bank eine Kreditlinie über 40 Millionen Euro gesichert, "
             "wie das Berliner Unternehmen heute mitteilte.", kind_alt=["investment"],
             note="credit line"),
    ],
    ["13,48 Euro", "26,90 Euro", "7,41 Dollar", "59,99 Euro", "2,4 Millionen Euro", "maximal 120 Euro",
     "6,4 Milliarden Euro", "14.900 Euro", "45 Euro", "24,90 Euro"],
)

article(
    "015_planetfitness_gulfmark_ridgeway_en.txt", "2026-01-21",
    "from the stock-portal stamp 'Jan 21, 2026 · 4:12 PM ET'; 'Tuesday' -> 2026-01-20; the Life Time sale has no "
    "day -> 2026-01",
    "en",
    [
        deal("planetfitness-gulfmark", ["Planet Fitness", "Gulfmark Fitness Partners"], "acquisition", 140 * M,
             "USD", "exact", "2026-01-20", "signed",
             "Planet Fitness (NYSE: PLNT) agreed to acquire 38 clubs in Texas and Louisiana from franchisee Gulfmark "
             "Fitness Partners for $140 million in cash, the Hampton, New Hampshire-based gym operator said Tuesday "
             "after the close."),
        deal("planetfitness-capex-2026", ["Planet Fitness"], "capex_plan", 110 * M, "USD", "range", "2026-01",
             "planned",
             "Planet Fitness also reiterated its 2026 outlook, including capital expenditure in a $110 million to "
             "$130 million range, mostly for new company-owned clubs and equipment replacement.",
             amount_max=130 * M, required=False, term=["2026", "2026"],
             note="company-wide capex outlook; optional"),
        deal("lifetime-bramblecrest-sale", ["Bramblecrest Realty", "Life Time"], "acquisition", 200 * M, "USD",
             "approx", "2026-01", "completed",
             "Separately, Life Time Group Holdings (NYSE: LTH) said it had sold six of its athletic country clubs to "
             "Bramblecrest Realty for nearly two hundred million dollars.", kind_alt=["other"],
             note="amount in words ('nearly two hundred million'); property sale; different from the lease-back of "
                  "the same pair; '$33 million per property' is a unit price"),
        deal("lifetime-bramblecrest-lease", ["Life Time", "Bramblecrest Realty"], "other", 14 * M, "USD", "approx",
             "2026-01", "signed",
             "Under the sale-leaseback, Life Time will stay in the buildings and pay the real-estate investment trust "
             "an initial rent of about $14 million a year under a 25-year lease, with annual increases of 2%.",
             per="year", term=["2026", "2051"], kind_alt=["supply"],
             note="'the real-estate investment trust' = Bramblecrest Realty; yearly rent, different deal from the sale"),
    ],
    ["$108.37", "$27.14", "6,947.18", "$61 million", "$125 price target", "$29.99 a month", "$15",
     "$33 million per property", "$1.6 billion", "$9.1B", "$6.0B", "$84.15–$114.60", "$20.02–$33.94",
     "$0 commission"],
)

article(
    "016_egym_vitalbogen_isarschleife.txt", "2026-02-13",
    "from the line 'Freitag, 13. Februar 2026 · Nr. 7'; 'am Dienstag' -> 2026-02-10",
    "de",
    [
        deal("egym-round-2026", ["Hollowmere Capital", "EGYM"], "investment", 230 * M, "EUR", "exact", "2026-02-10",
             "completed",
             "Der Münchner Fitnesstechnik-Anbieter EGYM hat eine neue Finanzierungsrunde über 230 Millionen Euro "
             "abgeschlossen.", alt=[(270 * M, "USD")],
             note="lead investor Hollowmere Capital in the next sentence, money received 'am Dienstag'; 019 restates "
                  "it as $270m (alt_amounts)"),
        deal("egym-vitalbogen", ["EGYM", "Vitalbogen"], "acquisition", 35 * M, "EUR", "approx", "2026-02", "signed",
             "Der Konzern übernimmt die Hamburger Firmenfitness-Plattform Vitalbogen für rund 35 Millionen Euro.",
             note="'Der Konzern' = EGYM"),
        deal("ringhalle-kettlewerk-service", ["Ringhalle Fitness", "Kettlewerk"], "supply", 4.5 * M, "EUR", "exact",
             "2026-02", "signed",
             "Für Wartung, Software-Updates und den Betrieb der Trainings-App zahlt Ringhalle ab März jährlich 4,5 "
             "Millionen Euro, zunächst bis Ende 2028.", per="year", term=["2026-03", "2028"], kind_alt=["other"],
             note="yearly service contract; different from the 2024 equipment order of the same pair"),
        none("ringhalle-kettlewerk-2024", ["Ringhalle Fitness", "Kettlewerk"], "supply", "2024", "signed",
             "Die Ruhrgebietskette Ringhalle Fitness, die 2024 bei Kettlewerk 2.400 Stationen für ihre "
             "Studios bestellt hat, hat einen Servicevertrag unterschrieben", required=False,
             note="the 2024 order in a relative clause, no amount; optional"),
    ],
    ["3,20 Euro", "mehr als 1,5 Milliarden Euro", "knapp 330 Millionen Euro",
     "zwischen 15 und 40 Euro pro Beschäftigtem im Monat", "unter 50 Euro", "6,8 Millionen Euro",
     "ab 14,50 Euro/m²", "11,90 Euro im Monat"],
)

article(
    "017_pulsmeter_interview_pulsprofit.txt", None,
    "interview without any date (only 'Lesedauer: rund 8 Minuten'); 'gerade' and 'im vergangenen Herbst' cannot "
    "be resolved",
    "de",
    [
        deal("northpace-pulsmeter-seriesb", ["Northpace Capital", "Pulsmeter Health"], "investment", 61 * M, "EUR",
             "exact", None, "completed",
             "Frau Ekhoff, Northpace Capital hat gerade Ihre Series B über 61 Millionen Euro angeführt.",
             alt=[(66 * M, "USD")],
             note="the Series B of 018 (closed 2026-03-16); in a question; 'Ihre' = Pulsmeter Health"),
        deal("corvian-pulsmeter-offer", ["Corvian Health", "Pulsmeter Health"], "acquisition", 200 * M, "EUR",
             "approx", None, "cancelled",
             "Corvian Health wollte uns im vergangenen Herbst komplett übernehmen und bot rund 200 Millionen Euro.",
             note="'uns' = Pulsmeter; offer refused ('Wir haben Nein gesagt'); undated article, so no date"),
        deal("pulsmeter-own-models", ["Pulsmeter Health"], "capex_plan", 12 * M, "EUR", "exact", None, "planned",
             "Bis Ende übernächsten Jahres geben wir zusätzlich zwölf Millionen Euro für eigene, kleinere Modelle "
             "aus, die direkt auf dem Telefon laufen.", required=False,
             note="own spending plan in words, no counterparty; optional"),
    ],
    ["zwischen 90.000 und 130.000 Euro im Jahr", "9,99 Euro im Monat", "je 399 Euro", "8,50 Euro"],
)

article(
    "018_pulsmeter_seriesb_seedsheet_en.html", "2026-03-17",
    "from <meta property='article:published_time'>, JSON-LD datePublished and the visible byline 'Tue 17 Mar 2026'; "
    "'on Monday' -> 2026-03-16; 'last year' -> 2025",
    "en",
    [
        deal("northpace-pulsmeter-seriesb", ["Northpace Capital", "Pulsmeter Health"], "investment", 61 * M, "EUR",
             "exact", "2026-03-16", "completed",
             "Pulsmeter Health, the Berlin app that turns data from watches and rings into a daily training and "
             "sleep plan, has raised €61 million ($66 million) in a Series B round.", alt=[(66 * M, "USD")],
             note="closed 'on Monday', led by Northpace Capital (next sentence)"),
        deal("pulsmeter-google-2026", ["Pulsmeter Health", "Google"], "cloud_contract", 28 * M, "EUR", "exact",
             "2026-03", "signed",
             "Alongside the round, Pulsmeter has signed a four-year agreement with Google Cloud worth €28 million, "
             "covering GPU time for model training and the hosting of its coaching assistant in Frankfurt.",
             term=["2026", "2030"],
             note="second Pulsmeter-Google contract; different from the 2024 one (004)"),
        none("strava-strideloop", ["Strava", "Strideloop"], "acquisition", "2025", "completed",
             "The firm made about three times its money last year when Strava bought Strideloop, the London "
             "running-coach app it had backed.", required=False,
             note="background mention without an amount; optional"),
    ],
    ["€9.99 a month", "€19 million", "roughly €420 million", "€75 a year", "about €90 million", "£45", "€1,900"],
)

article(
    "019_egym_clubwright_bergkamm_en.txt", "2026-06-09",
    "from the stamp 'Updated 09.06.2026 · 06:30 CEST' (dateline 'MUNICH, June 8'); 'on Monday' -> 2026-06-08; "
    "'in February' -> 2026-02",
    "en",
    [
        deal("egym-clubwright", ["EGYM", "Clubwright"], "acquisition", 310 * M, "USD", "exact", "2026-06-08", "signed",
             "EGYM, the German maker of smart gym equipment and corporate-wellness software, has agreed to buy "
             "Clubwright, a Chicago company that sells membership, booking and billing software to boutique "
             "fitness studios, for $310 million, EGYM and Clubwright announced on Monday."),
        deal("egym-round-2026", ["Hollowmere Capital", "EGYM"], "investment", 270 * M, "USD", "exact", "2026-02",
             "completed",
             "The purchase will be paid mostly in cash, much of it from the $270 million EGYM collected in February "
             "from investors led by London-based Hollowmere Capital.",
             note="same round as 016 (€230m), here in USD with the month only"),
        none("egym-microsoft-azure", ["EGYM", "Microsoft"], "cloud_contract", "2026-06", "signed",
             "EGYM added that a three-year deal with Microsoft now runs its AI training software on the Azure "
             "cloud; it gave no financial terms.", required=False,
             note="no financial terms; optional"),
    ],
    ["$48 million", "$129 to $399 a month", "roughly $75 million", "$24 billion a year"],
)

article(
    "020_ringhalle_calderbrook_schachtzeichen.txt", "2026-10-29",
    "from the issue line 'KW 44/2026 · Donnerstag, 29. Oktober 2026'; 'am Dienstag' -> 2026-10-27; "
    "'im Frühjahr' -> 2026",
    "de",
    [
        deal("calderbrook-ringhalle", ["Calder Brook Partners", "Ringhalle Fitness"], "acquisition", 385 * M, "EUR",
             "approx", "2026-10-27", "signed",
             "Der Bostoner Finanzinvestor Calder Brook Partners übernimmt sämtliche Anteile, der Kaufpreis liegt bei "
             "rund 385 Millionen Euro einschließlich Schulden.",
             note="target in the previous sentence; signed 'am Dienstag' (next sentence); cartel office pending"),
        deal("ringhalle-kettlewerk-2024", ["Ringhalle Fitness", "Kettlewerk"], "supply", 38 * M, "EUR", "exact",
             "2024", "signed",
             "2024 hatte die Kette für 38 Millionen Euro rund 2.400 vernetzte Geräte beim Münchner Hersteller "
             "Kettlewerk bestellt und ihre Mitglieder an eine gemeinsame Trainings-App gewöhnt.",
             note="'die Kette' = Ringhalle; the order of 001"),
        deal("basicfit-ringhalle-offer", ["Basic-Fit", "Ringhalle Fitness"], "acquisition", 340 * M, "EUR", "exact",
             "2026", "cancelled",
             "Basic-Fit bot nach Informationen dieser Zeitung 340 Millionen Euro, doch die Familie lehnte ab.",
             note="offer 'im Frühjahr' (previous sentence) rejected by the owner family"),
    ],
    ["rund 148 Millionen Euro", "31 Millionen Euro", "34,90 Euro im Monat", "rund 2 Millionen Euro",
     "1,5 Millionen Euro", "79 Euro", "2,50 Euro"],
)

ALIASES = {
    "Ringhalle Fitness": ["Ringhalle Fitness", "Ringhalle"],
    "Kettlewerk": ["Kettlewerk"],
    "Stadt Dorsten": ["Stadt Dorsten", "Dorsten"],
    "Lumora Sleep": ["Lumora Sleep", "Lumora"],
    "Copperline Compute": ["Copperline Compute", "Copperline"],
    "Calder Brook Partners": ["Calder Brook Partners", "Calder Brook"],
    "Garmin": ["Garmin"],
    "Granitberg Kapital": ["Granitberg Kapital", "Granitberg"],
    "Urban Sports Club": ["Urban Sports Club"],
    "Studiopass Austria": ["Studiopass Austria", "Studiopass"],
    "Pulsmeter Health": ["Pulsmeter Health", "Pulsmeter"],
    "Northpace Capital": ["Northpace Capital", "Northpace"],
    "Google": ["Google", "Google Cloud"],
    "Peloton": ["Peloton", "Peloton Interactive"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Precor": ["Precor"],
    "Dexcom": ["Dexcom"],
    "Oura": ["Oura", "Oura Health"],
    "Tessel Metrics": ["Tessel Metrics", "Tessel"],
    "Whoop": ["Whoop"],
    "Basic-Fit": ["Basic-Fit", "Basic Fit"],
    "Clever Fit": ["Clever Fit"],
    "RSG Group": ["RSG Group", "RSG"],
    "Scheldebank": ["Scheldebank"],
    "Strava": ["Strava"],
    "Strideloop": ["Strideloop"],
    "The Gym Group": ["The Gym Group", "Gym Group"],
    "Ironbridge Leisure": ["Ironbridge Leisure", "Ironbridge"],
    "Fitwerk Tirol": ["Fitwerk Tirol", "Fitwerk"],
    "Hoshizora Fitness": ["Hoshizora Fitness", "Hoshizora"],
    "Technogym": ["Technogym"],
    "Sats": ["Sats"],
    "Fjellpuls": ["Fjellpuls"],
    "Alpstein Health": ["Alpstein Health", "Alpstein"],
    "Microsoft": ["Microsoft", "Azure"],
    "Bølgeform": ["Bølgeform", "Bolgeform"],
    "Spreeufer Bank": ["Spreeufer Bank"],
    "Planet Fitness": ["Planet Fitness"],
    "Gulfmark Fitness Partners": ["Gulfmark Fitness Partners", "Gulfmark"],
    "Life Time": ["Life Time", "Life Time Group Holdings", "Life Time Group"],
    "Bramblecrest Realty": ["Bramblecrest Realty", "Bramblecrest"],
    "EGYM": ["EGYM"],
    "Hollowmere Capital": ["Hollowmere Capital", "Hollowmere"],
    "Vitalbogen": ["Vitalbogen"],
    "Clubwright": ["Clubwright"],
    "Corvian Health": ["Corvian Health", "Corvian"],
}

ABOUT = (
    "Hand-annotated deals in the 180th, held-out test corpus (tests/corpus180/articles/), theme fitness and "
    "wellness (gym chains, fitness-equipment makers, wellness apps and wearables: their funding, takeovers, loans "
    "and cloud/compute contracts), written for the tests and independent of the extractor; same format and rules "
    "as tests/corpus15/gold.json and shared/gold/seeds.json. One entry per article; a deal that several articles "
    "report carries the same id in each. 'required': false marks vague or background mentions that an extractor "
    "may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them "
    "as a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | "
    "up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against "
    "the article's publication date ('published', from the article's own date marker, dateline, <time datetime>, "
    "issue line or visible byline date, or null when the article has none); seasons become the year; a cancelled "
    "deal keeps the date of the offer or talks; 'term' is the period the deal covers, where the text gives one; "
    "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence "
    "and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Ringhalle "
    "Fitness, Kettlewerk, Lumora Sleep, Copperline Compute, Calder Brook Partners, Granitberg Kapital, Studiopass "
    "Austria, Pulsmeter Health, Northpace Capital, Tessel Metrics, Scheldebank, Strideloop, Ironbridge Leisure, "
    "Fitwerk Tirol, Hoshizora Fitness, Fjellpuls, Alpstein Health, Bølgeform, Spreeufer Bank, Gulfmark Fitness "
    "Partners, Bramblecrest Realty, Hollowmere Capital, Vitalbogen, Clubwright, Corvian Health; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the deals of real "
    "companies are partly real, mostly invented or shifted. Nothing here is reporting."
)


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (HERE / "gold.json").write_text(text, encoding="utf-8")
    print(f"wrote {HERE / 'gold.json'}: {len(ARTICLES)} articles, "
          f"{sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
