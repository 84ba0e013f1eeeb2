#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus158/articles/.

The annotation lives here as data; edit it here and run the script to rewrite gold.json.
Usage: python3 tests/corpus158/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

M = 1_000_000
B = 1_000_000_000


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, per=None, alt=None, kind_alt=None, term=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if kind_alt:
        d["kind_alt"] = kind_alt
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if term:
        d["term"] = term
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


BUILD = ["project", "supply"]   # kind_alt for construction contracts (kind "other")

ARTICLES = {}

# ---------------------------------------------------------------------------------------------
ARTICLES["001_strabag_kinzigpforte_hochstadtkurier.txt"] = {
    "published": "2024-03-16",
    "published_note": "from the header 'MAINTAL · Samstag, 16. März 2024'; 'am Mittwoch' -> 2024-03-13; 'in dieser Woche' -> 2024-03",
    "language": "de",
    "deals": [
        deal("strabag-kinzigpforte-maintal-1", ["Kinzigpforte Rechenzentren", "Strabag"], "other",
             240 * M, "EUR", "approx", "2024-03-13", "signed",
             "Unterschrieben haben beide Seiten am Mittwoch in einem Frankfurter Notariat, der Auftragswert liegt nach Angaben der Bauherrin bei rund 240 Millionen Euro.",
             kind_alt=BUILD,
             note="construction contract (shell and envelope, first phase); parties in the previous sentence ('beide Seiten'); different from the second-phase contract of the same pair in 015"),
        deal("brenntal-strabag-steel-2024", ["Brenntal Stahl", "Strabag"], "supply",
             19 * M, "EUR", "approx", "2024-03", "signed",
             "Der Liefervertrag über Betonstahlmatten und Walzträger hat ein Volumen von knapp 19 Millionen Euro, teilte Brenntal in dieser Woche mit.",
             note="'knapp' = approx; buyer Strabag in the previous sentence; different from the 2026 delivery of the same pair in 019"),
        deal("kinzigpforte-maintal-capex", ["Kinzigpforte Rechenzentren"], "capex_plan",
             600 * M, "EUR", "at_least", "2024-03", "planned",
             "Insgesamt will das Unternehmen an dem Standort mehr als 600 Millionen Euro ausgeben, den größeren Teil davon für Technik: Kälteanlagen, Notstromaggregate, ein eigenes Umspannwerk.",
             required=False, kind_alt=["project"],
             note="'das Unternehmen' = Kinzigpforte; total spending plan for the site, optional"),
    ],
    "not_deals": ["jährlich bis zu 3,5 Millionen Euro", "6,8 Millionen Euro", "185 Euro je Quadratmeter",
                  "4.990 Euro", "2,1 Millionen Euro", "12,90 Euro pro Monat"],
}

ARTICLES["002_heidelberg_mesquite_rhinegate_en.txt"] = {
    "published": "2024-03-04",
    "published_note": "from the header 'March 4, 2024 · 7:12 a.m. ET' and the dateline; 'on Monday' -> 2024-03-04; 'Last month' -> 2024-02",
    "language": "en",
    "deals": [
        deal("heidelberg-mesquite", ["Heidelberg Materials", "Mesquite Ridge Cement"], "acquisition",
             610 * M, "USD", "exact", "2024-03-04", "signed",
             "HEIDELBERG, Germany, March 4 (Rhinegate) - Heidelberg Materials agreed on Monday to acquire Mesquite Ridge Cement, a family-controlled producer with one kiln near San Antonio and two import terminals on the Gulf Coast, for $610 million in cash, a wager that data-centre and chip-plant construction across the U.S. Sun Belt will keep cement demand high until at least 2030.",
             alt=[(560 * M, "EUR")],
             note="003 restates it in EUR (about €560m, 'Anfang März'), 008 reports the closing"),
        deal("heidelberg-redbud-cement", ["Heidelberg Materials", "Redbud Digital"], "supply",
             45 * M, "USD", "approx", "2024-02", "signed",
             "Under it, the company will deliver low-carbon cement and ready-mix concrete worth about $45 million over three years, Redbud said at the time.",
             note="'the company' = Heidelberg Materials North America, 'it' = the agreement signed 'Last month' with Redbud Digital (previous sentences)"),
    ],
    "not_deals": ["$212 million", "about $64 million", "about $48 billion", "roughly $31 billion",
                  "$160 a ton", "$135 a ton", "91.20 euros", "roughly 16.8 billion euros",
                  "roughly 2.3 billion euros"],
}

ARTICLES["003_heidelberg_mesquite_boersenbake.txt"] = {
    "published": "2024-03-12",
    "published_note": "from the portal stamp '12.03.2024 – 08:31 Uhr'; 'Am Montag' -> 2024-03-11; 'Anfang März' -> 2024-03",
    "language": "de",
    "deals": [
        deal("heidelberg-mesquite", ["Heidelberg Materials", "Mesquite Ridge Cement"], "acquisition",
             560 * M, "EUR", "approx", "2024-03", "signed",
             "Die rund 560 Millionen Euro schwere Übernahme des texanischen Zementherstellers Mesquite Ridge hatte Heidelberg Materials Anfang März bekannt gegeben.",
             alt=[(610 * M, "USD")],
             note="same deal as 002, here only in EUR and with the month"),
        deal("heidelberg-kinzigpforte-cement", ["Heidelberg Materials", "Kinzigpforte Rechenzentren"], "supply",
             6 * M, "EUR", "approx", "2024-03-11", "signed",
             "Sie hat mit dem Rechenzentrumsentwickler Kinzigpforte einen Liefervertrag geschlossen: Für den Neubau im hessischen Maintal liefert der Konzern CO2-reduzierten Zement und Transportbeton, das Auftragsvolumen beziffert Kinzigpforte auf rund sechs Millionen Euro.",
             note="'Sie' = the German Heidelberg-Materials-Tochter, 'Am Montag' in the previous sentence; amount in words"),
        deal("strabag-kinzigpforte-maintal-1", ["Kinzigpforte Rechenzentren", "Strabag"], "other",
             None, None, None, None, "signed",
             "Den Rohbau selbst errichtet dort die Strabag.",
             required=False, kind_alt=BUILD,
             note="amount-less background mention of the 001 contract ('dort' = Kinzigpforte's Maintal site)"),
    ],
    "not_deals": ["92,48 EUR", "93,10 EUR", "94,02 EUR", "21,2 Milliarden Euro", "rund 3 Milliarden Euro",
                  "3,00 Euro je Aktie", "bis zu 1,2 Milliarden Euro", "105 Euro",
                  "15 bis 20 Euro je Tonne", "88,50 Euro", "95 Euro", "ca. 17,1 Mrd. EUR",
                  "25 Euro monatlich", "500 Euro Ordervolumen"],
}

