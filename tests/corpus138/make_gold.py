#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus138/articles/.

Usage: python3 tests/corpus138/make_gold.py
The annotation lives here (edit this file, then run it); gold.json is its output, in the format
and under the rules of tests/corpus15/gold.json and ../shared/gold/seeds.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 138th, held-out test corpus (tests/corpus138/articles/): carmakers, "
    "automotive suppliers and autonomous-driving companies buying AI compute (training clusters, in-car AI "
    "chips, robotaxi fleets, cloud contracts, stakes in self-driving start-ups). Written for the tests and "
    "independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id "
    "in each. 'required': false marks vague or background mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is "
    "an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to "
    "| at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency or at another precision. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date marker, dateline, <time datetime>, "
    "issue line or visible byline date, or null when the article has none); quarters, half-years and seasons "
    "become the year; a cancelled deal keeps the date of the original agreement or talks; 'term' is the period "
    "the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Lechfeld Rechenzentrum GmbH, Gemeinde Lechauen, "
    "Tenbury Vale Capital, Skellbrook Autonomy, Veltrona, Tsurumi Vision, Quarry Mesa Ventures, Mesquite "
    "Mobility, Norvane Cloud, Skarvheim Sparebank, Nahalal Perception, Isarwinkel Ventures, Altmühl Sensorik, "
    "Hochgrat Infrastruktur, Vindelica Bank, Naru Autonomy, Donaumoos Kapital, Kernerviertel Systems; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the deals of real "
    "companies are partly real, partly invented or shifted. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence, note,
      amount_max=None, term=None, per=None, alt=None, kind_alt=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if term is not None:
        d["term"] = term
    if per is not None:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

# 001 -------------------------------------------------------------------------------------------
ARTICLES["001_wayve_softbank_gannetstone_en.txt"] = A(
    "2024-05-08",
    "from the wire header 'May 8, 2024 · 06:40 BST' (dateline 'LONDON, May 7'); 'on Tuesday' -> 2024-05-07, "
    "'on Monday' -> 2024-05-06",
    "en",
    [
        D("softbank-wayve-seriesc", ["SoftBank", "Wayve"], "investment", 1050000000, "USD", "exact",
          "2024-05-07", "completed", True,
          "LONDON, May 7 (Gannetstone) - Wayve, a London start-up that teaches cars to drive with one "
          "end-to-end neural network instead of hand-written rules, has raised $1.05 billion in Series C "
          "funding with SoftBank Group as lead investor, Wayve said on Tuesday.",
          "round attributed to its lead investor; Nvidia and Microsoft took part with undisclosed sums "
          "(optional entries below); the valuation 'a little over $4 billion' is not a deal"),
        D("nvidia-wayve-seriesc", ["Nvidia", "Wayve"], "investment", None, None, None,
          "2024-05-07", "completed", False,
          "Nvidia took part in the round, and so did Microsoft, an earlier backer.",
          "participation without an amount; different from Nvidia's $500m investment of 2025 (011, 016)"),
        D("microsoft-wayve-seriesc", ["Microsoft", "Wayve"], "investment", None, None, None,
          "2024-05-07", "completed", False,
          "Nvidia took part in the round, and so did Microsoft, an earlier backer.",
          "participation without an amount; different from Wayve's Azure contract of 2025 (016)"),
        D("tenbury-skellbrook-seriesa", ["Tenbury Vale Capital", "Skellbrook Autonomy"], "investment",
          40000000, "GBP", "exact", "2024-05-06", "completed", True,
          "Separately, Skellbrook Autonomy, a Leeds company that builds driverless yard tractors for "
          "warehouses and container terminals, said on Monday it has completed a £40 million Series A.",
          "lead investor in the next sentence ('Tenbury Vale Capital led the round'); different from "
          "Bosch's takeover of Skellbrook in 2026 (019)"),
    ],
    ["a little over $4 billion", "£100 million", "8,420 yen", "between $30 million and $50 million",
     "£3.2 million", "£38,000", "£49 a month"],
)

# 002 -------------------------------------------------------------------------------------------
ARTICLES["002_veltrona_mercedes_elbsilizium.txt"] = A(
    "2024-07-16",
    "dateline without year 'Dresden, 16. Juli (sb)'; year from the copyright line '© 2024'; "
    "'am Montag' -> 2024-07-15; 'bereits im Juni' -> 2024-06",
    "de",
    [
        D("mercedes-veltrona-chips", ["Mercedes-Benz", "Veltrona"], "supply", 1100000000, "EUR", "approx",
          "2024-07-15", "signed", True,
          "Den Liefervertrag über rund 1,1 Milliarden Euro unterzeichneten beide Seiten am Montag in "
          "Sindelfingen, wie Veltrona mitteilte.",
          "'beide Seiten' = Mercedes-Benz and Veltrona (previous sentence); headline compound "
          "'1,1-Milliarden-Euro-Auftrag'; seven years from 2027; different from Mercedes' €40m stake in "
          "Veltrona (009)",
          term=["2027", "2033"]),
        D("globalfoundries-veltrona-wafers", ["GlobalFoundries", "Veltrona"], "supply", 200000000, "USD",
          "at_least", "2024-06", "signed", True,
          "Mit dem Auftragsfertiger hatte Veltrona bereits im Juni eine Abnahmevereinbarung über mehr als "
          "200 Millionen Dollar geschlossen, die bis 2030 läuft.",
          "'dem Auftragsfertiger' = GlobalFoundries (previous sentence); wafer offtake",
          term=[None, "2030"]),
    ],
    ["rund 85 Euro", "14 Millionen Euro", "38 Millionen Euro", "28 Milliarden Dollar",
     "gut sieben Milliarden", "Ticket 95 €", "70 €"],
)

