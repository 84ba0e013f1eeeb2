#!/usr/bin/env python3
"""Write gold.json for tests/corpus136 (the hand annotation, kept as a script).

Usage: python3 tests/corpus136/make_gold.py
Edit the annotation here and rerun; then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 136th held-out test corpus (tests/corpus136/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: airlines, airports and travel groups buying AI and compute "
    "(Lufthansa, Air France-KLM, IAG, Ryanair, Fraport, Munich Airport, Schiphol, Zurich Airport, Amadeus, "
    "Sabre, TUI, Expedia and invented aviation-software firms), 2024-2026. One entry per article; a deal "
    "that several articles report carries the same id in each. 'required': false marks vague or background "
    "mentions that an extractor may report or not without penalty (amount-less background deals, "
    "group-wide capex plans, a denied rumour, a deal from 2018). 'not_deals' lists money figures that are "
    "NOT deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes "
    "a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) "
    "states it in another currency or at another stage (rumour vs signing). 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <time datetime>, issue line or visible "
    "byline date, or null when the article has none); a cancelled deal keeps the date of the original "
    "agreement or talks; a completed deal keeps its agreement date; 'term' is the period the deal covers, "
    "where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. "
    "For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Taunusgrid, Kelstermark Datacenter GmbH, "
    "Skytrellis, Hollowbrook Ventures, Slotsmith, Mainufer Bank, Moosfeld Compute, Gatewise, Hangarøye, "
    "Polderwacht Data, Paxgrid, Fernweh Labs, Tripmosaic, Aerolume, Gljúfur Compute, Glattal Compute, "
    "Bellhaven Rostering; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly loosely based on public reports, partly "
    "invented or shifted. Nothing here is reporting."
)


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, per=None, alt=None, kind_alt=None, term=None, note=None):
    d = {
        "id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
        "currency": currency, "qualifier": qualifier, "date": date, "status": status,
        "required": required,
    }
    if kind_alt:
        d["kind_alt"] = kind_alt
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def none(id, parties, kind, date, status, evidence, required=False, kind_alt=None, note=None):
    """A deal mention without an amount."""
    return deal(id, parties, kind, None, None, None, date, status, evidence, required=required,
                kind_alt=kind_alt, note=note)


ARTICLES = {}

ARTICLES["001_lufthansa_googlecloud_parkettlaeufer.txt"] = {
    "published": "2024-02-06",
    "published_note": "from the stock-portal stamp '06.02.2024 · 08:41 Uhr'; 'am Montag' -> 2024-02-05; 'Bereits im Januar' -> 2024-01",
    "language": "de",
    "deals": [
        deal("lufthansa-googlecloud-2024", ["Lufthansa", "Google"], "cloud_contract", 400_000_000, "EUR",
             "approx", "2024-02-05", "signed",
             "Wie der Kranich-Konzern am Montag mitteilte, hat er mit der Google-Cloud-Sparte einen Vertrag über sieben Jahre geschlossen; das Volumen beziffern Unternehmenskreise auf rund 400 Millionen Euro.",
             alt=[(430_000_000, "USD")],
             note="'der Kranich-Konzern' = Lufthansa; seven-year contract, value from company circles; 004 restates it in USD "
                  "(month only), 017 in EUR (year only); different from the 2026 agent contract of the same pair (017)"),
        deal("lufthansa-taunusgrid-gpu", ["Lufthansa", "Taunusgrid"], "cloud_contract", 1_700_000, "EUR",
             "approx", "2024-01", "signed",
             "Die Miete beläuft sich nach Angaben aus dem Umfeld des Anbieters auf knapp 1,7 Millionen Euro im Monat.",
             per="month",
             note="monthly rent for a GPU block over three years; parties in the previous sentence ('Beim Eschborner "
                  "GPU-Vermieter Taunusgrid belegt Lufthansa ...'); 'Bereits im Januar' -> 2024-01; 'knapp' -> approx"),
    ],
    "not_deals": ["180 Millionen Euro", "7,12 Euro", "35,4 Milliarden Euro", "2,7 Milliarden Euro",
                  "acht Milliarden Euro", "8,40 Euro", "9,50 Euro", "rund 100 Millionen Euro",
                  "500 Euro im Monat", "0 Euro Ordergebühr", "8,5 Mrd. EUR"],
}

ARTICLES["002_amadeus_visionbox_meseta_en.txt"] = {
    "published": "2024-01-31",
    "published_note": "from the header 'January 31, 2024 · 07:05 CET' and the dateline 'MADRID, Jan 30'; 'on Tuesday' -> 2024-01-30",
    "language": "en",
    "deals": [
        deal("amadeus-visionbox", ["Amadeus", "Vision-Box"], "acquisition", 310_000_000, "EUR", "approx",
             "2024-01-30", "signed",
             "MADRID, Jan 30 (Meseta) - Amadeus, the Spanish company whose software books a big slice of global airline seats, has agreed to acquire Vision-Box, a Lisbon-based maker of facial-recognition gates and passenger identity software, for an enterprise value of about 310 million euros ($336 million), it said on Tuesday.",
             alt=[(336_000_000, "USD")],
             note="loosely based on a public report, amount and day shifted; 005 reports the completion"),
        none("amadeus-microsoft-azure", ["Amadeus", "Microsoft"], "cloud_contract", None, "signed",
             "Amadeus has been shifting its own systems to Microsoft's Azure cloud since it signed a long-term partnership with the U.S. software maker several years ago, a migration that it says cuts hosting costs and lets it offer machine-learning tools to airline customers.",
             kind_alt=["partnership"],
             note="background partnership, no amount ('Neither company has disclosed the financial value'), no year"),
        deal("amadeus-travelclick-2018", ["Amadeus", "TravelClick"], "acquisition", 1_520_000_000, "USD",
             "exact", "2018", "completed",
             "The acquisition is Amadeus' largest since it bought hotel-software firm TravelClick for $1.52 billion in 2018.",
             required=False, note="historical comparison, optional"),
    ],
    "not_deals": ["110 million euros", "$9 billion", "$3 billion", "63.40 euros", "28.6 billion euros",
                  "5.4 billion euros"],
}

ARTICLES["003_fraport_kelstermark_uferblatt.txt"] = {
    "published": "2024-05-16",
    "published_note": "from the dateline 'Kelsterbach, 16. Mai (ku)', which has no year; the year comes from the copyright line '© 2024 Kelsterbacher Uferblatt'",
    "language": "de",
    "deals": [
        deal("fraport-kelstermark-land", ["Fraport", "Kelstermark Datacenter"], "acquisition", 100_000_000,
             "EUR", "approx", "2024", "rumored",
             "Insidern zufolge geht es um rund hundert Millionen Euro; unterschrieben ist noch nichts.",
             kind_alt=["other"], alt=[(96_000_000, "EUR")],
             note="land sale talks from insiders, amount in words ('rund hundert Millionen Euro'); parties in the previous sentence (Fraport in talks with the Kelstermark "
                  "Datacenter GmbH); 008 reports the signing at €96m on 2024-10-22 (alt_amounts); only the year, so that "
                  "the shared id's dates agree; different from the 2026 heat contract (019)"),
    ],
    "not_deals": ["3,8 Millionen Euro", "zwischen zwei und vier Millionen Euro", "410 Euro je Quadratmeter",
                  "1,2 Millionen Euro", "699 Euro", "14,90 Euro im Monat"],
}

ARTICLES["004_skytrellis_turnaround_brief_en.txt"] = {
    "published": "2024-03-21",
    "published_note": "from the issue line 'Issue 14 · Thursday 21 March 2024'; 'on Tuesday' -> 2024-03-19; 'last month' -> 2024-02",
    "language": "en",
    "deals": [
        deal("skytrellis-seriesb", ["Hollowbrook Ventures", "Skytrellis"], "investment", 65_000_000, "USD",
             "exact", "2024-03-19", "completed",
             "Denver's Skytrellis, which sells software that rebuilds crew rosters in minutes after storms or ATC strikes, has closed a $65 million Series B.",
             note="lead investor and 'said on Tuesday' in the next sentence; co-investor Amadeus Ventures not listed "
                  "(rounds list the lead); 018 and 020 restate it; different from the 2026 Series C (020)"),
        deal("lufthansa-googlecloud-2024", ["Lufthansa", "Google"], "cloud_contract", 430_000_000, "USD",
             "approx", "2024-02", "signed",
             "German readers will have seen this already, but for everyone else: Lufthansa Group signed a seven-year cloud contract with Google last month, worth roughly $430 million according to people briefed on the terms.",
             note="same contract as 001 (EUR, day), here in USD with the month only ('last month')"),
    ],
    "not_deals": ["$410 million", "$2.10", "$1.1 billion", "$185,000", "€690"],
}

ARTICLES["005_amadeus_tui_buchungsklasse.txt"] = {
    "published": "2024-06-14",
    "published_note": "from the issue line 'Ausgabe 24/2024 · Freitag, 14. Juni 2024'; 'am Mittwoch' -> 2024-06-12 (closing); 'vergangene Woche' -> 2024-06",
    "language": "de",
    "deals": [
        deal("amadeus-visionbox", ["Amadeus", "Vision-Box"], "acquisition", 310_000_000, "EUR", "approx",
             "2024-01", "completed",
             "Den Kaufpreis hatten die Spanier bei der Ankündigung mit rund 310 Millionen Euro angegeben, einschließlich Schulden.",
             note="'die Spanier' = Amadeus, Vision-Box in the previous sentences; completed 'am Mittwoch' (2024-06-12); "
                  "the date is the agreement ('Die im Januar vereinbarte Übernahme')"),
        deal("tui-amadeus-2024", ["TUI", "Amadeus"], "other", 80_000_000, "EUR", "approx", "2024-06", "signed",
             "Branchenkreisen zufolge hat der Vertrag ein Volumen von rund 80 Millionen Euro.",
             kind_alt=["cloud_contract"],
             note="technology contract extended for five years; parties in the previous paragraph ('Der Hannoveraner "
                  "Reisekonzern TUI hat seinen Technologievertrag mit Amadeus vergangene Woche vorzeitig verlängert')"),
        none("sabre-google-2024", ["Sabre", "Google"], "partnership", "2024-06", "signed",
             "Sabre hat seine seit 2020 bestehende Partnerschaft mit Google Cloud um generative KI für Reisebüro-Oberflächen erweitert.",
             kind_alt=["cloud_contract"],
             note="amount-less extension in a news-in-brief list; no date given -> month of the issue; different from the "
                  "2025 extension valued at $350-400m (015)"),
    ],
    "not_deals": ["gut 1,5 Milliarden Euro", "20,7 Milliarden Euro", "gut 30 Milliarden Euro",
                  "39 Euro pro Arbeitsplatz und Monat", "249 Euro", "179 Euro", "198 Euro", "6,50 Euro"],
}

ARTICLES["006_iag_microsoft_bathroad_en.html"] = {
    "published": "2024-09-10",
    "published_note": "from <meta property='article:published_time'>, <time datetime='2024-09-10T06:30:00+01:00'> and the byline 'Tue 10 Sep 2024'; 'on Monday' -> 2024-09-09; 'last month' -> 2024-08",
    "language": "en",
    "deals": [
        deal("iag-microsoft-azure", ["IAG", "Microsoft"], "cloud_contract", 180_000_000, "GBP", "approx",
             "2024-09-09", "signed",
             "Nobody at either company would confirm a figure, but a pair of insiders who have gone through the paperwork reckon it is worth about £180 million across the six years – by some distance the biggest technology award IAG has ever handed out.",
             note="value from insiders; signing 'on Monday' and the parties ('The airline group', 'the US software "
                  "company') in the previous sentence"),
        deal("iag-slotsmith-stake", ["IAG", "Slotsmith"], "investment", 22_000_000, "GBP", "exact", "2024-08",
             "completed",
             "The group paid £22m for roughly 18 per cent of the business, according to a filing at Companies House.",
             note="'The group' = IAG (through its Hangar 51 programme), 'the business' = Slotsmith (previous sentence, "
                  "'last month'); different from the 2026 takeover talks (019)"),
    ],
    "not_deals": ["£120m", "£1.28bn", "172p", "230p", "€3.5bn", "£32m", "£14bn", "£389", "£34,995"],
}

ARTICLES["007_ryanair_aws_swordscourier_en.txt"] = {
    "published": "2024-11-07",
    "published_note": "from the date line 'Thursday, 7 November 2024 · Business'; 'on Tuesday' -> 2024-11-05",
    "language": "en",
    "deals": [
        deal("ryanair-aws-2024", ["Ryanair", "Amazon"], "cloud_contract", 150_000_000, "EUR", "exact",
             "2024-11-05", "signed",
             "Ryanair has agreed a five-year cloud and artificial intelligence deal with Amazon Web Services worth €150 million, the Swords-based airline confirmed on Tuesday, deepening a relationship that goes back almost a decade."),
    ],
    "not_deals": ["€1.81 billion", "€51", "€438 million", "€16.92", "€35", "€95 per week"],
}

ARTICLES["008_fraport_kelstermark_wirtschaftsspiegel.txt"] = {
    "published": "2024-10-23",
    "published_note": "from the date line 'Mittwoch, 23. Oktober 2024 · Unternehmen · Seite 17'; 'am Dienstag' -> 2024-10-22; 'Im Juli' -> 2024-07",
    "language": "de",
    "deals": [
        deal("fraport-kelstermark-land", ["Fraport", "Kelstermark Datacenter"], "acquisition", 96_000_000,
             "EUR", "exact", "2024-10-22", "signed",
             "Den notariellen Kaufvertrag über 96 Millionen Euro unterzeichneten beide Seiten am Dienstag, bestätigte ein Fraport-Sprecher.",
             kind_alt=["other"],
             note="'beide Seiten' = Fraport and the buyer Kelstermark Datacenter GmbH (previous sentences); signing of "
                  "the land sale rumoured in 003; 'drei Monate später' after the July loan"),
        deal("mainufer-kelstermark-loan", ["Mainufer Bank", "Kelstermark Datacenter"], "other", 420_000_000,
             "EUR", "exact", "2024-07", "signed",
             "Im Juli hatte sich die Projektgesellschaft bei der Mainufer Bank einen Baukredit über 420 Millionen Euro gesichert; drei Monate später ist nun auch das Grundstück gekauft.",
             kind_alt=["investment"], note="construction loan; 'die Projektgesellschaft' = Kelstermark"),
        deal("kelstermark-campus-capex", ["Kelstermark Datacenter"], "capex_plan", 900_000_000, "EUR", "approx",
             "2024-10", "planned",
             "Insgesamt will das Unternehmen rund 900 Millionen Euro in die drei geplanten Gebäude investieren.",
             kind_alt=["project"], note="'das Unternehmen' = Kelstermark; the developer's own campus plan"),
        deal("fraport-terminal3-capex", ["Fraport"], "capex_plan", 4_000_000_000, "EUR", "approx", None,
             "planned",
             "Fraport steckt mitten im Bau des Terminals 3, für das der Konzern insgesamt rund vier Milliarden Euro veranschlagt, und hat sich zugleich zum Abbau seiner Nettoschulden verpflichtet.",
             required=False, note="group-wide background capex (terminal budget), amount in words; optional"),
    ],
    "not_deals": ["47,80 Euro", "zwischen 1,26 und 1,38 Milliarden Euro", "neun bis elf Millionen Euro je Megawatt",
                  "15 Millionen Euro", "150 bis 180 Euro"],
}

ARTICLES["009_flughafen_muenchen_moosfeld_moosblatt.html"] = {
    "published": "2025-03-14",
    "published_note": "from <meta name='date' content='2025-03-14'> and the date line 'Erding · Freitag, 14. März 2025'; 'am Donnerstag' -> 2025-03-13",
    "language": "de",
    "deals": [
        deal("munich-moosfeld-jv", ["Flughafen München", "Moosfeld Compute"], "joint_venture", 650_000_000,
             "EUR", "approx", "2025-03-13", "signed",
             "Das Projekt soll rund 650 Millionen Euro kosten, der Flughafen hält 51 Prozent, Moosfeld den Rest.",
             kind_alt=["project"], alt=[(700_000_000, "USD")],
             note="joint venture founded 'am Donnerstag' (previous sentence); the amount is the project cost; 010 "
                  "restates it in USD"),
        none("swm-munich-airport-power", ["Stadtwerke München", "Flughafen München"], "supply", None, "signed",
             "Einen Teil des Stroms soll die Anlage vom geplanten Solarpark an der Südbahn beziehen, den Rest liefern die Stadtwerke München, mit denen nach Angaben des Flughafens eine Vereinbarung unterschrieben ist.",
             note="power supply without a price ('Über deren Preis wurde nichts bekannt') and without a date; optional"),
    ],
    "not_deals": ["rund 62 Millionen Euro", "rund 1,6 Milliarden Euro", "39 Euro", "13,80 Euro"],
}

ARTICLES["010_jetbridge_weekly_apr25_en.txt"] = {
    "published": "2025-04-04",
    "published_note": "from the issue line 'Issue 61 · Friday 4 April 2025'; 'on Wednesday' -> 2025-04-02; 'on Monday' -> 2025-03-31; 'last month' -> 2025-03",
    "language": "en",
    "deals": [
        deal("ryanair-gatewise", ["Ryanair", "Gatewise"], "acquisition", 38_000_000, "EUR", "exact",
             "2025-04-02", "completed",
             "Ryanair paid €38 million in cash for the whole company, the airline said on Wednesday, and all 45 staff will move to its Airside tech campus.",
             note="'the whole company' = Gatewise (previous sentence); different from Ryanair's AWS contract (007)"),
        deal("lufthansatechnik-hangaroye", ["Lufthansa Technik", "Hangarøye"], "investment", 120_000_000, "NOK",
             "exact", "2025-03-31", "signed",
             "The maintenance group is putting NOK 120 million (about €10.5 million) into the business for just under a quarter of the shares, both sides said on Monday.",
             alt=[(10_500_000, "EUR")],
             note="'The maintenance group' = Lufthansa Technik, 'the business' = Hangarøye (previous sentence)"),
        deal("munich-moosfeld-jv", ["Flughafen München", "Moosfeld Compute"], "joint_venture", 700_000_000,
             "USD", "approx", "2025-03", "signed",
             "The project is budgeted at about $700 million; the airport company holds 51 per cent.",
             kind_alt=["project"],
             note="same venture as 009 (EUR, day), here in USD with the month ('last month'); parties in the previous sentence"),
    ],
    "not_deals": ["€22 million", "more than €8 billion", "$4.3 billion", "€1,900", "€49", "€12 monthly",
                  "€120 annually"],
}

ARTICLES["011_schiphol_polderwacht_herald_en.txt"] = {
    "published": "2025-05-19",
    "published_note": "from the stamp 'HOOFDDORP · 19.05.2025, 09:10 · updated 11:45'; 'on Friday' -> 2025-05-16; 'On Thursday' -> 2025-05-15",
    "language": "en",
    "deals": [
        deal("schiphol-polderwacht-lease", ["Schiphol", "Polderwacht Data"], "other", 180_000_000, "EUR",
             "approx", "2024-02", "cancelled",
             "Over its full term it would have brought Schiphol about €180 million in rent, according to figures presented to the municipal council last year.",
             note="30-year ground lease signed 'in February 2024' (previous sentence), dissolved 'on Friday' (2025-05-16); "
                  "'it' = the lease; cancelled keeps the agreement date"),
        deal("schiphol-paxgrid", ["Schiphol", "Paxgrid"], "supply", 45_000_000, "EUR", "at_least", "2025-05-15",
             "signed",
             "On Thursday the airport signed a contract worth more than €45 million with Paxgrid, an Eindhoven company whose sensors and forecasting software predict how crowded security lanes and passport control will be up to six hours ahead.",
             kind_alt=["other", "cloud_contract"], note="'more than' -> at_least; 'the airport' = Schiphol"),
        deal("schiphol-investment-programme", ["Schiphol"], "capex_plan", 6_000_000_000, "EUR", "approx", None,
             "announced",
             "The contract is part of Schiphol's wider investment programme of around €6 billion over five years, which covers a new pier, baggage systems and the renovation of its oldest terminal areas.",
             required=False, note="group-wide investment programme, background; optional"),
    ],
    "not_deals": ["€207 million", "€11 million", "€840 million", "€2.95 per kilometre"],
}

ARTICLES["012_tui_fernweh_kursschleuse.txt"] = {
    "published": "2025-06-12",
    "published_note": "from the stock-portal stamp '12.06.2025 | 07:52'; 'am Mittwoch' -> 2025-06-11",
    "language": "de",
    "deals": [
        deal("tui-fernweh", ["TUI", "Fernweh Labs"], "acquisition", 70_000_000, "EUR", "approx", "2025-06-11",
             "signed",
             "TUI zahlt dafür nach eigenen Angaben rund 70 Millionen Euro, davon einen Teil abhängig vom Erreichen bestimmter Umsatzziele.",
             note="'dafür' = the Berlin start-up Fernweh Labs (previous sentence, 'Das Unternehmen übernimmt'); signed "
                  "'am Mittwoch' in the next sentence; antitrust approval pending"),
        deal("tui-microsoft-cloud", ["TUI", "Microsoft"], "cloud_contract", 120_000_000, "EUR", "up_to", "2025",
             "negotiating",
             "Nach Informationen von Kursschleuse aus Finanzkreisen könnte der Auftrag bis zu 120 Millionen Euro schwer sein; abgeschlossen sei aber noch nichts.",
             alt=[(118_000_000, "EUR")],
             note="talks (previous sentence: 'Parallel verhandelt TUI mit Microsoft'); 015 reports the signing at €118m "
                  "in August 2025 (alt_amounts); the year keeps the shared id's dates consistent"),
    ],
    "not_deals": ["knapp vier Millionen Euro", "7,46 Euro", "10,00 Euro", "7,80 Euro", "4,3 Milliarden Euro",
                  "1,3 Milliarden Euro", "3,8 Mrd. EUR", "25 Euro pro Monat"],
}

ARTICLES["013_lufthansa_airplus_westend.txt"] = {
    "published": "2025-06-26",
    "published_note": "from the date line 'Donnerstag, 26.06.2025 – 06:15'; 'am Mittwochabend' -> 2025-06-25 ('Im März' ... 'drei Monate später')",
    "language": "de",
    "deals": [
        deal("lufthansa-airplus-sap", ["Lufthansa", "SAP"], "acquisition", 440_000_000, "EUR", "approx",
             "2025-06-25", "signed",
             "Der Kaufpreis liege bei rund 440 Millionen Euro, teilten beide Konzerne am Mittwochabend in Frankfurt mit.",
             note="SAP buys Lufthansa's AirPlus for SAP Concur (previous sentences); loosely based on a public report, "
                  "amount and day shifted"),
        deal("lufthansa-ai-budget", ["Lufthansa"], "capex_plan", 250_000_000, "EUR", "approx", None, "planned",
             "Bis 2027 hat Lufthansa für Datenplattformen und KI-Anwendungen ein Budget von rund 250 Millionen Euro eingeplant, ein großer Teil davon fließt in die Zusammenarbeit mit Google.",
             required=False,
             note="group budget, optional; not a mention of the Google contract's own value"),
    ],
    "not_deals": ["etwa 17 Milliarden Euro", "rund 300 Millionen Euro", "5,6 Milliarden Euro", "7,03 Euro",
                  "253,80 Euro", "400 bis 500 Millionen Euro", "722 Millionen Euro", "1,6 Milliarden Euro"],
}

ARTICLES["014_expedia_tripmosaic_gallowtree_en.txt"] = {
    "published": "2025-08-08",
    "published_note": "from the stock-portal stamp 'Aug 8, 2025 · 4:41 PM ET'; 'on Thursday' -> 2025-08-07; 'earlier in the week' -> 2025-08",
    "language": "en",
    "deals": [
        deal("expedia-tripmosaic", ["Expedia", "Tripmosaic"], "acquisition", 210_000_000, "USD", "exact",
             "2025-08-07", "signed",
             "Alongside its results on Thursday, Expedia said it had agreed to buy Tripmosaic, a Seattle start-up whose AI agent assembles multi-city itineraries from a traveller's messages, calendar and loyalty accounts, for $210 million in cash."),
        deal("expedia-sabre-denied", ["Expedia", "Sabre"], "acquisition", 5_000_000_000, "USD", "approx",
             "2025-08", "rumored",
             "Management also addressed a report published earlier in the week that Expedia had approached Sabre about a takeover valued at around $5 billion including debt.",
             required=False, note="reported approach, denied by Expedia in the next sentence; optional"),
    ],
    "not_deals": ["$198.45", "$38 million", "$9 million", "$3.79 billion", "$3.71 billion", "$4.24",
                  "$31.9 billion", "$1.1 billion", "$3.27", "$225", "$205", "$190", "$2 billion a quarter",
                  "$25.6B"],
}

ARTICLES["015_sabre_commentary_wrenfallow_en.txt"] = {
    "published": "2025-09-03",
    "published_note": "from the blog line 'Posted 3 September 2025'; 'in April' -> 2025-04; 'last week' -> 2025-08; 'in August' -> 2025-08",
    "language": "en",
    "deals": [
        deal("sabre-tpg-hospitality", ["Sabre", "TPG"], "acquisition", 1_100_000_000, "USD", "approx", "2025-04",
             "completed",
             "Sabre agreed in April to sell its hospitality solutions unit to private-equity firm TPG for roughly $1.1 billion in cash, and the sale closed in July.",
             note="loosely based on a public report; agreed in April, closed in July -> completed with the agreement month"),
        deal("sabre-google-2025", ["Sabre", "Google"], "cloud_contract", 350_000_000, "USD", "range", "2025-08",
             "signed",
             "Neither side gave a figure, but two people involved in the negotiations put the value at between $350 million and $400 million over the term.",
             amount_max=400_000_000, kind_alt=["partnership"],
             note="seven-year extension 'last week' (previous sentence); value from sources; different from the "
                  "amount-less 2024 extension (005)"),
        deal("tui-microsoft-cloud", ["TUI", "Microsoft"], "cloud_contract", 118_000_000, "EUR", "exact", "2025-08",
             "signed",
             "TUI finally put its name to a Microsoft contract in August, worth €118 million through the end of 2028.",
             term=[None, "2028-12"],
             note="signing of the talks reported in 012 ('up to €120 million'); the earlier ceiling in the next "
                  "sentence is the same deal"),
    ],
    "not_deals": ["$4.9 billion", "$3.05", "$1.2 billion", "$4.00", "$530 million to $550 million", "€31 billion",
                  "$1,450 per seat"],
}

ARTICLES["016_airfranceklm_aerolume_tailfin_en.html"] = {
    "published": "2025-10-22",
    "published_note": "from <meta property='article:published_time'> and the byline 'Wed 22 Oct 2025'; 'In March' -> 2025-03; the talks 'seven months after' -> 2025-10",
    "language": "en",
    "deals": [
        deal("afklm-aerolume-takeover", ["Air France-KLM", "Aerolume"], "acquisition", 120_000_000, "EUR",
             "approx", "2025-10", "negotiating",
             "Under the terms being discussed, the group would pay about €120 million for the remaining shares, which would value Aerolume at roughly €160 million in total.",
             note="exclusive talks from two sources; 'the group' = Air France-KLM; the €160m is the implied valuation "
                  "(not_deal); different from the March 2025 stake"),
        deal("afklm-aerolume-stake", ["Air France-KLM", "Aerolume"], "investment", 40_000_000, "EUR", "exact",
             "2025-03", "completed",
             "In March its engineering and maintenance division, which operates as Air France Industries KLM Engineering & Maintenance, paid €40 million for a 25 per cent stake, a deal that at the time was described as a purely financial investment.",
             note="'its' = Air France-KLM ('the Franco-Dutch group'), stake in Aerolume ('the company', previous sentence)"),
        none("afklm-google-2022", ["Air France-KLM", "Google"], "partnership", "2022", "signed",
             "The group, whose data platform has run on Google Cloud since a partnership agreed in 2022, plans to offer Aerolume's software to outside customers from 2026.",
             kind_alt=["cloud_contract"], note="background partnership in a relative clause, no amount; optional"),
    ],
    "not_deals": ["roughly €160 million", "$3.2 billion", "$7.5 billion", "about €14 million", "€1.27 billion",
                  "€10.84", "€790"],
}

ARTICLES["017_lufthansa_google_agenten_kontorzeitung.txt"] = {
    "published": "2026-01-20",
    "published_note": "from the date line 'Dienstag, 20. Januar 2026 · Nr. 13 · Unternehmen & Märkte · Seite 15'; 'am Montag' -> 2026-01-19; 'Anfang 2024' -> 2024",
    "language": "de",
    "deals": [
        deal("lufthansa-google-agents-2026", ["Lufthansa", "Google"], "cloud_contract", 35_000_000, "EUR",
             "approx", "2026-01-19", "signed",
             "Lufthansa zahlt dafür nach Angaben aus Konzernkreisen jährlich rund 35 Millionen Euro, die Laufzeit beträgt fünf Jahre.",
             per="year", kind_alt=["other"],
             note="yearly rate for five years; contract 'am Montag' in the previous sentence; a second, separate "
                  "contract of the pair, must stay apart from the 2024 cloud contract restated in the same article"),
        deal("lufthansa-googlecloud-2024", ["Lufthansa", "Google"], "cloud_contract", 400_000_000, "EUR", "approx",
             "2024", "signed",
             "Damals ging es um rund 400 Millionen Euro über sieben Jahre für Rechenzentrumsleistung und Datenplattform.",
             note="restatement of the 2024 contract (001, 004); parties in the previous sentence ('den der "
                  "Kranich-Konzern Anfang 2024 mit dem Suchmaschinenkonzern geschlossen hatte')"),
    ],
    "not_deals": ["zwischen acht und zwölf Euro", "unter einem Euro", "95.000 Euro im Jahr", "gut 15 Milliarden Dollar",
                  "8,21 Euro", "knapp zwei Milliarden Euro", "34,90 Euro im Monat"],
}

ARTICLES["018_skytrellis_interview_flugdeck.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the interview (only 'Lesezeit etwa sechs Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        deal("skytrellis-seriesb", ["Hollowbrook Ventures", "Skytrellis"], "investment", 65_000_000, "USD", "exact",
             None, "completed",
             "Die 65 Millionen Dollar aus der Runde mit Hollowbrook Ventures haben wir vor allem in zwei Dinge gesteckt: in das Büro hier in Frankfurt und in Rechenzeit.",
             note="restatement of the 2024 Series B (004); 'wir' = Skytrellis"),
        deal("skytrellis-gljufur-gpu", ["Skytrellis", "Gljúfur Compute"], "cloud_contract", 600_000, "USD", "approx",
             None, "signed",
             "Dafür mieten wir Kapazität bei Gljúfur Compute in Island, das kostet uns derzeit rund 600.000 Dollar im Monat.",
             per="month", note="'wir'/'uns' = Skytrellis; monthly GPU rent; undated interview"),
        deal("lufthansa-skytrellis-offer", ["Lufthansa", "Skytrellis"], "acquisition", 300_000_000, "USD", "approx",
             None, "cancelled",
             "Die Lufthansa wollte uns im Herbst komplett übernehmen und hat rund 300 Millionen Dollar auf den Tisch gelegt.",
             note="'uns' = Skytrellis; offer refused ('Das haben wir abgelehnt'); 'im Herbst' without a year -> null"),
    ],
    "not_deals": ["gut 400 Millionen Dollar", "rund 28 Millionen Dollar", "etwa 14 Dollar", "170.000 Dollar",
                  "110.000 Euro", "12,50 Euro", "89 Euro"],
}

ARTICLES["019_luftfahrt_liveticker_startbahn.txt"] = {
    "published": "2026-04-16",
    "published_note": "from the ticker date 'Donnerstag, 16. April 2026' (entries by time); 'am Mittwoch' -> 2026-04-15; 'heute Vormittag' -> 2026-04-16",
    "language": "de",
    "deals": [
        deal("zurich-glattal-lease", ["Flughafen Zürich", "Glattal Compute"], "other", 85_000_000, "CHF", "approx",
             "2026-04-15", "signed",
             "Über die Laufzeit von 60 Jahren fließen dafür rund 85 Millionen Franken an den Flughafen, umgerechnet etwa 91 Millionen Euro.",
             kind_alt=["acquisition"], alt=[(91_000_000, "EUR")],
             note="60-year ground lease (Baurechtsvertrag) signed 'am Mittwoch' in the previous sentence; 'Franken' = CHF"),
        deal("fraport-kelstermark-heat", ["Fraport", "Kelstermark Datacenter"], "supply", 3_500_000, "EUR", "approx",
             "2026-04-16", "signed",
             "Laut einer Mitteilung von heute Vormittag zahlt Fraport dafür jährlich etwa 3,5 Millionen Euro, der Vertrag läuft 15 Jahre.",
             per="year",
             note="waste heat from Kelstermark's data centre (previous sentences); second deal of the pair, must stay "
                  "apart from the 2024 land sale mentioned in the same entry"),
        none("fraport-kelstermark-land", ["Fraport", "Kelstermark Datacenter"], "acquisition", "2024", "signed",
             "Der Rechenzentrumsentwickler hatte das Grundstück am Südrand des Flughafens 2024 vom Flughafenbetreiber gekauft, die erste Halle geht Ende 2026 in Betrieb.",
             kind_alt=["other"],
             note="amount-less restatement of the 2024 land sale (003, 008); 'Der Rechenzentrumsentwickler' = Kelstermark, "
                  "'vom Flughafenbetreiber' = Fraport; optional"),
        deal("amadeus-ai-capex", ["Amadeus"], "capex_plan", 1_500_000_000, "EUR", "approx", "2026-04", "planned",
             "Amadeus will bis 2028 etwa 1,5 Milliarden Euro für KI-Produkte und die dafür nötige Infrastruktur ausgeben, kündigte der Konzern auf seinem Investorentag an.",
             required=False, note="group-wide spending plan; the investor day's date is not given; optional"),
        deal("iag-slotsmith-takeover", ["IAG", "Slotsmith"], "acquisition", 150_000_000, "GBP", "range", "2026-04",
             "negotiating",
             "Im Gespräch sei ein Preis zwischen 150 und 180 Millionen Pfund für alle Anteile.",
             amount_max=180_000_000,
             note="talks from financial circles; parties in the previous sentence ('Die British-Airways-Mutter IAG "
                  "verhandelt ... Slotsmith'); different from the 2024 minority stake (006)"),
    ],
    "not_deals": ["350 Euro im Monat", "58,30 Euro", "8,72 Euro", "mehr als 7 Milliarden Euro", "49 Euro am Tag",
                  "9,90 Euro im Jahr"],
}

ARTICLES["020_skytrellis_seriesc_harbourlight_en.txt"] = {
    "published": "2026-11-05",
    "published_note": "from the header 'November 5, 2026 · 06:30 ET' and the dateline 'DENVER, Nov 4'; 'on Wednesday' -> 2026-11-04",
    "language": "en",
    "deals": [
        deal("skytrellis-seriesc", ["Hollowbrook Ventures", "Skytrellis"], "investment", 140_000_000, "USD",
             "exact", "2026-11-04", "completed",
             "DENVER, Nov 4 (Harbourlight) - Skytrellis, whose software rebuilds airline crew rosters after storms, strikes and air-traffic restrictions, has raised $140 million in Series C funding, with Hollowbrook Ventures leading once again, the company said on Wednesday.",
             note="lead investor listed (Expedia and airline venture arms took part); second round of the pair, must "
                  "stay apart from the 2024 Series B restated in the same article"),
        deal("skytrellis-seriesb", ["Hollowbrook Ventures", "Skytrellis"], "investment", 65_000_000, "USD", "exact",
             "2024", "completed",
             "Hollowbrook had also led Skytrellis' $65 million Series B in 2024.",
             note="restatement of 004 (genitive 'Skytrellis''), year only"),
        deal("skytrellis-bellhaven", ["Skytrellis", "Bellhaven Rostering"], "acquisition", 48_000_000, "CAD", "exact",
             "2026-11", "signed",
             "Skytrellis has agreed to buy Bellhaven Rostering, a Halifax, Nova Scotia, company that sells bidding and rostering systems to regional carriers, for C$48 million in cash and stock.",
             note="no day given for the agreement -> month of the announcement; closing expected in January"),
    ],
    "not_deals": ["$1.4 billion", "$900 million", "$61 million", "$28 million", "$2.3 billion", "$215,000"],
}

ALIASES = {
    "Lufthansa": ["Lufthansa", "Deutsche Lufthansa", "Deutsche Lufthansa AG", "Lufthansa Group", "Lufthansa-Konzern",
                  "Lufthansas", "Kranich-Konzern"],
    "Google": ["Google", "Google Cloud", "Google-Cloud-Sparte", "Alphabet"],
    "Taunusgrid": ["Taunusgrid"],
    "Amadeus": ["Amadeus", "Amadeus IT Group", "Amadeus Ventures"],
    "Vision-Box": ["Vision-Box", "Vision Box"],
    "Microsoft": ["Microsoft", "Azure", "Microsoft Azure"],
    "TravelClick": ["TravelClick"],
    "Fraport": ["Fraport", "Fraport AG"],
    "Kelstermark Datacenter": ["Kelstermark Datacenter GmbH", "Kelstermark Datacenter", "Kelstermark"],
    "Hollowbrook Ventures": ["Hollowbrook Ventures", "Hollowbrook"],
    "Skytrellis": ["Skytrellis"],
    "TUI": ["TUI", "TUI AG", "TUI Group", "TUIs"],
    "Sabre": ["Sabre", "Sabre Corp.", "Sabre Corporation"],
    "IAG": ["IAG", "International Airlines Group", "Hangar 51"],
    "Slotsmith": ["Slotsmith"],
    "Ryanair": ["Ryanair", "Ryanair Holdings"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Mainufer Bank": ["Mainufer Bank"],
    "Flughafen München": ["Flughafen München", "Flughafen München GmbH", "Munich Airport", "FMG"],
    "Moosfeld Compute": ["Moosfeld Compute", "Moosfeld"],
    "Stadtwerke München": ["Stadtwerke München", "SWM"],
    "Gatewise": ["Gatewise"],
    "Lufthansa Technik": ["Lufthansa Technik"],
    "Hangarøye": ["Hangarøye", "Hangaroye"],
    "Schiphol": ["Schiphol", "Royal Schiphol Group", "Schiphol Group"],
    "Polderwacht Data": ["Polderwacht Data", "Polderwacht"],
    "Paxgrid": ["Paxgrid"],
    "Fernweh Labs": ["Fernweh Labs", "Fernweh Labs GmbH"],
    "SAP": ["SAP", "SAP SE", "SAP Concur"],
    "Expedia": ["Expedia", "Expedia Group"],
    "Tripmosaic": ["Tripmosaic"],
    "TPG": ["TPG", "TPG Inc."],
    "Air France-KLM": ["Air France-KLM", "Air France KLM", "Air France Industries KLM Engineering & Maintenance"],
    "Aerolume": ["Aerolume"],
    "Gljúfur Compute": ["Gljúfur Compute", "Gljufur Compute"],
    "Flughafen Zürich": ["Flughafen Zürich", "Flughafen Zürich AG", "Zurich Airport", "Flughafen Zurich"],
    "Glattal Compute": ["Glattal Compute"],
    "Bellhaven Rostering": ["Bellhaven Rostering", "Bellhaven"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote {out} ({len(ARTICLES)} articles, {n} deal mentions)")


if __name__ == "__main__":
    main()