ARTICLES["004_skanska_redbud_slabreport_en.html"] = {
    "published": "2024-05-08",
    "published_note": "from <meta property='article:published_time'>, <time datetime> and the byline 'May 8, 2024'; 'on Tuesday' -> 2024-05-07; 'last year' -> 2023",
    "language": "en",
    "deals": [
        deal("skanska-redbud-loudoun", ["Skanska", "Redbud Digital"], "other",
             310 * M, "USD", "approx", "2024-05-07", "signed",
             "Skanska USA will build the first two data halls of the developer's Belmont Ridge campus in Loudoun County, Virginia, under a contract worth about $310 million, the Swedish group said on Tuesday.",
             alt=[(3.3 * B, "SEK")], kind_alt=BUILD,
             note="Skanska's own figure SEK 3.3 billion is in the next sentence (alt_amounts); 005 restates it in SEK, 011 in USD; different from the Culpeper contract of the same pair in 011"),
        deal("palisade-redbud-loan", ["Palisade Lane Bank", "Redbud Digital"], "other",
             450 * M, "USD", "exact", "2024-05", "signed",
             "To pay for the work, Redbud has closed a $450 million construction loan.",
             kind_alt=["investment"],
             note="lender named in the next sentence ('Palisade Lane Bank arranged the facility'); other lenders unnamed"),
        deal("catoctin-redbud-land", ["Redbud Digital", "Catoctin Run Holdings"], "acquisition",
             96 * M, "USD", "exact", "2023", "completed",
             "Redbud paid $96 million last year for the 112-acre site off Belmont Ridge Road, buying it from Catoctin Run Holdings, a land company controlled by a local family.",
             kind_alt=["other"], note="land purchase 'last year' -> 2023"),
    ],
    "not_deals": ["roughly $857,000 an acre", "about $185 per kilowatt per month", "roughly $875 million",
                  "SEK 192.60", "$695", "members $49", "non-members $149"],
}

ARTICLES["005_wochenrueckblick_moertelfuge.txt"] = {
    "published": "2024-05-31",
    "published_note": "from the issue line 'Ausgabe 22/2024 · Freitag, 31. Mai 2024'; 'am Dienstag' -> 2024-05-28; 'Anfang Mai' -> 2024-05",
    "language": "de",
    "deals": [
        deal("holcim-microsoft-europe-2024", ["Holcim", "Microsoft"], "supply",
             150 * M, "CHF", "approx", "2024-05-28", "signed",
             "Der am Dienstag unterzeichnete Rahmenvertrag hat nach Angaben aus Zug ein Volumen von rund 150 Millionen Franken und läuft von Juli 2024 bis Ende 2028.",
             alt=[(170 * M, "USD")], term=["2024-07", "2028"],
             note="parties in the previous sentence; 008 restates it as 'roughly $170 million' (alt_amounts), 017 again in CHF; different from the 2026 contract of the same pair in 017"),
        deal("skanska-redbud-loudoun", ["Skanska", "Redbud Digital"], "other",
             3.3 * B, "SEK", "exact", "2024-05", "signed",
             "Skanska hat Anfang Mai einen Rechenzentrumsauftrag des US-Entwicklers Redbud Digital über 3,3 Milliarden schwedische Kronen in die Bücher genommen.",
             kind_alt=BUILD, note="same contract as 004, here in SEK with the month only"),
        deal("hafenkran-bauraster-seriesa", ["Hafenkran Ventures", "Bauraster"], "investment",
             11 * M, "EUR", "exact", "2024-05", "completed",
             "Das Münchner Start-up Bauraster, das mit KI aus BIM-Modellen Bauzeitenpläne und Taktplanungen erzeugt, hat elf Millionen Euro bei Investoren eingeworben.",
             note="amount in words; lead investor in the next sentence; the valuation of about €45m is not a deal"),
    ],
    "not_deals": ["rund 45 Millionen Euro", "118 Euro", "12 bis 25 Euro je Tonne", "rund 161 Milliarden Euro",
                  "4 Milliarden Euro", "89 Euro netto", "349 Euro", "690 Euro"],
}

ARTICLES["006_vinci_siteloom_calderledger_en.txt"] = {
    "published": "2024-07-09",
    "published_note": "from the header 'Tuesday 9 July 2024'; 'on Monday' -> 2024-07-08; 'In February' -> 2024-02",
    "language": "en",
    "deals": [
        deal("vinci-siteloom", ["Vinci", "Siteloom"], "acquisition",
             85 * M, "GBP", "approx", "2024-07-08", "signed",
             "Vinci Construction UK agreed on Monday to buy Siteloom for about £85m, the two companies said, in one of the largest takeovers of a Yorkshire tech firm this year.",
             note="repeated in words in a quote ('Eighty-five million pounds'); Vinci Construction UK = Vinci"),
        deal("pennine-siteloom-2022", ["Pennine Growth Capital", "Siteloom"], "investment",
             12 * M, "GBP", "exact", "2022", "completed",
             "Siteloom raised £12m in 2022 in a funding round led by Pennine Growth Capital, which valued the company at around £48m at the time.",
             required=False, note="background funding round of 2022; the valuation is not a deal"),
        deal("dunmore-siteloom-licence", ["Dunmore Civil", "Siteloom"], "cloud_contract",
             1.5 * M, "GBP", "exact", "2024-02", "signed",
             "In February Dunmore Civil, the Halifax contractor, signed a five-year licence under which it pays Siteloom £1.5m a year for the software across all its sites.",
             per="year", kind_alt=["other", "supply"], note="software licence, a rate per year over five years"),
    ],
    "not_deals": ["around £48m", "near £9.4m", "worth £4m", "£150,000", "£58,000 a year", "£74,000",
                  "£6,995"],
}