# 003 -------------------------------------------------------------------------------------------
ARTICLES["003_toyota_ntt_keihin_en.html"] = A(
    "2024-11-01",
    "from <meta property='article:published_time'>, JSON-LD datePublished and <time datetime> "
    "('November 1, 2024 07:30 JST'); 'on Thursday' -> 2024-10-31; 'Last month' -> 2024-10",
    "en",
    [
        D("toyota-ntt-ai-platform", ["Toyota", "NTT"], "partnership", 500000000000, "JPY", "exact",
          "2024-10-31", "announced", True,
          "TOKYO -- Toyota Motor and Nippon Telegraph and Telephone will jointly invest 500 billion yen "
          "(about $3.3 billion) by 2030 in a computing and communications platform meant to train "
          "driver-assistance AI and, eventually, bring traffic deaths to zero, the two companies said on "
          "Thursday.",
          "joint investment in a shared platform; the analyst quote repeats '¥500 billion'",
          term=[None, "2030"], alt=[(3300000000, "USD")],
          kind_alt=["joint_venture", "project", "capex_plan"]),
        D("toyota-ntt-share-swap-2020", ["Toyota", "NTT"], "investment", 200000000000, "JPY", "exact",
          "2020", "completed", True,
          "They already hold about 2% of each other after a 200 billion yen share swap in 2020, made to "
          "develop connected-car technology together.",
          "'They' = Toyota and NTT ('The two groups', previous sentence); cross-shareholding of 2020, a "
          "different deal between the same companies"),
        D("toyota-tsurumi-2024", ["Toyota", "Tsurumi Vision"], "investment", 12000000000, "JPY", "exact",
          "2024-10", "completed", True,
          "Last month it paid 12 billion yen for a 15% stake in Tsurumi Vision, a Yokohama start-up whose "
          "camera-only perception software runs on inexpensive in-car chips, according to a filing by the "
          "start-up.",
          "'it' = Toyota (previous sentence); implied valuation ¥80 billion is not a deal; different from "
          "Toyota's ¥18bn purchase of 2026 (019)",
          kind_alt=["acquisition"]),
    ],
    ["¥80 billion", "¥3.57 trillion", "¥152.4", "more than ¥10 trillion", "¥58 million"],
)

# 004 -------------------------------------------------------------------------------------------
ARTICLES["004_bmw_lechfeld_lechrain.txt"] = A(
    "2024-11-14",
    "from the date line 'Lechauen · Donnerstag, 14. November 2024'; 'am Dienstag' -> 2024-11-12; "
    "'bereits im September' -> 2024-09",
    "de",
    [
        D("bmw-lechfeld-cluster", ["BMW", "Lechfeld Rechenzentrum"], "cloud_contract", 640000000, "EUR",
          "exact", "2024-11-12", "signed", True,
          "Der Münchner Autobauer zahlt dem Betreiber in den kommenden fünf Jahren 640 Millionen Euro, um "
          "auf dem Campus seine Modelle für das automatisierte Fahren zu trainieren.",
          "'Der Münchner Autobauer' = BMW, 'dem Betreiber' = Lechfeld Rechenzentrum GmbH (previous "
          "sentence); signed 'am Dienstag' (next sentence); term from 'in den kommenden fünf Jahren' and "
          "'Die Laufzeit beginnt im Januar'; 005 gives it as 'about $680 million'; different from BMW's "
          "12 % stake (013, 018)",
          term=["2025-01", "2029"], alt=[(680000000, "USD")], kind_alt=["supply"]),
        D("lechfeld-campus-capex", ["Lechfeld Rechenzentrum"], "capex_plan", 380000000, "EUR", "approx",
          "2024-11", "planned", True,
          "Für die ersten beiden Hallen nimmt das Unternehmen rund 380 Millionen Euro in die Hand.",
          "'das Unternehmen' = Lechfeld Rechenzentrum; building plan, spender only; different from the "
          "€450m second phase (018)"),
        D("lechauen-lechfeld-land-2024", ["Gemeinde Lechauen", "Lechfeld Rechenzentrum"], "acquisition",
          11500000, "EUR", "exact", "2024-09", "completed", True,
          "Das gut 13,5 Hektar große Grundstück hatte die Gemeinde Lechauen dem Unternehmen bereits im "
          "September für 11,5 Millionen Euro verkauft.",
          "municipal land sale; 'dem Unternehmen' = Lechfeld Rechenzentrum; different from the €7.2m sale "
          "of 2026 (018)",
          kind_alt=["other"]),
    ],
    ["etwa 85 Euro pro Quadratmeter", "drei Millionen Euro im Jahr", "knapp 19 Millionen Euro",
     "etwa 14 Cent je Kilowattstunde", "399 Euro im Monat"],
)

# 005 -------------------------------------------------------------------------------------------
ARTICLES["005_disengagement_report_dec_en.txt"] = A(
    "2024-12-06",
    "from the issue line 'Issue 44 · Friday 6 December 2024'; 'last month' -> 2024-11; 'in late October' "
    "and 'In October' -> 2024-10; 'this week' -> 2024-12",
    "en",
    [
        D("bmw-lechfeld-cluster", ["BMW", "Lechfeld Rechenzentrum"], "cloud_contract", 680000000, "USD",
          "approx", "2024-11", "signed", True,
          "BMW has committed about $680 million over five years to Lechfeld Rechenzentrum, a young operator "
          "building a GPU campus west of Munich, to train its driver-assistance models.",
          "same contract as 004 (€640m), here in USD and with only the month ('signed last month')",
          kind_alt=["supply"]),
        D("alphabet-waymo-2024", ["Alphabet", "Waymo"], "investment", 5600000000, "USD", "exact",
          "2024-10", "completed", True,
          "Waymo closed a $5.6 billion funding round in late October, led by its parent Alphabet, with "
          "several outside investors returning.",
          "round attributed to its lead investor, the parent; valuation 'above $45 billion' is not a deal; "
          "different from the 2026 talks (017)"),
        D("hyundai-waymo-ioniq", ["Hyundai Motor Group", "Waymo"], "supply", None, None, None,
          "2024-10", "announced", False,
          "In October Waymo also chose Hyundai's Ioniq 5 as the next vehicle for its driverless fleet.",
          "vehicle supply without an amount ('Neither company said what the order is worth')"),
        D("quarrymesa-mesquite-seriesa", ["Quarry Mesa Ventures", "Mesquite Mobility"], "investment",
          85000000, "USD", "exact", "2024-12", "completed", True,
          "Mesquite Mobility, an Austin start-up that wants to run robotaxis on converted delivery vans "
          "rather than passenger cars, closed an $85 million Series A this week.",
          "lead investor in the next sentence ('Quarry Mesa Ventures led it'); different from the $240m "
          "Series B (015)"),
    ],
    ["above $45 billion", "$45bn+", "$1.20", "$0.08 each", "$18 monthly", "$180 for the full year"],
)

