#!/usr/bin/env python3
"""Write gold.json of corpus106 (the hand annotation as a script: edit here, then run).

Usage: python3 tests/corpus106/make_gold.py
Checks that every evidence sentence and not_deal occurs verbatim in its article (visible
text for .html) before writing. Standard library only.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from check_corpus_gold import visible_text  # noqa: E402

ABOUT = (
    "Hand-annotated deals in the one-hundred-and-sixth, held-out test corpus (tests/corpus106/articles/), "
    "written for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. Theme: compute for robots and self-driving cars (Tesla's AI "
    "spending and its dealings with xAI and Samsung, Wayve, Figure AI, Physical Intelligence, Skild AI and other "
    "robotics rounds, Mobileye, carmakers' AI compute and cloud contracts, robotaxi fleet deals, German carmakers "
    "and suppliers). One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are "
    "in full units and in the currency in which the article states them; 'amount_max' closes a range; 'qualifier' "
    "is exact | approx | up_to | at_least | range; 'per' ('year', 'month') marks a rate. 'alt_amounts' gives the "
    "same deal's amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against "
    "the article's publication date ('published', from the article's own date marker, dateline, <time datetime>, "
    "issue line or visible byline date, or null when the article has none); a cancelled deal keeps the date of the "
    "original agreement or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists "
    "other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur "
    "in the visible text (check_corpus_gold.visible_text). Invented companies: Albgriff Robotics GmbH, Lechfeld "
    "Kapital, Brackenfold Dynamics, Saltmarsh Ventures, Sorabol Sensorics, Pellicott Rides, Vireo Peak Capital, "
    "Glimmerhorn Labs, Marlstone Compute, Brenntal Elektronik AG, Hohenlohe Kreditbank, Odenstrom Cloud, Tannhaber "
    "Antriebstechnik GmbH, Marrowfield Robotics, Ostrander Automation, Hafenrunde Mobility, Kielwasser Fahrzeugbau; "
    "invented publications, research houses, advertisers and persons are listed in invented_names.txt and "
    "README.md; the deals of real companies are partly real, partly invented or shifted. Nothing here is reporting."
)


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("kind_alt", "per", "term", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


A = {}

# 001 ------------------------------------------------------------------------------------------
A["001_figure_albgriff_gelenkwelle.txt"] = dict(
    published="2024-02-29",
    published_note="from the header '29.02.2024 – 16:45 Uhr'; 'am Donnerstag' = the publication day; 'vergangene Woche' -> February 2024",
    language="de",
    deals=[
        deal("figure-seriesb-2024", ["Figure AI", "Microsoft", "OpenAI", "Nvidia", "Intel Capital", "Bezos Expeditions"],
             "investment", 675000000, "USD", "exact", "2024-02-29", "completed",
             "Das kalifornische Start-up, das zweibeinige Maschinen für Lagerhallen und Montagebänder entwickelt, hat am Donnerstag den Abschluss einer Finanzierungsrunde über 675 Millionen Dollar bekanntgegeben.",
             note="'Das kalifornische Start-up' = Figure AI (headline 'Figure', named two sentences later: 'Gemeint ist Figure AI'); investors in the next sentence ('der OpenAI Startup Fund' = OpenAI, 'Jeff Bezos über ... Bezos Expeditions'); valuation and the earlier total raised are not deals"),
        deal("openai-figure-collab", ["Figure AI", "OpenAI"], "partnership", None, None, None, "2024-02-29", "signed",
             "Zugleich schlossen Figure und OpenAI eine Vereinbarung über die gemeinsame Entwicklung von KI-Modellen, mit denen die Roboter Sprache verstehen und Handgriffe planen sollen.",
             required=False,
             note="model collaboration, no amount ('Was dafür fließt, verrieten beide Seiten nicht'); ended according to 007"),
        deal("bmw-figure-2024", ["BMW", "Figure AI"], "partnership", None, None, None, "2024-01", "signed",
             "Einen ersten Industriekunden hat Figure schon seit Januar: BMW will die Maschinen in seinem Werk im amerikanischen Spartanburg erproben, über finanzielle Einzelheiten schwiegen die Münchner.",
             required=False, kind_alt=["supply"],
             note="commercial trial agreement 'seit Januar' (2024), no amount; background"),
        deal("lechfeld-albgriff-seriesa-2024", ["Lechfeld Kapital", "Albgriff Robotics"], "investment", 22000000, "EUR",
             "exact", "2024-02", "completed",
             "Die Albgriff Robotics GmbH, eine Ausgründung des Karlsruher Instituts für Technologie, hat vergangene Woche eine Series-A-Runde über 22 Millionen Euro unter Dach und Fach gebracht.",
             note="lead investor in the next sentence ('Angeführt hat sie der Münchner Wagniskapitalgeber Lechfeld Kapital'); 'vergangene Woche' -> 2024-02; different from the 2026 Series B (017, 018)"),
    ],
    not_deals=["2,6 Milliarden Dollar", "rund 100 Millionen Dollar", "38 Milliarden Dollar", "349 Euro im Monat",
               "12 Millionen Euro"],
)

# 002 ------------------------------------------------------------------------------------------
A["002_wayve_softbank_kerbstone_en.txt"] = dict(
    published="2024-05-07",
    published_note="from the header 'May 7, 2024 07:10 BST' and the dateline 'LONDON, May 7'; 'on Tuesday' = the publication day",
    language="en",
    deals=[
        deal("wayve-seriesc-2024", ["SoftBank", "Wayve", "Nvidia", "Microsoft"], "investment", 1050000000, "USD", "exact",
             "2024-05-07", "completed",
             "Wayve, the London company that teaches cars to drive with a single neural network rather than hand-written rules, said on Tuesday it had secured $1.05 billion (about €975 million) in fresh equity.",
             alt_amounts=[alt(975000000, "EUR")],
             note="investors in the next sentence (SoftBank Group led, Nvidia new, Microsoft returning); valuation 'above $4 billion' is not a deal"),
        deal("eclipse-wayve-seriesb-2022", ["Eclipse Ventures", "Wayve"], "investment", 200000000, "USD", "exact",
             "2022-01", "completed",
             "The sum is the biggest ever gathered by a European artificial-intelligence start-up and dwarfs the $200 million Series B that Eclipse Ventures led in January 2022, when Wayve still had fewer than 200 staff.",
             note="earlier round named with amount, lead investor and month; a deal of its own, different from the 2024 Series C"),
    ],
    not_deals=["$4 billion", "£42 billion", "8,140 yen"],
)

# 003 ------------------------------------------------------------------------------------------
A["003_skild_roundup_servoledger_en.txt"] = dict(
    published="2024-07-10",
    published_note="from the issue line 'Week 28 · Wednesday 10 July 2024'; 'on Tuesday' -> 2024-07-09, 'on Monday' -> 2024-07-08, 'last Thursday' -> 2024-07-04",
    language="en",
    deals=[
        deal("skild-seriesa-2024", ["Skild AI", "Lightspeed Venture Partners", "Coatue", "SoftBank", "Bezos Expeditions"],
             "investment", 300000000, "USD", "exact", "2024-07-09", "completed",
             "Pittsburgh's Skild AI came out of stealth on Tuesday with $300 million in a Series A that values it at $1.5 billion.",
             note="investors in the next sentence ('SoftBank Group'); valuation $1.5bn is not a deal; different from Skild's 2026 round (019)"),
        deal("saltmarsh-brackenfold-seriesa", ["Saltmarsh Ventures", "Brackenfold Dynamics"], "investment", 45000000,
             "USD", "exact", "2024-07-08", "completed",
             "Columbus-based Brackenfold Dynamics, which makes bin-picking arms for parcel hubs, announced on Monday a $45 million Series A led by Saltmarsh Ventures of Boston.",
             note="the investor's $310m fund is not a deal"),
        deal("sorabol-pellicott-lidar", ["Sorabol Sensorics", "Pellicott Rides"], "supply", 120000000000, "KRW",
             "exact", "2024-07-04", "signed",
             "Sorabol Sensorics of Daegu signed a three-year contract last Thursday to supply lidar units to Pellicott Rides, a Phoenix robotaxi operator, worth 120 billion won (roughly $87 million).",
             alt_amounts=[alt(87000000, "USD")],
             note="'last Thursday' in a Wednesday newsletter -> 2024-07-04; the per-unit price is not a deal"),
        deal("vireo-pellicott-round", ["Vireo Peak Capital", "Pellicott Rides"], "investment", 250000000, "USD",
             "approx", "2024-07", "negotiating",
             "Pellicott itself is in talks to raise about $250 million, with Vireo Peak Capital lined up to lead, according to a pair of people who have read the draft terms.",
             note="talks reported by sources, 'Nothing is signed'"),
    ],
    not_deals=["$1.5 billion", "$310 million", "around $640", "$310,000"],
)

# 004 ------------------------------------------------------------------------------------------
A["004_toyota_ntt_isarufer.txt"] = dict(
    published="2024-11-01",
    published_note="from the dateline 'Tokio, 1. November (iz)' (no year) and the year of the copyright line '© Isarufer Zeitung 2024'; 'am Donnerstag' -> 2024-10-31; 'vergangene Woche' -> October 2024",
    language="de",
    deals=[
        deal("toyota-ntt-mobility-ai", ["Toyota", "NTT"], "project", 500000000000, "JPY", "exact", "2024-10-31",
             "announced",
             "Bis 2030 wollen die beiden Konzerne gemeinsam 500 Milliarden Yen, umgerechnet rund drei Milliarden Euro, in Rechenzentren, Kommunikationsnetze und KI-Software für selbstfahrende Autos stecken, wie sie am Donnerstag in Tokio mitteilten.",
             kind_alt=["partnership", "joint_venture", "capex_plan"], term=[None, "2030"],
             alt_amounts=[alt(3000000000, "EUR")],
             note="'die beiden Konzerne' = Toyota and NTT, named in the next sentence ('Toyota Motor und Nippon Telegraph and Telephone, kurz NTT'); joint investment plan; different from the 2017 share swap"),
        deal("toyota-ntt-2017", ["Toyota", "NTT"], "investment", 200000000000, "JPY", "exact", "2017", "completed",
             "Schon 2017 hatten die beiden Unternehmen Aktien im Wert von je 200 Milliarden Yen getauscht, um ihre Forschung zum vernetzten Auto zu verzahnen.",
             required=False, kind_alt=["other"],
             note="background: cross-shareholding of 2017, 'je' = each side; must stay apart from the 2024 platform"),
        deal("alphabet-waymo-2024", ["Alphabet", "Waymo"], "investment", 5600000000, "USD", "exact", "2024-10",
             "completed",
             "Die Robotaxi-Tochter der Google-Mutter Alphabet hat 5,6 Milliarden Dollar eingesammelt; Alphabet führte die Runde an, dabei waren unter anderem Andreessen Horowitz, Fidelity und Silver Lake.",
             note="'Die Robotaxi-Tochter' = Waymo (previous sentence, 'vergangene Woche' -> 2024-10); lead investor listed; valuation 'mehr als 45 Milliarden Dollar' is not a deal; different from Waymo's 2026 round (019)"),
    ],
    not_deals=["5,35 Billionen Yen", "mehr als 45 Milliarden Dollar", "über zehn Billionen Yen", "151,4 Yen"],
)

# 005 ------------------------------------------------------------------------------------------
A["005_physical_intelligence_torquebench_en.html"] = dict(
    published="2024-11-05",
    published_note="from <meta property='article:published_time'>, JSON-LD and <time datetime='2024-11-05T06:02:00-08:00'> ('Nov 5, 2024 · 6:02 AM PST'); 'on Monday' -> 2024-11-04; 'last month' -> October 2024",
    language="en",
    deals=[
        deal("physint-2024", ["Physical Intelligence", "Bezos Expeditions", "Thrive Capital", "Lux Capital", "OpenAI"],
             "investment", 400000000, "USD", "exact", "2024-11-04", "completed",
             "Physical Intelligence, the San Francisco start-up trying to build one piece of software that can run any robot, said on Monday it had raised $400 million from Jeff Bezos, Thrive Capital, Lux Capital and OpenAI, among others.",
             note="'Jeff Bezos' = Bezos Expeditions; valuation ~$2.4bn and the total raised (>$470m) are not deals; different from the $600m round of 2025 (019)"),
        deal("glimmerhorn-marlstone-gpu", ["Glimmerhorn Labs", "Marlstone Compute"], "cloud_contract", 20000000, "USD",
             "approx", "2024-10", "signed",
             "Glimmerhorn Labs, a 40-person robot-learning start-up spun out of a Boston university lab, has agreed to pay Marlstone Compute about $20 million a year for three years for a dedicated cluster of 1,024 Nvidia H100 chips in Quincy, Washington, the two companies said last month.",
             per="year",
             note="yearly rate over three years; 'last month' -> 2024-10; Nvidia only makes the chips; the hourly walk-in price is not a deal"),
    ],
    not_deals=["$2.4 billion", "more than $470 million", "$2.10 an hour per GPU"],
)

# 006 ------------------------------------------------------------------------------------------
A["006_neura_samsung_albtrauf.txt"] = dict(
    published="2025-01-16",
    published_note="from the line 'Wirtschaft regional | Donnerstag, 16. Januar 2025'; 'am Mittwoch' -> 2025-01-15; 'am 31. Dezember' (knapp zwei Jahre nach Januar 2023) -> 2024-12-31",
    language="de",
    deals=[
        deal("lingotto-neura-2025", ["Lingotto", "Neura Robotics"], "investment", 120000000, "EUR", "exact",
             "2025-01-15", "completed",
             "Das dürfte sich ändern: Die Neura Robotics GmbH hat am Mittwoch eine Finanzierungsrunde über 120 Millionen Euro verkündet, angeführt vom Vermögensverwalter Lingotto aus dem Umfeld der italienischen Agnelli-Familie.",
             note="lead investor listed (other existing backers in the next sentence); the order backlog of 'rund einer Milliarde Euro' is not a deal"),
        deal("samsung-rainbow-2024", ["Samsung Electronics", "Rainbow Robotics"], "acquisition", 267500000000, "KRW",
             "exact", "2024-12-31", "completed",
             "Knapp zwei Jahre später, am 31. Dezember, stockte der Elektronikkonzern seinen Anteil auf 35 Prozent auf und zahlte dafür 267,5 Milliarden Won, rund 176 Millionen Euro.",
             kind_alt=["investment"], alt_amounts=[alt(176000000, "EUR")],
             note="'der Elektronikkonzern' = Samsung Electronics (previous sentence); date relative to the first stake of January 2023 ('Knapp zwei Jahre später, am 31. Dezember') -> 2024-12-31; control stake (largest shareholder, consolidated subsidiary)"),
        deal("samsung-rainbow-2023", ["Samsung Electronics", "Rainbow Robotics"], "investment", None, None, None,
             "2023-01", "completed",
             "Samsung Electronics hatte sich im Januar 2023 erstmals bei Rainbow Robotics eingekauft, einem Ableger des Forschungsinstituts KAIST in Daejeon.",
             required=False, note="background: first stake, no amount; must stay apart from the 2024 top-up"),
    ],
    not_deals=["rund einer Milliarde Euro", "rund 1,6 Milliarden Euro pro Jahr", "157.500 Won", "899 Euro"],
)

# 007 ------------------------------------------------------------------------------------------
A["007_humanoids_halyard_note_en.txt"] = dict(
    published="2025-02-14",
    published_note="from the line 'Sector commentary · Robotics & Autonomy · 14 February 2025'; 'on Thursday' -> 2025-02-13; 'last month' -> January 2025",
    language="en",
    deals=[
        deal("apptronik-seriesa-2025", ["Apptronik", "B Capital", "Capital Factory", "Alphabet"], "investment",
             350000000, "USD", "exact", "2025-02-13", "completed",
             "Austin-based Apptronik on Thursday announced a $350 million Series A, co-led by B Capital and Capital Factory, with Google also participating.",
             note="'Google' = Alphabet (alias)"),
        deal("mercedes-apptronik-2025", ["Mercedes-Benz", "Apptronik"], "investment", None, None, None, "2025-02",
             "completed",
             "The carmaker said it had taken a stake for what it called a \"low double-digit million euro amount\" and did not elaborate.",
             required=False,
             note="'The carmaker' = Mercedes-Benz (previous sentence); part of the Apptronik round; the amount is only a vague range in words, so no figure"),
        deal("figure-seriesc-2025", ["Parkway Venture Capital", "Figure AI"], "investment", 1500000000, "USD", "approx",
             "2025", "negotiating",
             "Meanwhile Figure AI is reportedly in discussions to raise around $1.5 billion at a valuation near $39.5 billion, with Parkway Venture Capital expected to lead.",
             alt_amounts=[alt(1000000000, "USD")],
             note="reported talks; the round closed in September 2025 at 'more than $1 billion' (012, 014; alt_amounts); only the year so that the shared id's dates agree; valuation not a deal"),
        deal("openai-figure-collab", ["Figure AI", "OpenAI"], "partnership", None, None, None, None, "cancelled",
             "Neither party has commented, and Figure's decision last week to walk away from its model collaboration with OpenAI adds a question mark over how much of the software it will own.",
             required=False,
             note="the 2024 collaboration (001) ended; a cancelled deal keeps the original date, which this article does not give"),
        deal("tesla-capex-2025", ["Tesla"], "capex_plan", 11000000000, "USD", "at_least", "2025-01", "announced",
             "Tesla, the only listed company with a serious humanoid programme, guided investors last month to capital expenditure of more than $11 billion in 2025, with a large share going to AI training compute at its Texas gigafactory and to preparing a pilot line for Optimus.",
             term=["2025", "2025"],
             note="'last month' -> 2025-01; the 2024 capex of $11.3bn is a past total, not a deal; different from the 2026 capex plan (015)"),
    ],
    not_deals=["$39.5 billion", "$11.3 billion", "$50,000 and $60,000", "$105 billion", "$400 price target"],
)

# 008 ------------------------------------------------------------------------------------------
A["008_brenntal_mercedes_kochertal.html"] = dict(
    published="2025-05-21",
    published_note="from <meta name='date'>, JSON-LD datePublished and the byline '21.05.2025, 06:12 Uhr'; 'am Dienstag' -> 2025-05-20",
    language="de",
    deals=[
        deal("brenntal-mercedes-2025", ["Mercedes-Benz", "Brenntal Elektronik"], "supply", 1100000000, "EUR", "approx",
             "2025-05-20", "signed",
             "Nun steigt das Familienunternehmen aus Neckarsulm in eine andere Liga auf: Mercedes-Benz bestellt bei Brenntal Hochleistungsrechner für das automatisierte Fahren im Gesamtwert von rund 1,1 Milliarden Euro.",
             note="signed 'am Dienstag' (next sentence), seven-year term with series deliveries from 2027; restated in 013 and 020; different from the €240m second order (020)"),
        deal("brenntal-plant-2025", ["Brenntal Elektronik"], "capex_plan", 140000000, "EUR", "exact", "2025-05",
             "planned",
             "Um die Stückzahlen zu stemmen, baut Brenntal in Bad Friedrichshall ein neues Werk für 140 Millionen Euro.",
             kind_alt=["project"], note="own plant; construction to start in autumn"),
        deal("hohenlohe-brenntal-loan", ["Hohenlohe Kreditbank", "Brenntal Elektronik"], "other", 90000000, "EUR",
             "exact", "2025-05", "signed",
             "Finanziert wird der Neubau zum Teil über einen Konsortialkredit von 90 Millionen Euro, den die Hohenlohe Kreditbank anführt.",
             kind_alt=["investment"], note="syndicated loan led by the bank; 'der Neubau' = Brenntal's plant"),
    ],
    not_deals=["427 Millionen Euro", "48 Millionen Euro", "38,20 Euro", "4.990 Euro"],
)

# 009 ------------------------------------------------------------------------------------------
A["009_samsung_tesla_cheonggye_en.txt"] = dict(
    published="2025-07-29",
    published_note="from 'Posted : 2025-07-29 08:41'; 'On Monday' -> 2025-07-28",
    language="en",
    deals=[
        deal("tesla-samsung-ai6", ["Samsung Electronics", "Tesla"], "supply", 22800000000000, "KRW", "exact",
             "2025-07-28", "signed",
             "The company told the Korea Exchange it had won a 22.8 trillion won foundry order, equal to $16.5 billion, from an unnamed \"large global company\", and before Seoul's markets had closed Elon Musk posted that the client was Tesla.",
             kind_alt=["other"], term=["2025-07-24", "2033-12-31"],
             alt_amounts=[alt(16500000000, "USD"), alt(14200000000, "EUR")],
             note="'The company' = Samsung Electronics, 'On Monday' (previous sentences); foundry contract for AI6 chips; term from the next sentence; 010 gives ~€14.2bn, 016 restates it without amount"),
        deal("samsung-texas-pledge", ["Samsung Electronics"], "capex_plan", 37000000000, "USD", "at_least", None,
             "announced",
             "Taylor, the centrepiece of a Samsung pledge of more than $37 billion for Texas chipmaking through 2030, had lost its anchor customer and its opening had been pushed back more than once.",
             required=False, term=[None, "2030"], note="background: earlier investment pledge, date not given"),
        deal("samsung-tesla-ai4", ["Samsung Electronics", "Tesla"], "supply", None, None, None, None, "signed",
             "Samsung already makes Tesla's current AI4 chips at its older lines in Korea.",
             required=False, note="background: existing supply relationship without amount; different from the AI6 contract"),
    ],
    not_deals=["upwards of 2 trillion won", "70,400 won", "300.9 trillion won"],
)

# 010 ------------------------------------------------------------------------------------------
A["010_uber_lucid_boersenstuebchen.txt"] = dict(
    published="2025-08-01",
    published_note="from the header 'Freitag, 1. August 2025 | 17:48'; 'Mitte Juli' and 'Ende Juli' -> July 2025",
    language="de",
    deals=[
        deal("uber-lucid-2025", ["Uber", "Lucid"], "investment", 300000000, "USD", "exact", "2025-07", "announced",
             "Rückenwind kommt vom 300-Millionen-Dollar-Einstieg des Fahrdienstvermittlers Uber, den beide Unternehmen Mitte Juli verkündet hatten.",
             note="amount in a compound ('300-Millionen-Dollar-Einstieg'); Lucid from the previous sentences"),
        deal("uber-lucid-nuro-fleet", ["Uber", "Lucid", "Nuro"], "supply", None, None, None, "2025-07", "announced",
             "Verbunden ist die Beteiligung mit einem Flottenplan: Uber will über sechs Jahre mehr als 20.000 Geländewagen vom Typ Lucid Gravity mit der Fahrsoftware des Start-ups Nuro in seine Robotaxi-Flotte aufnehmen, die ersten Fahrzeuge sollen 2026 in einer US-Großstadt unterwegs sein.",
             required=False, kind_alt=["partnership"],
             note="robotaxi fleet plan without a price ('Einen Kaufpreis für die Autos nannten die Partner nicht')"),
        deal("uber-lucid-takeover-rumor", ["Uber", "Lucid"], "acquisition", 9000000000, "USD", "exact", "2025-07",
             "rumored",
             "Spekulationen, Uber könne Lucid für angeblich neun Milliarden Dollar komplett übernehmen, wies eine Lucid-Sprecherin am Donnerstag als „frei erfunden“ zurück.",
             required=False, note="speculation, denied; amount in words"),
        deal("tesla-samsung-ai6", ["Samsung Electronics", "Tesla"], "supply", 14200000000, "EUR", "approx", "2025-07",
             "signed",
             "Der Elektroautobauer lässt seine übernächste KI-Chipgeneration AI6 bei Samsung in Texas fertigen; der Ende Juli unterzeichnete Vertrag ist umgerechnet rund 14,2 Milliarden Euro schwer.",
             note="'Der Elektroautobauer' = Tesla (previous sentence); same contract as 009, converted; 'Ende Juli' gives only the month"),
    ],
    not_deals=["2,71 Dollar", "rund 830 Millionen Dollar", "knapp 8,3 Milliarden Dollar", "268,40 Euro",
               "85 Euro"],
)

# 011 ------------------------------------------------------------------------------------------
A["011_iaa_liveticker_autoblech.txt"] = dict(
    published="2025-09-09",
    published_note="live ticker of one day; from the entry time stamps '09.09.2025 – 09:15:21' … '09.09.2025 – 18:22:40'",
    language="de",
    deals=[
        deal("bosch-ai-2027", ["Bosch"], "capex_plan", 2500000000, "EUR", "at_least", "2025-09-09", "announced",
             "Bosch will bis Ende 2027 mehr als 2,5 Milliarden Euro in künstliche Intelligenz investieren, vor allem in Software für assistiertes und automatisiertes Fahren, kündigte Bosch-Chef Stefan Hartung auf der Pressekonferenz an.",
             term=[None, "2027"], note="announced at the trade-fair press conference of the ticker day; Bosch revenue is not a deal"),
        deal("vw-ai-2030", ["Volkswagen"], "capex_plan", 1000000000, "EUR", "up_to", "2025-09-09", "planned",
             "Konzernchef Oliver Blume kündigt an, dass der Konzern bis 2030 bis zu eine Milliarde Euro in KI-Anwendungen stecken will – in der Fahrzeugentwicklung, in den Werken und in der Verwaltung.",
             term=[None, "2030"],
             note="'der Konzern' = Volkswagen ('Volkswagen zieht nach', previous sentence); amount in words; Blume calls it 'einer Größenordnung, keinem Budget'"),
        deal("vw-odenstrom-compute", ["Volkswagen", "Odenstrom Cloud"], "cloud_contract", 270000000, "EUR", "approx",
             "2025-09", "signed",
             "Der Vertrag läuft drei Jahre und ist nach Angaben aus Unternehmenskreisen rund 270 Millionen Euro wert.",
             note="parties in the previous sentence ('Volkswagen mietet … beim Darmstädter GPU-Anbieter Odenstrom Cloud'); signing confirmed by Odenstrom, the amount only from company circles; signing day not given -> month"),
    ],
    not_deals=["25.000 Euro", "90,3 Milliarden Euro", "89 Euro"],
)

# 012 ------------------------------------------------------------------------------------------
A["012_wayve_nvidia_ludgate_en.txt"] = dict(
    published="2025-09-19",
    published_note="from the line 'Business · Friday 19 September 2025'; 'on Thursday' -> 2025-09-18, 'on Tuesday' -> 2025-09-16",
    language="en",
    deals=[
        deal("nvidia-wayve-2025", ["Nvidia", "Wayve"], "investment", 500000000, "USD", "exact", "2025-09-18",
             "announced",
             "Nvidia has committed, in a non-binding letter of intent, to a $500 million investment in Wayve's next funding round, the London self-driving company said on Thursday, as American technology groups lined up announcements to coincide with the US president's state visit.",
             note="letter of intent; different from Nvidia's part in the 2024 Series C (002); the ~$8bn valuation is not a deal"),
        deal("uber-wayve-london", ["Uber", "Wayve"], "partnership", None, None, None, None, "signed",
             "Wayve also has a deal with Uber to put its driving system into a fleet of robotaxis in London, with trials planned for next spring, and it has a licensing arrangement with Nissan, which wants to offer Wayve-based driver assistance in its cars from 2027.",
             required=False, note="background, no price tag, date not given"),
        deal("nissan-wayve-licence", ["Nissan", "Wayve"], "partnership", None, None, None, None, "signed",
             "Wayve also has a deal with Uber to put its driving system into a fleet of robotaxis in London, with trials planned for next spring, and it has a licensing arrangement with Nissan, which wants to offer Wayve-based driver assistance in its cars from 2027.",
             required=False, kind_alt=["supply"], note="background licence, no price tag, date not given"),
        deal("figure-seriesc-2025", ["Parkway Venture Capital", "Figure AI"], "investment", 1000000000, "USD",
             "at_least", "2025-09-16", "completed",
             "Across the Atlantic, the humanoid maker Figure AI announced on Tuesday a Series C of more than $1 billion, led by Parkway Venture Capital, at a post-money valuation of $39 billion.",
             note="the round whose talks 007 reported; 'more than' -> at_least; valuation not a deal"),
    ],
    not_deals=["$8 billion", "£2 billion", "$39 billion"],
)

# 013 ------------------------------------------------------------------------------------------
A["013_brenntal_interview_lieferkette.txt"] = dict(
    published=None,
    published_note="no date anywhere in the article (only 'INTERVIEW | Lesezeit: 7 Minuten')",
    language="de",
    deals=[
        deal("brenntal-mercedes-2025", ["Mercedes-Benz", "Brenntal Elektronik"], "supply", 1100000000, "EUR", "approx",
             None, "signed",
             "Der Vertrag mit Mercedes-Benz über rund 1,1 Milliarden Euro ist unsere Grundlast bis weit in die 2030er-Jahre.",
             note="restatement of the 2025 order (008); 'unsere' = Brenntal (interview with its chief executive); undated interview"),
        deal("odenstrom-brenntal-rent", ["Brenntal Elektronik", "Odenstrom Cloud"], "cloud_contract", 1800000, "EUR",
             "approx", None, "signed",
             "Für das Training unserer Wahrnehmungsmodelle mieten wir Rechenzeit bei Odenstrom in Darmstadt, aktuell für rund 1,8 Millionen Euro im Monat.",
             per="month", note="'wir' = Brenntal; monthly rate; undated interview"),
        deal("brenntal-sorabol-jv", ["Brenntal Elektronik", "Sorabol Sensorics"], "joint_venture", 60000000, "EUR",
             "exact", None, "planned",
             "Zusammen stecken wir 60 Millionen Euro hinein, Produktionsstart soll 2027 sein.",
             note="50/50 joint venture named in the previous sentence ('Mit Sorabol Sensorics aus Daegu gründen wir ein Gemeinschaftsunternehmen'); 'wir' = Brenntal; combined contribution"),
        deal("vireo-brenntal-offer", ["Vireo Peak Capital", "Brenntal Elektronik"], "acquisition", 520000000, "EUR",
             "exact", None, "cancelled",
             "Vireo Peak Capital hat uns im vergangenen Herbst 520 Millionen Euro für sämtliche Anteile angeboten.",
             note="takeover offer refused ('Wir haben Nein gesagt'); 'uns' = Brenntal; 'im vergangenen Herbst' without a year in an undated interview -> null"),
    ],
    not_deals=["68.000 Euro", "unter 900 Euro", "einer Milliarde Euro"],
)

# 014 ------------------------------------------------------------------------------------------
A["014_mobileye_mentee_siliziumstahl.txt"] = dict(
    published="2026-01-08",
    published_note="from the dateline 'Las Vegas, 8. Januar 2026'; 'am Dienstag' -> 2026-01-06; 'Kurz vor Weihnachten' -> December 2025; 'im September' -> September 2025",
    language="de",
    deals=[
        deal("mobileye-mentee", ["Mobileye", "Mentee Robotics"], "acquisition", 900000000, "USD", "approx",
             "2026-01-06", "signed",
             "Mobileye übernimmt das israelische Humanoiden-Start-up Mentee Robotics für rund 900 Millionen Dollar (etwa 770 Millionen Euro) in bar und in Aktien, wie der Intel-Ableger am Dienstag auf der CES mitteilte.",
             alt_amounts=[alt(770000000, "EUR")],
             note="'der Intel-Ableger' = Mobileye; closing expected by the end of March; 019 reports the closing"),
        deal("harman-zf-adas", ["Harman", "ZF"], "acquisition", 1500000000, "EUR", "approx", "2025-12", "signed",
             "Kurz vor Weihnachten hatte die Samsung-Tochter Harman angekündigt, die Sparte für Fahrerassistenzsysteme von ZF Friedrichshafen für rund 1,5 Milliarden Euro zu übernehmen.",
             note="purchase of a business unit, antitrust approval pending; Harman, not its parent Samsung, is the buyer"),
        deal("figure-seriesc-2025", ["Parkway Venture Capital", "Figure AI"], "investment", 1000000000, "USD",
             "at_least", "2025-09", "completed",
             "Figure AI, das im September mehr als eine Milliarde Dollar eingesammelt hatte – angeführt vom Investor Parkway Venture Capital –, führt in Las Vegas erstmals vor, wie sein Roboter eine Geschirrspülmaschine ausräumt.",
             note="restatement of the Series C (012) in a relative clause; amount in words; month only"),
    ],
    not_deals=["zwischen 1,9 und 2,0 Milliarden Dollar", "10,85 Dollar", "75 Dollar pro Quadratfuß"],
)

# 015 ------------------------------------------------------------------------------------------
A["015_tesla_xai_frontage_en.html"] = dict(
    published="2026-01-29",
    published_note="from <meta name='parsely-pub-date'>, JSON-LD and the byline 'Jan. 29, 2026 at 5:55 a.m. PT'; 'on Wednesday' -> 2026-01-28 (also the day of the earnings call)",
    language="en",
    deals=[
        deal("tesla-xai-2026", ["Tesla", "xAI"], "investment", 2000000000, "USD", "approx", "2026-01-28", "signed",
             "Tesla has agreed to buy about $2 billion of shares in xAI, Elon Musk's artificial-intelligence company, as part of the start-up's Series E round, the carmaker disclosed in its fourth-quarter shareholder letter on Wednesday.",
             alt_amounts=[alt(1700000000, "EUR")],
             note="016 gives ~€1.7bn; 020 restates it without amount; different from xAI's Megapack purchase; xAI's valuation is not a deal"),
        deal("tesla-xai-vote-2025", ["Tesla", "xAI"], "investment", None, None, None, "2025-11", "planned",
             "In November, shareholders backed a non-binding proposal asking the board to consider investing in xAI, although abstentions were unusually high.",
             required=False, note="non-binding shareholder vote on a possible investment; background to the 2026 deal, kept apart because it is no agreement"),
        deal("xai-tesla-megapacks-2024", ["xAI", "Tesla"], "supply", 191000000, "USD", "exact", "2024", "completed",
             "xAI bought $191 million worth of Tesla Megapack batteries in 2024 to back up the power supply of its Colossus supercomputer in Memphis, according to Tesla's annual report.",
             note="purchase in 2024; must stay apart from Tesla's 2026 investment in xAI"),
        deal("tesla-capex-2026", ["Tesla"], "capex_plan", 20000000000, "USD", "at_least", "2026-01-28", "announced",
             "Chief financial officer Vaibhav Taneja told analysts that capex would top $20 billion this year, as the company builds out its Cortex AI training clusters in Austin, prepares the Cybercab production line and starts a first Optimus factory.",
             term=["2026", "2026"],
             note="guidance on the earnings call of Wednesday; 'top' -> at_least; 2025's ~$8.5bn is a past total, not a deal; different from the 2025 plan (007)"),
    ],
    not_deals=["$8.5 billion", "$24.9 billion", "$416.56", "$1.4 trillion", "$230 billion",
               "$289/mo"],
)

# 016 ------------------------------------------------------------------------------------------
A["016_tesla_xai_kursmacher.txt"] = dict(
    published="2026-01-30",
    published_note="from the issue line 'Ausgabe 05/2026 · 30.01.2026 · 07:15 Uhr'; 'seit Mittwochabend' -> 2026-01-28; 'im vergangenen Sommer' -> 2025; 'im November' -> November 2025; 'im August' -> August 2025",
    language="de",
    deals=[
        deal("tesla-xai-2026", ["Tesla", "xAI"], "investment", 1700000000, "EUR", "approx", "2026-01-28", "signed",
             "Rund 1,7 Milliarden Euro – knapp zwei Milliarden Dollar – steckt Tesla in Musks KI-Firma xAI, wie der Konzern zusammen mit seinen Quartalszahlen mitteilte.",
             note="amount first, USD in words in the same sentence; 'seit Mittwochabend' in the previous sentence; same deal as 015"),
        deal("tesla-samsung-ai6", ["Samsung Electronics", "Tesla"], "supply", None, None, None, "2025", "signed",
             "Schon der Chipauftrag an Samsung aus dem vergangenen Sommer zeigte, wie sehr der Konzern auf eigene KI-Hardware setzt.",
             required=False, note="restatement of the 2025 contract (009, 010) without amount; 'der Konzern' = Tesla"),
        deal("tesla-dojo", ["Tesla"], "project", None, None, None, None, "cancelled",
             "Das hauseigene Supercomputer-Projekt Dojo hatte Musk dagegen im August gestoppt und die Entwickler auf andere Aufgaben verteilt, weil sich zwei parallele Chiplinien nicht rechneten.",
             required=False,
             note="own project stopped in August 2025, no amount; a cancelled deal keeps the original date, which is not given"),
        deal("tesla-xai-vote-2025", ["Tesla", "xAI"], "investment", None, None, None, "2025-11", "planned",
             "Die Hauptversammlung hatte im November zwar mehrheitlich für eine Prüfung gestimmt, doch die vielen Enthaltungen zeigten, wie groß das Unbehagen ist.",
             required=False, note="same non-binding vote as in 015"),
    ],
    not_deals=["rund 230 Milliarden Dollar", "24,9 Milliarden Dollar", "rund 1,4 Billionen Dollar", "300 Euro"],
)

# 017 ------------------------------------------------------------------------------------------
A["017_albgriff_insider_fuggerstadt.txt"] = dict(
    published="2026-03-06",
    published_note="from the line 'Wirtschaft in Schwaben · Freitag, 06.03.2026'; 'am Mittwoch' -> 2026-03-04 ('Drei Monate später' after the December pilot order); 'im Dezember' -> December 2025",
    language="de",
    deals=[
        deal("albgriff-seriesb-2026", ["Lechfeld Kapital", "Albgriff Robotics"], "investment", 150000000, "EUR",
             "range", "2026-03", "negotiating",
             "Insidern zufolge verhandelt Albgriff derzeit mit Lechfeld Kapital und mehreren neuen Geldgebern über eine Finanzierungsrunde zwischen 150 und 200 Millionen Euro.",
             amount_max=200000000, alt_amounts=[alt(190000000, "EUR"), alt(206000000, "USD")],
             note="talks from insiders; Lechfeld to lead; 018 reports the closing at €190m (about $206m) on 2026-03-24 (alt_amounts); the possible valuation is not a deal; different from the 2024 Series A (001)"),
        deal("tannhaber-albgriff-2026", ["Tannhaber Antriebstechnik", "Albgriff Robotics"], "supply", 35000000, "EUR",
             "up_to", "2026-03-04", "signed",
             "Die Augsburger haben mit dem Karlsruher Start-up am Mittwoch einen Rahmenvertrag über die Lieferung von Kleinstgetrieben geschlossen, dessen Volumen Tannhaber auf bis zu 35 Millionen Euro über fünf Jahre beziffert.",
             note="'Die Augsburger' = Tannhaber, 'dem Karlsruher Start-up' = Albgriff; framework contract over five years; the December pilot order is a separate, optional deal"),
        deal("tannhaber-albgriff-pilot", ["Tannhaber Antriebstechnik", "Albgriff Robotics"], "supply", None, None, None,
             "2025-12", "signed",
             "Tannhaber hatte im Dezember den Zuschlag für eine Pilotserie bei Albgriff Robotics erhalten.",
             required=False, note="earlier pilot order without amount"),
    ],
    not_deals=["63 Millionen Euro", "rund 240 Euro pro Quadratmeter", "gut 700 Millionen Euro", "30 Millionen Euro"],
)

# 018 ------------------------------------------------------------------------------------------
A["018_albgriff_kinematic_en.txt"] = dict(
    published="2026-03-26",
    published_note="from the issue line '26 March 2026' (a Thursday newsletter); 'on Tuesday' -> 2026-03-24; 'last week' -> March 2026",
    language="en",
    deals=[
        deal("albgriff-seriesb-2026", ["Lechfeld Kapital", "Albgriff Robotics"], "investment", 190000000, "EUR",
             "exact", "2026-03-24", "completed",
             "Albgriff Robotics, the Karlsruhe company that builds the dexterous hands other firms bolt onto their humanoids, has closed a €190 million (about $206 million) Series B led by Munich's Lechfeld Kapital, the company said on Tuesday.",
             alt_amounts=[alt(206000000, "USD")],
             note="the round rumoured in 017; valuation, unit prices and Lechfeld's fund size are not deals"),
        deal("ostrander-marrowfield", ["Ostrander Automation", "Marrowfield Robotics"], "acquisition", 85000000, "GBP",
             "exact", "2026-03", "signed",
             "Marrowfield Robotics, a Leeds company whose autonomous forklifts shuttle pallets around cold stores, has agreed to be bought by Ostrander Automation of Grand Rapids, Michigan, for £85 million.",
             note="passive ('agreed to be bought by'); 'signed last week' (next sentence) -> March 2026; clearance pending"),
    ],
    not_deals=["€740 million", "€18,000", "€420 million", "£14 million", "SEK 400 million"],
)

# 019 ------------------------------------------------------------------------------------------
A["019_robotics_q1_lidarlane_en.txt"] = dict(
    published="2026-04-02",
    published_note="from the byline 'Posted April 2, 2026'; 'in January', 'in February', 'last November' resolved against it; Mentee: 'nine weeks after announcing it at CES' -> January 2026",
    language="en",
    deals=[
        deal("skild-2026", ["SoftBank", "Skild AI", "Nvidia"], "investment", 1400000000, "USD", "approx", "2026-01",
             "completed",
             "Skild AI pulled in about $1.4 billion in January from a SoftBank Group-led syndicate that included Nvidia, valuing the Pittsburgh company at more than $14 billion.",
             note="lead investor in a compound ('SoftBank Group-led'); different from Skild's 2024 Series A (003), whose $1.5bn valuation is mentioned here (not a deal)"),
        deal("capitalg-physint-2025", ["CapitalG", "Physical Intelligence"], "investment", 600000000, "USD", "exact",
             "2025-11", "completed",
             "For comparison, Physical Intelligence's $600 million raise last November, led by Alphabet's CapitalG, had set the previous high-water mark for robot-brain start-ups at a $5.6 billion valuation.",
             note="'last November' -> 2025-11; different from the 2024 round (005)"),
        deal("alphabet-waymo-2026", ["Alphabet", "Waymo"], "investment", 16000000000, "USD", "exact", "2026-02",
             "completed",
             "The Alphabet unit raised $16 billion, most of it from its parent, at a valuation of $126 billion.",
             note="'The Alphabet unit' = Waymo ('Waymo's round in February', previous sentence); different from the 2024 round (004)"),
        deal("mobileye-mentee", ["Mobileye", "Mentee Robotics"], "acquisition", 900000000, "USD", "approx", "2026-01",
             "completed",
             "Mobileye closed its roughly $900 million purchase of Mentee Robotics in March, nine weeks after announcing it at CES.",
             note="closing in March of the deal agreed at CES (014); the deal date is the announcement, 'nine weeks' before the March closing -> January 2026"),
    ],
    not_deals=["more than $14 billion", "$1.5 billion valuation", "$5.6 billion", "$126 billion", "about $6.1 billion",
               "about $5,900"],
)

# 020 ------------------------------------------------------------------------------------------
A["020_bmw_azure_meridian_en.txt"] = dict(
    published="2026-11-19",
    published_note="from the header '19 November 2026 · 11:20 CET' and the dateline 'MUNICH, Nov 19'; 'on Wednesday' -> 2026-11-18; 'in May last year' -> 2025-05; 'placed in March' -> 2026-03; 'in January' -> 2026-01",
    language="en",
    deals=[
        deal("bmw-microsoft-azure-2026", ["BMW", "Microsoft"], "cloud_contract", 2400000000, "EUR", "up_to",
             "2026-11-18", "signed",
             "BMW has agreed to spend up to €2.4 billion ($2.8 billion) over five years on Microsoft Azure computing capacity to train its automated-driving and in-car assistant models, the carmaker said on Wednesday.",
             term=["2027-01", "2031"], alt_amounts=[alt(2800000000, "USD")],
             note="five years from January 2027 (next paragraph); the analysts' GPU-hour price is not a deal"),
        deal("brenntal-mercedes-2026", ["Mercedes-Benz", "Brenntal Elektronik"], "supply", 240000000, "EUR", "exact",
             "2026-11", "signed",
             "Separately, Neckarsulm supplier Brenntal Elektronik said it had won a second order from Mercedes-Benz, worth €240 million, for compute boards in the brand's next compact-car platform.",
             note="second order of the pair, must stay apart from the €1.1bn order of 2025 (next sentence); day not given -> month"),
        deal("brenntal-mercedes-2025", ["Mercedes-Benz", "Brenntal Elektronik"], "supply", 1100000000, "EUR", "exact",
             "2025-05", "signed",
             "The first, a €1.1 billion contract for central computers signed in May last year, goes into series production in 2027.",
             note="restatement of the 2025 order (008, 013); 'The first' = Brenntal's first Mercedes-Benz order"),
        deal("hafenrunde-kielwasser-shuttles", ["Hafenrunde Mobility", "Kielwasser Fahrzeugbau"], "supply", 180000000,
             "EUR", "exact", "2026-03", "cancelled",
             "Hamburg robotaxi operator Hafenrunde Mobility said it had cancelled a €180 million order for 300 driverless shuttles from Kielwasser Fahrzeugbau, placed in March, after the Kiel builder missed its type-approval deadline.",
             note="cancelled order keeps the date it was placed ('placed in March'; 'Eight months on' in the next sentence)"),
        deal("tesla-xai-2026", ["Tesla", "xAI"], "investment", None, None, None, "2026-01", "signed",
             "Tesla, which bought into Elon Musk's xAI in January, said its first Cybercab vehicles had left the Austin line.",
             required=False, note="restatement of the January investment (015, 016) without amount"),
    ],
    not_deals=["€2.35 per GPU-hour", "€4.9 billion", "€1.2 million"],
)

ALIASES = {
    "Figure AI": ["Figure AI", "Figure", "Figure AI Inc."],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Microsoft Azure", "Azure"],
    "OpenAI": ["OpenAI", "OpenAI Startup Fund"],
    "Nvidia": ["Nvidia", "Nvidia Corp.", "NVIDIA"],
    "Intel Capital": ["Intel Capital"],
    "Bezos Expeditions": ["Bezos Expeditions", "Jeff Bezos"],
    "BMW": ["BMW", "BMW Group", "Bayerische Motoren Werke", "BMW AG"],
    "Albgriff Robotics": ["Albgriff Robotics GmbH", "Albgriff Robotics", "Albgriff"],
    "Lechfeld Kapital": ["Lechfeld Kapital", "Lechfeld"],
    "Wayve": ["Wayve", "Wayve Technologies", "Wayve Technologies Ltd"],
    "SoftBank": ["SoftBank", "SoftBank Group", "SoftBank Group Corp."],
    "Eclipse Ventures": ["Eclipse Ventures", "Eclipse"],
    "Skild AI": ["Skild AI", "Skild"],
    "Lightspeed Venture Partners": ["Lightspeed Venture Partners", "Lightspeed"],
    "Coatue": ["Coatue", "Coatue Management"],
    "Brackenfold Dynamics": ["Brackenfold Dynamics", "Brackenfold"],
    "Saltmarsh Ventures": ["Saltmarsh Ventures", "Saltmarsh"],
    "Sorabol Sensorics": ["Sorabol Sensorics", "Sorabol"],
    "Pellicott Rides": ["Pellicott Rides", "Pellicott"],
    "Vireo Peak Capital": ["Vireo Peak Capital", "Vireo Peak"],
    "Toyota": ["Toyota", "Toyota Motor", "Toyota Motor Corp."],
    "NTT": ["NTT", "Nippon Telegraph and Telephone"],
    "Alphabet": ["Alphabet", "Alphabet Inc.", "Google"],
    "Waymo": ["Waymo", "Waymo LLC"],
    "Physical Intelligence": ["Physical Intelligence"],
    "Thrive Capital": ["Thrive Capital", "Thrive"],
    "Lux Capital": ["Lux Capital", "Lux"],
    "Glimmerhorn Labs": ["Glimmerhorn Labs", "Glimmerhorn"],
    "Marlstone Compute": ["Marlstone Compute", "Marlstone"],
    "Neura Robotics": ["Neura Robotics GmbH", "Neura Robotics", "Neura"],
    "Lingotto": ["Lingotto", "Lingotto Investment Management"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung", "Samsung Electronics Co."],
    "Rainbow Robotics": ["Rainbow Robotics", "Rainbow"],
    "Apptronik": ["Apptronik"],
    "B Capital": ["B Capital"],
    "Capital Factory": ["Capital Factory"],
    "Mercedes-Benz": ["Mercedes-Benz", "Mercedes", "Mercedes-Benz Group", "Mercedes-Benz Group AG"],
    "Parkway Venture Capital": ["Parkway Venture Capital", "Parkway"],
    "Tesla": ["Tesla", "Tesla Inc."],
    "Brenntal Elektronik": ["Brenntal Elektronik AG", "Brenntal Elektronik", "Brenntal"],
    "Hohenlohe Kreditbank": ["Hohenlohe Kreditbank"],
    "Uber": ["Uber", "Uber Technologies"],
    "Lucid": ["Lucid", "Lucid Group", "Lucid Motors"],
    "Nuro": ["Nuro"],
    "Bosch": ["Bosch", "Robert Bosch GmbH", "Bosch-Gruppe"],
    "Volkswagen": ["Volkswagen", "VW", "Volkswagen AG", "Volkswagen Group"],
    "Odenstrom Cloud": ["Odenstrom Cloud", "Odenstrom"],
    "Nissan": ["Nissan", "Nissan Motor"],
    "Mobileye": ["Mobileye", "Mobileye Global"],
    "Mentee Robotics": ["Mentee Robotics", "Mentee"],
    "Harman": ["Harman", "Harman International"],
    "ZF": ["ZF", "ZF Friedrichshafen", "ZF Friedrichshafen AG"],
    "xAI": ["xAI", "X.AI"],
    "Tannhaber Antriebstechnik": ["Tannhaber Antriebstechnik GmbH", "Tannhaber Antriebstechnik", "Tannhaber"],
    "Ostrander Automation": ["Ostrander Automation", "Ostrander"],
    "Marrowfield Robotics": ["Marrowfield Robotics", "Marrowfield"],
    "CapitalG": ["CapitalG"],
    "Hafenrunde Mobility": ["Hafenrunde Mobility", "Hafenrunde"],
    "Kielwasser Fahrzeugbau": ["Kielwasser Fahrzeugbau", "Kielwasser"],
}


def main():
    problems = []
    for name, a in A.items():
        path = HERE / "articles" / name
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            text = visible_text(text)
        for d in a["deals"]:
            if d["evidence"] not in text:
                problems.append(f"{name} {d['id']}: evidence not found")
        for nd in a["not_deals"]:
            if nd not in text:
                problems.append(f"{name}: not_deal {nd!r} not found")
    for p in problems:
        print(p)
    if problems:
        return 1
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