ARTICLES["007_strabag_bauraster_bauzeile.txt"] = {
    "published": "2024-10-17",
    "published_note": "dateline without year 'Wien, 17. Oktober (bzw)'; the year from the copyright line '© 2024 Bauzeile Wien Mediendienst GmbH'; 'am Mittwoch' -> 2024-10-16; talks begun 'im Juli', ended 'drei Monate später'",
    "language": "de",
    "deals": [
        deal("strabag-bauraster-talks", ["Strabag", "Bauraster"], "acquisition",
             70 * M, "EUR", "approx", "2024-07", "cancelled",
             "Im Gespräch war nach Informationen der Bauzeile ein Kaufpreis von rund 70 Millionen Euro, an dem die Verhandlungen zuletzt auch gescheitert sein sollen.",
             note="takeover talks begun in July and broken off in October; a cancelled deal keeps the date of the talks; parties in the previous sentences"),
        deal("strabag-mazovia-warsaw", ["Strabag", "Mazovia Datapark"], "other",
             620 * M, "PLN", "exact", "2024-10-16", "signed",
             "Auftraggeber ist der Entwickler Mazovia Datapark, das Volumen beträgt 620 Millionen Zloty, umgerechnet rund 145 Millionen Euro.",
             alt=[(145 * M, "EUR")], kind_alt=BUILD,
             note="Strabag Polska signed 'am Mittwoch' (previous sentence); construction contract"),
    ],
    "not_deals": ["45 Millionen Euro", "rund 1,2 Milliarden Zloty", "8,4 Milliarden Euro",
                  "25,9 Milliarden Euro", "38,20 Euro", "rund 900 Millionen Euro", "24 Euro im Monat",
                  "Jahresabo 240 Euro"],
}

ARTICLES["008_materials_ai_stoneleigh_en.txt"] = {
    "published": "2024-11-14",
    "published_note": "from the header 'Thursday, 14 November 2024' (prices of 13 November); 'in March', 'In May' -> 2024-03, 2024-05; 'Last month' -> 2024-10",
    "language": "en",
    "deals": [
        deal("heidelberg-mesquite", ["Heidelberg Materials", "Mesquite Ridge Cement"], "acquisition",
             610 * M, "USD", "exact", "2024-03", "completed",
             "The $610 million purchase of Mesquite Ridge Cement, agreed in March, closed in September after U.S. clearance.",
             note="closing of the 002 deal; the date stays the month of the agreement"),
        deal("holcim-microsoft-europe-2024", ["Holcim", "Microsoft"], "supply",
             170 * M, "USD", "approx", "2024-05", "signed",
             "In May, Holcim signed a framework deal to supply low-carbon concrete for Microsoft data centres in Europe, worth roughly $170 million over its term.",
             note="same contract as 005 (CHF 150m), here in USD"),
        deal("heidelberg-sierrabajada", ["Heidelberg Materials", "Sierra Bajada Aggregates"], "acquisition",
             95 * M, "USD", "exact", "2024-10", "completed",
             "Last month Heidelberg Materials paid $95 million for Sierra Bajada Aggregates, a quarry operator east of Phoenix that supplies crushed stone to the chip and data-centre sites in the Valley."),
        deal("holcim-north-america-capex", ["Holcim"], "capex_plan",
             1.2 * B, "USD", "approx", None, "planned",
             "The plan: Holcim has told investors it expects to spend around $1.2 billion on capacity in North America by the end of 2027, with most of that money aimed at data-centre and semiconductor corridors.",
             required=False, term=[None, "2027"],
             note="group capital-spending intention, called 'intent, not commitment' by the analyst; optional"),
    ],
    "not_deals": ["$18–25 per cubic metre", "about $60 billion", "€1 billion", "EUR 112", "EUR 104",
                  "EUR 101.85", "CHF 92", "CHF 86.40", "about $250 billion", "£3,200 a year"],
}

ARTICLES["009_skanska_fjallgrund_frostline_en.txt"] = {
    "published": "2025-02-04",
    "published_note": "from the issue line 'No. 212 | Tuesday 4 February 2025'; 'on Monday' -> 2025-02-03; 'in January' -> 2025-01",
    "language": "en",
    "deals": [
        deal("skanska-fjallgrund-borlange", ["Skanska", "Fjällgrund"], "other",
             1.9 * B, "SEK", "exact", "2025-02-03", "signed",
             "The Stockholm-listed builder put the order at SEK 1.9 billion, roughly $175 million, when it announced it on Monday, and will book it in the first quarter.",
             alt=[(175 * M, "USD")], kind_alt=BUILD,
             note="'The Stockholm-listed builder' = Skanska; the client Fjällgrund Data in the previous sentence"),
        deal("graberg-fjallgrund-stake", ["Gråberg Infrastruktur", "Fjällgrund"], "acquisition",
             2.6 * B, "SEK", "approx", "2025-01", "completed",
             "Gråberg Infrastruktur, the Gothenburg infrastructure fund, completed its purchase of 49% of Fjällgrund in January, paying about SEK 2.6 billion in new shares and a small secondary piece from the founders.",
             kind_alt=["investment"], note="the implied company value (SEK 5.3bn) is not a deal"),
        deal("skanska-graberg-jv", ["Skanska", "Gråberg Infrastruktur"], "joint_venture",
             1 * B, "SEK", "exact", "2025-01", "announced",
             "- Skanska and Gråberg Infrastruktur said last week they are pooling SEK 1 billion in a new joint venture that will prepare data-centre plots across Norrland, with each partner holding half.",
             kind_alt=["investment", "partnership"],
             note="'last week' from Tuesday 4 February 2025 -> the week of 27-31 January -> 2025-01; joint starting capital of both partners"),
    ],
    "not_deals": ["34 öre/kWh", "roughly SEK 5.3 billion", "SEK 214bn", "SEK 11m", "SEK 85 million",
                  "SEK 4,900", "SEK 1,500", "€19 a month"],
}