# 006 -------------------------------------------------------------------------------------------
ARTICLES["006_norvane_continental_fjordkapital_en.txt"] = A(
    "2025-01-28",
    "from the dateline 'STAVANGER, Tuesday 28 January 2025'; 'on Monday' -> 2025-01-27; 'in December' -> "
    "2024-12",
    "en",
    [
        D("continental-norvane-cloud", ["Continental", "Norvane Cloud"], "cloud_contract", 1900000000,
          "NOK", "exact", "2025-01-27", "signed", True,
          "German car-parts maker Continental will rent graphics processors from Norvane Cloud for four "
          "years to train its driver-assistance and radar software, in a contract worth NOK 1.9 billion, "
          "roughly €160 million, the Stavanger company said on Monday.",
          "term from 'in stages from March' and 'until the end of 2028'; 007 reports it in EUR",
          term=["2025-03", "2028"], alt=[(160000000, "EUR")]),
        D("skarvheim-norvane-loan", ["Skarvheim Sparebank", "Norvane Cloud"], "other", 800000000, "NOK",
          "exact", "2024-12", "signed", True,
          "To pay for the extra servers, Norvane took out a NOK 800 million loan from Skarvheim Sparebank "
          "in December, secured on the GPUs themselves and on the Continental contract.",
          "GPU-backed loan",
          kind_alt=["investment"]),
    ],
    ["NOK 240 million", "NOK 3.5 billion", "NOK 0.38 per kWh", "NOK 1 billion", "NOK 690"],
)

# 007 -------------------------------------------------------------------------------------------
ARTICLES["007_continental_kurswerkstatt.txt"] = A(
    "2025-01-29",
    "from the portal stamp '29.01.2025 – 08:47:12 Uhr'; 'am Montag' -> 2025-01-27; 'vergangene Woche' -> "
    "2025-01",
    "de",
    [
        D("continental-norvane-cloud", ["Continental", "Norvane Cloud"], "cloud_contract", 160000000,
          "EUR", "approx", "2025-01-27", "signed", True,
          "Der Dax-Konzern zahlt dem Anbieter Norvane Cloud aus Stavanger über vier Jahre rund 160 Millionen "
          "Euro für Grafikprozessoren, wie Norvane am Montag bekanntgab.",
          "'Der Dax-Konzern' = Continental (previous sentence); same contract as 006 (NOK 1.9bn); "
          "'Der Vertrag läuft bis Ende 2028'",
          term=[None, "2028"]),
        D("continental-veltrona-chips-2025", ["Continental", "Veltrona"], "supply", 90000000, "EUR",
          "approx", "2025-01", "signed", True,
          "Schon vergangene Woche hatte Continental beim Dresdner Chipentwickler Veltrona KI-Prozessoren "
          "für Radarsteuergeräte im Wert von knapp 90 Millionen Euro bestellt.",
          "'knapp' -> approx; different from the €70m follow-on order of 2026 (020)"),
    ],
    ["80 Euro", "68 Euro", "knapp 40 Milliarden Euro", "2,50 Euro je Aktie", "66,18 €", "4,71 €",
     "77,90 €", "63,40 €", "1,90 Euro"],
)

# 008 -------------------------------------------------------------------------------------------
ARTICLES["008_mobileye_carrowmore_note_en.txt"] = A(
    "2025-03-12",
    "from the note header '12 March 2025 · Pricing: US close, 11 March 2025'; 'on Monday' -> 2025-03-10; "
    "'Last week' -> 2025-03",
    "en",
    [
        D("mobileye-nahalal", ["Mobileye", "Nahalal Perception"], "acquisition", 310000000, "USD", "exact",
          "2025-03-10", "signed", True,
          "Mobileye agreed on Monday to acquire Nahalal Perception, a Haifa start-up that runs neural "
          "networks directly on imaging-radar data, for $310 million in cash.",
          "agreed, closing expected in the second quarter"),
        D("volkswagen-mobileye-adas", ["Volkswagen", "Mobileye"], "supply", 1300000000, "USD", "range",
          "2025-03", "signed", True,
          "We put the lifetime revenue of the Volkswagen award announced last week at between $1.3 billion "
          "and $1.6 billion for Mobileye, depending on take rates in Europe and China.",
          "supply award valued only by the analysts ('Management gave no figure'); Valeo is co-supplier "
          "and not a party to the Mobileye figure",
          amount_max=1600000000),
    ],
    ["$19", "$21", "$15.62", "$1.69 billion to $1.81 billion", "$1.745 billion",
     "roughly $45 million of annual operating cost", "about $1.4 billion", "about $12.7 billion"],
)

