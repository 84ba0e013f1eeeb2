#!/usr/bin/env python3
"""Write gold.json for tests/corpus171 (the hand annotation of articles/).

Usage: python3 tests/corpus171/make_gold.py
Edit the annotation here, run the script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 171st, held-out test corpus (tests/corpus171/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: tourism and cruise lines - tour operators, cruise lines, "
    "booking platforms and hotel groups buying cloud capacity, AI software and each other. One entry per "
    "article; a deal that several articles report carries the same id in each. 'required': false marks "
    "vague or background mentions that an extractor may report or not without penalty. 'not_deals' lists "
    "money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full "
    "units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is when "
    "the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date marker, dateline, <time datetime>, issue "
    "line or visible byline date, or null when the article has none); a cancelled deal keeps the date of "
    "the original talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists "
    "other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Kielwasser "
    "Reisen, Falkenried Compute GmbH, Routenwerk, Coralbay Voyages, Gangway Data, Junco Travel Tech, "
    "Quellmoor Ventures, Brückenhof Bank, Marisol Capital, Sonnenkehr Reisen, Dünenland Hotels, "
    "Lanternfish Labs, Skerrisund Cruises AS, Hvalstad Sparebank, Cayo Lindo Resorts, Tidewell Hospitality, "
    "Sawaheel Hospitality, Sakuragi Travel, Cresswick Property Income, Westerleigh Growth, Seehotel "
    "Achterwasser, Sandholme Town Council; invented publications, research houses, advertisers and people "
    "are listed in invented_names.txt; the deals of real companies are partly real, partly invented or "
    "shifted. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, alt=None, term=None, per=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if term:
        d["term"] = term
    if per:
        d["per"] = per
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


M = 1_000_000
B = 1_000_000_000

ARTICLES = {}

ARTICLES["001_kielwasser_falkenried_faehrblatt.txt"] = A(
    "2024-03-07", "from the dateline 'HAMBURG · Donnerstag, 7. März 2024'; 'am Dienstag' -> 2024-03-05", "de",
    [
        D("kielwasser-falkenried-colo-2024", ["Kielwasser Reisen", "Falkenried Compute"], "cloud_contract",
          38 * M, "EUR", "approx", "2024-03-05", "signed",
          "Unterschrieben wurde der auf sieben Jahre angelegte Vertrag am Dienstag; sein Volumen beziffert Kielwasser auf rund 38 Millionen Euro.",
          kind_alt=["supply", "other"],
          note="colocation and compute for seven years; the provider (Falkenried Compute GmbH) is named in the previous sentence; first of two Kielwasser-Falkenried deals (the second is in 019)"),
        D("kielwasser-routenwerk-stake", ["Kielwasser Reisen", "Routenwerk"], "investment",
          9 * M, "EUR", "approx", "2024-01", "completed",
          "Im Januar erwarb Kielwasser für knapp neun Millionen Euro 25,1 Prozent an Routenwerk, einem Münchner Start-up, das mit Sprachmodellen Reiserouten zusammenstellt.",
          kind_alt=["acquisition"], note="amount in words, 'knapp' -> approx; 25.1 % stake"),
    ],
    ["1,9 Milliarden Euro", "2,3 Millionen Euro", "4,50 Euro pro Passagier", "1.299 Euro"],
)

ARTICLES["002_coralbay_gangway_gangplank_en.txt"] = A(
    "2024-04-16", "from the issue line 'Issue 14 — Tuesday, 16 April 2024'; 'on Monday' -> 2024-04-15", "en",
    [
        D("coralbay-gangway-fleet-2024", ["Coralbay Voyages", "Gangway Data"], "supply",
          240 * M, "USD", "exact", "2024-04-15", "signed",
          "The company on Monday signed a six-year contract worth $240 million with Gangway Data, a Fort Lauderdale outfit that builds ruggedised GPU racks for vessels and runs the models on them from shore.",
          kind_alt=["cloud_contract"],
          note="'The company' = Coralbay Voyages (previous sentence); shipboard GPU racks, backhaul and software; first of two Coralbay-Gangway deals (the second, $95m, in 016); repeated in BY THE NUMBERS"),
        D("marriott-citizenm", ["Marriott", "citizenM"], "acquisition",
          350 * M, "USD", "approx", "2024-04", "signed",
          "Marriott agreed last week to buy the citizenM brand and its intellectual property for roughly $350 million, adding a design-led hotel label whose guests check in on a kiosk and control their room from an app.",
          note="'last week' in a 16 April letter -> April 2024; brand purchase only, the hotels stay with their owners"),
        D("quellmoor-junco-seriesa", ["Quellmoor Ventures", "Junco Travel Tech"], "investment",
          42 * M, "SGD", "exact", "2024-04", "completed",
          "In Singapore, Junco Travel Tech has closed a Series A of S$42 million (about US$31 million).",
          alt=[(31 * M, "USD")],
          note="lead investor in the next sentence ('Quellmoor Ventures led the round this month'); valuation S$190m is not a deal"),
    ],
    ["$9 a month", "S$190 million", "$79 billion", "$62 billion", "$24.99 a day", "$1,195"],
)

ARTICLES["003_hometogo_interhome_kursbullauge.txt"] = A(
    "2024-04-22", "from the portal stamp '22.04.2024 - 09:12:45' (a Monday); 'am Freitag' -> 2024-04-19", "de",
    [
        D("hometogo-interhome", ["HomeToGo", "Interhome"], "acquisition",
          151 * M, "CHF", "approx", "2024-04-19", "signed",
          "Für das Unternehmen mit Sitz in Glattbrugg zahlt HomeToGo rund 151 Millionen Franken, umgerechnet etwa 156 Millionen Euro, wie die Berliner nach Börsenschluss mitteilten.",
          alt=[(156 * M, "EUR")],
          note="seller Hotelplan (Migros) not listed as party; 'Das Unternehmen mit Sitz in Glattbrugg' = Interhome; signed 'am Freitag' (previous sentence), closing expected in H2"),
        D("brueckenhof-hometogo-loan", ["Brückenhof Bank", "HomeToGo"], "other",
          100 * M, "EUR", "exact", "2024-04", "signed",
          "Zur Finanzierung hat HomeToGo mit der Brückenhof Bank eine Kreditlinie über 100 Millionen Euro vereinbart, die über fünf Jahre läuft.",
          kind_alt=["investment"], note="credit line for the Interhome purchase; agreed with it, day not given -> month"),
    ],
    ["128 Millionen Euro", "228 Mio. Euro", "12,8 Mio. Euro", "rund 330 Mio. Franken", "rund 290 Mio. Euro",
     "zwischen 250 und 270 Millionen Euro", "4,20 Euro", "2,31 Euro", "10 Euro", "3,1 % Tagesgeldzins"],
)

ARTICLES["004_routenwerk_marisol_itinerantbyte_en.html"] = A(
    "2024-06-13", "from <meta article:published_time>, JSON-LD datePublished and <time datetime='2024-06-13'>; 'on Wednesday' -> 2024-06-12", "en",
    [
        D("marisol-routenwerk-seriesb", ["Marisol Capital", "Routenwerk"], "investment",
          60 * M, "EUR", "exact", "2024-06-12", "completed",
          "Routenwerk, a Munich startup whose software turns a vague wish (\"somewhere warm, no long drives, the kids hate museums\") into a bookable round trip, has raised €60 million ($65 million) in Series B funding.",
          alt=[(65 * M, "USD")],
          note="lead investor Marisol Capital and 'said on Wednesday' in the next sentence; restated in the undated interview 015"),
        D("routenwerk-microsoft-azure", ["Routenwerk", "Microsoft"], "cloud_contract",
          15 * M, "EUR", "up_to", "2024-06", "signed",
          "Routenwerk has also committed to spend up to €15 million over three years with Microsoft for Azure capacity, it said, in exchange for reserved GPU capacity in a Dutch region and engineering support.",
          note="announced with the round; no day given for the commitment itself -> month"),
    ],
    ["€310 million", "€120,000 a year", "$2.9 billion a year", "Annual fee $95"],
)

ARTICLES["005_tui_google_leineblatt.txt"] = A(
    "2024-09-18", "dateline without year 'Hannover, 18. September (lb)'; the year from the copyright line '© 2024'", "de",
    [
        D("tui-google-cloud", ["TUI", "Google"], "cloud_contract",
          400 * M, "EUR", "approx", "2024", "negotiating",
          "Nach Informationen des Leineblatts verhandelt der Konzern mit der Alphabet-Tochter Google über einen Cloud-Vertrag mit acht Jahren Laufzeit und einem Volumen von rund 400 Millionen Euro.",
          alt=[(420 * M, "EUR"), (455 * M, "USD")],
          note="'der Konzern' = TUI (previous sentence); talks confirmed by two sources; signed on 2024-11-20 at EUR 420m / USD 455m (006, restated in 007, alt_amounts); the year keeps the shared id's dates consistent"),
        D("tui-falkenried-laatzen", ["TUI", "Falkenried Compute"], "acquisition",
          22 * M, "EUR", "approx", "2024-09", "signed",
          "Die Falkenried Compute GmbH aus Dietzenbach übernimmt die Immobilie samt Stromanschluss für etwa 22 Millionen Euro.",
          kind_alt=["other"],
          note="TUI sells its Laatzen data-centre building; 'vergangene Woche' (next sentence) -> September 2024; first of two TUI-Falkenried deals (the standby contract is in 006)"),
        D("tui-it-capex", ["TUI"], "capex_plan",
          1 * B, "EUR", "approx", "2024", "planned",
          "Insgesamt plant TUIs Vorstand, bis Ende 2028 etwa eine Milliarde Euro für IT und Digitalisierung auszugeben, so steht es in der Strategie, die der Konzern im Frühjahr Investoren vorgestellt hat.",
          required=False, term=[None, "2028-12"],
          note="group-wide IT spending plan (genitive 'TUIs'), amount in words; presented 'im Frühjahr' -> 2024; optional"),
    ],
    ["20,7 Milliarden Euro", "mehr als vier Milliarden Euro", "6,42 Euro", "mehr als 250 Milliarden Euro",
     "Tageskarte 14 Euro", "Familienkarte 32 Euro"],
)

ARTICLES["006_tui_google_bramblegate_en.txt"] = A(
    "2024-11-21", "from the header 'November 21, 2024 · 07:02 GMT' (dateline 'HANOVER, Nov 20'); 'on Wednesday' -> 2024-11-20", "en",
    [
        D("tui-google-cloud", ["TUI", "Google"], "cloud_contract",
          420 * M, "EUR", "exact", "2024-11-20", "signed",
          "TUI, Europe's largest tour operator, signed an eight-year cloud contract worth €420 million ($455 million) with Google on Wednesday, moving its booking platforms, airline scheduling and hotel pricing systems out of its own data centres and onto the U.S. company's infrastructure.",
          alt=[(455 * M, "USD")], note="the signing of the talks reported in 005"),
        D("tui-falkenried-standby", ["TUI", "Falkenried Compute"], "cloud_contract",
          30 * M, "EUR", "approx", "2024-11-20", "signed",
          "As part of the plan, TUI also agreed to pay Falkenried Compute, a privately held operator based near Frankfurt, about €30 million over five years to keep a standby facility in Hesse ready to take over if the cloud link fails.",
          kind_alt=["supply", "other"],
          note="announced with the Google contract on Wednesday; second TUI-Falkenried deal, not the Laatzen building sale of 005"),
    ],
    ["€40 million a year", "7.06 euros", "3.6 billion euros", "1.3 billion euros", "$11.4 billion"],
)

ARTICLES["007_reisetakt_wochenbrief_kw03.txt"] = A(
    "2025-01-17", "from the issue line 'Ausgabe 3/2025 · Freitag, 17. Januar 2025'; 'am Mittwoch' -> 2025-01-15", "de",
    [
        D("duenenland-routenwerk-licence", ["Dünenland Hotels", "Routenwerk"], "other",
          1_200_000, "EUR", "approx", "2025-01-15", "signed",
          "Jährlich überweist Dünenland dafür rund 1,2 Millionen Euro an die Münchner, erfuhr der Wochenbrief aus dem Unternehmen.",
          per="year", kind_alt=["cloud_contract", "partnership"],
          note="three-year software licence; Routenwerk and 'am Mittwoch unterzeichnet' in the two previous sentences, 'die Münchner' = Routenwerk"),
        D("msc-gangway", ["MSC Cruises", "Gangway Data"], "supply",
          90 * M, "USD", "up_to", "2025", "negotiating",
          "Im Raum steht ein Auftrag über bis zu 90 Millionen Dollar.",
          alt=[(82 * M, "USD"), (71 * M, "EUR")],
          note="parties in the previous sentence ('verhandelt nach Angaben aus Branchenkreisen'); signed on 2025-11-20 for USD 82m / EUR 71m (017, alt_amounts); the year keeps the shared id's dates consistent",
          kind_alt=["cloud_contract"]),
        D("kielwasser-sonnenkehr", ["Kielwasser Reisen", "Sonnenkehr Reisen"], "acquisition",
          17 * M, "EUR", "approx", "2024-10", "cancelled",
          "Über den Kauf war seit Oktober verhandelt worden, zuletzt war ein Preis von rund 17 Millionen Euro im Gespräch.",
          note="talks broken off; parties in the previous sentence; dated to the start of the talks ('seit Oktober' in a January letter -> 2024-10)"),
        D("tui-google-cloud", ["TUI", "Google"], "cloud_contract",
          420 * M, "EUR", "exact", "2024-11", "signed",
          "Den 420-Millionen-Euro-Vertrag mit Google hatte TUI im November unterschrieben; wie der Konzern am Montag mitteilte, sind die ersten Buchungsstrecken der Marke TUI fly bereits umgezogen.",
          note="restated as a compound ('420-Millionen-Euro-Vertrag') with the month only ('im November' -> 2024-11)"),
        D("coralbay-gangway-fleet-2024", ["Coralbay Voyages", "Gangway Data"], "supply",
          None, None, None, "2024", "signed",
          "Gangway hatte im vergangenen Frühjahr bereits die Flotte von Coralbay Voyages ausgestattet.",
          required=False, kind_alt=["cloud_contract"],
          note="amount-less background mention of the 2024 contract (002); 'im vergangenen Frühjahr' -> 2024; optional"),
    ],
    ["1.420 Euro", "79 Euro (Abonnenten zahlen nichts)", "ab 149 Euro im Monat"],
)

ARTICLES["008_ota_agents_penhallow_en.txt"] = A(
    "2025-02-13", "from the header 'Sector commentary | Thursday 13 February 2025 · Research note'", "en",
    [
        D("expedia-lanternfish", ["Expedia", "Lanternfish Labs"], "acquisition",
          310 * M, "USD", "approx", "2025-02", "rumored",
          "Market chatter this week has Expedia circling Lanternfish Labs, a San Francisco startup whose agent books multi-stop trips end to end, at a price said to be near $310 million.",
          note="unconfirmed market talk ('this week' -> February 2025); not the Booking Holdings purchase of 2026 (020)"),
        D("airbnb-gameplanner", ["Airbnb", "GamePlanner.AI"], "acquisition",
          200 * M, "USD", "approx", "2023", "completed",
          "Airbnb took that route earlier: the company paid just under $200 million for GamePlanner.AI in late 2023, and its founder has since been building the app's AI trip features.",
          note="'just under' -> approx; 'late 2023' -> 2023"),
        D("booking-openai", ["Booking Holdings", "OpenAI"], "partnership",
          None, None, None, "2024", "announced",
          "Its tie-up with OpenAI, announced last spring, has no disclosed price tag and, as far as we can tell, no exclusivity.",
          required=False, note="'Its' = Booking Holdings (previous sentence); no amount; 'last spring' -> 2024; optional"),
    ],
    ["$5,600", "target $215", "target $118", "roughly $400 million a year", "about $6.9 billion",
     "$25.8 billion", "$14.1 billion", "$14.3 billion", "$250 million to $300 million", "$4.3 billion",
     "$5,012", "$198.40", "$151.75"],
)

ARTICLES["009_skerrisund_starlink_bugwelle.txt"] = A(
    "2025-03", "from the issue line 'Ausgabe 2/2025 · März 2025' (month only); 'am 3. Februar' -> 2025-02-03; 'Drei Wochen nach dem Starlink-Abschluss' -> 2025-02-24", "de",
    [
        D("skerrisund-spacex-starlink", ["Skerrisund Cruises", "SpaceX"], "supply",
          85 * M, "NOK", "exact", "2025-02-03", "signed",
          "Der Vertrag über vier Jahre hat ein Volumen von 85 Millionen Kronen, das sind rund 7,3 Millionen Euro.",
          alt=[(7_300_000, "EUR")], kind_alt=["cloud_contract"],
          note="parties and 'am 3. Februar' in the previous sentence ('Vertrag mit SpaceX über die Versorgung der gesamten Flotte mit Starlink-Internet')"),
        D("hvalstad-skerrisund-loan", ["Hvalstad Sparebank", "Skerrisund Cruises"], "other",
          450 * M, "NOK", "exact", "2025-02-24", "signed",
          "Die Hvalstad Sparebank gewährt Skerrisund einen Kredit über 450 Millionen norwegische Kronen, mit dem zwei Schiffe einen Batterie-Hybridantrieb und einen Serverraum erhalten sollen.",
          kind_alt=["investment"], note="relative date: three weeks after 2025-02-03"),
        D("coralbay-gangway-fleet-2024", ["Coralbay Voyages", "Gangway Data"], "supply",
          None, None, None, "2024", "signed",
          "Coralbay Voyages, die vor knapp einem Jahr bei Gangway Data KI-Racks für ihre elf Schiffe bestellt hat, berichtet von acht Prozent weniger Treibstoffverbrauch.",
          required=False, kind_alt=["cloud_contract"],
          note="amount-less background mention of the 2024 contract in a relative clause; 'vor knapp einem Jahr' -> 2024; optional"),
    ],
    ["Einzelheft 8,90 Euro", "38 Millionen Kronen", "rund 300 Millionen Euro pro Stück", "ab 4.990 Euro",
     "29 Euro am Tag", "150 Kronen pro Gast", "ab 3.290 Euro", "420 Euro"],
)

ARTICLES["010_sabre_tpg_pecanstreet_en.txt"] = A(
    "2025-04-16", "from the header 'April 16, 2025 | 05:40 GMT' (dateline 'DALLAS, April 15'); 'on Tuesday' -> 2025-04-15", "en",
    [
        D("tpg-sabre-hospitality", ["TPG", "Sabre"], "acquisition",
          1.1 * B, "USD", "exact", "2025-04-15", "signed",
          "Sabre Corp agreed on Tuesday to sell its hospitality solutions business to private equity firm TPG for $1.1 billion in cash, as the travel technology company tries to shrink a debt pile that has weighed on its shares since the pandemic.",
          alt=[(970 * M, "EUR")], note="TPG buys Sabre's hotel software unit; restated in 013 in EUR with the month only"),
        D("sabre-google-addon-2025", ["Sabre", "Google"], "cloud_contract",
          180 * M, "USD", "exact", "2025-03", "signed",
          "To that end, the company also disclosed a $180 million add-on to its cloud and AI agreement with Google, signed in March, that lets Sabre use Google's Gemini models plus extra computing capacity through 2030.",
          term=["2025-03", "2030"],
          note="'the company' = Sabre; second of two Sabre-Google deals in the article"),
        D("sabre-google-2020", ["Sabre", "Google"], "cloud_contract",
          1 * B, "USD", "at_least", "2020", "signed",
          "The add-on sits on top of a ten-year partnership the two companies struck in 2020, which Sabre at the time said was worth more than $1 billion.",
          term=["2020", "2030"], kind_alt=["partnership"],
          note="background deal with an amount; 'more than' -> at_least; must stay apart from the 2025 add-on"),
    ],
    ["about $320 million", "about $960 million", "below $4 billion", "about $4.7 billion", "$3.12",
     "roughly $1.2 billion", "$4 price target"],
)

ARTICLES["011_duenenland_oracle_inselbrise.html"] = A(
    "2025-05-14", "from <meta name='date'>, JSON-LD datePublished and the byline 'Heringsdorf · 14.05.2025, 06:38 Uhr' (a Wednesday); 'Am Montag' -> 2025-05-12", "de",
    [
        D("duenenland-oracle-software", ["Dünenland Hotels", "Oracle"], "cloud_contract",
          6_500_000, "EUR", "approx", "2025-05-12", "signed",
          "Der Vertrag läuft fünf Jahre und ist rund 6,5 Millionen Euro schwer, wie Dünenland-Geschäftsführer Jasper Kuhlenkamp am Dienstag bestätigte.",
          kind_alt=["other"],
          note="signed 'Am Montag' (previous sentence, 'das Unternehmen' = Dünenland); 'am Dienstag' is only the confirmation"),
        D("duenenland-seehotel-achterwasser", ["Dünenland Hotels", "Seehotel Achterwasser"], "acquisition",
          11_800_000, "EUR", "exact", "2025-05", "announced",
          "Der Kaufpreis liegt bei 11,8 Millionen Euro, beurkundet werden soll der Vertrag im Juni.",
          note="buyer and hotel in the previous sentence; notarisation still pending -> announced; seller the Rehbein family"),
    ],
    ["1,4 Millionen Euro Fördergeld", "94 Millionen Euro", "ab 189 Euro pro Nacht", "3,40 Euro",
     "4,2 Millionen Euro", "389.000 Euro", "7,49 Euro monatlich"],
)

ARTICLES["012_travel_stocks_conciergetape_en.txt"] = A(
    "2025-06-12", "from the header 'Close of trading · Thursday, 12 June 2025'; 'on Tuesday' -> 2025-06-10", "en",
    [
        D("hyatt-playa", ["Hyatt", "Playa Hotels & Resorts"], "acquisition",
          2.6 * B, "USD", "approx", "2025-02", "completed",
          "The acquisition, agreed in February, was valued at roughly $2.6 billion including debt.",
          note="buyer and target in the previous sentence (completion 'on Wednesday'); dated to the agreement in February"),
        D("hyatt-cayolindo-playa-realestate", ["Hyatt", "Cayo Lindo Resorts"], "acquisition",
          1.9 * B, "USD", "approx", "2025-06", "negotiating",
          "It is in exclusive talks to sell the Playa real estate to Cayo Lindo Resorts, a buyer group backed by two Caribbean pension funds, for about $1.9 billion, and would keep long-term management contracts for the hotels.",
          kind_alt=["other"], note="'It' / 'The Chicago chain' = Hyatt; exclusive talks"),
        D("tidewell-amadeus", ["Tidewell Hospitality", "Amadeus"], "cloud_contract",
          48 * M, "GBP", "exact", "2025-06-10", "signed",
          "Tidewell will pay £48 million (around €57 million) over the term for the Spanish group's revenue-management and guest-data software, including a forecasting model that sets room rates up to a year ahead.",
          alt=[(57 * M, "EUR")], kind_alt=["other"],
          note="seven-year contract 'signed on Tuesday' (previous sentence); 'the Spanish group' = Amadeus"),
    ],
    ["$150 million share buyback", "$14 target", "$137.20", "$262.85", "$248.10", "318p", "€71.40",
     "$16.72", "$251.30", "$22.18", "$5,472", "$162.90", "$6.2 billion", "$2,900 a month"],
)

ARTICLES["013_amadeus_hafenmeister.txt"] = A(
    "2025-07-09", "from the header 'Stand: 09.07.2025 · Schlusskurse vom 08.07.2025'", "de",
    [
        D("amadeus-microsoft-azure-2025", ["Amadeus", "Microsoft"], "cloud_contract",
          1.5 * B, "EUR", "range", "2025-06", "signed",
          "Nach unseren Berechnungen, die auf den bisherigen Cloud-Ausgaben und der Zahl der Transaktionen beruhen, dürfte der Vertrag über die gesamte Laufzeit zwischen 1,5 und 2 Milliarden Euro wert sein.",
          amount_max=2 * B,
          note="ten-year extension 'Im Juni' (two sentences earlier); valued only by the analysts (range)"),
        D("amadeus-visionbox", ["Amadeus", "Vision-Box"], "acquisition",
          320 * M, "EUR", "approx", "2024", "completed",
          "Die im vergangenen Jahr für rund 320 Millionen Euro abgeschlossene Übernahme von Vision-Box, einem Anbieter biometrischer Grenz- und Boarding-Systeme aus Portugal, wächst nach Angaben des Managements zweistellig.",
          note="'im vergangenen Jahr' -> 2024; buyer Amadeus from the context of the note"),
        D("tpg-sabre-hospitality", ["TPG", "Sabre"], "acquisition",
          970 * M, "EUR", "approx", "2025-04", "signed",
          "Wettbewerber Sabre hatte im April sein Hotelsoftwaregeschäft für umgerechnet rund 970 Millionen Euro an den Finanzinvestor TPG verkauft, um Schulden abzubauen.",
          note="same sale as 010, in EUR with the month only"),
    ],
    ["78 Euro", "66 Euro", "70,12 Euro", "gut 120 Millionen Euro", "bis zu einer Milliarde Euro",
     "1,24 Euro je Aktie"],
)

ARTICLES["014_sawaheel_microsoft_creekside_en.txt"] = A(
    "2025-09-09", "from the header 'Tuesday, September 9, 2025 · Dubai'; 'on Monday' -> 2025-09-08", "en",
    [
        D("sawaheel-microsoft", ["Sawaheel Hospitality", "Microsoft"], "cloud_contract",
          220 * M, "AED", "exact", "2025-09-08", "signed",
          "Sawaheel Hospitality, the Dubai group behind 23 hotels along the Gulf coast and in the Omani mountains, has agreed a five-year contract with Microsoft for cloud computing and artificial-intelligence services worth AED 220 million ($59.9 million), it announced on Monday.",
          alt=[(59_900_000, "USD")]),
        D("sawaheel-capex", ["Sawaheel Hospitality"], "capex_plan",
          1.5 * B, "AED", "exact", "2025-09", "planned",
          "Sawaheel intends to invest AED 1.5 billion over five years in new properties and technology, with about a fifth earmarked for digital systems, according to a presentation shown to reporters.",
          required=False, note="group-wide spending plan; optional"),
        D("sawaheel-junco-stake", ["Sawaheel Hospitality", "Junco Travel Tech"], "investment",
          20 * M, "USD", "approx", "2025-09", "negotiating",
          "One of them put the size of the investment at around $20 million for a stake of roughly 12 percent.",
          kind_alt=["acquisition"],
          note="parties in the previous sentence ('The group is negotiating to take a minority holding in Junco Travel Tech'); value from a source"),
    ],
    ["AED 4 billion", "AED 1,150 a night", "AED 350 million", "AED 28,000 a month", "AED 600 annual fee"],
)

ARTICLES["015_routenwerk_interview_reisekapital.txt"] = A(
    None, "interview without any date (only 'Lesezeit: acht Minuten'); relative dates ('im vergangenen Jahr') cannot be resolved", "de",
    [
        D("marisol-routenwerk-seriesb", ["Marisol Capital", "Routenwerk"], "investment",
          60 * M, "EUR", "exact", None, "completed",
          "Für die Serie B haben Sie 60 Millionen Euro eingesammelt, angeführt von Marisol Capital aus Lissabon.",
          note="restates the 2024 round of 004 in the interviewer's question"),
        D("routenwerk-falkenried-gpu", ["Routenwerk", "Falkenried Compute"], "cloud_contract",
          400_000, "EUR", "approx", None, "signed",
          "Bei Falkenried Compute in Dietzenbach haben wir uns für drei Jahre feste GPU-Kapazität reserviert; die Rechnung dafür beläuft sich auf monatlich rund 400.000 Euro.",
          per="month", note="'wir' = Routenwerk; three-year GPU reservation"),
        D("quellmoor-routenwerk-offer", ["Quellmoor Ventures", "Routenwerk"], "acquisition",
          180 * M, "EUR", "approx", None, "cancelled",
          "Quellmoor Ventures wollte uns im vergangenen Jahr komplett kaufen, für rund 180 Millionen Euro.",
          note="refused takeover offer ('Wir haben abgelehnt'); 'im vergangenen Jahr' has no anchor in an undated interview"),
        D("routenwerk-series-c", ["Routenwerk"], "investment",
          100 * M, "EUR", "range", None, "planned",
          "Wir sprechen mit Investoren über eine Serie C zwischen 100 und 120 Millionen Euro.",
          amount_max=120 * M, required=False, note="planned round without a named investor; optional"),
    ],
    ["140.000 Euro im Jahr", "zwei Cent", "mehr als einer halben Milliarde Euro", "elf Millionen Euro",
     "Einzelausgabe 12 Euro", "Jahresabo 96 Euro"],
)

ARTICLES["016_coralbay_gangway_porthole_en.html"] = A(
    "2025-10-14", "from <meta parsely-pub-date>, JSON-LD datePublished and <time datetime='2025-10-14'> ('Tue 14 Oct 2025')", "en",
    [
        D("coralbay-gangway-expansion-2025", ["Coralbay Voyages", "Gangway Data"], "supply",
          95 * M, "USD", "exact", "2025-10", "signed",
          "The Miami cruise line signed a new contract worth $95 million with Gangway Data last week, extending the shipboard GPU racks it already runs to its three newest vessels and adding a shore-side control room in Fort Lauderdale.",
          kind_alt=["cloud_contract"],
          note="'last week' in a 14 October article -> October 2025; second Coralbay-Gangway deal, must stay apart from the 2024 contract restated in the next sentence"),
        D("coralbay-gangway-fleet-2024", ["Coralbay Voyages", "Gangway Data"], "supply",
          240 * M, "USD", "exact", "2024-04", "signed",
          "It builds on the $240 million, six-year deal Coralbay struck with Gangway in April 2024, which put hardware on all eleven ships then in the fleet.",
          kind_alt=["cloud_contract"], note="restatement of the 002 contract with the month only"),
        D("marisol-coralbay-takeover", ["Marisol Capital", "Coralbay Voyages"], "acquisition",
          1.8 * B, "USD", "approx", "2025", "rumored",
          "Marisol Capital, the Lisbon-based investor best known for its bets on hotel and travel software, is preparing an offer to take Coralbay private at roughly $1.8 billion including debt.",
          alt=[(1.83 * B, "USD"), (1.58 * B, "EUR")],
          note="take-private talk from three sources; signed on 2025-11-19 for USD 1.83bn / EUR 1.58bn (017, alt_amounts); the year keeps the shared id's dates consistent"),
    ],
    ["$19.40", "about $1.15 billion", "around $650 million", "$1,099 per person", "$24.99 a day", "$49 per trip"],
)

ARTICLES["017_reise_liveticker_schalterticker.txt"] = A(
    "2025-11-20", "from the ticker header 'Donnerstag, 20. November 2025'; 'heute' -> 2025-11-20, 'am späten Mittwochabend' -> 2025-11-19", "de",
    [
        D("quellmoor-kielwasser-denied", ["Quellmoor Ventures", "Kielwasser Reisen"], "acquisition",
          120 * M, "EUR", "approx", "2025-11", "rumored",
          "Dementi aus Hamburg: Kielwasser Reisen weist einen Bericht zurück, wonach Quellmoor Ventures rund 120 Millionen Euro für den Veranstalter bieten wolle.",
          required=False, note="rumour denied by Kielwasser ('weder ein Angebot noch Gespräche'); optional"),
        D("aida-routenwerk", ["AIDA Cruises", "Routenwerk"], "other",
          14 * M, "EUR", "approx", "2025-11-20", "signed",
          "Das Rostocker Unternehmen hat heute einen Vertrag mit vier Jahren Laufzeit unterzeichnet, das Volumen liegt nach Schalterticker-Informationen bei rund 14 Millionen Euro.",
          kind_alt=["cloud_contract", "partnership"],
          note="'Das Rostocker Unternehmen' = AIDA Cruises ('Die Carnival-Tochter AIDA Cruises', previous sentence); shore-excursion software from Routenwerk"),
        D("sakuragi-junco", ["Sakuragi Travel", "Junco Travel Tech"], "acquisition",
          18 * B, "JPY", "exact", "2025-11-20", "signed",
          "Den Kaufpreis gaben die Japaner in Tokio mit 18 Milliarden Yen an, umgerechnet gut 100 Millionen Euro.",
          alt=[(100 * M, "EUR")],
          note="'die Japaner' = Sakuragi Travel; announced in the 10:20 entry of the ticker day; the unnamed Arab hotel group is not annotated"),
        D("msc-gangway", ["MSC Cruises", "Gangway Data"], "supply",
          82 * M, "USD", "exact", "2025-11-20", "signed",
          "Die Reederei zahlt 82 Millionen Dollar, rund 71 Millionen Euro.",
          kind_alt=["cloud_contract"],
          note="signing of the talks in 007 ('heute Vormittag unterschrieben', previous sentence)"),
        D("marisol-coralbay-takeover", ["Marisol Capital", "Coralbay Voyages"], "acquisition",
          1.83 * B, "USD", "exact", "2025-11-19", "signed",
          "Der Finanzinvestor aus Lissabon zahlt einschließlich Schulden 1,83 Milliarden Dollar, rund 1,58 Milliarden Euro.",
          note="'Der Finanzinvestor' = Marisol Capital (previous sentence); signed 'am späten Mittwochabend'; the rumour of 016"),
    ],
    ["7,88 Euro", "68,94 Euro", "23,10 Dollar", "21,85 Dollar", "1,45 Milliarden Euro", "0,10 Euro je Aktie",
     "24,50 Dollar", "sonst 29 Euro"],
)

ARTICLES["018_tidewell_sandholme_courier_en.txt"] = A(
    "2026-02-19", "from the header 'Thursday, 19 February 2026 · Business'; 'on Tuesday' -> 2026-02-17", "en",
    [
        D("cresswick-tidewell-leaseback", ["Cresswick Property Income", "Tidewell Hospitality"], "acquisition",
          130 * M, "GBP", "at_least", "2026-02-17", "signed",
          "Tidewell Hospitality, the largest employer on the Sandholme seafront, has sold the buildings of nine of its hotels to a property investor and will rent them back on 30-year leases, raising more than £130 million to pay down debt and fund what it calls \"the next phase of digital investment\".",
          kind_alt=["other"],
          note="sale-and-leaseback; buyer and 'exchanged on Tuesday' in the next paragraph; 'more than' -> at_least"),
        D("tidewell-cresswick-rent", ["Tidewell Hospitality", "Cresswick Property Income"], "other",
          8_900_000, "GBP", "exact", "2026-02-17", "signed",
          "Tidewell will pay an initial rent of £8.9 million a year, rising with inflation.",
          required=False, per="year",
          note="the lease-back rent of the same transaction; a reader may fold it into the sale; optional"),
        D("tidewell-victoria-baths", ["Tidewell Hospitality", "Sandholme Town Council"], "acquisition",
          4_200_000, "GBP", "exact", "2026-02", "announced",
          "In a separate announcement, the company said it had agreed to buy the derelict Victoria Baths on North Promenade from Sandholme Town Council for £4.2 million, subject to planning permission.",
          note="'the company' = Tidewell; subject to planning permission -> announced; day not given -> month"),
    ],
    ["£3.1 million", "about £180,000 a year", "296p", "£410 million", "£89 a night", "£2.50 an hour"],
)

ARTICLES["019_falkenried_marisol_mainufer.txt"] = A(
    "2026-05-20", "dateline without year 'Frankfurt, 20. Mai (mw)'; the year from the issue line 'Ausgabe 21 | 2026' and '© Mainufer Verlag 2026'; 'am Montag' -> 2026-05-18", "de",
    [
        D("marisol-falkenried", ["Marisol Capital", "Falkenried Compute"], "acquisition",
          410 * M, "EUR", "approx", "2026-05-18", "signed",
          "Marisol zahlt nach eigenen Angaben rund 410 Millionen Euro, inklusive der Schulden des Unternehmens.",
          note="parties and 'am Montag' in the previous sentences; antitrust approval pending"),
        D("brueckenhof-marisol-loan", ["Brückenhof Bank", "Marisol Capital"], "other",
          220 * M, "EUR", "exact", "2026-05", "signed",
          "Ein Bankenkonsortium unter Führung der Brückenhof Bank stellt Marisol dafür Kredite über insgesamt 220 Millionen Euro bereit, die sieben Jahre laufen, wie aus Finanzkreisen verlautete.",
          kind_alt=["investment"], note="acquisition loans from a consortium led by Brückenhof; day not given"),
        D("kielwasser-falkenried-2026", ["Kielwasser Reisen", "Falkenried Compute"], "cloud_contract",
          25 * M, "EUR", "approx", "2026-05", "signed",
          "Der Auftrag umfasst rund 25 Millionen Euro, bestätigte Kielwasser auf Nachfrage.",
          kind_alt=["supply", "other"],
          note="'Anfang Mai' and the booking in the previous sentence; 'Das Unternehmen' = Falkenried; second Kielwasser-Falkenried deal, not the 2024 contract of 001"),
        D("falkenried-rodgau-capex", ["Falkenried Compute"], "capex_plan",
          600 * M, "EUR", "approx", "2026-05", "planned",
          "Bis Ende 2028 will Falkenried rund 600 Millionen Euro in einen neuen Rechenzentrumscampus in Rodgau stecken; die Stadt hat das Gelände an der Bundesstraße 45 bereits reserviert.",
          term=[None, "2028-12"], kind_alt=["project"], note="a single campus plan, required"),
        D("marisol-coralbay-takeover", ["Marisol Capital", "Coralbay Voyages"], "acquisition",
          None, None, None, "2025-11", "completed",
          "Tatsächlich ist der Fonds an mehreren Unternehmen aus der Reisebranche beteiligt, darunter seit einem halben Jahr an der US-Reederei Coralbay.",
          required=False,
          note="amount-less background mention of the 2025 takeover ('seit einem halben Jahr' -> about November 2025); optional"),
    ],
    ["58 Millionen Euro", "21 Millionen Euro", "4,6 Millionen Euro", "18 Cent je Kilowattstunde",
     "9,80 Euro im Monat"],
)

ARTICLES["020_gangplank_letter_november26_en.txt"] = A(
    "2026-11-12", "from the issue line 'Issue 132 — Thursday, 12 November 2026'; 'on Tuesday' -> 2026-11-10; 'last month' -> 2026-10", "en",
    [
        D("booking-lanternfish", ["Booking Holdings", "Lanternfish Labs"], "acquisition",
          420 * M, "USD", "exact", "2026-11-10", "signed",
          "The Connecticut-based owner of Booking.com agreed on Tuesday to pay $420 million in cash and stock for the San Francisco startup, whose agent plans and books multi-stop trips without a human touching the itinerary.",
          note="parties named in the previous sentence; not the Expedia rumour of 008"),
        D("westerleigh-gangway-seriesc", ["Westerleigh Growth", "Gangway Data"], "investment",
          140 * M, "USD", "exact", "2026-10", "completed",
          "Gangway Data, the Fort Lauderdale maker of shipboard GPU racks, banked a $140m Series C last month.",
          note="lead investor in the next sentence ('Westerleigh Growth led')"),
        D("ncl-gangway", ["Norwegian Cruise Line Holdings", "Gangway Data"], "supply",
          110 * M, "USD", "range", "2026-11", "negotiating",
          "Gangway is negotiating with Norwegian Cruise Line Holdings over a fleet-wide contract valued by someone close to the talks at between $110 million and $130 million over five years.",
          amount_max=130 * M, kind_alt=["cloud_contract"]),
    ],
    ["$11 a month", "$1,349", "$38 billion", "about $650 million", "$700 million", "€1,450"],
)

ALIASES = {
    "Kielwasser Reisen": ["Kielwasser Reisen", "Kielwasser"],
    "Falkenried Compute": ["Falkenried Compute GmbH", "Falkenried Compute", "Falkenried"],
    "Routenwerk": ["Routenwerk"],
    "Coralbay Voyages": ["Coralbay Voyages", "Coralbay"],
    "Gangway Data": ["Gangway Data", "Gangway"],
    "Marriott": ["Marriott", "Marriott International", "Marriott Intl."],
    "citizenM": ["citizenM"],
    "Junco Travel Tech": ["Junco Travel Tech", "Junco"],
    "Quellmoor Ventures": ["Quellmoor Ventures", "Quellmoor"],
    "HomeToGo": ["HomeToGo", "HomeToGo SE"],
    "Interhome": ["Interhome"],
    "Brückenhof Bank": ["Brückenhof Bank", "Brückenhof"],
    "Marisol Capital": ["Marisol Capital", "Marisol"],
    "Microsoft": ["Microsoft", "Microsoft Azure", "Azure"],
    "TUI": ["TUI", "TUI AG", "TUI Group"],
    "Google": ["Google", "Google Cloud", "Alphabet-Tochter Google"],
    "Dünenland Hotels": ["Dünenland Hotels", "Dünenland"],
    "MSC Cruises": ["MSC Cruises", "MSC"],
    "Sonnenkehr Reisen": ["Sonnenkehr Reisen", "Sonnenkehr"],
    "Expedia": ["Expedia", "Expedia Group"],
    "Lanternfish Labs": ["Lanternfish Labs", "Lanternfish"],
    "Airbnb": ["Airbnb"],
    "GamePlanner.AI": ["GamePlanner.AI", "GamePlanner"],
    "Booking Holdings": ["Booking Holdings", "Booking"],
    "OpenAI": ["OpenAI"],
    "Skerrisund Cruises": ["Skerrisund Cruises AS", "Skerrisund Cruises", "Skerrisund"],
    "SpaceX": ["SpaceX", "Starlink"],
    "Hvalstad Sparebank": ["Hvalstad Sparebank", "Hvalstad"],
    "TPG": ["TPG", "TPG Inc."],
    "Sabre": ["Sabre", "Sabre Corp", "Sabre Corporation"],
    "Oracle": ["Oracle"],
    "Seehotel Achterwasser": ["Seehotel Achterwasser"],
    "Hyatt": ["Hyatt", "Hyatt Hotels"],
    "Playa Hotels & Resorts": ["Playa Hotels & Resorts", "Playa"],
    "Cayo Lindo Resorts": ["Cayo Lindo Resorts", "Cayo Lindo"],
    "Tidewell Hospitality": ["Tidewell Hospitality", "Tidewell"],
    "Amadeus": ["Amadeus", "Amadeus IT Group", "Amadeus IT"],
    "Vision-Box": ["Vision-Box", "Vision Box"],
    "Sawaheel Hospitality": ["Sawaheel Hospitality", "Sawaheel"],
    "Sakuragi Travel": ["Sakuragi Travel", "Sakuragi"],
    "AIDA Cruises": ["AIDA Cruises", "AIDA"],
    "Cresswick Property Income": ["Cresswick Property Income", "Cresswick"],
    "Sandholme Town Council": ["Sandholme Town Council"],
    "Westerleigh Growth": ["Westerleigh Growth", "Westerleigh"],
    "Norwegian Cruise Line Holdings": ["Norwegian Cruise Line Holdings", "Norwegian Cruise Line", "NCLH"],
}


def ints(x):
    """Whole amounts as ints (1.1 * B is a float)."""
    if isinstance(x, float) and x.is_integer():
        return int(x)
    if isinstance(x, float):
        return int(round(x))
    if isinstance(x, dict):
        return {k: ints(v) for k, v in x.items()}
    if isinstance(x, list):
        return [ints(v) for v in x]
    return x


def main():
    gold = {"about": ABOUT, "articles": ints(ARTICLES), "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in gold["articles"].values())
    print(f"wrote {out} ({len(gold['articles'])} articles, {n} deal mentions)")


if __name__ == "__main__":
    main()