ARTICLES["010_kinzigpforte_interview_traufhoehe.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesezeit: 8 Minuten'); the years the text names (2024) are kept, everything else is null",
    "language": "de",
    "deals": [
        deal("strabag-kinzigpforte-maintal-1", ["Kinzigpforte Rechenzentren", "Strabag"], "other",
             None, None, None, None, "signed",
             "Jana Wendehorst: Den Rohbau und die Hülle macht Strabag, das läuft bislang im Plan, und das ist bei einem Projekt dieser Größe keine Selbstverständlichkeit.",
             required=False, kind_alt=BUILD,
             note="amount-less restatement of the 001 contract by Kinzigpforte's CEO"),
        deal("harwick-kinzigpforte-stake", ["Harwick Infrastructure Partners", "Kinzigpforte Rechenzentren"], "investment",
             180 * M, "EUR", "approx", "2024", "completed",
             "Harwick Infrastructure Partners ist seit 2024 mit 40 Prozent an Bord, dafür sind rund hundertachtzig Millionen Euro zu uns geflossen, als Kapitalerhöhung, nicht an die Gründer.",
             kind_alt=["acquisition"], note="amount in words; 'uns' = Kinzigpforte; 40 % stake via a capital increase"),
        deal("eschenried-kinzigpforte-loan", ["Bankhaus Eschenried", "Kinzigpforte Rechenzentren"], "other",
             260 * M, "EUR", "up_to", None, "signed",
             "Zum anderen die Banken: Das Bankhaus Eschenried hat mit drei Partnerinstituten Baukredite über bis zu 260 Millionen Euro zugesagt.",
             kind_alt=["investment"], note="construction loans committed to Kinzigpforte (the interviewee's company); partner banks unnamed; no date"),
        deal("caldmoor-kinzigpforte-offer", ["Caldmoor Capital", "Kinzigpforte Rechenzentren"], "acquisition",
             900 * M, "EUR", "approx", "2024", "cancelled",
             "Wendehorst: Ja. Caldmoor Capital hat uns 2024 ein Angebot über rund 900 Millionen Euro für sämtliche Anteile gemacht.",
             note="offer for the whole company, refused ('Wir haben Nein gesagt')"),
    ],
    "not_deals": ["rund zehn Millionen Euro pro Megawatt", "17 Cent je Kilowattstunde", "72.000 Euro im Jahr",
                  "knapp 3 Millionen Euro", "14,80 Euro", "129 Euro jährlich"],
}

ARTICLES["011_skanska_culpeper_rappahannock_en.html"] = {
    "published": "2025-04-23",
    "published_note": "from <meta name='parsely-pub-date'> and the byline 'Wed., April 23, 2025'; 'on Tuesday' -> 2025-04-22; 'this month' -> 2025-04; 'Last year' -> 2024",
    "language": "en",
    "deals": [
        deal("skanska-redbud-culpeper", ["Skanska", "Redbud Digital"], "other",
             520 * M, "USD", "exact", "2025-04-22", "signed",
             "Skanska signed a $520 million contract with the developer on Tuesday, the Swedish company said in a statement, making it the largest private construction job in the county's history.",
             kind_alt=BUILD,
             note="'the developer' = Redbud Digital (previous paragraph); second Skanska–Redbud contract, different from the 2024 Loudoun contract named in the same article"),
        deal("skanska-redbud-loudoun", ["Skanska", "Redbud Digital"], "other",
             310 * M, "USD", "exact", "2024", "signed",
             "Last year Skanska won Redbud's $310 million contract for the first halls in Loudoun County, which are due to open this summer.",
             kind_alt=BUILD, note="restatement of the 004 contract"),
        deal("tallowfork-skanska-steel", ["Tallowfork Steel", "Skanska"], "supply",
             60 * M, "USD", "at_least", "2025-04", "signed",
             "Tallowfork Steel, a fabricator in Harrisonburg, said this month it had won a subcontract from Skanska worth more than $60 million to supply steel frames and roof trusses for the buildings."),
        deal("redbud-culpeper-capex", ["Redbud Digital"], "capex_plan",
             2.4 * B, "USD", "exact", None, "planned",
             "Redbud has said it could spend $2.4 billion on the Culpeper campus over the next decade if it finds tenants for all six planned buildings.",
             required=False, kind_alt=["project"], note="conditional long-term spending plan, optional"),
    ],
    "not_deals": ["about $38 million a year", "$148,000 a year", "$2.1 million", "$2.89", "$2.49 a gallon",
                  "$1 for your first 3 months", "$6.99 a month"],
}

ARTICLES["012_heidelberg_ofenblick_wirtschaftsecho.txt"] = {
    "published": "2025-06-12",
    "published_note": "from the issue line 'Wirtschaft · Donnerstag, 12. Juni 2025 · S. 17'; 'am Mittwoch' -> 2025-06-11; 'vergangene Woche' -> 2025-06; 'Im Frühjahr 2024' -> 2024",
    "language": "de",
    "deals": [
        deal("heidelberg-ofenblick-takeover", ["Heidelberg Materials", "Ofenblick"], "acquisition",
             95 * M, "EUR", "approx", "2025-06-11", "signed",
             "Für das Unternehmen zahlt der Konzern nach Informationen dieser Zeitung rund 95 Millionen Euro; der Kaufvertrag trägt seit Mittwoch die Unterschriften von Käufer und Verkäufern.",
             note="'das Unternehmen' = Ofenblick, 'der Konzern' = Heidelberg Materials (previous sentences); different from the 2024 Series A of the same pair"),
        deal("heidelberg-ofenblick-seriesa", ["Heidelberg Materials", "Ofenblick"], "investment",
             14 * M, "EUR", "exact", "2024", "completed",
             "Im Frühjahr 2024 hatte Heidelberg Materials die Serie-A-Runde des Start-ups angeführt und dabei 14 Millionen Euro investiert, damals bei einer Bewertung von rund 60 Millionen Euro.",
             note="seasons become the year; the valuation is not a deal"),
        deal("heidelberg-google-cloud", ["Heidelberg Materials", "Google"], "cloud_contract",
             8 * M, "EUR", "approx", "2025-06", "signed",
             "Er kostet Heidelberg Materials jährlich rund acht Millionen Euro und läuft fünf Jahre, von 2025 bis 2029.",
             per="year", term=["2025", "2029"],
             note="'Er' = the cloud and AI contract with Google Cloud closed 'vergangene Woche' (previous sentence); amount in words, per year"),
    ],
    "not_deals": ["rund 60 Millionen Euro", "bis zu 18 Millionen Euro jährlich", "21,2 Milliarden Euro",
                  "205 Euro", "176,35 Euro", "rund 73 Euro je Tonne CO2", "7,6 Millionen Euro",
                  "46,90 Euro im Monat", "29,90 Euro"],
}