# 009 -------------------------------------------------------------------------------------------
ARTICLES["009_veltrona_wochenschau_fahrwerk.txt"] = A(
    "2025-05-09",
    "from the issue line 'KW 19 · Freitag, 9. Mai 2025'; 'am Mittwoch' -> 2025-05-07; 'Am Dienstag' -> "
    "2025-05-06; 'im Januar' -> 2025-01",
    "de",
    [
        D("isarwinkel-veltrona-seriesb", ["Isarwinkel Ventures", "Veltrona"], "investment", 180000000,
          "EUR", "exact", "2025-05-07", "completed", True,
          "Die Dresdner Chipentwicklerin Veltrona hat eine Finanzierungsrunde über 180 Millionen Euro "
          "abgeschlossen.",
          "lead investor in the next sentence ('Angeführt wird die Serie B von Isarwinkel Ventures'), day in "
          "the one after ('am Mittwoch'); the round total includes Mercedes' €40m; valuation 'knapp 900 "
          "Millionen Euro' is not a deal"),
        D("mercedes-veltrona-stake", ["Mercedes-Benz", "Veltrona"], "investment", 40000000, "EUR", "exact",
          "2025-05-07", "completed", True,
          "Der Stuttgarter Konzern steuert 40 Millionen Euro bei und erhält dafür einen Sitz im Beirat.",
          "'Der Stuttgarter Konzern' = Mercedes-Benz (previous sentence); part of the €180m round; "
          "different from the €1.1bn chip supply contract (002)"),
        D("bosch-ai-plan", ["Bosch"], "capex_plan", 2500000000, "EUR", "at_least", "2025-01", "planned",
          False,
          "Wie im Januar angekündigt, plant der Konzern für KI-Anwendungen bis Ende 2027 Ausgaben von "
          "insgesamt mehr als 2,5 Milliarden Euro, vor allem in Fahrassistenz, Fertigung und Software für "
          "Hausgeräte.",
          "group-wide spending plan (optional); 'der Konzern' = Bosch",
          term=[None, "2027"]),
        D("stellantis-mistral", ["Stellantis", "Mistral AI"], "partnership", None, None, None,
          "2025-05-06", "announced", False,
          "Stellantis weitet die Kooperation mit dem französischen KI-Entwickler Mistral AI aus.",
          "no amount ('Finanzielle Einzelheiten nannten sie nicht'); announced 'Am Dienstag'"),
    ],
    ["knapp 900 Millionen Euro", "31 Millionen Euro", "gut 90 Milliarden Euro", "1.200 EURO",
     "2.900 Euro", "350 Euro", "14,90 Euro im Monat", "149 Euro"],
)

# 010 -------------------------------------------------------------------------------------------
ARTICLES["010_uber_lucid_bordnetz.html"] = A(
    "2025-07-18",
    "from <meta name='date'>, JSON-LD datePublished and the byline '18.07.2025, 09:15 Uhr'; 'am Donnerstag' "
    "-> 2025-07-17",
    "de",
    [
        D("uber-lucid-investment", ["Uber", "Lucid"], "investment", 260000000, "EUR", "approx",
          "2025-07-17", "signed", True,
          "Dafür steckt der Fahrdienstvermittler rund 260 Millionen Euro in den Elektroautohersteller, wie "
          "beide Unternehmen am Donnerstag mitteilten.",
          "'der Fahrdienstvermittler' = Uber, 'den Elektroautohersteller' = Lucid (previous sentence); 011 "
          "gives it as '$300 million'; different from the fleet order below",
          alt=[(300000000, "USD")]),
        D("uber-lucid-fleet", ["Uber", "Lucid"], "supply", 1500000000, "EUR", "at_least", "2025-07-17",
          "signed", True,
          "Die Analysten von Hohenstaufen Research taxieren den Auftrag für Lucid auf mindestens 1,5 "
          "Milliarden Euro über die gesamte Laufzeit.",
          "robotaxi fleet order (at least 20,000 Gravity over six years) valued only by the analysts; the "
          "parties and the announcement in the second paragraph; deliveries from 2026",
          term=["2026", "2031"]),
        D("uber-nuro-stake", ["Uber", "Nuro"], "investment", None, None, None, "2025-07-17", "signed", False,
          "Die Software für das fahrerlose Fahren liefert das Start-up Nuro aus dem Silicon Valley, an dem "
          "sich Uber ebenfalls beteiligt – mit einem Betrag im „mittleren dreistelligen Millionenbereich\", "
          "wie es hieß.",
          "no number ('mittleren dreistelligen Millionenbereich', 'Eine genaue Summe nannten die Partner "
          "nicht')"),
    ],
    ["rund 315 Millionen Euro", "knapp 80.000 Dollar", "2,61 Euro", "6,99 Euro monatlich", "1.149 Euro"],
)

# 011 -------------------------------------------------------------------------------------------
ARTICLES["011_occupancy_grid_wayve_en.txt"] = A(
    "2025-09-19",
    "from the issue line 'No. 212 · Friday, September 19, 2025'; 'in April' -> 2025-04; 'in July' -> 2025-07",
    "en",
    [
        D("nvidia-wayve-investment", ["Nvidia", "Wayve"], "investment", 500000000, "USD", "up_to", "2025",
          "rumored", True,
          "Nvidia is preparing to put up to half a billion dollars into Wayve, the London driving-AI "
          "company, as part of its next funding round, two investors briefed on the plan told us.",
          "amount in words; rumour (letter of intent, no comment); 016 reports the signed $500m on "
          "2025-12-09, the year keeps the shared id's dates consistent",
          kind_alt=[]),
        D("nissan-wayve", ["Nissan", "Wayve"], "partnership", None, None, None, "2025-04", "signed", False,
          "Nissan said in April that it would build Wayve's software into a future version of its "
          "ProPilot system from 2027.",
          "software licence without an amount ('Terms of that licence were not disclosed')",
          kind_alt=["supply"]),
        D("uber-lucid-investment", ["Uber", "Lucid"], "investment", 300000000, "USD", "exact", "2025-07",
          "signed", True,
          "After its $300 million investment in Lucid in July, the ride-hailing company is now a "
          "shareholder in more than a dozen autonomy businesses.",
          "'the ride-hailing company' = Uber (previous sentence 'Uber keeps writing cheques'); same deal as "
          "010 (EUR), here in USD with the month"),
    ],
    ["around $8 billion", "$4.20 per ride", "$4.3 trillion", "$185,000 to $240,000", "$14 a month"],
)