ARTICLES["013_bau_liveticker_tickerschiene.txt"] = {
    "published": "2025-07-08",
    "published_note": "live ticker 'Dienstag, 8. Juli 2025', entries by time; 'heute Vormittag' -> 2025-07-08",
    "language": "de",
    "deals": [
        deal("hochtief-kairngate-stake", ["Hochtief", "Kairngate"], "acquisition",
             400 * M, "EUR", "approx", "2025", "rumored",
             "Für ein Paket von 30 Prozent könnten rund 400 Millionen Euro fließen, sagen zwei Kenner der Pläne der Tickerschiene.",
             alt=[(470 * M, "USD")], kind_alt=["investment"],
             note="rumour (07:41 entry), parties in the previous sentence; signed on 2025-07-23 for about $470m (€400m) per 014, so only the year is given here to keep the shared id's dates consistent"),
        deal("bilfinger-kinzigpforte-maintenance", ["Bilfinger", "Kinzigpforte Rechenzentren"], "supply",
             12 * M, "EUR", "approx", "2025-07-08", "signed",
             "Der Vertrag bringt Bilfinger jährlich rund zwölf Millionen Euro, er beginnt mit der Inbetriebnahme der ersten Halle 2026 und läuft bis Ende 2032.",
             per="year", term=["2026", "2032"], kind_alt=["other"],
             note="operation and maintenance contract; client Kinzigpforte in the previous sentence; amount in words, per year; 'heute Vormittag' in the next sentence"),
        deal("vinci-bauraster-denied", ["Vinci", "Bauraster"], "acquisition",
             80 * M, "EUR", "approx", "2025-07", "rumored",
             "Ein Sprecher des französischen Konzerns weist einen Bericht zurück, wonach Vinci das Münchner Bau-Software-Start-up Bauraster für rund 80 Millionen Euro kaufen wolle.",
             required=False, note="rumour denied by Vinci; optional"),
    ],
    "not_deals": ["171,40 Euro", "175 auf 190 Euro", "88,15 Euro", "500 Milliarden Euro", "monatlich 25 Euro",
                  "178,90 Euro", "45,60 Euro"],
}

ARTICLES["014_hochtief_kairngate_ashcombe_en.txt"] = {
    "published": "2025-07-24",
    "published_note": "from the header 'July 24, 2025 | 06:05 GMT'; dateline 'ESSEN, July 23', 'on Wednesday' -> 2025-07-23; 'last year' -> 2024",
    "language": "en",
    "deals": [
        deal("hochtief-kairngate-stake", ["Hochtief", "Kairngate"], "acquisition",
             470 * M, "USD", "approx", "2025-07-23", "signed",
             "ESSEN, July 23 (Ashcombe) - German builder Hochtief agreed on Wednesday to buy 30% of Kairngate Data Centres for about $470 million (€400 million), taking a stake in a developer rather than just building for one.",
             alt=[(400 * M, "EUR")], kind_alt=["investment"],
             note="signing of the stake rumoured in 013"),
        deal("threlkeld-kairngate-bridge", ["Threlkeld Bank", "Kairngate"], "other",
             150 * M, "GBP", "exact", "2024", "completed",
             "Part of Hochtief's payment is fresh capital; Kairngate will use some of it to repay a £150 million bridge loan that Threlkeld Bank provided last year to finish its first building.",
             kind_alt=["investment"], note="bridge loan provided 'last year' -> 2024"),
        deal("hochtief-datacentre-capex", ["Hochtief"], "capex_plan",
             1 * B, "EUR", "up_to", None, "planned",
             "Group-wide, Hochtief has said it could invest up to €1 billion in data-centre development projects by 2028, alongside partners.",
             required=False, term=[None, "2028"], note="group-wide investment plan, optional"),
    ],
    "not_deals": ["roughly €1.33 billion", "about €66 billion", "€176.20", "around €13 billion",
                  "about £165 per kilowatt per month"],
}

ARTICLES["015_maintal_zweiter_abschnitt_hochstadtkurier.txt"] = {
    "published": "2025-09-25",
    "published_note": "from the header 'MAINTAL · Donnerstag, 25. September 2025'; 'am Montag' -> 2025-09-22; 'am Dienstagabend' -> 2025-09-23; 'im August' -> 2025-08; 'im März 2024' -> 2024-03",
    "language": "de",
    "deals": [
        deal("strabag-kinzigpforte-maintal-2", ["Kinzigpforte Rechenzentren", "Strabag"], "other",
             210 * M, "EUR", "approx", "2025-09-22", "signed",
             "Der Vertrag über Rohbau, Fassade und Dach für zwei weitere Datenhallen wurde am Montag unterzeichnet und hat nach Angaben des Bauherrn ein Volumen von knapp 210 Millionen Euro.",
             kind_alt=BUILD,
             note="second-phase contract, parties in the previous sentence; different from the first-phase contract restated in the same article"),
        deal("strabag-kinzigpforte-maintal-1", ["Kinzigpforte Rechenzentren", "Strabag"], "other",
             240 * M, "EUR", "approx", "2024-03", "signed",
             "Damals hatte der Entwickler den ersten Abschnitt für rund 240 Millionen Euro an den österreichischen Konzern gegeben; die erste Halle ist inzwischen im Rohbau fertig, die Technik wird eingebaut.",
             kind_alt=BUILD,
             note="restatement of the 001 contract; 'Damals' = 'im März 2024' (previous sentence), 'der Entwickler' = Kinzigpforte, 'den österreichischen Konzern' = Strabag"),
        deal("maintal-kinzigpforte-land", ["Stadt Maintal", "Kinzigpforte Rechenzentren"], "acquisition",
             17.5 * M, "EUR", "exact", "2025-09-23", "announced",
             "Die Stadtverordneten stimmten am Dienstagabend mit 31 zu 8 Stimmen dafür, dem Unternehmen eine angrenzende, bisher landwirtschaftlich genutzte Fläche von 4,6 Hektar für 17,5 Millionen Euro zu verkaufen.",
             kind_alt=["other"],
             note="land sale by the town approved by the council, notarisation in October -> announced; 'dem Unternehmen' = Kinzigpforte"),
        deal("kesselring-kinzigpforte-earthworks", ["Kesselring Bau", "Kinzigpforte Rechenzentren"], "other",
             23 * M, "EUR", "approx", "2025-08", "signed",
             "Das Unternehmen beziffert den Auftrag auf rund 23 Millionen Euro und hat dafür zwölf zusätzliche Mitarbeiter eingestellt.",
             kind_alt=BUILD,
             note="'Das Unternehmen' = Gebr. Kesselring Bau, the award by Kinzigpforte 'im August' in the previous sentence"),
    ],
    "not_deals": ["gut 380 Euro je Quadratmeter", "9,2 Millionen Euro", "4,3 Millionen Euro",
                  "jährlich 3 bis 4 Millionen Euro", "14.900 Euro", "1,3 Millionen Euro", "13,90 Euro im Monat"],
}

ARTICLES["016_construction_close_girderstreet_en.txt"] = {
    "published": "2025-11-13",
    "published_note": "from the header 'Thursday, 13 November 2025 · Close of trading'; 'on Wednesday' -> 2025-11-12; 'on Tuesday' -> 2025-11-11; talks 'since the summer' -> 2025",
    "language": "en",
    "deals": [
        deal("vinci-garonnelle-stake", ["Vinci", "Garonnelle"], "acquisition",
             320 * M, "EUR", "approx", "2025-11-12", "signed",
             "Vinci agreed on Wednesday to buy 49% of Garonnelle, a Bordeaux-based data-centre developer, for about €320 million.",
             kind_alt=["investment"], note="the construction of the next two campuses is part of the same agreement; the implied value (€650m) is not a deal"),
        deal("skanska-cedarwane-texas", ["Skanska", "Cedarwane"], "other",
             290 * M, "USD", "exact", "2025-11-11", "signed",
             "Skanska added 1.4% to SEK 246.80 after saying on Tuesday that its U.S. unit had signed a $290 million contract with Cedarwane to build a data-centre hall in Hays County, Texas.",
             kind_alt=BUILD, note="the share price in the same sentence is not a deal"),
        deal("heidelberg-brackenfold-talks", ["Heidelberg Materials", "Brackenfold Aggregates"], "acquisition",
             200 * M, "GBP", "approx", "2025", "cancelled",
             "The two sides had negotiated since the summer about a price of around £200 million, Girder Street understands from three sources, but could not agree on pension liabilities.",
             note="talks ended (previous sentence names the parties); a cancelled deal keeps the date of the talks"),
        deal("strabag-mazovia-warsaw-2", ["Strabag", "Mazovia Datapark"], "other",
             480 * M, "PLN", "approx", "2025-11", "negotiating",
             "Its Polish unit is negotiating with Mazovia Datapark about a second building in Warsaw worth about PLN 480 million, a Polish business daily reported.",
             kind_alt=BUILD,
             note="'Its Polish unit' = Strabag Polska (previous sentence); talks reported at publication, dated to its month as in the seeds; different from the signed 2024 contract of the same pair (007)"),
    ],
    "not_deals": ["roughly €650 million", "€118.45", "well over $3 billion", "€198.70", "€236.10",
                  "CHF 73.15", "€96.30", "€76.40", "€6 billion to €7 billion", "£39 monthly", "£390"],
}

ARTICLES["017_holcim_microsoft_zugerzeitpunkt.html"] = {
    "published": "2026-02-19",
    "published_note": "from <meta name='date'> and the byline 'Zug, 19.02.2026 · 06:40'; 'Am Dienstag' -> 2026-02-17; 'gestern' -> 2026-02-18; 'Im Mai 2024' -> 2024-05",
    "language": "de",
    "deals": [
        deal("holcim-microsoft-2026", ["Holcim", "Microsoft"], "supply",
             360 * M, "CHF", "exact", "2026-02-17", "signed",
             "Der 360-Millionen-Franken-Auftrag, umgerechnet gut 450 Millionen Dollar, läuft von 2027 bis 2031 und ist nach Angaben des Konzerns der grösste, den Holcim je mit einem Technologieunternehmen abgeschlossen hat.",
             alt=[(450 * M, "USD")], term=["2027", "2031"],
             note="second supply contract, signed 'Am Dienstag' with Microsoft (previous sentences); different from the 2024 contract restated in the same article"),
        deal("holcim-microsoft-europe-2024", ["Holcim", "Microsoft"], "supply",
             150 * M, "CHF", "approx", "2024-05", "signed",
             "Im Mai 2024 hatten Holcim und Microsoft einen Rahmenvertrag über rund 150 Millionen Franken für Rechenzentren in Europa geschlossen, der noch bis Ende 2028 läuft.",
             term=["2024-07", "2028"], note="restatement of the 005 contract"),
        deal("holcim-betonfeld", ["Holcim", "Betonfeld"], "acquisition",
             48 * M, "CHF", "exact", "2026-02-18", "signed",
             "Der Konzern kauft das Zürcher Start-up Betonfeld für 48 Millionen Franken.",
             note="'Der Konzern' = Holcim; 'gestern' in the previous sentence"),
    ],
    "not_deals": ["16,4 Milliarden Franken", "3.20 Franken je Aktie", "77.90 Franken", "rund 780 Millionen Franken",
                  "CHF 1,19 Mio.", "CHF 19.90 pro Monat"],
}

ARTICLES["018_readymix_dispatch_march26_en.txt"] = {
    "published": "2026-03-12",
    "published_note": "from the issue line 'Vol. 4 · No. 11 · Thursday 12 March 2026'; 'on Tuesday' -> 2026-03-10; 'last week' -> 2026-03",
    "language": "en",
    "deals": [
        deal("bilfinger-coldaisle", ["Bilfinger", "Coldaisle Robotics"], "acquisition",
             38 * M, "GBP", "exact", "2026-03-10", "signed",
             "The German industrial-services group agreed on Tuesday to pay £38m (about €44m) for the company, which has 60 staff and contracts with four colocation operators in the UK and Ireland.",
             alt=[(44 * M, "EUR")],
             note="'The German industrial-services group' = Bilfinger, 'the company' = Coldaisle Robotics (previous sentence)"),
        deal("strabag-kesselring", ["Strabag", "Kesselring Bau"], "acquisition",
             150 * M, "EUR", "range", "2026", "rumored",
             "The Austrian group would have to pay between €150m and €180m, one of them said, depending on how much of Kesselring's property portfolio is included.",
             amount_max=180 * M, alt=[(165 * M, "EUR")],
             note="rumoured bid; 'The Austrian group' = Strabag; 019 reports the signing on 2026-04-21 at about €165m (alt_amounts); only the year here so that the shared id's dates agree"),
        deal("turner-cedarwane-ohio", ["Turner Construction", "Cedarwane"], "other",
             1.1 * B, "USD", "approx", "2026-03", "signed",
             "Hochtief's U.S. arm Turner Construction landed a contract worth about $1.1bn last week to build the first phase of Cedarwane's data-centre campus in Licking County, Ohio.",
             kind_alt=BUILD, note="Turner Construction is Hochtief's subsidiary, kept as its own party"),
    ],
    "not_deals": ["£9m", "about €410m", "$11m", "€126", "€2,400", "€8 a month"],
}