# 012 -------------------------------------------------------------------------------------------
ARTICLES["012_iaa_liveticker_messestadt.txt"] = A(
    "2025-09-09",
    "from the ticker header 'Dienstag, 9. September 2025 · zuletzt aktualisiert 17:42 Uhr'; entries by "
    "time; 'heute früh' -> 2025-09-09; 'im vergangenen Jahr' -> 2024",
    "de",
    [
        D("mercedes-altmuehl-lidar", ["Mercedes-Benz", "Altmühl Sensorik"], "supply", 300000000, "EUR",
          "approx", "2025-09-09", "signed", True,
          "Mercedes-Benz hat bei Altmühl Sensorik Lidar-Sensoren samt Auswerte-KI für knapp 300 Millionen "
          "Euro bestellt, wie der Zulieferer aus Beilngries heute früh mitteilte.",
          "ticker entry 09:12; 'knapp' -> approx"),
        D("bmw-qualcomm-adas", ["BMW", "Qualcomm"], "partnership", None, None, None, "2025-09-09",
          "announced", False,
          "BMW und Qualcomm stellen gemeinsam eine Fahrassistenz-Plattform vor, die ab 2026 im iX3 der "
          "Neuen Klasse steckt und später auch an andere Hersteller verkauft werden soll.",
          "no amount ('Über Geld reden die Partner nicht')"),
        D("bosch-altmuehl-denied", ["Bosch", "Altmühl Sensorik"], "acquisition", 600000000, "EUR", "up_to",
          "2025-09", "rumored", False,
          "Gerüchteküche in Halle B3: Bosch wolle Altmühl Sensorik für bis zu 600 Millionen Euro übernehmen, "
          "raunt es an mehreren Ständen.",
          "rumour denied by Bosch and Altmühl in the next sentences (optional)"),
        D("volkswagen-horizon-carizon", ["Volkswagen", "Horizon Robotics"], "joint_venture", 2400000000,
          "EUR", "approx", "2022", "completed", True,
          "Zur Erinnerung: 2022 hatte der Konzern rund 2,4 Milliarden Euro für 60 Prozent an Carizon "
          "gezahlt, dem Gemeinschaftsunternehmen mit Horizon Robotics.",
          "'der Konzern' = Volkswagen (entry 13:30); 60 % of the joint venture Carizon",
          kind_alt=["investment", "acquisition"]),
        D("bmw-lechfeld-cluster", ["BMW", "Lechfeld Rechenzentrum"], "cloud_contract", None, None, None,
          "2024", "signed", False,
          "Kleine Szene am BMW-Stand: Ein Entwickler erzählt, dass die Modelle für den neuen "
          "Autobahn-Assistenten inzwischen auf dem Lechfeld-Campus in Lechauen trainiert werden, den BMW im "
          "vergangenen Jahr für fünf Jahre gebucht hat.",
          "amount-less background mention of the 2024 contract (004)",
          kind_alt=["supply"]),
    ],
    ["86,40 Euro", "54,12 Euro", "97,15 Euro", "45 Euro", "380 Millionen Euro", "18 Euro"],
)

# 013 -------------------------------------------------------------------------------------------
ARTICLES["013_lechfeld_interview_lastgang.txt"] = A(
    None,
    "no date anywhere in the article (only 'Lesedauer: 7 Minuten'); 'Im Frühjahr' without a year -> null",
    "de",
    [
        D("bmw-lechfeld-cluster", ["BMW", "Lechfeld Rechenzentrum"], "cloud_contract", 640000000, "EUR",
          "exact", None, "signed", True,
          "Am Ende stand ein Vertrag über 640 Millionen Euro für fünf Jahre, der uns die erste Ausbaustufe "
          "überhaupt erst ermöglicht hat.",
          "restatement of the 2024 contract (004); BMW named in the question, 'uns' = Lechfeld "
          "Rechenzentrum; undated interview",
          kind_alt=["supply"]),
        D("vindelica-lechfeld-loan", ["Vindelica Bank", "Lechfeld Rechenzentrum"], "other", 300000000, "EUR",
          "exact", None, "signed", True,
          "Die Vindelica Bank hat uns 300 Millionen Euro geliehen, besichert über die Rechner selbst und den "
          "BMW-Vertrag.",
          "loan; 'uns' = Lechfeld Rechenzentrum",
          kind_alt=["investment"]),
        D("bmw-lechfeld-stake", ["BMW", "Lechfeld Rechenzentrum"], "investment", 100000000, "EUR", "approx",
          None, "negotiating", True,
          "Im Raum stehen knapp 100 Millionen Euro, unterschrieben ist aber nichts.",
          "'München' = BMW, stake 'von gut zehn Prozent' (previous sentence); talks; 018 reports the "
          "signing at €95m (alt_amounts); different from the computing contract",
          alt=[(95000000, "EUR")], kind_alt=["acquisition"]),
        D("hochgrat-lechfeld-offer", ["Hochgrat Infrastruktur", "Lechfeld Rechenzentrum"], "acquisition",
          1000000000, "EUR", "exact", None, "cancelled", True,
          "Im Frühjahr hat uns ein Infrastrukturfonds, Hochgrat Infrastruktur, eine Milliarde Euro für "
          "sämtliche Anteile angeboten.",
          "offer refused ('Nach zwei Wochen haben wir abgesagt'); amount in words"),
    ],
    ["um die 32.000 Euro", "rund 12 Cent pro Kilowattstunde", "62.000 Euro", "12,50 Euro", "44 Euro"],
)

# 014 -------------------------------------------------------------------------------------------
ARTICLES["014_hyundai_nvidia_yeouido_en.txt"] = A(
    "2025-11-03",
    "from 'Posted : 2025-11-03 09:20'; 'on Friday' -> 2025-10-31; 'Last month' -> 2025-10",
    "en",
    [
        D("hyundai-nvidia-ai-cluster", ["Hyundai Motor Group", "Nvidia"], "partnership", 4300000000000,
          "KRW", "approx", "2025-10-31", "announced", True,
          "Hyundai Motor Group and Nvidia will jointly invest about 4.3 trillion won ($3 billion) in an AI "
          "computing cluster in Korea that will train software for self-driving cars, factory robots and "
          "smart plants, the two companies announced on Friday.",
          "joint investment in a 50,000-GPU cluster; 017 gives it as 'rund 2,6 Milliarden Euro'",
          alt=[(3000000000, "USD"), (2600000000, "EUR")],
          kind_alt=["joint_venture", "project", "supply"]),
        D("hyundai-naru-stake", ["Hyundai Motor Group", "Naru Autonomy"], "investment", 150000000000, "KRW",
          "exact", "2025-10", "completed", True,
          "Last month Hyundai Motor Group took a 20 percent stake in Naru Autonomy, a Seongsu-based "
          "start-up that builds driving software for city buses, for 150 billion won ($105 million).",
          "implied valuation of 750 billion won is not a deal",
          alt=[(105000000, "USD")], kind_alt=["acquisition"]),
    ],
    ["750 billion won", "2.5 trillion won", "10.1 trillion won", "258,000 won"],
)

# 015 -------------------------------------------------------------------------------------------
ARTICLES["015_mesquite_stellantis_pedernales_en.txt"] = A(
    "2025-12-04",
    "from the line 'Business | Thursday, December 4, 2025'; 'on Tuesday' -> 2025-12-02; 'last month' -> "
    "2025-11",
    "en",
    [
        D("stellantis-mesquite-fleet", ["Stellantis", "Mesquite Mobility"], "supply", 860000000, "USD",
          "approx", "2025-12-02", "signed", True,
          "The order is worth about $860 million, Mesquite said.",
          "robotaxi van order; parties and 'signed a deal on Tuesday' in the previous sentence; deliveries "
          "2026-2028; different from the yearly service contract below",
          term=["2026", "2028"]),
        D("stellantis-mesquite-service", ["Stellantis", "Mesquite Mobility"], "supply", 38000000, "USD",
          "approx", "2025-12-02", "signed", True,
          "On top of the vans, Mesquite will pay Stellantis about $38 million a year for maintenance and "
          "remote diagnostics over the same period.",
          "yearly rate over the delivery period; second deal between the same companies",
          term=["2026", "2028"], per="year", kind_alt=["other"]),
        D("quarrymesa-mesquite-seriesb", ["Quarry Mesa Ventures", "Mesquite Mobility"], "investment",
          240000000, "USD", "exact", "2025-11", "completed", True,
          "The order is funded by a $240 million Series B that Quarry Mesa Ventures led last month.",
          "different from the $85m Series A of 2024 (005); valuation 'about $1.4 billion' is not a deal"),
    ],
    ["roughly $215,000", "about $1.4 billion", "$12 million incentive package", "$26 an hour",
     "$9 to $14 per seat", "$30 a day", "$199"],
)

# 016 -------------------------------------------------------------------------------------------
ARTICLES["016_nvidia_wayve_torquefeed_en.html"] = A(
    "2025-12-10",
    "from <meta name='parsely-pub-date'>, JSON-LD datePublished and the byline 'Dec 10, 2025 · 7:05 AM ET'; "
    "'on Tuesday' -> 2025-12-09",
    "en",
    [
        D("nvidia-wayve-investment", ["Nvidia", "Wayve"], "investment", 500000000, "USD", "exact",
          "2025-12-09", "completed", True,
          "Nvidia has invested $500 million in Wayve, the London company that builds driving software "
          "trained end to end on video, Wayve said on Tuesday.",
          "signing of the rumour in 011 ('first floated in a letter of intent three months ago')"),
        D("wayve-microsoft-azure-2025", ["Wayve", "Microsoft"], "cloud_contract", 50000000, "USD", "approx",
          "2025-12", "signed", True,
          "The start-up agreed to pay Microsoft about $50 million a year over three years for reserved GPU "
          "capacity on Azure, starting in January, said a source with sight of the contract.",
          "'The start-up' = Wayve; yearly rate for three years from January 2026; signing date not given -> "
          "month of the article",
          term=["2026-01", "2028"], per="year"),
        D("uber-wayve-london", ["Uber", "Wayve"], "partnership", None, None, None, None, "announced", False,
          "Wayve's other big partner, Uber, still plans to begin robotaxi trials in London next year, using "
          "Wayve's software in cars supplied by a carmaker that has not been named.",
          "no money up front, per-trip payments later; no amount, no date of the agreement"),
    ],
    ["about $8.6 billion", "$57 billion", "$592 million", "$129 per unit", "$7.99/month"],
)

# 017 -------------------------------------------------------------------------------------------
ARTICLES["017_robotaxi_kommentar_kapitalmoewe.txt"] = A(
    "2026-01-14",
    "from the line 'Meinung · Gastkommentar | Mittwoch, 14. Januar 2026'; 'Ende Oktober' -> 2025-10; "
    "'im vergangenen Frühjahr' -> 2025",
    "de",
    [
        D("hyundai-nvidia-ai-cluster", ["Hyundai Motor Group", "Nvidia"], "partnership", 2600000000, "EUR",
          "approx", "2025-10", "announced", True,
          "Als Hyundai und Nvidia Ende Oktober ankündigten, gemeinsam rund 2,6 Milliarden Euro in einen "
          "KI-Rechencluster in Korea zu stecken, ging es nicht mehr um einzelne Pilotprojekte, sondern um "
          "Infrastruktur in der Größenordnung eines Motorenwerks.",
          "same deal as 014 (KRW 4.3 trillion), here in EUR with the month",
          kind_alt=["joint_venture", "project", "supply"]),
        D("alphabet-waymo-2026", ["Alphabet", "Waymo"], "investment", 15000000000, "USD", "at_least",
          "2026-01", "negotiating", True,
          "Über eine neue Finanzierungsrunde der Alphabet-Tochter Waymo wird nach Angaben von Insidern "
          "bereits verhandelt, der Mutterkonzern soll dabei mehr als 15 Milliarden Dollar nachschießen; "
          "Waymo wäre danach mit jenseits von 100 Milliarden Dollar bewertet.",
          "talks reported by insiders; 'der Mutterkonzern' = Alphabet; different from the $5.6bn round of "
          "2024 (005); the valuation is not a deal"),
        D("toyota-waymo", ["Toyota", "Waymo"], "partnership", None, None, None, "2025", "announced", False,
          "Auch Toyota hat sich im vergangenen Frühjahr mit Waymo verbündet, um Robotaxis auf Basis eigener "
          "Fahrzeuge zu entwickeln.",
          "no amount ('Summen nannten die Partner nicht'); spring -> year"),
    ],
    ["jenseits von 100 Milliarden Dollar", "zwischen 4 und 6 Milliarden Euro", "rund 250 Milliarden Dollar",
     "230 Dollar"],
)