ARTICLES["019_strabag_kesselring_geruestwoche.txt"] = {
    "published": "2026-04-24",
    "published_note": "from the issue line 'Freitag, 24. April 2026 · Nr. 17'; 'am Dienstag' -> 2026-04-21; 'in dieser Woche' -> 2026-04; 'im Juli 2025' -> 2025-07",
    "language": "de",
    "deals": [
        deal("strabag-kesselring", ["Strabag", "Kesselring Bau"], "acquisition",
             165 * M, "EUR", "approx", "2026-04-21", "signed",
             "Strabag zahlt nach Angaben aus Verhandlungskreisen rund 165 Millionen Euro, einschließlich zweier Bürogebäude in Bruchköbel und Hanau, die zunächst aus dem Geschäft herausgelöst werden sollten.",
             note="signing 'am Dienstag' (previous sentence) of the takeover rumoured in 018"),
        deal("hochtief-kairngate-stake", ["Hochtief", "Kairngate"], "acquisition",
             400 * M, "EUR", "approx", "2025-07", "completed",
             "Hochtief hatte sich im Juli 2025 für rund 400 Millionen Euro mit 30 Prozent am britischen Entwickler Kairngate beteiligt; der Essener Konzern will damit nicht mehr nur für fremde Bilanzen bauen.",
             kind_alt=["investment"], note="restatement of the 014 deal"),
        deal("brenntal-strabag-steel-2026", ["Brenntal Stahl", "Strabag"], "supply",
             24 * M, "EUR", "approx", "2026-04", "signed",
             "Auf einen Blick: Brenntal Stahl liefert für den zweiten Maintaler Bauabschnitt der Strabag Betonstahl und Träger für rund 24 Millionen Euro, Heidelberg Materials verkauft sein Transportbetonwerk in Fürstenwalde für 12 Millionen Euro an die Märkische Mischwerke, und Vinci Energies übernimmt den Leipziger Elektroplaner Stromkante, ohne einen Kaufpreis zu nennen.",
             note="first of three deals in one sentence; different from the 2024 delivery of the same pair (001)"),
        deal("mischwerke-heidelberg-fuerstenwalde", ["Märkische Mischwerke", "Heidelberg Materials"], "acquisition",
             12 * M, "EUR", "exact", "2026-04", "signed",
             "Auf einen Blick: Brenntal Stahl liefert für den zweiten Maintaler Bauabschnitt der Strabag Betonstahl und Träger für rund 24 Millionen Euro, Heidelberg Materials verkauft sein Transportbetonwerk in Fürstenwalde für 12 Millionen Euro an die Märkische Mischwerke, und Vinci Energies übernimmt den Leipziger Elektroplaner Stromkante, ohne einen Kaufpreis zu nennen.",
             note="second deal in the list sentence: sale of a ready-mix plant"),
        deal("vinci-stromkante", ["Vinci", "Stromkante"], "acquisition",
             None, None, None, "2026-04", "signed",
             "Auf einen Blick: Brenntal Stahl liefert für den zweiten Maintaler Bauabschnitt der Strabag Betonstahl und Träger für rund 24 Millionen Euro, Heidelberg Materials verkauft sein Transportbetonwerk in Fürstenwalde für 12 Millionen Euro an die Märkische Mischwerke, und Vinci Energies übernimmt den Leipziger Elektroplaner Stromkante, ohne einen Kaufpreis zu nennen.",
             note="third deal in the list sentence, no price; Vinci Energies = Vinci"),
    ],
    "not_deals": ["rund 410 Millionen Euro", "mehr als 20 Milliarden Euro", "82,40 Euro", "je 180 Euro",
                  "4,20 Euro je Quadratmeter", "Einzelpreis 4,50 Euro", "Jahresabo 189 Euro"],
}

ARTICLES["020_dunmore_kairngate_observer_en.txt"] = {
    "published": "2026-11-05",
    "published_note": "from the header 'News · Business · Thursday 5 November 2026'; 'on Tuesday' -> 2026-11-03; 'In June 2024' -> 2024-06",
    "language": "en",
    "deals": [
        deal("dunmore-kairngate-leeds", ["Dunmore Civil", "Kairngate"], "other",
             210 * M, "GBP", "exact", "2026-11-03", "signed",
             "Dunmore Civil has signed a £210m contract for the opening pair of halls on Kairngate's planned campus on former railway sidings at Stourton in south Leeds, both companies confirmed.",
             kind_alt=BUILD,
             note="'The contract was signed on Tuesday' in the next sentence; second Dunmore–Kairngate contract, different from the 2024 Calder Park contract in the same article"),
        deal("dunmore-kairngate-calderpark", ["Dunmore Civil", "Kairngate"], "other",
             140 * M, "GBP", "exact", "2024-06", "signed",
             "In June 2024 Dunmore won the £140m contract for the Calder Park building, which opened in March last year and has been full since the summer.",
             kind_alt=BUILD, note="first Dunmore–Kairngate contract; Kairngate in the previous sentence"),
        deal("altofts-kairngate-land", ["Kairngate", "Altofts Estates"], "acquisition",
             9.5 * M, "GBP", "exact", "2026", "announced",
             "Altofts Estates, which owns the sidings, has agreed to sell the 38-acre site to Kairngate for £9.5m, subject to planning permission; a decision is expected in January.",
             kind_alt=["other"], note="conditional land sale, no date given beyond the current year"),
        deal("hochtief-kairngate-stake", ["Hochtief", "Kairngate"], "acquisition",
             None, None, None, None, "completed",
             "The company, which is 30% owned by the German construction group Hochtief, will pay for the first phase with a mix of equity and a new bank loan, he said, without giving figures.",
             required=False, kind_alt=["investment"],
             note="amount-less background mention of the 2025 stake; the unnamed bank loan is not annotated"),
    ],
    "not_deals": ["about £3.1m a year", "about £42,000 a year", "£315m", "£250,000", "adults £6",
                  "children £3", "£1.2m"],
}