# 018 -------------------------------------------------------------------------------------------
ARTICLES["018_bmw_lechfeld_schwabmoos.txt"] = A(
    "2026-03-18",
    "from the date line 'Mi, 18.03.26 · 06:30'; 'am Montag' and 'am Montagabend' -> 2026-03-16",
    "de",
    [
        D("bmw-lechfeld-stake", ["BMW", "Lechfeld Rechenzentrum"], "investment", 95000000, "EUR", "exact",
          "2026-03-16", "signed", True,
          "Für 95 Millionen Euro übernimmt BMW zwölf Prozent an der Lechfeld Rechenzentrum GmbH.",
          "amount first; signed 'am Montag' (next sentence); the talks of 013 (knapp 100 Millionen Euro)",
          kind_alt=["acquisition"]),
        D("bmw-lechfeld-cluster", ["BMW", "Lechfeld Rechenzentrum"], "cloud_contract", None, None, None,
          "2024", "signed", False,
          "Der Autobauer ist seit 2024 Kunde auf dem Campus: Damals hatte er sich für fünf Jahre "
          "Rechenleistung gesichert, mit der er seine Fahrassistenz trainiert.",
          "amount-less background mention of the 2024 contract (004)",
          kind_alt=["supply"]),
        D("lechfeld-second-campus", ["Lechfeld Rechenzentrum"], "capex_plan", 450000000, "EUR", "approx",
          "2026-03", "planned", True,
          "Lechfeld plant einen zweiten Bauabschnitt mit drei weiteren Hallen, für den das Unternehmen rund "
          "450 Millionen Euro veranschlagt.",
          "building plan, spender only; different from the €380m first phase (004)"),
        D("lechauen-lechfeld-land-2026", ["Gemeinde Lechauen", "Lechfeld Rechenzentrum"], "acquisition",
          7200000, "EUR", "exact", "2026-03-16", "announced", True,
          "Der Gemeinderat billigte am Montagabend den Verkauf von weiteren 6,1 Hektar an das Unternehmen für "
          "7,2 Millionen Euro; beurkundet werden soll der Verkauf im April.",
          "council approval, notarisation pending -> announced; 'der Gemeinderat' = Gemeinde Lechauen, "
          "'das Unternehmen' = Lechfeld; different from the 2024 sale (004)",
          kind_alt=["other"]),
    ],
    ["rund 118 Euro je Quadratmeter", "1,9 Millionen Euro", "24,6 Millionen Euro", "3 Cent mehr",
     "14.990 Euro"],
)

# 019 -------------------------------------------------------------------------------------------
ARTICLES["019_mobility_close_kerbside_en.txt"] = A(
    "2026-06-11",
    "from the line 'Thursday, 11 June 2026 · Close of trading'; 'on Wednesday' -> 2026-06-10; 'on "
    "Thursday' -> 2026-06-11",
    "en",
    [
        D("bosch-skellbrook", ["Bosch", "Skellbrook Autonomy"], "acquisition", 310000000, "GBP", "exact",
          "2026-06-10", "signed", True,
          "Bosch agreed on Wednesday to buy Skellbrook Autonomy, the Leeds maker of driverless yard "
          "tractors, for £310 million, or about €365 million.",
          "agreed, completion expected in the autumn",
          alt=[(365000000, "EUR")]),
        D("toyota-tsurumi-2026", ["Toyota", "Tsurumi Vision"], "investment", 18000000000, "JPY", "exact",
          "2026-06-11", "completed", True,
          "Toyota lifted its holding in Tsurumi Vision to 34% after buying shares worth 18 billion yen from "
          "early investors, the Yokohama start-up said on Thursday.",
          "shares bought from early investors; different from the ¥12bn stake of 2024 (003); the implied "
          "value 'close to ¥100 billion' is not a deal",
          kind_alt=["acquisition"]),
    ],
    ["close to ¥100 billion", "€9.86", "€12", "€71.20", "$13.85", "¥2,945", "$31 billion", "€44,300",
     "£29 a month"],
)

# 020 -------------------------------------------------------------------------------------------
ARTICLES["020_vw_telekom_neckarkapital.txt"] = A(
    "2026-11-13",
    "from the issue line 'Nr. 46/2026 · 13.11.2026 · Seite 7'; 'am Donnerstag' -> 2026-11-12; 'vor einem "
    "Jahr' -> 2025; 'seit Januar 2025' -> 2025-01; 'in dieser Woche' -> 2026-11",
    "de",
    [
        D("volkswagen-telekom-cloud", ["Volkswagen", "Deutsche Telekom"], "cloud_contract", 52000000, "EUR",
          "approx", "2026-11-12", "signed", True,
          "Über vier Jahre zahlt der Konzern jährlich rund 52 Millionen Euro, wie beide Unternehmen am "
          "Donnerstag in Wolfsburg bestätigten.",
          "'der Konzern' = Volkswagen, the Telekom in the previous sentence; yearly rate; 'beginnt im "
          "Januar 2027 und läuft bis Ende 2030'",
          term=["2027-01", "2030"], per="year"),
        D("telekom-nvidia-ai-cloud", ["Deutsche Telekom", "Nvidia"], "project", 1000000000, "EUR", "approx",
          "2025", "completed", True,
          "Die Telekom hatte die Anlage vor einem Jahr gemeinsam mit Nvidia für rund eine Milliarde Euro "
          "errichtet; gut 10.000 Grafikprozessoren stehen dort in einem umgebauten Rechenzentrum im "
          "Münchner Norden.",
          "amount in words; joint build of the AI cloud",
          kind_alt=["partnership", "joint_venture", "capex_plan"]),
        D("volkswagen-norvane-talks", ["Volkswagen", "Norvane Cloud"], "cloud_contract", 130000000, "EUR",
          "approx", "2025-01", "cancelled", True,
          "Mit dem Abschluss ist auch klar, warum Cariad die seit Januar 2025 laufenden Gespräche mit dem "
          "norwegischen Anbieter Norvane Cloud über einen Vertrag von rund 130 Millionen Euro abgebrochen "
          "hat.",
          "talks broken off; Cariad = VW software unit (alias of Volkswagen); date of the start of the talks"),
        D("telekom-ai-cloud-expansion", ["Deutsche Telekom"], "capex_plan", None, None, None, "2026-11",
          "planned", False,
          "Der Bonner Konzern will die KI-Cloud nach eigenen Angaben bis 2028 verdoppeln; wie viel Geld "
          "dafür fließt, sagte eine Sprecherin nicht.",
          "amount-less expansion plan",
          term=[None, "2028"]),
        D("donaumoos-altmuehl", ["Donaumoos Kapital", "Altmühl Sensorik"], "investment", 45000000, "EUR",
          "exact", "2026-11", "completed", True,
          "Altmühl Sensorik hat 45 Millionen Euro von Donaumoos Kapital erhalten, Veltrona liefert für 70 "
          "Millionen Euro weitere Radar-Chips an Continental, und der Stuttgarter Softwarezulieferer "
          "Kernerviertel Systems wird von seinen Gründern an einen Finanzinvestor verkauft, über den Preis "
          "schweigen beide Seiten.",
          "one sentence with three deals ('Kurz notiert'); 'in dieser Woche' -> month"),
        D("continental-veltrona-chips-2026", ["Veltrona", "Continental"], "supply", 70000000, "EUR", "exact",
          "2026-11", "signed", True,
          "Altmühl Sensorik hat 45 Millionen Euro von Donaumoos Kapital erhalten, Veltrona liefert für 70 "
          "Millionen Euro weitere Radar-Chips an Continental, und der Stuttgarter Softwarezulieferer "
          "Kernerviertel Systems wird von seinen Gründern an einen Finanzinvestor verkauft, über den Preis "
          "schweigen beide Seiten.",
          "second Continental-Veltrona order ('weitere'), different from the €90m order of 2025 (007)"),
        D("kernerviertel-sale", ["Kernerviertel Systems"], "acquisition", None, None, None, "2026-11",
          "signed", False,
          "Altmühl Sensorik hat 45 Millionen Euro von Donaumoos Kapital erhalten, Veltrona liefert für 70 "
          "Millionen Euro weitere Radar-Chips an Continental, und der Stuttgarter Softwarezulieferer "
          "Kernerviertel Systems wird von seinen Gründern an einen Finanzinvestor verkauft, über den Preis "
          "schweigen beide Seiten.",
          "sale to an unnamed financial investor without a price"),
    ],
    ["2,3 Milliarden Euro", "96,20 Euro", "gut zwei Euro", "40 Millionen Euro", "190 Euro", "290 Euro",
     "4,20 Euro"],
)

ALIASES = {
    "BMW": ["BMW", "BMW Group", "BMW AG", "Bayerische Motoren Werke"],
    "Lechfeld Rechenzentrum": ["Lechfeld Rechenzentrum", "Lechfeld Rechenzentrum GmbH", "Lechfeld"],
    "Gemeinde Lechauen": ["Gemeinde Lechauen", "Lechauen"],
    "SoftBank": ["SoftBank", "SoftBank Group", "Softbank"],
    "Wayve": ["Wayve", "Wayve Technologies"],
    "Nvidia": ["Nvidia", "NVIDIA", "Nvidia Corp."],
    "Microsoft": ["Microsoft", "Microsoft Azure", "Azure"],
    "Tenbury Vale Capital": ["Tenbury Vale Capital", "Tenbury Vale"],
    "Skellbrook Autonomy": ["Skellbrook Autonomy", "Skellbrook"],
    "Mercedes-Benz": ["Mercedes-Benz", "Mercedes", "Mercedes-Benz Group"],
    "Veltrona": ["Veltrona"],
    "GlobalFoundries": ["GlobalFoundries", "Globalfoundries"],
    "Toyota": ["Toyota", "Toyota Motor", "Toyota Motor Corp."],
    "NTT": ["NTT", "Nippon Telegraph and Telephone"],
    "Tsurumi Vision": ["Tsurumi Vision"],
    "Alphabet": ["Alphabet", "Google"],
    "Waymo": ["Waymo"],
    "Hyundai Motor Group": ["Hyundai Motor Group", "Hyundai Motor", "Hyundai"],
    "Quarry Mesa Ventures": ["Quarry Mesa Ventures", "Quarry Mesa"],
    "Mesquite Mobility": ["Mesquite Mobility", "Mesquite"],
    "Continental": ["Continental", "Continental AG", "Conti"],
    "Norvane Cloud": ["Norvane Cloud", "Norvane Cloud AS", "Norvane"],
    "Skarvheim Sparebank": ["Skarvheim Sparebank", "Skarvheim"],
    "Mobileye": ["Mobileye", "Mobileye Global"],
    "Nahalal Perception": ["Nahalal Perception", "Nahalal"],
    "Volkswagen": ["Volkswagen", "VW", "Volkswagen Group", "Volkswagen AG", "Cariad"],
    "Isarwinkel Ventures": ["Isarwinkel Ventures", "Isarwinkel"],
    "Bosch": ["Bosch", "Robert Bosch", "Robert Bosch GmbH"],
    "Stellantis": ["Stellantis"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Uber": ["Uber", "Uber Technologies"],
    "Lucid": ["Lucid", "Lucid Group", "Lucid Motors"],
    "Nuro": ["Nuro"],
    "Nissan": ["Nissan", "Nissan Motor"],
    "Qualcomm": ["Qualcomm"],
    "Altmühl Sensorik": ["Altmühl Sensorik", "Altmühl"],
    "Horizon Robotics": ["Horizon Robotics"],
    "Hochgrat Infrastruktur": ["Hochgrat Infrastruktur", "Hochgrat"],
    "Vindelica Bank": ["Vindelica Bank", "Vindelica"],
    "Naru Autonomy": ["Naru Autonomy", "Naru"],
    "Deutsche Telekom": ["Deutsche Telekom", "Telekom"],
    "Donaumoos Kapital": ["Donaumoos Kapital", "Donaumoos"],
    "Kernerviertel Systems": ["Kernerviertel Systems", "Kernerviertel"],
}


def main():
    for a in ARTICLES.values():
        for d in a["deals"]:
            if d.get("kind_alt") == []:
                del d["kind_alt"]
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