ALIASES = {
    "Strabag": ["Strabag", "STRABAG", "Strabag SE", "Strabag Polska"],
    "Kinzigpforte Rechenzentren": ["Kinzigpforte Rechenzentren", "Kinzigpforte Rechenzentren GmbH", "Kinzigpforte"],
    "Brenntal Stahl": ["Brenntal Stahl", "Brenntal"],
    "Heidelberg Materials": ["Heidelberg Materials", "Heidelberg Materials AG", "Heidelberg Materials North America"],
    "Mesquite Ridge Cement": ["Mesquite Ridge Cement", "Mesquite Ridge"],
    "Redbud Digital": ["Redbud Digital", "Redbud"],
    "Skanska": ["Skanska", "Skanska AB", "Skanska USA"],
    "Palisade Lane Bank": ["Palisade Lane Bank", "Palisade Lane"],
    "Catoctin Run Holdings": ["Catoctin Run Holdings", "Catoctin Run"],
    "Holcim": ["Holcim", "Holcim Ltd"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Hafenkran Ventures": ["Hafenkran Ventures", "Hafenkran"],
    "Bauraster": ["Bauraster"],
    "Vinci": ["Vinci", "VINCI", "Vinci Construction UK", "Vinci Energies"],
    "Siteloom": ["Siteloom"],
    "Pennine Growth Capital": ["Pennine Growth Capital", "Pennine"],
    "Dunmore Civil": ["Dunmore Civil", "Dunmore"],
    "Mazovia Datapark": ["Mazovia Datapark"],
    "Sierra Bajada Aggregates": ["Sierra Bajada Aggregates", "Sierra Bajada"],
    "Fjällgrund": ["Fjällgrund", "Fjällgrund Data", "Fjallgrund"],
    "Gråberg Infrastruktur": ["Gråberg Infrastruktur", "Gråberg", "Graberg Infrastruktur"],
    "Harwick Infrastructure Partners": ["Harwick Infrastructure Partners", "Harwick"],
    "Bankhaus Eschenried": ["Bankhaus Eschenried", "Eschenried"],
    "Caldmoor Capital": ["Caldmoor Capital", "Caldmoor"],
    "Tallowfork Steel": ["Tallowfork Steel", "Tallowfork"],
    "Ofenblick": ["Ofenblick"],
    "Google": ["Google", "Google Cloud"],
    "Hochtief": ["Hochtief", "HOCHTIEF", "Hochtief AG"],
    "Kairngate": ["Kairngate", "Kairngate Data Centres"],
    "Bilfinger": ["Bilfinger", "Bilfinger SE"],
    "Threlkeld Bank": ["Threlkeld Bank", "Threlkeld"],
    "Stadt Maintal": ["Stadt Maintal", "Maintal"],
    "Kesselring Bau": ["Kesselring Bau", "Gebr. Kesselring Bau", "Gebr. Kesselring Bau GmbH", "Kesselring"],
    "Garonnelle": ["Garonnelle"],
    "Cedarwane": ["Cedarwane"],
    "Brackenfold Aggregates": ["Brackenfold Aggregates", "Brackenfold"],
    "Betonfeld": ["Betonfeld"],
    "Coldaisle Robotics": ["Coldaisle Robotics", "Coldaisle"],
    "Turner Construction": ["Turner Construction", "Turner"],
    "Märkische Mischwerke": ["Märkische Mischwerke"],
    "Stromkante": ["Stromkante"],
    "Altofts Estates": ["Altofts Estates", "Altofts"],
}

ABOUT = (
    "Hand-annotated deals in the 158th held-out test corpus (tests/corpus158/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: construction and building-materials groups in the AI boom "
    "(data-centre construction contracts, cement and steel supply, cloud and AI contracts, takeovers of "
    "construction-software start-ups, stakes in data-centre developers). One entry per article; a deal that "
    "several articles report carries the same id in each. 'required': false marks vague or background "
    "mentions that an extractor may report or not without penalty. 'not_deals' lists money figures that are "
    "NOT deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks "
    "a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) states it in "
    "another currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM "
    "or YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own "
    "date marker, dateline, <meta>/<time>, issue line or portal stamp, or null when the article has none); "
    "quarters, half-years and seasons become the year; a cancelled deal keeps the date of the original talks "
    "or offer; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds (construction contracts are 'other' with 'project' and 'supply' as alternatives); "
    "'note' explains a judgement call. For .html articles the evidence and not_deals occur in the visible "
    "text (check_corpus_gold.visible_text). Invented companies: Kinzigpforte Rechenzentren, Redbud Digital, "
    "Mesquite Ridge Cement, Siteloom, Bauraster, Brenntal Stahl, Kesselring Bau, Ofenblick, Fjällgrund, "
    "Harwick Infrastructure Partners, Kairngate, Dunmore Civil, Mazovia Datapark, Pennine Growth Capital, "
    "Palisade Lane Bank, Hafenkran Ventures, Gråberg Infrastruktur, Tallowfork Steel, Caldmoor Capital, "
    "Garonnelle, Betonfeld, Coldaisle Robotics, Cedarwane, Bankhaus Eschenried, Catoctin Run Holdings, "
    "Sierra Bajada Aggregates, Threlkeld Bank, Brackenfold Aggregates, Märkische Mischwerke, Stromkante, "
    "Altofts Estates; publications, people and advertisers are invented too (invented_names.txt); the deals "
    "of real companies are loosely based on public reports or invented, with amounts and dates shifted. "
    "Nothing here is reporting."
)


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    for a in ARTICLES.values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d.get(k), float) and d[k].is_integer():
                    d[k] = int(d[k])
            for alt in d.get("alt_amounts", []):
                if isinstance(alt["amount"], float) and alt["amount"].is_integer():
                    alt["amount"] = int(alt["amount"])
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"gold.json written: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
